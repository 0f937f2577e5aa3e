import pg from "pg";
import { db as appDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { isEmbeddedUrl } from "@/lib/db/pool";
import { LIVE_EVENTS_CHANNEL, LOCAL_SIGNAL, latestLiveEventId, liveEventsAfter, type LiveEventRecord, type LocalSignal, localLiveSignals } from "./events";

export type LiveEventListener = (event: LiveEventRecord) => void;

export interface LiveEventBus {
  /**
   * Delivers the session's new events to `onEvent`, in id order, each once. Resolves (with the
   * unsubscribe function) once the subscription is in place: every event committed after that
   * is delivered. Events committed just before may be delivered too, so a caller that also
   * replays stored events dedupes by id.
   */
  subscribe(sessionId: string, onEvent: LiveEventListener): Promise<() => void>;
  /** Settles once the bus hears other instances (LISTEN is in place); at once without listenUrl. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export interface LiveEventBusOptions {
  db: PrismaClient;
  /**
   * A PostgreSQL URL to LISTEN on, so events published by other app instances arrive. Without
   * it the bus only hears publishLiveEvent calls of this process (the embedded database serves
   * one connection, so it cannot hold a LISTEN open beside the app's queries).
   */
  listenUrl?: string;
}

const BATCH = 500;
const RECONNECT_MIN_MS = 100;
const RECONNECT_MAX_MS = 5_000;
/** How long an event published inside a caller's transaction is looked for before it counts as rolled back. */
const UNCOMMITTED_PATIENCE_MS = 15_000;

/** Per session: its subscribers and the id of the last event handed to them. */
interface Feed {
  sessionId: string;
  subscribers: Set<LiveEventListener>;
  cursor: bigint;
  ready: Promise<void>;
  draining: boolean;
  again: boolean;
  /** Highest id announced from a still-open transaction and not yet seen (no-LISTEN mode). */
  awaiting: bigint | null;
  awaitingSince: number;
  retry: ReturnType<typeof setTimeout> | null;
}

/**
 * Fans a session's stored events out to its open streams. Whatever wakes it (a local publish,
 * a NOTIFY from any instance, a reconnect), it reads the rows after the last id it delivered, so
 * coalesced or duplicate wake-ups neither skip nor repeat an event.
 */
export function createLiveEventBus({ db, listenUrl }: LiveEventBusOptions): LiveEventBus {
  const feeds = new Map<string, Feed>();
  let closed = false;
  let listener: pg.Client | null = null;
  let reconnectDelay = RECONNECT_MIN_MS;
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  let markReady: () => void = () => {};
  const ready = listenUrl ? new Promise<void>((resolve) => (markReady = resolve)) : Promise.resolve();

  function deliver(feed: Feed, event: LiveEventRecord) {
    for (const subscriber of [...feed.subscribers]) {
      if (!feed.subscribers.has(subscriber)) continue;
      try {
        subscriber(event);
      } catch (error) {
        console.error("live event subscriber failed", error);
      }
    }
  }

  async function drain(feed: Feed): Promise<void> {
    if (feed.draining) {
      feed.again = true;
      return;
    }
    feed.draining = true;
    try {
      do {
        feed.again = false;
        await feed.ready;
        for (;;) {
          if (closed || feeds.get(feed.sessionId) !== feed) return;
          const batch = await liveEventsAfter(db, feed.sessionId, feed.cursor, BATCH);
          for (const event of batch) {
            feed.cursor = BigInt(event.id);
            deliver(feed, event);
          }
          if (batch.length < BATCH) break;
        }
      } while (feed.again);
    } catch (error) {
      if (closed) return;
      console.error("live event fetch failed", error);
      scheduleRetry(feed, 1_000);
      return;
    } finally {
      feed.draining = false;
    }
    if (feed.awaiting !== null) {
      if (feed.cursor >= feed.awaiting || Date.now() - feed.awaitingSince > UNCOMMITTED_PATIENCE_MS) feed.awaiting = null;
      else scheduleRetry(feed, Math.min(25 * 2 ** Math.floor((Date.now() - feed.awaitingSince) / 200), 1_000));
    }
  }

  function scheduleRetry(feed: Feed, delayMs: number) {
    if (feed.retry || closed) return;
    feed.retry = setTimeout(() => {
      feed.retry = null;
      void drain(feed);
    }, delayMs);
  }

  function onLocalSignal(signal: LocalSignal) {
    const feed = feeds.get(signal.sessionId);
    if (!feed) return;
    // On PostgreSQL the NOTIFY sent at commit wakes the bus again; alone, poll until the row shows.
    if (!signal.committed && !listenUrl && (feed.awaiting === null || signal.id > feed.awaiting)) {
      if (feed.awaiting === null) feed.awaitingSince = Date.now();
      feed.awaiting = signal.id;
    }
    void drain(feed);
  }

  function onNotification(message: pg.Notification) {
    if (message.channel !== LIVE_EVENTS_CHANNEL || !message.payload) return;
    let sessionId: unknown;
    try {
      sessionId = (JSON.parse(message.payload) as { sessionId?: unknown }).sessionId;
    } catch {
      return;
    }
    const feed = typeof sessionId === "string" ? feeds.get(sessionId) : undefined;
    if (feed) void drain(feed);
  }

  function connectListener(url: string) {
    reconnectTimer = null;
    if (closed) return;
    const client = new pg.Client({ connectionString: url, application_name: "ceramic-live-events" });
    let dropped = false;
    const drop = (error?: Error) => {
      if (dropped) return;
      dropped = true;
      if (listener === client) listener = null;
      client.removeListener("notification", onNotification);
      void client.end().catch(() => {});
      if (closed) return;
      if (error) console.error(`live events: LISTEN connection lost, reconnecting in ${reconnectDelay} ms`, error.message);
      reconnectTimer = setTimeout(() => connectListener(url), reconnectDelay);
      reconnectDelay = Math.min(reconnectDelay * 2, RECONNECT_MAX_MS);
    };
    client.on("error", drop);
    client.on("end", () => drop());
    client.on("notification", onNotification);
    client
      .connect()
      .then(() => client.query(`LISTEN ${LIVE_EVENTS_CHANNEL}`))
      .then(() => {
        if (closed || dropped) return void client.end().catch(() => {});
        listener = client;
        reconnectDelay = RECONNECT_MIN_MS;
        // Whatever was published while nobody listened is in the table.
        for (const feed of feeds.values()) void drain(feed);
        markReady();
      }, drop);
  }

  localLiveSignals.on(LOCAL_SIGNAL, onLocalSignal);
  if (listenUrl) connectListener(listenUrl);

  return {
    ready,
    async subscribe(sessionId, onEvent) {
      if (closed) throw new Error("live event bus is closed");
      for (;;) {
        let feed = feeds.get(sessionId);
        if (!feed) {
          const created: Feed = { sessionId, subscribers: new Set(), cursor: 0n, ready: Promise.resolve(), draining: false, again: false, awaiting: null, awaitingSince: 0, retry: null };
          created.ready = latestLiveEventId(db, sessionId).then((id) => {
            created.cursor = id ?? 0n;
          });
          created.ready.catch(() => {
            if (feeds.get(sessionId) === created) feeds.delete(sessionId);
          });
          feeds.set(sessionId, created);
          feed = created;
        }
        await feed.ready;
        // The feed may have been dropped by its last subscriber leaving while this one waited.
        if (feeds.get(sessionId) !== feed) continue;
        const joined = feed;
        joined.subscribers.add(onEvent);
        return () => {
          joined.subscribers.delete(onEvent);
          if (joined.subscribers.size > 0 || feeds.get(sessionId) !== joined) return;
          feeds.delete(sessionId);
          if (joined.retry) clearTimeout(joined.retry);
        };
      }
    },
    async close() {
      closed = true;
      localLiveSignals.removeListener(LOCAL_SIGNAL, onLocalSignal);
      if (reconnectTimer) clearTimeout(reconnectTimer);
      for (const feed of feeds.values()) if (feed.retry) clearTimeout(feed.retry);
      feeds.clear();
      const client = listener;
      listener = null;
      await client?.end().catch(() => {});
    },
  };
}

const globalForBus = globalThis as unknown as { ceramicLiveEvents?: LiveEventBus };

/**
 * The app's bus, on the app's database client. It LISTENs on DATABASE_URL unless that is the
 * embedded server (one process, one connection: in-process delivery only).
 */
export function liveEventBus(): LiveEventBus {
  if (!globalForBus.ceramicLiveEvents) {
    const url = process.env.DATABASE_URL;
    globalForBus.ceramicLiveEvents = createLiveEventBus({ db: appDb(), listenUrl: url && !isEmbeddedUrl(url) ? url : undefined });
  }
  return globalForBus.ceramicLiveEvents;
}
