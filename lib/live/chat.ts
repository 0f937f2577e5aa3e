import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/generated/client";
import { fieldErrors } from "@/lib/forms/state";
import type { Result } from "@/lib/inventory/core";
import { type ChatPayload, streamOffsetMs } from "./event-types";
import { publishLiveEvent } from "./events";

/**
 * The live room's chat: signed-in viewers post short plain-text messages, the host's are marked,
 * and the host moderates (deletes a message, mutes a viewer for the session). Messages are stored
 * first and then published as "chat" / "chat.deleted" events of the session's stream.
 */

export const CHAT_MAX_LENGTH = 200;
/** A burst of `points` messages per `durationSeconds` per viewer and session; the host is never limited. */
export const CHAT_RATE_LIMIT = { points: 5, durationSeconds: 10 } as const;

const id = z.string().trim().min(1).max(64);

/**
 * Line breaks and tabs become spaces; every other control character, and the bidirectional
 * overrides that make a message display as something other than what it says, are dropped.
 */
export function cleanChatBody(raw: string): string {
  return raw
    .replace(/[\t\n\r\v\f\u2028\u2029]+/g, " ")
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, "")
    .trim();
}

const body = z
  .string()
  // Bounds the work on absurd input before cleaning; the real limit applies to the cleaned text.
  .max(CHAT_MAX_LENGTH * 10, { message: "chat.tooLong" })
  .transform(cleanChatBody)
  .refine((text) => text.length > 0, { message: "chat.empty" })
  // Characters as people count them: an emoji outside the BMP is one, not two UTF-16 units.
  .refine((text) => Array.from(text).length <= CHAT_MAX_LENGTH, { message: "chat.tooLong" });

const postSchema = z.object({ sessionId: id, userId: id, body, now: z.date().optional() });

export type PostChatError = "invalid" | "not_found" | "session_closed" | "muted" | "rate_limited";

/**
 * Posts a message of a signed-in user (the caller has checked the sign-in) while the session is
 * scheduled (the waiting room) or live. Refused for muted viewers and, past the burst allowance,
 * with `detail.retryAfterSeconds`.
 */
export async function postChatMessage(
  db: PrismaClient,
  input: { sessionId: string; userId: string; body: string; now?: Date },
): Promise<Result<{ message: ChatPayload }, PostChatError>> {
  const parsed = postSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", detail: fieldErrors(parsed.error) };
  const { sessionId, userId, body: text } = parsed.data;
  const now = parsed.data.now ?? new Date();

  const [session, author, muted] = await Promise.all([
    db.liveSession.findUnique({ where: { id: sessionId }, select: { hostId: true, status: true, startedAt: true } }),
    db.user.findUnique({ where: { id: userId }, select: { name: true } }),
    db.liveMute.findUnique({ where: { sessionId_userId: { sessionId, userId } }, select: { userId: true } }),
  ]);
  if (!session || !author) return { ok: false, error: "not_found" };
  if (session.status !== "SCHEDULED" && session.status !== "LIVE") return { ok: false, error: "session_closed" };
  if (muted) return { ok: false, error: "muted" };
  const fromHost = session.hostId === userId;
  if (!fromHost) {
    const retryAfterSeconds = await consumeChatAllowance(db, `${sessionId}:${userId}`);
    if (retryAfterSeconds !== null) return { ok: false, error: "rate_limited", detail: { retryAfterSeconds } };
  }

  const message = await db.$transaction(async (tx) => {
    const row = await tx.chatMessage.create({ data: { sessionId, userId, body: text, fromHost, createdAt: now }, select: { id: true } });
    const payload: ChatPayload = { messageId: row.id, userId, name: author.name, body: text, fromHost, createdAt: now.toISOString() };
    // Spread: Prisma's JSON input type takes an object literal, not an interface.
    await publishLiveEvent(tx, { sessionId, type: "chat", payload: { ...payload }, streamOffsetMs: streamOffsetMs(session.startedAt, now) });
    return payload;
  });
  return { ok: true, message };
}

// Counted in the database (the sign-in limiter's table), so a viewer's streams on different app
// instances share one allowance. One limiter per client: tests open several databases.
const limiters = new WeakMap<PrismaClient, RateLimiterPrisma>();

/** Spends one message of the allowance: null when allowed, else the seconds until the next one is. */
async function consumeChatAllowance(db: PrismaClient, key: string): Promise<number | null> {
  let limiter = limiters.get(db);
  if (!limiter) {
    limiter = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimiterFlexible",
      keyPrefix: "live-chat",
      points: CHAT_RATE_LIMIT.points,
      duration: CHAT_RATE_LIMIT.durationSeconds,
      clearExpiredByTimeout: false,
    });
    limiters.set(db, limiter);
  }
  try {
    await limiter.consume(key);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw rejection;
  }
}

/** The latest messages still shown (not deleted), oldest first: the room's first render. */
export async function recentChat(db: PrismaClient, sessionId: string, limit = 50): Promise<ChatPayload[]> {
  const rows = await db.chatMessage.findMany({
    where: { sessionId, deletedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.max(1, Math.min(limit, 200)),
    select: { id: true, userId: true, body: true, fromHost: true, createdAt: true, user: { select: { name: true } } },
  });
  return rows.reverse().map((row) => ({ messageId: row.id, userId: row.userId, name: row.user.name, body: row.body, fromHost: row.fromHost, createdAt: row.createdAt.toISOString() }));
}

export type ModerationError = "invalid" | "not_found" | "forbidden";

const deleteSchema = z.object({ hostId: id, messageId: id, now: z.date().optional() });

/**
 * The host removes a message from the room: it is kept (deletedAt, deletedById) as the record of
 * moderation, and "chat.deleted" tells the open rooms to drop it. Deleting twice changes nothing.
 */
export async function deleteChatMessage(db: PrismaClient, input: { hostId: string; messageId: string; now?: Date }): Promise<Result<{ messageId: string }, ModerationError>> {
  const parsed = deleteSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", detail: fieldErrors(parsed.error) };
  const { hostId, messageId } = parsed.data;
  const now = parsed.data.now ?? new Date();
  const message = await db.chatMessage.findUnique({ where: { id: messageId }, select: { sessionId: true, session: { select: { hostId: true } } } });
  if (!message) return { ok: false, error: "not_found" };
  if (message.session.hostId !== hostId) return { ok: false, error: "forbidden" };
  await db.$transaction(async (tx) => {
    const changed = await tx.chatMessage.updateMany({ where: { id: messageId, deletedAt: null }, data: { deletedAt: now, deletedById: hostId } });
    if (changed.count === 1) await publishLiveEvent(tx, { sessionId: message.sessionId, type: "chat.deleted", payload: { messageId } });
  });
  return { ok: true, messageId };
}

const muteSchema = z.object({ hostId: id, sessionId: id, userId: id });
type MuteInput = z.input<typeof muteSchema>;

/** The host mutes a viewer for this session: their further messages are refused. Muting twice is harmless. */
export async function muteViewer(db: PrismaClient, input: MuteInput): Promise<Result<object, ModerationError>> {
  const checked = await checkModeration(db, input);
  if (!checked.ok) return checked;
  const { hostId, sessionId, userId } = checked;
  await db.liveMute.createMany({ data: [{ sessionId, userId, mutedById: hostId }], skipDuplicates: true });
  return { ok: true };
}

export async function unmuteViewer(db: PrismaClient, input: MuteInput): Promise<Result<object, ModerationError>> {
  const checked = await checkModeration(db, input);
  if (!checked.ok) return checked;
  await db.liveMute.deleteMany({ where: { sessionId: checked.sessionId, userId: checked.userId } });
  return { ok: true };
}

async function checkModeration(db: PrismaClient, input: MuteInput): Promise<Result<z.output<typeof muteSchema>, ModerationError>> {
  const parsed = muteSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", detail: fieldErrors(parsed.error) };
  const { hostId, sessionId, userId } = parsed.data;
  const [session, viewer] = await Promise.all([
    db.liveSession.findUnique({ where: { id: sessionId }, select: { hostId: true } }),
    db.user.findUnique({ where: { id: userId }, select: { id: true } }),
  ]);
  if (!session || !viewer) return { ok: false, error: "not_found" };
  if (session.hostId !== hostId) return { ok: false, error: "forbidden" };
  if (userId === hostId) return { ok: false, error: "invalid", detail: { userId: "chat.muteSelf" } };
  return { ok: true, ...parsed.data };
}

/** Who is muted in the session, newest first (the host console's list, with unmute). */
export async function mutedViewers(db: PrismaClient, sessionId: string): Promise<{ userId: string; name: string; createdAt: Date }[]> {
  const rows = await db.liveMute.findMany({
    where: { sessionId },
    orderBy: { createdAt: "desc" },
    select: { userId: true, createdAt: true, user: { select: { name: true } } },
  });
  return rows.map((row) => ({ userId: row.userId, name: row.user.name, createdAt: row.createdAt }));
}
