import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as liveEventsRoute } from "@/app/api/live/[id]/events/route";
import { createDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { createLiveEventBus, type LiveEventBus } from "./event-bus";
import { type LiveEventRecord, liveEventsAfter, publishLiveEvent } from "./events";

/**
 * The live event stream end to end below the browser: events stored and announced by
 * publishLiveEvent, fanned out by the bus, served by the SSE route handler, read back as a
 * browser's EventSource would.
 */

const globals = globalThis as { ceramicDb?: PrismaClient; ceramicLiveEvents?: LiveEventBus; ceramicLivePresence?: { close(): Promise<void> } };

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await sleep(10);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function newSession(db: PrismaClient): Promise<string> {
  const tag = Math.random().toString(36).slice(2, 10);
  const host = await db.user.create({ data: { email: `host-${tag}@ceramic.example`, name: `Host ${tag}`, role: "HOST" } });
  const session = await db.liveSession.create({ data: { hostId: host.id, title: `Session ${tag}`, scheduledAt: new Date() } });
  return session.id;
}

const pin = (sessionId: string, n: number) => ({ sessionId, type: "pin", payload: { productId: `product-${n}` }, streamOffsetMs: n * 1_000 });

/** Records what each subscriber receives. */
function collector() {
  const received: LiveEventRecord[] = [];
  return { received, ids: () => received.map((event) => event.id), onEvent: (event: LiveEventRecord) => void received.push(event) };
}

interface SseFrame {
  id?: string;
  event?: string;
  data?: string;
  retry?: string;
  comment?: string;
}

/** Reads an SSE response in the background, frame by frame. */
function readSse(response: Response) {
  const frames: SseFrame[] = [];
  let ended = false;
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  void (async () => {
    let buffer = "";
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const frame: SseFrame = {};
          for (const line of buffer.slice(0, end).split("\n")) {
            if (line.startsWith(":")) frame.comment = line.slice(1).trim();
            else {
              const colon = line.indexOf(":");
              frame[line.slice(0, colon) as keyof SseFrame] = line.slice(colon + 1).trimStart();
            }
          }
          frames.push(frame);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf("\n\n");
        }
      }
    } catch {
      // Aborted.
    }
    ended = true;
  })();
  const events = () => frames.filter((frame) => frame.id !== undefined);
  return { frames, events, ids: () => events().map((frame) => frame.id), ended: () => ended };
}

function openStream(sessionId: string, options: { lastEventId?: string; query?: string; signal?: AbortSignal } = {}) {
  const headers = options.lastEventId ? { "Last-Event-ID": options.lastEventId } : undefined;
  const request = new Request(`http://app/api/live/${sessionId}/events${options.query ?? ""}`, { headers, signal: options.signal });
  return liveEventsRoute(request, { params: Promise.resolve({ id: sessionId }) });
}

describe.each(availableTestEngines())("live event stream on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let savedDatabaseUrl: string | undefined;
  /** On PostgreSQL the buses also LISTEN, so every local publish reaches them twice: once must come out. */
  let listenUrl: string | undefined;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    db = database.db;
    listenUrl = engine === "postgres" ? database.url : undefined;
    // The route reaches the database through db() and the bus through liveEventBus(): point both here.
    globals.ceramicDb = db;
    savedDatabaseUrl = process.env.DATABASE_URL;
    process.env.DATABASE_URL = database.url;
  });
  afterAll(async () => {
    await globals.ceramicLiveEvents?.close();
    globals.ceramicLiveEvents = undefined;
    // The route counts its streams as viewers; stop that before the database goes.
    await globals.ceramicLivePresence?.close();
    globals.ceramicLivePresence = undefined;
    globals.ceramicDb = undefined;
    if (savedDatabaseUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = savedDatabaseUrl;
    await database?.drop();
  });

  it("delivers a published pin to every subscriber of the session, once each, in order", async () => {
    const bus = createLiveEventBus({ db, listenUrl });
    try {
      await bus.ready;
      const sessionId = await newSession(db);
      const otherSession = await newSession(db);
      const viewers = [collector(), collector(), collector()];
      const bystander = collector();
      for (const viewer of viewers) await bus.subscribe(sessionId, viewer.onEvent);
      await bus.subscribe(otherSession, bystander.onEvent);

      const published: LiveEventRecord[] = [];
      for (let n = 1; n <= 3; n++) published.push(await publishLiveEvent(db, pin(sessionId, n)));
      const expected = published.map((event) => event.id);
      await waitFor(() => viewers.every((viewer) => viewer.received.length >= 3));
      await sleep(200); // a duplicate (local signal and NOTIFY) would land by now

      for (const viewer of viewers) {
        expect(viewer.ids()).toEqual(expected);
        expect(viewer.received[0]).toMatchObject({ sessionId, type: "pin", payload: { productId: "product-1" }, streamOffsetMs: 1_000 });
      }
      expect(bystander.received).toEqual([]);
      expect(expected.map(BigInt)).toEqual([...expected.map(BigInt)].sort((a, b) => (a < b ? -1 : 1)));
    } finally {
      await bus.close();
    }
  });

  it("stops delivering to a subscriber that left", async () => {
    const bus = createLiveEventBus({ db, listenUrl });
    try {
      await bus.ready;
      const sessionId = await newSession(db);
      const leaving = collector();
      const staying = collector();
      const leave = await bus.subscribe(sessionId, leaving.onEvent);
      await bus.subscribe(sessionId, staying.onEvent);
      const first = await publishLiveEvent(db, pin(sessionId, 1));
      await waitFor(() => leaving.received.length === 1 && staying.received.length === 1);
      leave();
      const second = await publishLiveEvent(db, pin(sessionId, 2));
      await waitFor(() => staying.received.length === 2);
      expect(staying.ids()).toEqual([first.id, second.id]);
      expect(leaving.ids()).toEqual([first.id]);
    } finally {
      await bus.close();
    }
  });

  it("never delivers an event whose transaction rolled back", async () => {
    const bus = createLiveEventBus({ db, listenUrl });
    try {
      await bus.ready;
      const sessionId = await newSession(db);
      const viewer = collector();
      await bus.subscribe(sessionId, viewer.onEvent);

      await expect(
        db.$transaction(async (tx) => {
          await publishLiveEvent(tx, pin(sessionId, 1));
          throw new Error("claim refused");
        }),
      ).rejects.toThrow("claim refused");
      await sleep(200);
      expect(viewer.received).toEqual([]);

      const kept = await db.$transaction((tx) => publishLiveEvent(tx, pin(sessionId, 2)));
      await waitFor(() => viewer.received.length >= 1);
      await sleep(200);
      expect(viewer.ids()).toEqual([kept.id]);
      expect((await liveEventsAfter(db, sessionId, null, 10)).map((event) => event.id)).toEqual([kept.id]);
    } finally {
      await bus.close();
    }
  });

  it("answers 404 for an unknown or malformed session id", async () => {
    expect((await openStream("nosuchsession")).status).toBe(404);
    expect((await openStream("../../etc")).status).toBe(404);
  });

  it("replays exactly the missed events to a client reconnecting with Last-Event-ID, then streams live ones", async () => {
    const sessionId = await newSession(db);

    const firstConnection = new AbortController();
    const first = await openStream(sessionId, { signal: firstConnection.signal });
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(first.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(first.headers.get("x-accel-buffering")).toBe("no");
    const firstStream = readSse(first);
    await waitFor(() => firstStream.frames.length > 0);
    expect(firstStream.frames[0]).toEqual({ retry: "2000" });

    const published: LiveEventRecord[] = [];
    for (let n = 1; n <= 5; n++) published.push(await publishLiveEvent(db, pin(sessionId, n)));
    await waitFor(() => firstStream.events().length >= 2);
    firstConnection.abort();
    await waitFor(() => firstStream.ended());
    const seen = firstStream.events()[1] as SseFrame;
    expect(seen.id).toBe(published[1]?.id);
    expect(seen.event).toBe("pin");
    expect(JSON.parse(seen.data ?? "")).toMatchObject({ id: published[1]?.id, sessionId, type: "pin", payload: { productId: "product-2" }, streamOffsetMs: 2_000 });

    const secondConnection = new AbortController();
    const second = readSse(await openStream(sessionId, { lastEventId: seen.id, signal: secondConnection.signal }));
    await waitFor(() => second.events().length >= 3);
    const live = await publishLiveEvent(db, pin(sessionId, 6));
    await waitFor(() => second.events().length >= 4);
    await sleep(200);
    expect(second.ids()).toEqual([...published.slice(2).map((event) => event.id), live.id]);
    secondConnection.abort();
    await waitFor(() => second.ended());
  });

  it("starts after ?lastEventId= on a first connection and sends nothing old without one", async () => {
    const sessionId = await newSession(db);
    const rendered = await publishLiveEvent(db, pin(sessionId, 1));
    const missed = await publishLiveEvent(db, pin(sessionId, 2));

    const fresh = new AbortController();
    const withoutId = readSse(await openStream(sessionId, { signal: fresh.signal }));
    const resumed = new AbortController();
    const withQuery = readSse(await openStream(sessionId, { query: `?lastEventId=${rendered.id}`, signal: resumed.signal }));
    await waitFor(() => withQuery.events().length >= 1 && withoutId.frames.length >= 1);
    const next = await publishLiveEvent(db, pin(sessionId, 3));
    await waitFor(() => withQuery.events().length >= 2 && withoutId.events().length >= 1);
    await sleep(100);
    expect(withQuery.ids()).toEqual([missed.id, next.id]);
    expect(withoutId.ids()).toEqual([next.id]);
    fresh.abort();
    resumed.abort();
    expect((await openStream(sessionId, { lastEventId: "abc" })).status).toBe(400);
  });
});

// Two app instances = two copies of the modules (no shared in-process signal), two database
// clients, two LISTEN connections, one database.
describe.each(availableTestEngines().filter((engine) => engine === "postgres"))("across app instances on %s", (engine) => {
  let database: TestDatabase;
  const dbs: PrismaClient[] = [];
  const buses: LiveEventBus[] = [];

  async function instance() {
    vi.resetModules();
    // A separate process has its own globals too: no in-process signal shared with the other one.
    delete (globalThis as { ceramicLiveSignals?: unknown }).ceramicLiveSignals;
    const events = await import("./events");
    const eventBus = await import("./event-bus");
    const db = createDb(database.url);
    dbs.push(db);
    const bus = eventBus.createLiveEventBus({ db, listenUrl: database.url });
    buses.push(bus);
    await bus.ready;
    return { db, bus, events, eventBus };
  }

  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(async () => {
    for (const bus of buses) await bus.close();
    for (const db of dbs) await db.$disconnect();
    await database?.drop();
  });

  it("delivers an event published on one instance to subscribers on another, and survives a dropped LISTEN connection", async () => {
    const a = await instance();
    const b = await instance();
    const sessionId = await newSession(database.db);
    const onA = collector();
    const onB = collector();
    await a.bus.subscribe(sessionId, onA.onEvent);
    await b.bus.subscribe(sessionId, onB.onEvent);
    // Instance B without LISTEN: proves what reaches B above came through PostgreSQL, not memory.
    const deaf = b.eventBus.createLiveEventBus({ db: b.db });
    buses.push(deaf);
    const onDeaf = collector();
    await deaf.subscribe(sessionId, onDeaf.onEvent);

    const fromA = await a.events.publishLiveEvent(a.db, pin(sessionId, 1));
    await waitFor(() => onB.received.length >= 1);
    await sleep(100);
    expect(onDeaf.received).toEqual([]);
    const fromB = await b.db.$transaction((tx) => b.events.publishLiveEvent(tx, pin(sessionId, 2)));
    await waitFor(() => onA.received.length >= 2 && onB.received.length >= 2);
    await sleep(200);
    expect(onB.ids()).toEqual([fromA.id, fromB.id]);
    expect(onA.ids()).toEqual([fromA.id, fromB.id]);
    // Woken by B's own publish, the deaf bus catches up from the table, in order.
    expect(onDeaf.ids()).toEqual([fromA.id, fromB.id]);

    // Kill both LISTEN connections; events published meanwhile still arrive once they reconnect.
    await database.db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'ceramic-live-events' AND datname = current_database()`;
    const duringOutage = await a.events.publishLiveEvent(a.db, pin(sessionId, 3));
    await waitFor(() => onB.received.length >= 3, 10_000);
    const afterReconnect = await a.events.publishLiveEvent(a.db, pin(sessionId, 4));
    await waitFor(() => onB.received.length >= 4, 10_000);
    await sleep(200);
    expect(onB.ids()).toEqual([fromA.id, fromB.id, duringOutage.id, afterReconnect.id]);
    expect(onA.ids()).toEqual([fromA.id, fromB.id, duringOutage.id, afterReconnect.id]);
  });
});
