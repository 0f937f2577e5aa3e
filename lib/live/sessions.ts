import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import type { LiveIngest, LiveSessionStatus, PrismaClient } from "@/lib/db/generated/client";
import { inTransaction, refuse, type Result } from "@/lib/inventory/core";
import { publishLiveEvent } from "./events";
import { generateStreamKey, hashStreamKey } from "./stream-key";

/**
 * A live session's life: scheduled by its host with a line-up, switched live either by the media
 * server (nginx-rtmp's on_publish with the session's stream key) or by hand for an external HLS
 * service, and ended the same two ways. Every transition is one guarded UPDATE that re-checks the
 * status on the row itself, so a duplicate or late callback changes nothing. Functions that go
 * live or end a session return what the lead needs to publish the "live" / "ended" events.
 */

export const TITLE_MAX = 80;
export const DESCRIPTION_MAX = 2000;
export const LINEUP_MAX = 30;
/** How far in the past a scheduled time may be, to absorb a slow form and clock skew. */
export const SCHEDULE_GRACE_MS = 5 * 60_000;
/** A scheduled session nobody went live with is stale after this: its key no longer starts it. */
export const START_WINDOW_MS = 24 * 60 * 60_000;

export interface SessionSummary {
  id: string;
  hostId: string;
  title: string;
  status: LiveSessionStatus;
  ingest: LiveIngest;
  scheduledAt: Date;
  streamKeyHint: string | null;
  playbackUrl: string | null;
}

/** A session that just went live (or already was): what a "live" event carries. */
export interface WentLive {
  sessionId: string;
  /** False when the session was already live (an encoder reconnecting): no second "live" event. */
  wentLive: boolean;
  startedAt: Date;
  playbackUrl: string | null;
}

/** A session that just ended: what an "ended" event carries. */
export interface Ended {
  sessionId: string;
  startedAt: Date | null;
  endedAt: Date;
  replayUrl: string | null;
}

type InvalidDetail = Record<string, string>;

/** zod issues as { field: messageKey }, first issue per field. */
function invalid(error: z.ZodError): { ok: false; error: "invalid"; detail: InvalidDetail } {
  const detail: InvalidDetail = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    detail[field] ??= issue.message;
  }
  return { ok: false, error: "invalid", detail };
}

const id = z.string().trim().min(1).max(64);

const productIds = z
  .array(id)
  .max(LINEUP_MAX, { message: "lineup.tooMany" })
  .refine((ids) => new Set(ids).size === ids.length, { message: "lineup.duplicate" });

/** An http(s) address whose path ends in .m3u8: what hls.js and Safari can play. */
const hlsUrl = z
  .string()
  .trim()
  .max(1000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "https:" || url.protocol === "http:") && url.pathname.endsWith(".m3u8");
    } catch {
      return false;
    }
  }, { message: "playbackUrl.invalid" });

/** An http(s) address or a site path (uploaded covers live under /). */
const coverUrl = z
  .string()
  .trim()
  .max(1000)
  .refine((value) => {
    if (value.startsWith("/") && !value.startsWith("//")) return true;
    try {
      const protocol = new URL(value).protocol;
      return protocol === "https:" || protocol === "http:";
    } catch {
      return false;
    }
  }, { message: "coverUrl.invalid" });

const scheduleSchema = z
  .object({
    hostId: id,
    title: z.string().trim().min(1, { message: "title.required" }).max(TITLE_MAX, { message: "title.tooLong" }),
    description: z.string().trim().max(DESCRIPTION_MAX, { message: "description.tooLong" }).optional().default(""),
    coverUrl: coverUrl.optional().nullable(),
    scheduledAt: z.date({ message: "scheduledAt.invalid" }),
    ingest: z.enum(["RTMP", "EXTERNAL"]),
    playbackUrl: hlsUrl.optional().nullable(),
    productIds,
    now: z.date().optional(),
  })
  .superRefine((input, ctx) => {
    const now = input.now ?? new Date();
    if (input.scheduledAt.getTime() < now.getTime() - SCHEDULE_GRACE_MS) ctx.addIssue({ code: "custom", path: ["scheduledAt"], message: "scheduledAt.past" });
    if (input.ingest === "EXTERNAL" && !input.playbackUrl) ctx.addIssue({ code: "custom", path: ["playbackUrl"], message: "playbackUrl.required" });
  });

export type ScheduleInput = z.input<typeof scheduleSchema>;
export type ScheduleError = "invalid" | "not_a_host" | "products_unavailable";

/**
 * Schedules a session with its line-up (in the given order). An RTMP session gets a stream key:
 * the plain key is returned here once and only its hash is stored.
 */
export async function scheduleSession(
  db: PrismaClient,
  input: ScheduleInput,
): Promise<Result<{ session: SessionSummary; streamKey: string | null }, ScheduleError>> {
  const parsed = scheduleSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const data = parsed.data;
  const key = data.ingest === "RTMP" ? generateStreamKey() : null;

  return inTransaction<{ session: SessionSummary; streamKey: string | null }, ScheduleError>(db, async (tx) => {
    const host = await tx.user.findUnique({ where: { id: data.hostId }, select: { role: true, disabled: true } });
    if (!host || host.role !== "HOST" || host.disabled) refuse("not_a_host");
    await requirePublished(tx, data.productIds);
    const session = await tx.liveSession.create({
      data: {
        hostId: data.hostId,
        title: data.title,
        description: data.description,
        coverUrl: data.coverUrl ?? null,
        scheduledAt: data.scheduledAt,
        ingest: data.ingest,
        // An RTMP session's address is only known once the media server takes the stream.
        playbackUrl: data.ingest === "EXTERNAL" ? (data.playbackUrl ?? null) : null,
        streamKeyHash: key?.hash ?? null,
        streamKeyHint: key?.hint ?? null,
      },
      select: summarySelect,
    });
    await writeLineup(tx, session.id, data.productIds);
    return { session, streamKey: key?.key ?? null };
  });
}

const summarySelect = { id: true, hostId: true, title: true, status: true, ingest: true, scheduledAt: true, streamKeyHint: true, playbackUrl: true } as const;

async function requirePublished(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const published = await tx.product.count({ where: { id: { in: ids }, status: "PUBLISHED" } });
  if (published !== ids.length) refuse("products_unavailable");
}

async function writeLineup(tx: Tx, sessionId: string, ids: string[]): Promise<void> {
  await tx.lineupItem.deleteMany({ where: { sessionId } });
  if (ids.length > 0) await tx.lineupItem.createMany({ data: ids.map((productId, sortOrder) => ({ sessionId, productId, sortOrder })) });
}

const hostActionSchema = z.object({ sessionId: id, hostId: id, now: z.date().optional() });
type HostActionInput = z.input<typeof hostActionSchema>;

export type OwnershipError = "invalid" | "not_found" | "forbidden";

/**
 * Locks the session row for the rest of the transaction and checks it is the host's own. The
 * caller's guarded UPDATE still re-checks the status, but the lock keeps a concurrent transition
 * from slipping between the check and the write.
 */
async function lockOwnSession(tx: Tx, sessionId: string, hostId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "LiveSession" WHERE "id" = ${sessionId} FOR UPDATE`;
  if (rows.length === 0) refuse("not_found");
  const session = await tx.liveSession.findUniqueOrThrow({ where: { id: sessionId }, select: { hostId: true, status: true, ingest: true, scheduledAt: true, startedAt: true } });
  if (session.hostId !== hostId) refuse("forbidden");
  return session;
}

export type LineupError = OwnershipError | "session_closed" | "products_unavailable";

/** Replaces the line-up (order kept) of the host's own session while it is scheduled or live. */
export async function updateLineup(
  db: PrismaClient,
  input: { sessionId: string; hostId: string; productIds: string[] },
): Promise<Result<{ productIds: string[] }, LineupError>> {
  const parsed = hostActionSchema.extend({ productIds }).safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { sessionId, hostId, productIds: ids } = parsed.data;
  return inTransaction<{ productIds: string[] }, LineupError>(db, async (tx) => {
    const session = await lockOwnSession(tx, sessionId, hostId);
    if (session.status !== "SCHEDULED" && session.status !== "LIVE") refuse("session_closed");
    await requirePublished(tx, ids);
    await writeLineup(tx, sessionId, ids);
    return { productIds: ids };
  });
}

export type RegenerateError = OwnershipError | "not_rtmp" | "session_not_scheduled";

/**
 * Gives an RTMP session a new key; the old one stops working at once. Only before the session
 * goes live: nginx-rtmp reports the end of a publish with the key it started with, so changing
 * the key under a running encoder would leave nothing to match that report against.
 */
export async function regenerateStreamKey(db: PrismaClient, input: HostActionInput): Promise<Result<{ streamKey: string; streamKeyHint: string }, RegenerateError>> {
  const parsed = hostActionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { sessionId, hostId } = parsed.data;
  const key = generateStreamKey();
  return inTransaction<{ streamKey: string; streamKeyHint: string }, RegenerateError>(db, async (tx) => {
    const session = await lockOwnSession(tx, sessionId, hostId);
    if (session.ingest !== "RTMP") refuse("not_rtmp");
    const changed = await tx.liveSession.updateMany({ where: { id: sessionId, status: "SCHEDULED" }, data: { streamKeyHash: key.hash, streamKeyHint: key.hint } });
    if (changed.count !== 1) refuse("session_not_scheduled");
    return { streamKey: key.key, streamKeyHint: key.hint };
  });
}

export type StartByHandError = OwnershipError | "not_external" | "session_not_scheduled" | "expired";

/** Switches the host's own EXTERNAL session live (its HLS address was given when scheduling). */
export async function startSessionByHand(db: PrismaClient, input: HostActionInput): Promise<Result<WentLive, StartByHandError>> {
  const parsed = hostActionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { sessionId, hostId } = parsed.data;
  const now = parsed.data.now ?? new Date();
  return inTransaction<WentLive, StartByHandError>(db, async (tx) => {
    const session = await lockOwnSession(tx, sessionId, hostId);
    if (session.ingest !== "EXTERNAL") refuse("not_external");
    if (session.status !== "SCHEDULED") refuse("session_not_scheduled");
    if (isStale(session.scheduledAt, now)) refuse("expired");
    const live = await tx.liveSession.update({ where: { id: sessionId }, data: { status: "LIVE", startedAt: now }, select: { startedAt: true, playbackUrl: true } });
    return announceLive(tx, { sessionId, wentLive: true, startedAt: live.startedAt ?? now, playbackUrl: live.playbackUrl });
  });
}

export type EndByHandError = OwnershipError | "session_not_live";

/**
 * Ends the host's own live session. Meant for EXTERNAL sessions; also accepted for RTMP ones, so a
 * session whose media server never reported the end (crash, lost callback) does not stay live.
 */
export async function endSessionByHand(db: PrismaClient, input: HostActionInput): Promise<Result<Ended, EndByHandError>> {
  const parsed = hostActionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { sessionId, hostId } = parsed.data;
  const now = parsed.data.now ?? new Date();
  return inTransaction<Ended, EndByHandError>(db, async (tx) => {
    const session = await lockOwnSession(tx, sessionId, hostId);
    if (session.status !== "LIVE") refuse("session_not_live");
    const replayUrl = session.ingest === "RTMP" ? replayUrlFor(sessionId) : null;
    return markEnded(tx, sessionId, session.startedAt, now, replayUrl);
  });
}

async function markEnded(tx: Tx, sessionId: string, startedAt: Date | null, now: Date, replayUrl: string | null): Promise<Ended> {
  // endedAt >= startedAt is a CHECK; a clock that stepped back must not make ending impossible.
  const endedAt = startedAt && startedAt > now ? startedAt : now;
  const ended = await tx.liveSession.update({
    where: { id: sessionId },
    data: { status: "ENDED", endedAt, replayUrl },
    select: { startedAt: true, endedAt: true, replayUrl: true },
  });
  const result = { sessionId, startedAt: ended.startedAt, endedAt: ended.endedAt ?? endedAt, replayUrl: ended.replayUrl };
  // Viewers switch to the ended state (and the replay) in the same commit as the session.
  await publishLiveEvent(tx, {
    sessionId,
    type: "ended",
    payload: { endedAt: result.endedAt.toISOString(), replayUrl: result.replayUrl },
    streamOffsetMs: result.startedAt ? result.endedAt.getTime() - result.startedAt.getTime() : null,
  });
  return result;
}

/** Tells the session's viewers it went live, in the same commit as the status change. */
async function announceLive(tx: Tx, live: WentLive): Promise<WentLive> {
  await publishLiveEvent(tx, { sessionId: live.sessionId, type: "live", payload: { startedAt: live.startedAt.toISOString(), playbackUrl: live.playbackUrl }, streamOffsetMs: 0 });
  return live;
}

function isStale(scheduledAt: Date, now: Date): boolean {
  return scheduledAt.getTime() < now.getTime() - START_WINDOW_MS;
}

function baseUrl(value: string | undefined, fallback: string): string {
  return (value && value.trim() !== "" ? value.trim() : fallback).replace(/\/+$/, "");
}

/** Where viewers play an RTMP session: the media server's HLS output, named after the session id. */
export function livePlaybackUrlFor(sessionId: string): string {
  return `${baseUrl(process.env.LIVE_HLS_BASE_URL, "/hls")}/${sessionId}.m3u8`;
}

/** The recording of an RTMP session, when the media server keeps one (LIVE_REPLAY_BASE_URL set). */
export function replayUrlFor(sessionId: string): string | null {
  const base = process.env.LIVE_REPLAY_BASE_URL;
  return base && base.trim() !== "" ? `${baseUrl(base, "")}/${sessionId}.m3u8` : null;
}

const ingestSchema = z.object({ streamKey: z.string().min(1).max(256), now: z.date().optional() });

export type PublishError = "invalid" | "unknown_key" | "session_closed" | "expired";

/**
 * nginx-rtmp's on_publish: allows a publish only with the current key of an RTMP session that is
 * scheduled (and not stale) or already live. The first publish switches it live (startedAt set
 * once); a reconnect while live is allowed and changes nothing. `streamName` is the session id:
 * the route renames the stream to it, so HLS files and playback URLs never contain the key.
 */
export async function authorizePublish(db: PrismaClient, input: { streamKey: string; now?: Date }): Promise<Result<WentLive & { streamName: string }, PublishError>> {
  const parsed = ingestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const hash = hashStreamKey(parsed.data.streamKey);
  const now = parsed.data.now ?? new Date();
  return inTransaction<WentLive & { streamName: string }, PublishError>(db, async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "LiveSession" WHERE "streamKeyHash" = ${hash} AND "ingest" = 'RTMP' FOR UPDATE`;
    const sessionId = rows[0]?.id;
    if (!sessionId) refuse("unknown_key");
    const session = await tx.liveSession.findUniqueOrThrow({ where: { id: sessionId }, select: { status: true, scheduledAt: true, startedAt: true, playbackUrl: true } });
    if (session.status === "LIVE") {
      return { sessionId, streamName: sessionId, wentLive: false, startedAt: session.startedAt ?? now, playbackUrl: session.playbackUrl };
    }
    if (session.status !== "SCHEDULED") refuse("session_closed");
    if (isStale(session.scheduledAt, now)) refuse("expired");
    const live = await tx.liveSession.update({
      where: { id: sessionId },
      data: { status: "LIVE", startedAt: session.startedAt ?? now, playbackUrl: livePlaybackUrlFor(sessionId) },
      select: { startedAt: true, playbackUrl: true },
    });
    return { ...(await announceLive(tx, { sessionId, wentLive: true, startedAt: live.startedAt ?? now, playbackUrl: live.playbackUrl })), streamName: sessionId };
  });
}

export type PublishDoneError = "invalid" | "unknown_key" | "session_not_live";

/**
 * nginx-rtmp's on_publish_done, which reports the name the encoder published with (the key, not
 * the renamed stream): ends the key's live session and offers its recording as the replay.
 */
export async function endPublish(db: PrismaClient, input: { streamKey: string; now?: Date }): Promise<Result<Ended, PublishDoneError>> {
  const parsed = ingestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const hash = hashStreamKey(parsed.data.streamKey);
  const now = parsed.data.now ?? new Date();
  return inTransaction<Ended, PublishDoneError>(db, async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; status: LiveSessionStatus; startedAt: Date | null }[]>`SELECT "id", "status", "startedAt" FROM "LiveSession" WHERE "streamKeyHash" = ${hash} AND "ingest" = 'RTMP' FOR UPDATE`;
    const row = rows[0];
    if (!row) refuse("unknown_key");
    if (row.status !== "LIVE") refuse("session_not_live");
    return markEnded(tx, row.id, row.startedAt, now, replayUrlFor(row.id));
  });
}
