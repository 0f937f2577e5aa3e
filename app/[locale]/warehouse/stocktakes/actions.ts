"use server";

import { z } from "zod";
import { formLocale, type InventoryFormState } from "@/components/warehouse/form-state";
import { redirect } from "next/navigation";
import { getPathname } from "@/i18n/navigation";
import { authorizeAction } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { FORBIDDEN, formValues } from "@/lib/forms/state";
import { findBinByCode, normalizeBinCode } from "@/lib/inventory/bins";
import { findVariantBySku } from "@/lib/inventory/queries";
import { openStocktake } from "@/lib/inventory/stocktakes";

const schema = z.object({
  scope: z.enum(["bin", "sku"], { message: "required" }),
  code: z.string().trim().min(1, { message: "required" }).max(64, { message: "tooLong" }),
});

/** A warehouse operator starts counting one bin or one SKU. */
export async function openStocktakeAction(_previous: InventoryFormState, formData: FormData): Promise<InventoryFormState> {
  const actor = await authorizeAction("stocktake.open");
  if (!actor) return FORBIDDEN;
  const values = formValues(formData);
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { status: "error", message: "form", fieldErrors, values };
  }
  let scope: { binId: string } | { variantId: string };
  if (parsed.data.scope === "bin") {
    if (!normalizeBinCode(parsed.data.code)) return { status: "error", message: "form", fieldErrors: { code: "invalidCode" }, values };
    const bin = await findBinByCode(db(), parsed.data.code);
    if (!bin) return { status: "error", message: "form", fieldErrors: { code: "binUnknown" }, values };
    scope = { binId: bin.id };
  } else {
    const variant = await findVariantBySku(db(), parsed.data.code);
    if (!variant) return { status: "error", message: "form", fieldErrors: { code: "variantUnknown" }, values };
    scope = { variantId: variant.id };
  }
  const result = await openStocktake(db(), { scope, actorId: actor.id });
  if (!result.ok) return { status: "error", message: result.error, values, detail: result.detail };
  redirect(getPathname({ href: `/warehouse/stocktakes/${result.stocktakeId}`, locale: formLocale(formData) }));
}
