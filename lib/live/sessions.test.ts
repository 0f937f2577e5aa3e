import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as publishDoneRoute } from "@/app/api/live/ingest/publish-done/route";
import { POST as publishRoute } from "@/app/api/live/ingest/publish/route";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { seedCatalogue } from "@/prisma/seed/seed";
import { authorizePublish, endPublish, endSessionByHand, regenerateStreamKey, scheduleSession, startSessionByHand, updateLineup } from "./sessions";
import { hashStreamKey, newStreamKey } from "./stream-key";

describe("stream keys", () => {
  it("are 32 random bytes in base64url and stored as SHA-256 hex", () => {
    const key = newStreamKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(key, "base64url")).toHaveLength(32);
    expect(newStreamKey()).not.toBe(key);
    expect(hashStreamKey(key)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashStreamKey("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe.each(availableTestEngines())("live sessions on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let hostId: string;
  let otherHostId: string;
  let published: string[];
  let draftId: string;
  const soon = () => new Date(Date.now() + 60 * 60_000);

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    db = database.db;
    await seedCatalogue(db);
    hostId = (await db.user.create({ data: { email: "host-live@example.test", name: "Host", role: "HOST" } })).id;
    otherHostId = (await db.user.create({ data: { email: "host-other@example.test", name: "Other", role: "HOST" } })).id;
    const products = await db.product.findMany({ where: { status: "PUBLISHED" }, orderBy: { slug: "asc" }, select: { id: true }, take: 31 });
    published = products.map((p) => p.id);
    draftId = published.pop()!;
    await db.product.update({ where: { id: draftId }, data: { status: "DRAFT" } });
    // The route handlers reach the database through db(); point it at this one.
    (globalThis as { ceramicDb?: PrismaClient }).ceramicDb = db;
  }, 120_000);
  afterAll(async () => {
    (globalThis as { ceramicDb?: PrismaClient }).ceramicDb = undefined;
    delete process.env.LIVE_INGEST_SECRET;
    delete process.env.LIVE_REPLAY_BASE_URL;
    await database?.drop();
  });

  const schedule = (overrides: Record<string, unknown> = {}) =>
    scheduleSession(db, { hostId, title: "青瓷夜市", description: "", scheduledAt: soon(), ingest: "RTMP", productIds: published.slice(0, 3), ...overrides });

  const session = (id: string) => db.liveSession.findUniqueOrThrow({ where: { id } });

  it("refuses invalid schedules and writes nothing", async () => {
    const before = await db.liveSession.count();
    const cases: [Record<string, unknown>, string][] = [
      [{ title: "  " }, "invalid"],
      [{ title: "x".repeat(81) }, "invalid"],
      [{ scheduledAt: new Date(Date.now() - 10 * 60_000) }, "invalid"],
      [{ productIds: [published[0], draftId] }, "products_unavailable"],
      [{ productIds: published.slice(0, 30).concat(draftId) }, "invalid"],
      [{ ingest: "EXTERNAL" }, "invalid"],
      [{ ingest: "EXTERNAL", playbackUrl: "https://cdn.example/live.mp4" }, "invalid"],
      [{ hostId: (await db.user.create({ data: { email: "shopper-live@example.test", name: "S" } })).id }, "not_a_host"],
    ];
    for (const [overrides, error] of cases) {
      const result = await schedule(overrides);
      expect(result, JSON.stringify(overrides).slice(0, 80)).toMatchObject({ ok: false, error });
    }
    expect(await db.liveSession.count()).toBe(before);
    expect(await db.lineupItem.count()).toBe(0);
  });

  it("schedules with the line-up in order and stores the key only hashed", async () => {
    const order = [published[5], published[2], published[9]];
    const result = await schedule({ productIds: order });
    if (!result.ok) throw new Error(result.error);
    expect(result.streamKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await session(result.session.id);
    expect(row.streamKeyHash).toBe(hashStreamKey(result.streamKey!));
    expect(row.streamKeyHint).toBe(result.streamKey!.slice(-4));
    expect(JSON.stringify(row)).not.toContain(result.streamKey!);
    expect(row.playbackUrl).toBeNull();
    const lineup = await db.lineupItem.findMany({ where: { sessionId: row.id }, orderBy: { sortOrder: "asc" } });
    expect(lineup.map((l) => l.productId)).toEqual(order);
  });

  it("goes live once with the right key, refuses wrong keys and ended sessions, ends on publish done", async () => {
    process.env.LIVE_REPLAY_BASE_URL = "http://127.0.0.1:8088/replay/";
    const scheduled = await schedule();
    if (!scheduled.ok) throw new Error(scheduled.error);
    const id = scheduled.session.id;
    const key = scheduled.streamKey!;

    expect(await authorizePublish(db, { streamKey: newStreamKey() })).toEqual({ ok: false, error: "unknown_key" });
    expect((await session(id)).status).toBe("SCHEDULED");

    const startedAt = new Date();
    const first = await authorizePublish(db, { streamKey: key, now: startedAt });
    expect(first).toMatchObject({ ok: true, sessionId: id, streamName: id, wentLive: true, playbackUrl: `/hls/${id}.m3u8` });
    const again = await authorizePublish(db, { streamKey: key, now: new Date(startedAt.getTime() + 60_000) });
    expect(again).toMatchObject({ ok: true, wentLive: false, startedAt });
    const live = await session(id);
    expect(live).toMatchObject({ status: "LIVE", startedAt, playbackUrl: `/hls/${id}.m3u8` });

    const ended = await endPublish(db, { streamKey: key, now: new Date(startedAt.getTime() + 120_000) });
    expect(ended).toMatchObject({ ok: true, sessionId: id, replayUrl: `http://127.0.0.1:8088/replay/${id}.m3u8` });
    const after = await session(id);
    expect(after).toMatchObject({ status: "ENDED", replayUrl: `http://127.0.0.1:8088/replay/${id}.m3u8` });

    expect(await authorizePublish(db, { streamKey: key })).toEqual({ ok: false, error: "session_closed" });
    expect(await endPublish(db, { streamKey: key })).toEqual({ ok: false, error: "session_not_live" });
    expect(await session(id)).toEqual(after);
  });

  it("refuses a key for a session left scheduled for more than a day", async () => {
    const scheduled = await schedule();
    if (!scheduled.ok) throw new Error(scheduled.error);
    const result = await authorizePublish(db, { streamKey: scheduled.streamKey!, now: new Date(Date.now() + 26 * 60 * 60_000) });
    expect(result).toEqual({ ok: false, error: "expired" });
    expect((await session(scheduled.session.id)).status).toBe("SCHEDULED");
  });

  it("regenerating the key retires the old one", async () => {
    const scheduled = await schedule();
    if (!scheduled.ok) throw new Error(scheduled.error);
    const id = scheduled.session.id;
    expect(await regenerateStreamKey(db, { sessionId: id, hostId: otherHostId })).toEqual({ ok: false, error: "forbidden" });
    const fresh = await regenerateStreamKey(db, { sessionId: id, hostId });
    if (!fresh.ok) throw new Error(fresh.error);
    expect(fresh.streamKey).not.toBe(scheduled.streamKey);
    expect((await session(id)).streamKeyHint).toBe(fresh.streamKey.slice(-4));
    expect(await authorizePublish(db, { streamKey: scheduled.streamKey! })).toEqual({ ok: false, error: "unknown_key" });
    expect(await authorizePublish(db, { streamKey: fresh.streamKey })).toMatchObject({ ok: true, sessionId: id, wentLive: true });
    // Live: the key in use stays, so the end of this publish can still be matched.
    expect(await regenerateStreamKey(db, { sessionId: id, hostId })).toEqual({ ok: false, error: "session_not_scheduled" });
  });

  it("lets only the session's own host change the line-up, and only while scheduled or live", async () => {
    const scheduled = await schedule();
    if (!scheduled.ok) throw new Error(scheduled.error);
    const id = scheduled.session.id;
    const lineup = () => db.lineupItem.findMany({ where: { sessionId: id }, orderBy: { sortOrder: "asc" } }).then((rows) => rows.map((r) => r.productId));
    const original = await lineup();

    expect(await updateLineup(db, { sessionId: id, hostId: otherHostId, productIds: [published[7]!] })).toEqual({ ok: false, error: "forbidden" });
    expect(await updateLineup(db, { sessionId: id, hostId, productIds: [published[7]!, draftId] })).toEqual({ ok: false, error: "products_unavailable" });
    expect(await lineup()).toEqual(original);

    expect(await updateLineup(db, { sessionId: id, hostId, productIds: [published[7]!, published[0]!] })).toMatchObject({ ok: true });
    expect(await lineup()).toEqual([published[7], published[0]]);

    await authorizePublish(db, { streamKey: scheduled.streamKey! });
    await endPublish(db, { streamKey: scheduled.streamKey! });
    expect(await updateLineup(db, { sessionId: id, hostId, productIds: [] })).toEqual({ ok: false, error: "session_closed" });
    expect(await lineup()).toEqual([published[7], published[0]]);
  });

  it("starts and ends an external session by hand, for its host only", async () => {
    const scheduled = await schedule({ ingest: "EXTERNAL", playbackUrl: "https://cdn.example/live/abc.m3u8" });
    if (!scheduled.ok) throw new Error(scheduled.error);
    expect(scheduled.streamKey).toBeNull();
    const id = scheduled.session.id;
    expect(await startSessionByHand(db, { sessionId: id, hostId: otherHostId })).toEqual({ ok: false, error: "forbidden" });
    expect(await endSessionByHand(db, { sessionId: id, hostId })).toEqual({ ok: false, error: "session_not_live" });
    expect(await startSessionByHand(db, { sessionId: id, hostId })).toMatchObject({ ok: true, wentLive: true, playbackUrl: "https://cdn.example/live/abc.m3u8" });
    expect(await startSessionByHand(db, { sessionId: id, hostId })).toEqual({ ok: false, error: "session_not_scheduled" });
    expect(await endSessionByHand(db, { sessionId: id, hostId: otherHostId })).toEqual({ ok: false, error: "forbidden" });
    expect(await endSessionByHand(db, { sessionId: id, hostId })).toMatchObject({ ok: true, replayUrl: null });
    expect((await session(id)).status).toBe("ENDED");

    const rtmp = await schedule();
    if (!rtmp.ok) throw new Error(rtmp.error);
    expect(await startSessionByHand(db, { sessionId: rtmp.session.id, hostId })).toEqual({ ok: false, error: "not_external" });
  });

  describe("nginx-rtmp callbacks", () => {
    const form = (path: string, fields: Record<string, string>, query = "") =>
      new Request(`http://127.0.0.1:3000/api/live/ingest/${path}${query}`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(fields).toString(),
      });

    it("renames a valid key's stream to the session id, refuses others, and ends on publish_done", async () => {
      const scheduled = await schedule();
      if (!scheduled.ok) throw new Error(scheduled.error);
      const id = scheduled.session.id;
      const key = scheduled.streamKey!;
      const fields = { app: "live", name: key, addr: "127.0.0.1", clientid: "7", call: "publish", tcurl: "rtmp://127.0.0.1/live" };

      const wrong = await publishRoute(form("publish", { ...fields, name: newStreamKey() }));
      expect(wrong.status).toBe(403);
      expect((await publishRoute(form("publish", { ...fields, call: "play" }))).status).toBe(400);
      expect((await session(id)).status).toBe("SCHEDULED");

      const allowed = await publishRoute(form("publish", fields));
      expect(allowed.status).toBe(302);
      expect(allowed.headers.get("Location")).toBe(id);
      expect((await session(id)).status).toBe("LIVE");

      // An encoder reconnecting while live is let in again without a second "live" event.
      expect((await publishRoute(form("publish", fields))).status).toBe(302);

      const done = await publishDoneRoute(form("publish-done", { ...fields, call: "publish_done" }));
      expect(done.status).toBe(200);
      expect((await session(id)).status).toBe("ENDED");
      expect((await publishRoute(form("publish", fields))).status).toBe(403);

      // Viewers heard both changes, in order, on the session's event stream.
      const events = await db.liveEvent.findMany({ where: { sessionId: id }, orderBy: { id: "asc" } });
      expect(events.map((e) => e.type)).toEqual(["live", "ended"]);
      expect(events[0]?.payload).toMatchObject({ playbackUrl: expect.stringContaining(`${id}.m3u8`) });
      expect(events[1]?.streamOffsetMs).toBeGreaterThanOrEqual(0);
    });

    it("requires the shared secret when one is configured", async () => {
      const scheduled = await schedule();
      if (!scheduled.ok) throw new Error(scheduled.error);
      const fields = { app: "live", name: scheduled.streamKey!, call: "publish" };
      process.env.LIVE_INGEST_SECRET = "s3cret-ingest";
      try {
        expect((await publishRoute(form("publish", fields))).status).toBe(403);
        expect((await publishRoute(form("publish", fields, "?secret=wrong"))).status).toBe(403);
        expect((await session(scheduled.session.id)).status).toBe("SCHEDULED");
        expect((await publishRoute(form("publish", fields, "?secret=s3cret-ingest"))).status).toBe(302);
        expect((await session(scheduled.session.id)).status).toBe("LIVE");
      } finally {
        delete process.env.LIVE_INGEST_SECRET;
      }
    });
  });
});
