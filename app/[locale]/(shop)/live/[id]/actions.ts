"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { currentShopper } from "@/lib/auth/shopper";
import { db } from "@/lib/db/client";
import { CHAT_MAX_LENGTH, postChatMessage } from "@/lib/live/chat";
import { claimDeal } from "@/lib/live/deals";
import type { ChatPayload } from "@/lib/live/event-types";
import { addLikes, LIKES_PER_CALL_MAX } from "@/lib/live/likes";
import { setReminder } from "@/lib/live/reminders";

/**
 * What the live room's controls may do. Each starts from the caller's identity; claiming, chatting
 * and reminders need a signed-in shopper (guests get "signIn" and a sign-in link), likes are open
 * to everyone. Errors are keys of `live.errors`.
 */

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export type ReminderActionResult = { ok: true; on: boolean } | { ok: false; error: "signIn" | "invalid" | "not_found" | "session_not_upcoming" };

export async function setReminderAction(input: unknown): Promise<ReminderActionResult> {
  const shopper = await currentShopper();
  if (!shopper.actor) return { ok: false, error: "signIn" };
  const parsed = z.object({ sessionId: id, on: z.boolean() }).safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const result = await setReminder(db(), { userId: shopper.actor.id, ...parsed.data });
  if (!result.ok) return { ok: false, error: result.error };
  // The account page's list and the listing's toggles are server-rendered.
  refresh();
  return { ok: true, on: result.on };
}

export type ClaimActionResult =
  | { ok: true; quantity: number; priceFen: number; heldUntil: string; remaining: number }
  | { ok: false; error: "signIn" | "invalid" | "not_found" | "deal_ended" | "sold_out" | "limit_reached"; limit?: number };

export async function claimDealAction(input: unknown): Promise<ClaimActionResult> {
  const shopper = await currentShopper();
  if (!shopper.actor) return { ok: false, error: "signIn" };
  const parsed = z.object({ dealId: id }).safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const result = await claimDeal(db(), { dealId: parsed.data.dealId, userId: shopper.actor.id });
  if (!result.ok) {
    const limit = result.detail?.limit;
    return { ok: false, error: result.error, ...(typeof limit === "number" ? { limit } : {}) };
  }
  return { ok: true, quantity: result.claim.quantity, priceFen: result.claim.priceFen, heldUntil: result.claim.expiresAt.toISOString(), remaining: result.remaining };
}

export type ChatActionResult =
  | { ok: true; message: ChatPayload }
  | { ok: false; error: "signIn" | "invalid" | "empty" | "tooLong" | "not_found" | "session_closed" | "muted" | "rate_limited"; retryAfterSeconds?: number };

export async function postChatAction(input: unknown): Promise<ChatActionResult> {
  const shopper = await currentShopper();
  if (!shopper.actor) return { ok: false, error: "signIn" };
  // The length is checked again by the domain after trimming; this only bounds what is read.
  const parsed = z.object({ sessionId: id, body: z.string().max(CHAT_MAX_LENGTH * 4) }).safeParse(input);
  if (!parsed.success) return { ok: false, error: "tooLong" };
  const result = await postChatMessage(db(), { sessionId: parsed.data.sessionId, userId: shopper.actor.id, body: parsed.data.body });
  if (result.ok) return { ok: true, message: result.message };
  if (result.error === "invalid") {
    const body = result.detail?.body;
    return { ok: false, error: body === "chat.empty" ? "empty" : body === "chat.tooLong" ? "tooLong" : "invalid" };
  }
  if (result.error === "rate_limited") return { ok: false, error: "rate_limited", retryAfterSeconds: Number(result.detail?.retryAfterSeconds ?? 1) };
  return { ok: false, error: result.error };
}

export type LikesActionResult = { ok: true; likeCount: number } | { ok: false; error: "invalid" | "not_found" | "session_closed" };

export async function addLikesAction(input: unknown): Promise<LikesActionResult> {
  await currentShopper();
  const parsed = z.object({ sessionId: id, count: z.number().int().min(1).max(LIKES_PER_CALL_MAX) }).safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const result = await addLikes(db(), parsed.data);
  return result.ok ? { ok: true, likeCount: result.likeCount } : { ok: false, error: result.error };
}
