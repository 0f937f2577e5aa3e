import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { fieldErrors } from "@/lib/forms/state";
import { inTransaction, refuse, type Result } from "@/lib/inventory/core";
import { streamOffsetMs } from "./event-types";
import { publishLiveEvent } from "./events";

/**
 * The product the host is presenting ("讲解中"). At most one is pinned: pinning another replaces
 * it with a single "pin" event (the room treats a pin as "this one now", so no "unpin" is sent for
 * the one replaced); "unpin" is sent only when the host clears the pin. Each event carries its
 * offset on the video, and the session's "pin" events are the replay's product timeline.
 */

const id = z.string().trim().min(1).max(64);
const pinSchema = z.object({ hostId: id, sessionId: id, productId: id, now: z.date().optional() });
const unpinSchema = pinSchema.omit({ productId: true });

export type PinError = "invalid" | "not_found" | "forbidden" | "session_not_live" | "not_in_lineup";

export async function pinProduct(db: PrismaClient, input: { hostId: string; sessionId: string; productId: string; now?: Date }): Promise<Result<{ productId: string }, PinError>> {
  const parsed = pinSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", detail: fieldErrors(parsed.error) };
  const { hostId, sessionId, productId } = parsed.data;
  const now = parsed.data.now ?? new Date();
  return inTransaction<{ productId: string }, PinError>(db, async (tx) => {
    const session = await lockOwnSession(tx, sessionId, hostId);
    if (session.status !== "LIVE") refuse("session_not_live");
    if (session.pinnedProductId === productId) return { productId };
    // Guarded on the row itself: the session still live and the product still in its line-up.
    const changed = await tx.$executeRaw`
      UPDATE "LiveSession" SET "pinnedProductId" = ${productId}, "pinnedAt" = ${now}, "updatedAt" = now()
      WHERE "id" = ${sessionId} AND "status" = 'LIVE'
        AND EXISTS (SELECT 1 FROM "LineupItem" WHERE "sessionId" = ${sessionId} AND "productId" = ${productId})`;
    if (changed !== 1) refuse("not_in_lineup");
    await publishLiveEvent(tx, { sessionId, type: "pin", payload: { productId }, streamOffsetMs: streamOffsetMs(session.startedAt, now) });
    return { productId };
  });
}

export type UnpinError = "invalid" | "not_found" | "forbidden";

/**
 * Clears the pin (returns the product that was pinned, null when none was; then nothing is
 * published). Allowed in any status, so a pin left over when a session ended can be cleared.
 */
export async function unpinProduct(db: PrismaClient, input: { hostId: string; sessionId: string; now?: Date }): Promise<Result<{ productId: string | null }, UnpinError>> {
  const parsed = unpinSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", detail: fieldErrors(parsed.error) };
  const { hostId, sessionId } = parsed.data;
  const now = parsed.data.now ?? new Date();
  return inTransaction<{ productId: string | null }, UnpinError>(db, async (tx) => {
    const session = await lockOwnSession(tx, sessionId, hostId);
    const productId = session.pinnedProductId;
    if (productId === null) return { productId: null };
    await tx.liveSession.update({ where: { id: sessionId }, data: { pinnedProductId: null, pinnedAt: null } });
    await publishLiveEvent(tx, { sessionId, type: "unpin", payload: { productId }, streamOffsetMs: streamOffsetMs(session.startedAt, now) });
    return { productId };
  });
}

/** Locks the session row until the transaction ends (pins of one session take turns) and checks it is the host's. */
async function lockOwnSession(tx: Tx, sessionId: string, hostId: string) {
  const rows = await tx.$queryRaw<{ hostId: string; status: string; startedAt: Date | null; pinnedProductId: string | null }[]>`
    SELECT "hostId", "status", "startedAt", "pinnedProductId" FROM "LiveSession" WHERE "id" = ${sessionId} FOR UPDATE`;
  const session = rows[0];
  if (!session) refuse("not_found");
  if (session.hostId !== hostId) refuse("forbidden");
  return session;
}

export interface TimelineEntry {
  productId: string;
  /** Milliseconds into the video. */
  offsetMs: number;
  at: Date;
}

/** The session's pins in order, each at its offset on the video: the replay's product timeline. */
export async function productTimeline(db: PrismaClient, sessionId: string): Promise<TimelineEntry[]> {
  const events = await db.liveEvent.findMany({
    where: { sessionId, type: "pin", streamOffsetMs: { not: null } },
    orderBy: { id: "asc" },
    select: { payload: true, streamOffsetMs: true, createdAt: true },
  });
  return events.flatMap((event) => {
    const productId = (event.payload as { productId?: unknown } | null)?.productId;
    return typeof productId === "string" && event.streamOffsetMs !== null ? [{ productId, offsetMs: event.streamOffsetMs, at: event.createdAt }] : [];
  });
}
