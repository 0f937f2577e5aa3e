import { EventEmitter } from "node:events";
import type { Tx } from "@/lib/db/client";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";

/**
 * The stored event stream of a live session: pins, deals, stock left, chat, likes, viewer counts
 * and purchases. Every event is a LiveEvent row first; its id (a bigint, sent as a decimal string)
 * is the SSE event id, so a viewer that reconnects with Last-Event-ID is replayed exactly what it
 * missed. Delivery to open streams is ./event-bus.
 */

/** PostgreSQL NOTIFY channel; the payload is `{"sessionId": …, "id": …}` (never the event itself, which may exceed NOTIFY's 8000 bytes). */
export const LIVE_EVENTS_CHANNEL = "live_events";

export interface LiveEventRecord {
  /** The LiveEvent id as a decimal string (a bigint does not survive JSON). */
  id: string;
  sessionId: string;
  type: string;
  payload: Prisma.JsonValue;
  /** Milliseconds since the session went live, so the page can show the event when the (delayed) video reaches it. */
  streamOffsetMs: number | null;
  createdAt: Date;
}

export interface LiveEventInput {
  sessionId: string;
  type: string;
  payload: Prisma.InputJsonValue;
  streamOffsetMs?: number | null;
}

/**
 * In-process signal "session S has a new event with id N". Every bus of this process listens to
 * it, so the embedded database (one connection, no LISTEN) delivers within the process; on
 * PostgreSQL the bus also hears NOTIFY and dedupes by id.
 */
// On globalThis: Next bundles route handlers and server actions separately, each with its own copy
// of this module, and an action's publish must reach the streams the route handler holds open.
const globalForSignals = globalThis as unknown as { ceramicLiveSignals?: EventEmitter };
export const localLiveSignals = (globalForSignals.ceramicLiveSignals ??= new EventEmitter().setMaxListeners(0));
export const LOCAL_SIGNAL = "published";
export interface LocalSignal {
  sessionId: string;
  id: bigint;
  /** False while the publishing transaction may still roll back (the caller passed a Tx). */
  committed: boolean;
}

/**
 * Stores an event and announces it. Joins the caller's transaction when given one, else runs its
 * own. NOTIFY is delivered on commit, so no instance ever sees an event that was rolled back.
 *
 * Within a session, events are published under a transaction-scoped advisory lock: ids come from
 * a sequence, so without it two concurrent publishers could commit ids out of order and a reader
 * that fetches "id > last delivered" would step over the later-committing, smaller id for good.
 * Callers inside a long transaction should publish last, since the lock is held until commit.
 */
export async function publishLiveEvent(db: PrismaClient | Tx, input: LiveEventInput): Promise<LiveEventRecord> {
  if (isClient(db)) {
    const event = await db.$transaction((tx) => insertAndNotify(tx, input));
    signal(event, true);
    return event;
  }
  const event = await insertAndNotify(db, input);
  signal(event, false);
  return event;
}

/** Stored events of a session after `afterId` (all from the start when null), in id order. */
export async function liveEventsAfter(db: PrismaClient | Tx, sessionId: string, afterId: string | bigint | null, limit: number): Promise<LiveEventRecord[]> {
  const rows = await db.liveEvent.findMany({
    where: { sessionId, ...(afterId === null ? {} : { id: { gt: BigInt(afterId) } }) },
    orderBy: { id: "asc" },
    take: limit,
  });
  return rows.map(toRecord);
}

/** Id of a session's latest event (null when it has none). */
export async function latestLiveEventId(db: PrismaClient | Tx, sessionId: string): Promise<bigint | null> {
  const latest = await db.liveEvent.findFirst({ where: { sessionId }, orderBy: { id: "desc" }, select: { id: true } });
  return latest?.id ?? null;
}

/** A valid Last-Event-ID: a positive bigint in decimal. */
export const LIVE_EVENT_ID_PATTERN = /^[1-9][0-9]{0,18}$/;

async function insertAndNotify(tx: Tx, input: LiveEventInput): Promise<LiveEventRecord> {
  // The session row before the advisory lock, always: the insert's foreign-key check takes the row
  // anyway, and callers that lock the session FOR UPDATE (pins, deals, going live) publish last.
  // Taking them in one order everywhere is what keeps two publishers from deadlocking.
  await tx.$executeRaw`SELECT 1 FROM "LiveSession" WHERE "id" = ${input.sessionId} FOR KEY SHARE`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`live_events:${input.sessionId}`}, 0))`;
  const row = await tx.liveEvent.create({
    data: { sessionId: input.sessionId, type: input.type, payload: input.payload, streamOffsetMs: input.streamOffsetMs ?? null },
  });
  const note = JSON.stringify({ sessionId: row.sessionId, id: row.id.toString() });
  await tx.$executeRaw`SELECT pg_notify(${LIVE_EVENTS_CHANNEL}, ${note})`;
  return toRecord(row);
}

function toRecord(row: { id: bigint; sessionId: string; type: string; payload: Prisma.JsonValue; streamOffsetMs: number | null; createdAt: Date }): LiveEventRecord {
  return { id: row.id.toString(), sessionId: row.sessionId, type: row.type, payload: row.payload, streamOffsetMs: row.streamOffsetMs, createdAt: row.createdAt };
}

function signal(event: LiveEventRecord, committed: boolean): void {
  localLiveSignals.emit(LOCAL_SIGNAL, { sessionId: event.sessionId, id: BigInt(event.id), committed } satisfies LocalSignal);
}

// A transaction client has no $transaction of its own.
function isClient(db: PrismaClient | Tx): db is PrismaClient {
  return typeof (db as { $transaction?: unknown }).$transaction === "function";
}
