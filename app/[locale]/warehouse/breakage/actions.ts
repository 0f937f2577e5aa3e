"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { InventoryFormState } from "@/components/warehouse/form-state";
import { authorizeAction } from "@/lib/auth/session";
import { invalidateStock } from "@/lib/catalog/cache";
import { db } from "@/lib/db/client";
import { FORBIDDEN, formValues } from "@/lib/forms/state";
import { findBinByCode, normalizeBinCode } from "@/lib/inventory/bins";
import { BREAKAGE_NOTE_MAX, BREAKAGE_REASONS, recordBreakage } from "@/lib/inventory/breakage";
import { findVariantBySku } from "@/lib/inventory/queries";

const schema = z.object({
  sku: z.string().trim().min(1, { message: "required" }).max(64, { message: "tooLong" }),
  bin: z.string().trim().min(1, { message: "required" }).max(20, { message: "invalidCode" }),
  quantity: z.string().trim().regex(/^\d{1,6}$/, { message: "invalidQuantity" }).transform(Number).pipe(z.number().min(1, { message: "invalidQuantity" }).max(100_000, { message: "invalidQuantity" })),
  reason: z.enum(BREAKAGE_REASONS, { message: "invalidReason" }),
  note: z.string().trim().max(BREAKAGE_NOTE_MAX, { message: "noteTooLong" }),
});

/** A warehouse operator writes broken pieces off a bin. */
export async function recordBreakageAction(_previous: InventoryFormState, formData: FormData): Promise<InventoryFormState> {
  const actor = await authorizeAction("breakage.record");
  if (!actor) return FORBIDDEN;
  const values = formValues(formData);
  const parsed = schema.safeParse({ note: "", ...Object.fromEntries(formData) });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid";
    return { status: "error", message: "form", fieldErrors, values };
  }
  const input = parsed.data;
  if (!normalizeBinCode(input.bin)) return { status: "error", message: "form", fieldErrors: { bin: "invalidCode" }, values };
  const [variant, bin] = [await findVariantBySku(db(), input.sku), await findBinByCode(db(), input.bin)];
  if (!variant || !bin) return { status: "error", message: "form", fieldErrors: { ...(!variant ? { sku: "variantUnknown" } : {}), ...(!bin ? { bin: "binUnknown" } : {}) }, values };
  const result = await recordBreakage(db(), { variantId: variant.id, binId: bin.id, quantity: input.quantity, reason: input.reason, note: input.note, actorId: actor.id });
  if (!result.ok) {
    const field = result.error === "binShort" || result.error === "insufficientAvailable" || result.error === "invalidQuantity" ? "quantity" : result.error === "noteTooLong" ? "note" : null;
    return field ? { status: "error", message: "form", fieldErrors: { [field]: result.error }, values, detail: result.detail } : { status: "error", message: result.error, values, detail: result.detail };
  }
  invalidateStock();
  revalidatePath("/[locale]/warehouse/breakage", "page");
  return { status: "ok", result: { reference: result.reference } };
}
