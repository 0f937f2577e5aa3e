import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { CHAT_MAX_LENGTH, CHAT_RATE_LIMIT, cleanChatBody, deleteChatMessage, muteViewer, mutedViewers, postChatMessage, recentChat, unmuteViewer } from "./chat";

describe("chat bodies", () => {
  it("turn line breaks into spaces and drop control and bidi-override characters", () => {
    expect(cleanChatBody("  好看\n\r\n吗?\t ")).toBe("好看 吗?");
    expect(cleanChatBody("a\u0000b\u0007c\u001bd\u007fe")).toBe("abcde");
    expect(cleanChatBody("price \u202e0001\u202c ok\u2066")).toBe("price 0001 ok");
    expect(cleanChatBody("<b>bold</b> & 'quotes'")).toBe("<b>bold</b> & 'quotes'");
  });
});

describe.each(availableTestEngines())("live chat on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let hostId: string;
  let otherHostId: string;
  let sessionId: string;
  const startedAt = new Date(Date.now() - 60_000);
  let userCount = 0;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    db = database.db;
    hostId = (await db.user.create({ data: { email: "host-chat@example.test", name: "青瓷主播", role: "HOST" } })).id;
    otherHostId = (await db.user.create({ data: { email: "host-chat-2@example.test", name: "Other host", role: "HOST" } })).id;
    sessionId = (await db.liveSession.create({ data: { hostId, title: "Chat", scheduledAt: startedAt, status: "LIVE", startedAt } })).id;
  });
  afterAll(async () => {
    await database?.drop();
  });

  const viewer = async (name = "小王") => (await db.user.create({ data: { email: `viewer-${++userCount}@example.test`, name } })).id;
  const eventsOf = (type: string) => db.liveEvent.findMany({ where: { sessionId, type }, orderBy: { id: "asc" } });

  it("stores a message, publishes it with its place on the video and shows it in the recent chat", async () => {
    const userId = await viewer("李小姐");
    const now = new Date(startedAt.getTime() + 42_000);
    const result = await postChatMessage(db, { sessionId, userId, body: "  这只碗\n有几种釉色？ ", now });
    if (!result.ok) throw new Error(result.error);
    expect(result.message).toMatchObject({ userId, name: "李小姐", body: "这只碗 有几种釉色？", fromHost: false, createdAt: now.toISOString() });
    const stored = await db.chatMessage.findUniqueOrThrow({ where: { id: result.message.messageId } });
    expect(stored).toMatchObject({ sessionId, userId, body: "这只碗 有几种釉色？", fromHost: false, deletedAt: null });
    const [event] = (await eventsOf("chat")).slice(-1);
    expect(event).toMatchObject({ type: "chat", streamOffsetMs: 42_000, payload: result.message });
    expect((await recentChat(db, sessionId)).at(-1)).toEqual(result.message);
  });

  it("refuses empty, too long and malformed input, writing nothing", async () => {
    const userId = await viewer();
    const before = await db.chatMessage.count();
    const events = await db.liveEvent.count();
    const cases: [Record<string, unknown>, Record<string, string> | undefined][] = [
      [{ body: "   " }, { body: "chat.empty" }],
      [{ body: "\u0000\u0001\n\u202e" }, { body: "chat.empty" }],
      [{ body: "瓷".repeat(CHAT_MAX_LENGTH + 1) }, { body: "chat.tooLong" }],
      [{ body: "x".repeat(CHAT_MAX_LENGTH * 20) }, { body: "chat.tooLong" }],
      [{ body: 42 }, undefined],
      [{ sessionId: "" }, undefined],
      [{ userId: "x".repeat(65) }, undefined],
    ];
    for (const [overrides, detail] of cases) {
      const result = await postChatMessage(db, { sessionId, userId, body: "hello", ...overrides } as Parameters<typeof postChatMessage>[1]);
      expect(result, JSON.stringify(overrides).slice(0, 60)).toMatchObject({ ok: false, error: "invalid", ...(detail ? { detail } : {}) });
    }
    expect(await db.chatMessage.count()).toBe(before);
    expect(await db.liveEvent.count()).toBe(events);
  });

  it("counts characters as people do: 200 emoji fit, control characters do not count", async () => {
    const userId = await viewer();
    const emoji = await postChatMessage(db, { sessionId, userId, body: "🏺".repeat(CHAT_MAX_LENGTH) });
    expect(emoji.ok).toBe(true);
    const padded = await postChatMessage(db, { sessionId, userId, body: `${"a".repeat(CHAT_MAX_LENGTH)}\u0000\u0000\u202e` });
    expect(padded).toMatchObject({ ok: true, message: { body: "a".repeat(CHAT_MAX_LENGTH) } });
  });

  it("refuses unknown sessions and users, and closed sessions", async () => {
    const userId = await viewer();
    expect(await postChatMessage(db, { sessionId: "nosuchsession", userId, body: "hi" })).toEqual({ ok: false, error: "not_found" });
    expect(await postChatMessage(db, { sessionId, userId: "nosuchuser", body: "hi" })).toEqual({ ok: false, error: "not_found" });
    for (const status of ["ENDED", "CANCELLED"] as const) {
      const closed = await db.liveSession.create({ data: { hostId, title: status, scheduledAt: startedAt, status } });
      expect(await postChatMessage(db, { sessionId: closed.id, userId, body: "hi" })).toEqual({ ok: false, error: "session_closed" });
      expect(await db.chatMessage.count({ where: { sessionId: closed.id } })).toBe(0);
    }
    // The waiting room of a scheduled session is open.
    const upcoming = await db.liveSession.create({ data: { hostId, title: "Soon", scheduledAt: new Date(Date.now() + 3_600_000) } });
    const early = await postChatMessage(db, { sessionId: upcoming.id, userId, body: "等开播" });
    expect(early.ok).toBe(true);
    expect((await db.liveEvent.findFirstOrThrow({ where: { sessionId: upcoming.id, type: "chat" } })).streamOffsetMs).toBeNull();
  });

  it(`lets a viewer post ${CHAT_RATE_LIMIT.points} messages in a burst, then refuses with the seconds to wait`, async () => {
    const userId = await viewer();
    const other = await viewer();
    for (let n = 1; n <= CHAT_RATE_LIMIT.points; n++) {
      expect((await postChatMessage(db, { sessionId, userId, body: `message ${n}` })).ok, `message ${n}`).toBe(true);
    }
    const refused = await postChatMessage(db, { sessionId, userId, body: "one too many" });
    expect(refused).toMatchObject({ ok: false, error: "rate_limited" });
    const wait = refused.ok ? 0 : Number(refused.detail?.retryAfterSeconds);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(CHAT_RATE_LIMIT.durationSeconds);
    expect(await db.chatMessage.count({ where: { userId } })).toBe(CHAT_RATE_LIMIT.points);
    // The allowance is per viewer: someone else still posts.
    expect((await postChatMessage(db, { sessionId, userId: other, body: "me too" })).ok).toBe(true);
  });

  it("marks the host's messages and never limits the host", async () => {
    for (let n = 0; n < CHAT_RATE_LIMIT.points * 2; n++) {
      const result = await postChatMessage(db, { sessionId, userId: hostId, body: `欢迎 ${n}` });
      expect(result).toMatchObject({ ok: true, message: { fromHost: true, name: "青瓷主播" } });
    }
    // Another host, in someone else's session, is a viewer like any other.
    const result = await postChatMessage(db, { sessionId, userId: otherHostId, body: "hello" });
    expect(result).toMatchObject({ ok: true, message: { fromHost: false } });
  });

  it("lets only the session's host delete a message: kept as a record, gone from the room, announced once", async () => {
    const userId = await viewer();
    const posted = await postChatMessage(db, { sessionId, userId, body: "spam spam" });
    if (!posted.ok) throw new Error(posted.error);
    const messageId = posted.message.messageId;
    expect(await deleteChatMessage(db, { hostId: otherHostId, messageId })).toEqual({ ok: false, error: "forbidden" });
    expect(await deleteChatMessage(db, { hostId: userId, messageId })).toEqual({ ok: false, error: "forbidden" });
    expect(await deleteChatMessage(db, { hostId, messageId: "nosuchmessage" })).toEqual({ ok: false, error: "not_found" });
    expect((await db.chatMessage.findUniqueOrThrow({ where: { id: messageId } })).deletedAt).toBeNull();

    expect(await deleteChatMessage(db, { hostId, messageId })).toEqual({ ok: true, messageId });
    expect(await deleteChatMessage(db, { hostId, messageId })).toEqual({ ok: true, messageId });
    const stored = await db.chatMessage.findUniqueOrThrow({ where: { id: messageId } });
    expect(stored.deletedAt).not.toBeNull();
    expect(stored.deletedById).toBe(hostId);
    const deletions = (await eventsOf("chat.deleted")).filter((event) => (event.payload as { messageId: string }).messageId === messageId);
    expect(deletions).toHaveLength(1);
    const recent = await recentChat(db, sessionId, 200);
    expect(recent.map((message) => message.messageId)).not.toContain(messageId);
  });

  it("returns the latest messages oldest first", async () => {
    const recent = await recentChat(db, sessionId, 3);
    const latest = await db.chatMessage.findMany({ where: { sessionId, deletedAt: null }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 3 });
    expect(recent.map((message) => message.messageId)).toEqual(latest.map((message) => message.id).reverse());
  });

  it("lets only the host mute and unmute a viewer; a muted viewer cannot post", async () => {
    const userId = await viewer("吵闹的人");
    expect(await muteViewer(db, { hostId: otherHostId, sessionId, userId })).toEqual({ ok: false, error: "forbidden" });
    expect(await muteViewer(db, { hostId: userId, sessionId, userId })).toEqual({ ok: false, error: "forbidden" });
    expect(await muteViewer(db, { hostId, sessionId, userId: hostId })).toMatchObject({ ok: false, error: "invalid", detail: { userId: "chat.muteSelf" } });
    expect(await muteViewer(db, { hostId, sessionId: "nosuchsession", userId })).toEqual({ ok: false, error: "not_found" });
    expect(await muteViewer(db, { hostId, sessionId, userId: "nosuchuser" })).toEqual({ ok: false, error: "not_found" });

    expect(await muteViewer(db, { hostId, sessionId, userId })).toEqual({ ok: true });
    expect(await muteViewer(db, { hostId, sessionId, userId })).toEqual({ ok: true });
    expect(await mutedViewers(db, sessionId)).toEqual([expect.objectContaining({ userId, name: "吵闹的人" })]);
    expect(await postChatMessage(db, { sessionId, userId, body: "let me talk" })).toEqual({ ok: false, error: "muted" });
    expect(await db.chatMessage.count({ where: { userId } })).toBe(0);

    // Muted in this session only.
    const elsewhere = await db.liveSession.create({ data: { hostId, title: "Elsewhere", scheduledAt: startedAt, status: "LIVE", startedAt } });
    expect((await postChatMessage(db, { sessionId: elsewhere.id, userId, body: "hi" })).ok).toBe(true);

    expect(await unmuteViewer(db, { hostId: otherHostId, sessionId, userId })).toEqual({ ok: false, error: "forbidden" });
    expect(await unmuteViewer(db, { hostId, sessionId, userId })).toEqual({ ok: true });
    expect(await mutedViewers(db, sessionId)).toEqual([]);
    expect((await postChatMessage(db, { sessionId, userId, body: "thanks" })).ok).toBe(true);
  });
});
