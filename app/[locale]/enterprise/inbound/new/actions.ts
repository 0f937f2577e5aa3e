"use server";

import { z } from "zod";
import { formLocale, type InventoryFormState } from "@/components/warehouse/form-state";
import { redirect } from "next/navigation";
import { getPathname } from "@/i18n/navigation";
import { authorizeAction } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { FORBIDDEN, formValues } from "@/lib/forms/state";
import { announceReceipt, MAX_NOTE_LENGTH, MAX_RECEIPT_LINES } from "@/lib/inventory/receipts";

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

const lineSchema = z.object({
  variantId: z.string().trim().min(1, { message: "required" }).pipe(idSchema),
  quantity: z.string().trim().min(1, { message: "required" }).regex(/^\d{1,6}$/, { message: "invalidQuantity" }).transform(Number).pipe(z.number().int().min(1, { message: "invalidQuantity" }).max(100_000, { message: "invalidQuantity" })),
});

/** Rows of the editor arrive as lines.<n>.variantId / lines.<n>.quantity; fully empty rows are dropped. */
function readLines(formData: FormData): { index: number; variantId: string; quantity: string }[] {
  const rows = new Map<number, { variantId: string; quantity: string }>();
  for (const [key, value] of formData.entries()) {
    const match = /^lines\.(\d{1,3})\.(variantId|quantity)$/.exec(key);
    if (!match || typeof value !== "string") continue;
    const index = Number(match[1]);
    const row = rows.get(index) ?? { variantId: "", quantity: "" };
    row[match[2] as "variantId" | "quantity"] = value;
    rows.set(index, row);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([index, row]) => ({ index, ...row }));
}

/** Enterprise staff announce an inbound shipment of their own SKUs. */
export async function announceReceiptAction(_previous: InventoryFormState, formData: FormData): Promise<InventoryFormState> {
  const enterpriseId = String(formData.get("enterpriseId") ?? "");
  const actor = await authorizeAction("receipt.announce", { enterpriseId });
  if (!actor) return FORBIDDEN;
  const values = formValues(formData);
  const rows = readLines(formData);
  const filled = rows.filter((r) => r.variantId.trim() || r.quantity.trim());
  if (filled.length === 0) return { status: "error", message: "noLines", values };
  if (filled.length > MAX_RECEIPT_LINES) return { status: "error", message: "tooManyLines", values };
  const fieldErrors: Record<string, string> = {};
  const lines: { variantId: string; quantity: number }[] = [];
  for (const row of filled) {
    const parsed = lineSchema.safeParse(row);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) fieldErrors[`lines.${row.index}.${String(issue.path[0])}`] ??= /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid";
      continue;
    }
    lines.push(parsed.data);
  }
  const note = String(formData.get("note") ?? "").trim();
  if (note.length > MAX_NOTE_LENGTH) fieldErrors.note = "noteTooLong";
  if (Object.keys(fieldErrors).length > 0) return { status: "error", message: "form", fieldErrors, values };

  const result = await announceReceipt(db(), { enterpriseId, actorId: actor.id, lines, note });
  if (!result.ok) {
    const line = typeof result.detail?.line === "number" ? filled[result.detail.line] : undefined;
    const field = result.error === "duplicateVariant" || result.error === "variantNotOwned" ? "variantId" : "quantity";
    return line
      ? { status: "error", message: "form", fieldErrors: { [`lines.${line.index}.${field}`]: result.error }, values }
      : { status: "error", message: result.error, values };
  }
  redirect(getPathname({ href: `/enterprise/inbound?receipt=${result.receiptId}&created=1`, locale: formLocale(formData) }));
}
