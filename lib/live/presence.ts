import { randomUUID } from "node:crypto";
import { db as appDb } from "@/lib/db/client";
import { Prisma, type PrismaClient } from "@/lib/db/generated/client";
import { publishLiveEvent } from "./events";

/**
 * Who is watching: each app instance counts the event streams it has open per session and writes
 * that count to its own LivePresence row every PRESENCE_FLUSH_MS (and soon after a change). A
 * session's viewer count is the sum over rows refreshed within PRESENCE_FRESH_MS, so an instance
 * that dies stops counting by itself. The instance that sees the sum change publishes "viewers"
 * and raises the session's peak.
 */

export const PRESENCE_FLUSH_MS = 3_000;
export const PRESENCE_FRESH_MS = 15_000;
/** After a viewer joins or leaves, how long to wait for others to do the same before writing. */
export const PRESENCE_CHANGE_DELAY_MS = 250;

export interface PresenceTracker {
  readonly instanceId: string;
  /** Counts one open stream of the session until the returned function is called (once is enough; more is harmless). */
  trackViewer(sessionId: string): () => void;
  /** Writes this instance's counts now and publishes the totals that changed. */
  flush(): Promise<void>;
  /** Stops the timers and removes this instance's rows. */
  close(): Promise<void>;
}

export interface PresenceOptions {
  /** The database, or how to reach it when a flush runs (the app's client is created on first use). */
  db: PrismaClient | (() => PrismaClient);
  instanceId?: string;
  flushIntervalMs?: number;
  changeDelayMs?: number;
}

export function createPresenceTracker({ db: database, instanceId = randomUUID(), flushIntervalMs = PRESENCE_FLUSH_MS, changeDelayMs = PRESENCE_CHANGE_DELAY_MS }: PresenceOptions): PresenceTracker {
  /** Open streams per session; a session at 0 stays until the next flush removes its row. */
  const open = new Map<string, number>();
  /** The total this instance last published (or found) per session it has streams of. */
  const published = new Map<string, number>();
  let interval: ReturnType<typeof setInterval> | null = null;
  let soon: ReturnType<typeof setTimeout> | null = null;
  let flushing: Promise<void> | null = null;
  let again = false;
  let closed = false;

  function changed() {
    if (closed) return;
    if (!interval) {
      interval = setInterval(() => void flush(), flushIntervalMs);
      interval.unref?.();
    }
    if (!soon) {
      soon = setTimeout(() => {
        soon = null;
        void flush();
      }, changeDelayMs);
      soon.unref?.();
    }
  }

  async function flush(): Promise<void> {
    if (flushing) {
      again = true;
      return flushing;
    }
    flushing = (async () => {
      do {
        again = false;
        try {
          await writeAndPublish();
        } catch (error) {
          console.error("live presence: flush failed", error);
          // A row left behind by a failed removal stops counting once it is stale.
          for (const [sessionId, n] of open) if (n === 0) open.delete(sessionId);
        }
      } while (again && !closed);
    })();
    try {
      await flushing;
    } finally {
      flushing = null;
    }
    // Nothing open any more: the rows are gone and the last totals published, so the timer stops.
    if (open.size === 0 && interval) {
      clearInterval(interval);
      interval = null;
    }
  }

  async function writeAndPublish(): Promise<void> {
    const counts = [...open];
    if (counts.length === 0) return;
    const db = typeof database === "function" ? database() : database;
    const watched = counts.filter(([, n]) => n > 0);
    const left = counts.filter(([, n]) => n === 0).map(([sessionId]) => sessionId);
    if (watched.length > 0) {
      await db.$executeRaw`
        INSERT INTO "LivePresence" ("sessionId", "instanceId", "viewers", "updatedAt")
        VALUES ${Prisma.join(watched.map(([sessionId, n]) => Prisma.sql`(${sessionId}, ${instanceId}, ${n}, now())`))}
        ON CONFLICT ("sessionId", "instanceId") DO UPDATE SET "viewers" = EXCLUDED."viewers", "updatedAt" = now()`;
    }
    if (left.length > 0) {
      await db.$executeRaw`DELETE FROM "LivePresence" WHERE "instanceId" = ${instanceId} AND "sessionId" IN (${Prisma.join(left)})`;
    }
    const sessions = await freshTotals(db, counts.map(([sessionId]) => sessionId));
    for (const sessionId of left) {
      // Checked again: a viewer may have joined while the row was being removed.
      if (open.get(sessionId) === 0) open.delete(sessionId);
    }
    for (const { sessionId, status, total } of sessions) {
      // Only the show's audience counts: not the waiting room (the first flush after going live
      // publishes it), nor a replay's viewers.
      if (status !== "LIVE" || published.get(sessionId) === total) continue;
      await db.$executeRaw`UPDATE "LiveSession" SET "peakViewers" = ${total} WHERE "id" = ${sessionId} AND "status" = 'LIVE' AND "peakViewers" < ${total}`;
      await publishLiveEvent(db, { sessionId, type: "viewers", payload: { count: total } });
      published.set(sessionId, total);
    }
    for (const sessionId of [...published.keys()]) if (!open.has(sessionId)) published.delete(sessionId);
  }

  return {
    instanceId,
    trackViewer(sessionId) {
      open.set(sessionId, (open.get(sessionId) ?? 0) + 1);
      changed();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        open.set(sessionId, Math.max(0, (open.get(sessionId) ?? 1) - 1));
        changed();
      };
    },
    flush,
    async close() {
      closed = true;
      if (interval) clearInterval(interval);
      if (soon) clearTimeout(soon);
      interval = soon = null;
      await flushing;
      open.clear();
      published.clear();
      await (typeof database === "function" ? database() : database).livePresence.deleteMany({ where: { instanceId } });
    },
  };
}

/** Status and fresh viewer total of some sessions, in one query. */
async function freshTotals(db: PrismaClient, sessionIds: string[]): Promise<{ sessionId: string; status: string; total: number }[]> {
  return db.$queryRaw`
    SELECT s."id" AS "sessionId", s."status"::text AS "status", COALESCE(SUM(p."viewers"), 0)::int AS "total"
    FROM "LiveSession" s
    LEFT JOIN "LivePresence" p ON p."sessionId" = s."id" AND p."updatedAt" > now() - ${PRESENCE_FRESH_MS}::int * interval '1 millisecond'
    WHERE s."id" IN (${Prisma.join(sessionIds)})
    GROUP BY s."id", s."status"`;
}

/** How many are watching the session now, over every app instance. */
export async function viewerCount(db: PrismaClient, sessionId: string): Promise<number> {
  const [row] = await freshTotals(db, [sessionId]);
  return row?.total ?? 0;
}

const globalForPresence = globalThis as unknown as { ceramicLivePresence?: PresenceTracker };

/** The app's tracker, on the app's database, with a random id for this process. */
export function livePresence(): PresenceTracker {
  globalForPresence.ceramicLivePresence ??= createPresenceTracker({ db: appDb });
  return globalForPresence.ceramicLivePresence;
}

/** Counts one open event stream of the session in this process (the SSE route), until released. */
export function trackViewer(sessionId: string): () => void {
  return livePresence().trackViewer(sessionId);
}
