import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LiveSessionStatus, PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { remindedSessionIds, remindersOf, setReminder } from "./reminders";
import { START_WINDOW_MS } from "./sessions";

describe.each(availableTestEngines())("reminders on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let hostId: string;
  let shopperId: string;
  const hour = 3_600_000;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    db = database.db;
    hostId = (await db.user.create({ data: { email: "host-remind@example.test", name: "景德镇阿青", role: "HOST" } })).id;
    shopperId = (await db.user.create({ data: { email: "shopper-remind@example.test", name: "Shopper" } })).id;
  });
  afterAll(async () => {
    await database?.drop();
  });

  const newSession = async (title: string, inMs: number, status: LiveSessionStatus = "SCHEDULED") =>
    (await db.liveSession.create({ data: { hostId, title, scheduledAt: new Date(Date.now() + inMs), status, coverUrl: `/covers/${title}.jpg` } })).id;

  it("reminds only of sessions still to come, idempotently, and forgets on request", async () => {
    const soon = await newSession("soon", 2 * hour);
    const later = await newSession("later", 26 * hour);
    expect(await setReminder(db, { userId: shopperId, sessionId: later, on: true })).toEqual({ ok: true, on: true });
    expect(await setReminder(db, { userId: shopperId, sessionId: soon, on: true })).toEqual({ ok: true, on: true });
    expect(await setReminder(db, { userId: shopperId, sessionId: soon, on: true })).toEqual({ ok: true, on: true });
    expect(await db.liveReminder.count({ where: { userId: shopperId } })).toBe(2);

    for (const [title, inMs, status] of [["past", -hour, "SCHEDULED"], ["live", -hour, "LIVE"], ["ended", -2 * hour, "ENDED"], ["cancelled", hour, "CANCELLED"]] as const) {
      const sessionId = await newSession(title, inMs, status);
      expect(await setReminder(db, { userId: shopperId, sessionId, on: true }), title).toEqual({ ok: false, error: "session_not_upcoming" });
    }
    expect(await setReminder(db, { userId: shopperId, sessionId: "nosuchsession", on: true })).toEqual({ ok: false, error: "not_found" });
    expect(await setReminder(db, { userId: "nosuchuser", sessionId: soon, on: true })).toEqual({ ok: false, error: "not_found" });
    expect(await setReminder(db, { userId: shopperId, sessionId: soon, on: "yes" } as never)).toMatchObject({ ok: false, error: "invalid" });
    expect(await db.liveReminder.count({ where: { userId: shopperId } })).toBe(2);

    const listed = await remindersOf(db, shopperId);
    expect(listed).toEqual([
      { sessionId: soon, title: "soon", status: "SCHEDULED", scheduledAt: expect.any(Date), hostName: "景德镇阿青", coverUrl: "/covers/soon.jpg" },
      { sessionId: later, title: "later", status: "SCHEDULED", scheduledAt: expect.any(Date), hostName: "景德镇阿青", coverUrl: "/covers/later.jpg" },
    ]);
    expect(await remindedSessionIds(db, shopperId, [soon, later, "other"])).toEqual(new Set([soon, later]));

    expect(await setReminder(db, { userId: shopperId, sessionId: later, on: false })).toEqual({ ok: true, on: false });
    expect(await setReminder(db, { userId: shopperId, sessionId: later, on: false })).toEqual({ ok: true, on: false });
    expect((await remindersOf(db, shopperId)).map((r) => r.sessionId)).toEqual([soon]);
  });

  it("keeps a reminded session listed while it is live, and drops it once over or stale", async () => {
    const userId = (await db.user.create({ data: { email: "shopper-remind-2@example.test", name: "Two" } })).id;
    const live = await newSession("goes-live", hour);
    const ends = await newSession("ends", 2 * hour);
    const stale = await newSession("stale", 3 * hour);
    for (const sessionId of [live, ends, stale]) expect((await setReminder(db, { userId, sessionId, on: true })).ok).toBe(true);
    await db.liveSession.update({ where: { id: live }, data: { status: "LIVE", startedAt: new Date() } });
    await db.liveSession.update({ where: { id: ends }, data: { status: "CANCELLED" } });
    // Nobody went live with it long after its time.
    const muchLater = new Date(Date.now() + 3 * hour + START_WINDOW_MS + hour);
    expect((await remindersOf(db, userId)).map((r) => [r.sessionId, r.status])).toEqual([
      [live, "LIVE"],
      [stale, "SCHEDULED"],
    ]);
    expect((await remindersOf(db, userId, muchLater)).map((r) => r.sessionId)).toEqual([live]);
  });
});
