import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as liveEventsRoute } from "@/app/api/live/[id]/events/route";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import type { LiveEventBus } from "./event-bus";
import { createPresenceTracker, PRESENCE_FRESH_MS, type PresenceTracker, viewerCount } from "./presence";

const globals = globalThis as { ceramicDb?: PrismaClient; ceramicLiveEvents?: LiveEventBus; ceramicLivePresence?: PresenceTracker };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await sleep(25);
  }
}

describe.each(availableTestEngines())("viewer presence on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let hostId: string;
  const trackers: PresenceTracker[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    db = database.db;
    hostId = (await db.user.create({ data: { email: "host-presence@example.test", name: "Host", role: "HOST" } })).id;
  });
  afterAll(async () => {
    for (const tracker of trackers) await tracker.close();
    await database?.drop();
  });

  // A long interval unless a test wants the timer: flushes happen when the test says so.
  const tracker = (instanceId: string, flushIntervalMs = 60_000) => {
    const created = createPresenceTracker({ db, instanceId, flushIntervalMs, changeDelayMs: 60_000 });
    trackers.push(created);
    return created;
  };
  const newSession = async (status: "LIVE" | "SCHEDULED" | "ENDED" = "LIVE") =>
    (await db.liveSession.create({ data: { hostId, title: "Presence", scheduledAt: new Date(), status, startedAt: status === "SCHEDULED" ? null : new Date() } })).id;
  const viewersEvents = async (sessionId: string) =>
    (await db.liveEvent.findMany({ where: { sessionId, type: "viewers" }, orderBy: { id: "asc" }, select: { payload: true } })).map((event) => (event.payload as { count: number }).count);
  const peak = async (sessionId: string) => (await db.liveSession.findUniqueOrThrow({ where: { id: sessionId } })).peakViewers;

  it("counts open streams, publishes the count when it changes and keeps the peak", async () => {
    const sessionId = await newSession();
    const instance = tracker("instance-a");
    const releases = [instance.trackViewer(sessionId), instance.trackViewer(sessionId), instance.trackViewer(sessionId)];
    await instance.flush();
    expect(await viewerCount(db, sessionId)).toBe(3);
    expect(await viewersEvents(sessionId)).toEqual([3]);
    expect(await peak(sessionId)).toBe(3);

    // Nothing changed: nothing published.
    await instance.flush();
    expect(await viewersEvents(sessionId)).toEqual([3]);

    releases[0]!();
    releases[0]!(); // a second release of the same stream counts once
    await instance.flush();
    expect(await viewerCount(db, sessionId)).toBe(2);
    expect(await viewersEvents(sessionId)).toEqual([3, 2]);
    expect(await peak(sessionId)).toBe(3);

    releases[1]!();
    releases[2]!();
    await instance.flush();
    expect(await viewersEvents(sessionId)).toEqual([3, 2, 0]);
    expect(await db.livePresence.count({ where: { sessionId } })).toBe(0);
    expect(await peak(sessionId)).toBe(3);
  });

  it("sums the instances whose rows are fresh", async () => {
    const sessionId = await newSession();
    const a = tracker("instance-a2");
    const b = tracker("instance-b2");
    const fromA = [a.trackViewer(sessionId), a.trackViewer(sessionId)];
    b.trackViewer(sessionId);
    b.trackViewer(sessionId);
    b.trackViewer(sessionId);
    await a.flush();
    expect(await viewerCount(db, sessionId)).toBe(2);
    await b.flush();
    expect(await viewerCount(db, sessionId)).toBe(5);
    expect(await db.livePresence.findMany({ where: { sessionId }, orderBy: { instanceId: "asc" }, select: { instanceId: true, viewers: true } })).toEqual([
      { instanceId: "instance-a2", viewers: 2 },
      { instanceId: "instance-b2", viewers: 3 },
    ]);
    expect((await viewersEvents(sessionId)).at(-1)).toBe(5);
    expect(await peak(sessionId)).toBe(5);

    // Instance b dies: its row stops being refreshed and soon stops counting.
    await db.$executeRaw`UPDATE "LivePresence" SET "updatedAt" = now() - ${PRESENCE_FRESH_MS + 1_000}::int * interval '1 millisecond' WHERE "instanceId" = 'instance-b2'`;
    expect(await viewerCount(db, sessionId)).toBe(2);
    fromA[0]!();
    await a.flush();
    expect((await viewersEvents(sessionId)).at(-1)).toBe(1);
    expect(await peak(sessionId)).toBe(5);
  });

  it("flushes by itself soon after a change and on its interval, then stops once nothing is open", async () => {
    const sessionId = await newSession();
    const instance = createPresenceTracker({ db, instanceId: "instance-timer", flushIntervalMs: 100, changeDelayMs: 20 });
    trackers.push(instance);
    const release = instance.trackViewer(sessionId);
    await waitFor(async () => (await viewersEvents(sessionId)).at(-1) === 1);
    // The interval keeps the row fresh.
    const first = (await db.livePresence.findUniqueOrThrow({ where: { sessionId_instanceId: { sessionId, instanceId: "instance-timer" } } })).updatedAt;
    await waitFor(async () => (await db.livePresence.findUniqueOrThrow({ where: { sessionId_instanceId: { sessionId, instanceId: "instance-timer" } } })).updatedAt > first);
    release();
    await waitFor(async () => (await db.livePresence.count({ where: { sessionId } })) === 0);
    await waitFor(async () => (await viewersEvents(sessionId)).at(-1) === 0);
    const settled = await db.liveEvent.count();
    await sleep(400);
    expect(await db.liveEvent.count()).toBe(settled);
    expect(await viewersEvents(sessionId)).toEqual([1, 0]);
  });

  it("publishes nothing for a waiting room or a replay, and counts the waiting room once the session goes live", async () => {
    const scheduled = await newSession("SCHEDULED");
    const ended = await newSession("ENDED");
    const instance = tracker("instance-c");
    instance.trackViewer(scheduled);
    instance.trackViewer(ended);
    await instance.flush();
    expect(await viewerCount(db, scheduled)).toBe(1);
    expect(await viewersEvents(scheduled)).toEqual([]);
    expect(await viewersEvents(ended)).toEqual([]);
    expect(await peak(ended)).toBe(0);
    await db.liveSession.update({ where: { id: scheduled }, data: { status: "LIVE", startedAt: new Date() } });
    await instance.flush();
    expect(await viewersEvents(scheduled)).toEqual([1]);
    expect(await peak(scheduled)).toBe(1);
  });

  it("counts each open event stream of the SSE route until it closes", async () => {
    const sessionId = await newSession();
    globals.ceramicDb = db;
    const savedUrl = process.env.DATABASE_URL;
    process.env.DATABASE_URL = database.url;
    const connections = [new AbortController(), new AbortController()];
    try {
      for (const connection of connections) {
        const request = new Request(`http://app/api/live/${sessionId}/events`, { signal: connection.signal });
        const response = await liveEventsRoute(request, { params: Promise.resolve({ id: sessionId }) });
        expect(response.status).toBe(200);
        void (response.body as ReadableStream<Uint8Array>).getReader().read();
      }
      // Both streams open within the first flush's delay, so normally one event; never more than 2.
      await waitFor(async () => (await viewersEvents(sessionId)).at(-1) === 2);
      expect(Math.max(...(await viewersEvents(sessionId)))).toBe(2);
      expect(await viewerCount(db, sessionId)).toBe(2);
      connections[0]!.abort();
      await waitFor(async () => (await viewerCount(db, sessionId)) === 1);
      connections[1]!.abort();
      await waitFor(async () => (await db.livePresence.count({ where: { sessionId } })) === 0);
      await waitFor(async () => (await viewersEvents(sessionId)).at(-1) === 0);
    } finally {
      for (const connection of connections) connection.abort();
      await globals.ceramicLivePresence?.close();
      globals.ceramicLivePresence = undefined;
      await globals.ceramicLiveEvents?.close();
      globals.ceramicLiveEvents = undefined;
      globals.ceramicDb = undefined;
      if (savedUrl === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = savedUrl;
    }
  });
});
