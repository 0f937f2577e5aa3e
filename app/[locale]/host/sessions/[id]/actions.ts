"use server";

import { z } from "zod";
import type { HostFormState } from "@/components/host/form-state";
import { authorizeAction } from "@/lib/auth/session";
import { wholeNumber, yuanToFen } from "@/lib/catalog/admin/schemas";
import { db } from "@/lib/db/client";
import { FORBIDDEN, invalidForm } from "@/lib/forms/state";
import { deleteChatMessage, muteViewer, postChatMessage, unmuteViewer } from "@/lib/live/chat";
import { endDeal, startDeal } from "@/lib/live/deals";
import { pinProduct, unpinProduct } from "@/lib/live/pins";
import { endSessionByHand, LINEUP_MAX, regenerateStreamKey, startSessionByHand, updateLineup } from "@/lib/live/sessions";
import { idField, refreshHostConsole, refused, text, textFields } from "../../action-support";

/**
 * The control room's actions. Each authorizes the host console action first and validates the
 * form; the live domain then acts only on the caller's own session (another host's is refused).
 */

const OK: HostFormState = { status: "ok" };

function done(): HostFormState {
  refreshHostConsole();
  return OK;
}

const sessionForm = z.object({ sessionId: idField });

const lineupForm = sessionForm.extend({ productIds: z.array(idField).max(LINEUP_MAX, { message: "lineup.tooMany" }) });

/** Replaces the line-up (in the order given) before or while the session is live. */
export async function updateLineupAction(_previous: HostFormState, formData: FormData): Promise<HostFormState> {
  const actor = await authorizeAction("live.updateLineup");
  if (!actor) return FORBIDDEN;
  const form = lineupForm.safeParse({ sessionId: text(formData, "sessionId"), productIds: formData.getAll("productIds") });
  if (!form.success) return invalidForm(formData, form.error);
  const result = await updateLineup(db(), { ...form.data, hostId: actor.id });
  return result.ok ? { ...done(), message: "lineupSaved" } : refused(formData, result.error, result.detail);
}

/** A new stream key for an RTMP session not yet live; the old one stops working. Shown once. */
export async function regenerateStreamKeyAction(_previous: HostFormState, formData: FormData): Promise<HostFormState> {
  const actor = await authorizeAction("live.streamKey");
  if (!actor) return FORBIDDEN;
  const form = sessionForm.safeParse({ sessionId: text(formData, "sessionId") });
  if (!form.success) return invalidForm(formData, form.error);
  const result = await regenerateStreamKey(db(), { ...form.data, hostId: actor.id });
  if (!result.ok) return refused(formData, result.error, result.detail);
  refreshHostConsole();
  return { status: "ok", result: { streamKey: result.streamKey } };
}

const startStopForm = sessionForm.extend({ intent: z.enum(["start", "end"]) });

/** Goes live or ends by hand: an EXTERNAL session's only way, and a stuck RTMP session's way out. */
export async function startStopSessionAction(_previous: HostFormState, formData: FormData): Promise<HostFormState> {
  const actor = await authorizeAction("live.startStop");
  if (!actor) return FORBIDDEN;
  const form = startStopForm.safeParse({ sessionId: text(formData, "sessionId"), intent: text(formData, "intent") });
  if (!form.success) return invalidForm(formData, form.error);
  const input = { sessionId: form.data.sessionId, hostId: actor.id };
  const result = form.data.intent === "start" ? await startSessionByHand(db(), input) : await endSessionByHand(db(), input);
  return result.ok ? done() : refused(formData, result.error, result.detail);
}

const pinForm = z.discriminatedUnion("intent", [sessionForm.extend({ intent: z.literal("pin"), productId: idField }), sessionForm.extend({ intent: z.literal("unpin") })]);

/** Pins a line-up product ("讲解中"), or clears the pin. */
export async function pinAction(_previous: HostFormState, formData: FormData): Promise<HostFormState> {
  const actor = await authorizeAction("live.pin");
  if (!actor) return FORBIDDEN;
  const form = pinForm.safeParse({ sessionId: text(formData, "sessionId"), intent: text(formData, "intent"), productId: text(formData, "productId") });
  if (!form.success) return invalidForm(formData, form.error);
  const result =
    form.data.intent === "pin"
      ? await pinProduct(db(), { sessionId: form.data.sessionId, productId: form.data.productId, hostId: actor.id })
      : await unpinProduct(db(), { sessionId: form.data.sessionId, hostId: actor.id });
  return result.ok ? done() : refused(formData, result.error, result.detail);
}

/** Whole numbers as typed; their ranges are the deal rules' (lib/live/deals), which name the field. */
const count = (invalid: string) => wholeNumber(0, 999_999_999, invalid);
const dealForm = sessionForm.extend({
  variantId: z.string().trim().min(1, { message: "variantId.required" }).max(64),
  price: yuanToFen("priceFen.invalid"),
  quota: count("quota.invalid"),
  perBuyerLimit: count("perBuyerLimit.invalid"),
  minutes: count("durationSeconds.invalid"),
});
/** The deal rules' field names as the form calls them. */
const DEAL_FIELDS = { priceFen: "price", durationSeconds: "minutes" };

/** Launches a flash deal on one SKU of the line-up: price in yuan (kept in fen), quota, per-buyer limit, minutes. */
export async function startDealAction(_previous: HostFormState, formData: FormData): Promise<HostFormState> {
  const actor = await authorizeAction("live.deal");
  if (!actor) return FORBIDDEN;
  const form = dealForm.safeParse(textFields(formData, ["sessionId", "variantId", "price", "quota", "perBuyerLimit", "minutes"]));
  if (!form.success) return invalidForm(formData, form.error);
  const { sessionId, variantId, price, quota, perBuyerLimit, minutes } = form.data;
  const result = await startDeal(db(), { hostId: actor.id, sessionId, variantId, priceFen: price, quota, perBuyerLimit, durationSeconds: minutes * 60 });
  return result.ok ? { ...done(), message: "dealStarted" } : refused(formData, result.error, result.detail, DEAL_FIELDS);
}

/** Stops a running deal early: what was not claimed goes back to stock. */
export async function endDealAction(_previous: HostFormState, formData: FormData): Promise<HostFormState> {
  const actor = await authorizeAction("live.deal");
  if (!actor) return FORBIDDEN;
  const dealId = idField.safeParse(text(formData, "dealId"));
  if (!dealId.success) return { status: "error", message: "not_found" };
  const result = await endDeal(db(), { dealId: dealId.data, hostId: actor.id });
  return result.ok ? done() : refused(formData, result.error, result.detail);
}

const moderateForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("delete"), messageId: idField }),
  sessionForm.extend({ intent: z.enum(["mute", "unmute"]), userId: idField }),
]);

/** Deletes a chat message, or mutes / unmutes its author in this session. */
export async function moderateAction(_previous: HostFormState, formData: FormData): Promise<HostFormState> {
  const actor = await authorizeAction("live.moderate");
  if (!actor) return FORBIDDEN;
  const form = moderateForm.safeParse(textFields(formData, ["intent", "messageId", "sessionId", "userId"]));
  if (!form.success) return { status: "error", message: "not_found" };
  const data = form.data;
  const result =
    data.intent === "delete"
      ? await deleteChatMessage(db(), { hostId: actor.id, messageId: data.messageId })
      : await (data.intent === "mute" ? muteViewer : unmuteViewer)(db(), { hostId: actor.id, sessionId: data.sessionId, userId: data.userId });
  if (!result.ok) return refused(formData, result.error, result.detail);
  // A deleted message also leaves every open room through the stream; a mute changes the muted list.
  return data.intent === "delete" ? { status: "ok", result: { deleted: data.messageId } } : done();
}

/** The host speaks in their own room's chat (marked as the host's there). */
export async function hostChatAction(_previous: HostFormState, formData: FormData): Promise<HostFormState> {
  const actor = await authorizeAction("live.chat");
  if (!actor) return FORBIDDEN;
  const form = sessionForm.extend({ body: z.string().max(2000) }).safeParse({ sessionId: text(formData, "sessionId"), body: text(formData, "body") });
  if (!form.success) return invalidForm(formData, form.error);
  const result = await postChatMessage(db(), { ...form.data, userId: actor.id });
  return result.ok ? OK : refused(formData, result.error, result.detail);
}
