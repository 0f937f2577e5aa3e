import { z } from "zod";
import type { PrismaClient } from "@/lib/db/generated/client";
import { fieldErrors } from "@/lib/forms/state";
import type { Result } from "@/lib/inventory/core";
import { publishLiveEvent } from "./events";

/**
 * Likes: viewers tap as fast as they like (the room sends them in small batches), the session's
 * counter is incremented atomically, and the stream hears the new total at most every
 * LIKES_EVENT_INTERVAL_MS per session and app instance: the latest total wins, and a trailing
 * publish makes sure the last total of a burst always goes out. With several instances each
 * publishes the total it last saw, so the room keeps the highest count it has heard.
 */

export const LIKES_PER_CALL_MAX = 50;
export const LIKES_EVENT_INTERVAL_MS = 500;

const likesSchema = z.object({
  sessionId: z.string().trim().min(1).max(64),
  count: z.number().int().min(1).max(LIKES_PER_CALL_MAX),
});

export type LikesError = "invalid" | "not_found" | "session_closed";

/** Adds likes to a scheduled or live session and returns the new total. */
export async function addLikes(db: PrismaClient, input: { sessionId: string; count: number }): Promise<Result<{ likeCount: number }, LikesError>> {
  const parsed = likesSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", detail: fieldErrors(parsed.error) };
  const { sessionId, count } = parsed.data;
  const rows = await db.$queryRaw<{ likeCount: number }[]>`
    UPDATE "LiveSession" SET "likeCount" = "likeCount" + ${count}
    WHERE "id" = ${sessionId} AND "status" IN ('SCHEDULED', 'LIVE')
    RETURNING "likeCount"`;
  const likeCount = rows[0]?.likeCount;
  if (likeCount === undefined) {
    const exists = await db.liveSession.findUnique({ where: { id: sessionId }, select: { id: true } });
    return { ok: false, error: exists ? "session_closed" : "not_found" };
  }
  await announceLikes(db, sessionId, likeCount);
  return { ok: true, likeCount };
}

/** Per session, this instance's publishing state. */
interface Pending {
  db: PrismaClient;
  /** The highest total seen (concurrent increments return in any order). */
  latest: number;
  published: number;
  lastPublishedAt: number;
  timer: ReturnType<typeof setTimeout> | null;
  /** The publish under way; publishes of one session run one after the other. */
  running: Promise<void> | null;
}

const pending = new Map<string, Pending>();

async function announceLikes(db: PrismaClient, sessionId: string, likeCount: number): Promise<void> {
  let state = pending.get(sessionId);
  if (!state) {
    state = { db, latest: 0, published: 0, lastPublishedAt: 0, timer: null, running: null };
    pending.set(sessionId, state);
  }
  state.latest = Math.max(state.latest, likeCount);
  const quiet = !state.timer && !state.running && Date.now() >= state.lastPublishedAt + LIKES_EVENT_INTERVAL_MS;
  // The first like after a quiet spell is published at once, so the tapper sees it.
  if (quiet) await publish(sessionId, state);
  else schedule(sessionId, state);
}

function schedule(sessionId: string, state: Pending): void {
  if (state.timer) return;
  const wait = Math.max(0, state.lastPublishedAt + LIKES_EVENT_INTERVAL_MS - Date.now());
  state.timer = setTimeout(() => {
    state.timer = null;
    void publish(sessionId, state);
  }, wait);
  state.timer.unref?.();
}

async function publish(sessionId: string, state: Pending): Promise<void> {
  if (state.running) {
    await state.running;
    // The publish that was running may have carried our total already.
    if (state.latest > state.published && !state.timer) schedule(sessionId, state);
    return;
  }
  const count = state.latest;
  state.lastPublishedAt = Date.now();
  state.running = publishLiveEvent(state.db, { sessionId, type: "likes", payload: { count } })
    .then(
      () => undefined,
      // Not retried: the next like publishes a newer total anyway.
      (error: unknown) => console.error("live likes: publishing the count failed", error),
    )
    .finally(() => {
      state.published = Math.max(state.published, count);
      state.running = null;
      if (state.latest > state.published) schedule(sessionId, state);
      else forgetWhenQuiet(sessionId, state);
    });
  await state.running;
}

/** Drops an idle session's state once its interval has passed (a new like then publishes at once). */
function forgetWhenQuiet(sessionId: string, state: Pending): void {
  setTimeout(() => {
    const idle = !state.timer && !state.running && state.latest <= state.published;
    if (idle && pending.get(sessionId) === state) pending.delete(sessionId);
  }, LIKES_EVENT_INTERVAL_MS).unref?.();
}

/** Publishes every total still waiting for its turn, now (shutdown, tests). */
export async function flushLikes(): Promise<void> {
  for (const [sessionId, state] of [...pending]) {
    if (state.running) await state.running;
    if (state.timer) {
      clearTimeout(state.timer);
      state.timer = null;
    }
    if (state.latest > state.published) await publish(sessionId, state);
  }
}
