"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formLocale, type InventoryFormState } from "@/components/warehouse/form-state";
import { redirect } from "next/navigation";
import { getPathname } from "@/i18n/navigation";
import { authorizeAction } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { invalidateStock } from "@/lib/catalog/cache";
import { FORBIDDEN, formValues } from "@/lib/forms/state";
import { MAX_NOTE_LENGTH, receiveReceipt } from "@/lib/inventory/receipts";

const count = z.string().trim().regex(/^\d{1,6}$/, { message: "invalidQuantity" }).transform(Number);
const lineSchema = z.object({
  lineId: z.string().min(1).max(64),
  good: count,
  broken: count,
  binId: z.string().max(64).transform((v) => v || null),
});

/** A warehouse operator receives an announced shipment: good and broken pieces per line, and the bin. */
export async function receiveReceiptAction(_previous: InventoryFormState, formData: FormData): Promise<InventoryFormState> {
  const actor = await authorizeAction("receipt.receive");
  if (!actor) return FORBIDDEN;
  const values = formValues(formData);
  const receiptId = String(formData.get("receiptId") ?? "");
  const indexes = [...new Set([...formData.keys()].flatMap((k) => /^lines\.(\d{1,3})\.lineId$/.exec(k)?.[1] ?? []))].map(Number).sort((a, b) => a - b);
  const fieldErrors: Record<string, string> = {};
  const lines: z.infer<typeof lineSchema>[] = [];
  const fieldOfLine = new Map<string, number>();
  for (const index of indexes) {
    const get = (field: string) => String(formData.get(`lines.${index}.${field}`) ?? "");
    const parsed = lineSchema.safeParse({ lineId: get("lineId"), good: get("good"), broken: get("broken"), binId: get("binId") });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) fieldErrors[`lines.${index}.${String(issue.path[0])}`] ??= issue.message === "invalidQuantity" ? issue.message : "invalid";
      continue;
    }
    lines.push(parsed.data);
    fieldOfLine.set(parsed.data.lineId, index);
  }
  const note = String(formData.get("note") ?? "").trim();
  if (note.length > MAX_NOTE_LENGTH) fieldErrors.note = "noteTooLong";
  if (Object.keys(fieldErrors).length > 0) return { status: "error", message: "form", fieldErrors, values };

  const result = await receiveReceipt(db(), { receiptId, actorId: actor.id, lines, note });
  if (!result.ok) {
    const index = typeof result.detail?.lineId === "string" ? fieldOfLine.get(result.detail.lineId) : undefined;
    const field = result.error === "binRequired" || result.error === "binUnknown" ? "binId" : "good";
    if (index !== undefined) return { status: "error", message: "form", fieldErrors: { [`lines.${index}.${field}`]: result.error }, values, detail: result.detail };
    return { status: "error", message: result.error, values, detail: result.detail };
  }
  invalidateStock();
  revalidatePath("/[locale]/warehouse", "page");
  redirect(getPathname({ href: `/warehouse/receipts/${receiptId}?received=1`, locale: formLocale(formData) }));
}
