import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { addLikes, flushLikes, LIKES_EVENT_INTERVAL_MS } from "./likes";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(availableTestEngines())("likes on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let hostId: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    db = database.db;
    hostId = (await db.user.create({ data: { email: "host-likes@example.test", name: "Host", role: "HOST" } })).id;
  });
  afterAll(async () => {
    await flushLikes();
    await database?.drop();
  });

  const newSession = async (status: "LIVE" | "SCHEDULED" | "ENDED" | "CANCELLED" = "LIVE") =>
    (await db.liveSession.create({ data: { hostId, title: "Likes", scheduledAt: new Date(), status, startedAt: status === "LIVE" ? new Date() : null } })).id;
  const likesEvents = async (sessionId: string) =>
    (await db.liveEvent.findMany({ where: { sessionId, type: "likes" }, orderBy: { id: "asc" }, select: { payload: true } })).map((event) => (event.payload as { count: number }).count);

  it("counts exactly under 50 concurrent taps, publishes a few coalesced totals, and the last one is the final count", async () => {
    const sessionId = await newSession();
    const counts = Array.from({ length: 50 }, (_, n) => (n % 5) + 1);
    const started = Date.now();
    const results = await Promise.all(counts.map((count) => addLikes(db, { sessionId, count })));
    const total = counts.reduce((sum, n) => sum + n, 0);
    expect(results.every((result) => result.ok)).toBe(true);
    // Every caller saw a distinct running total: no increment was lost or doubled.
    const seen = results.map((result) => (result.ok ? result.likeCount : 0)).sort((a, b) => a - b);
    expect(new Set(seen).size).toBe(50);
    expect(seen.at(-1)).toBe(total);
    expect((await db.liveSession.findUniqueOrThrow({ where: { id: sessionId } })).likeCount).toBe(total);

    // The trailing publish goes out by itself.
    const deadline = Date.now() + 5_000;
    while ((await likesEvents(sessionId)).at(-1) !== total && Date.now() < deadline) await sleep(50);
    const published = await likesEvents(sessionId);
    expect(published.at(-1)).toBe(total);
    const windows = Math.ceil((Date.now() - started) / LIKES_EVENT_INTERVAL_MS) + 1;
    expect(published.length).toBeLessThanOrEqual(windows);
    expect(published.length).toBeLessThan(10);
    expect([...published].sort((a, b) => a - b)).toEqual(published);
  });

  it("publishes the first like after a quiet spell at once", async () => {
    const sessionId = await newSession();
    expect(await addLikes(db, { sessionId, count: 3 })).toEqual({ ok: true, likeCount: 3 });
    expect(await likesEvents(sessionId)).toEqual([3]);
    expect(await addLikes(db, { sessionId, count: 2 })).toEqual({ ok: true, likeCount: 5 });
    await flushLikes();
    expect(await likesEvents(sessionId)).toEqual([3, 5]);
  });

  it("refuses bad counts, unknown and closed sessions, counting nothing", async () => {
    const sessionId = await newSession();
    for (const count of [0, 51, 1.5, -1, Number.NaN]) {
      expect(await addLikes(db, { sessionId, count }), String(count)).toMatchObject({ ok: false, error: "invalid" });
    }
    expect(await addLikes(db, { sessionId: "nosuchsession", count: 1 })).toEqual({ ok: false, error: "not_found" });
    for (const status of ["ENDED", "CANCELLED"] as const) {
      const closed = await newSession(status);
      expect(await addLikes(db, { sessionId: closed, count: 1 })).toEqual({ ok: false, error: "session_closed" });
      expect((await db.liveSession.findUniqueOrThrow({ where: { id: closed } })).likeCount).toBe(0);
    }
    expect((await db.liveSession.findUniqueOrThrow({ where: { id: sessionId } })).likeCount).toBe(0);
    expect(await likesEvents(sessionId)).toEqual([]);
    expect(await addLikes(db, { sessionId: await newSession("SCHEDULED"), count: 1 })).toEqual({ ok: true, likeCount: 1 });
  });
});
