"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { InventoryFormState } from "@/components/warehouse/form-state";
import { authorizeAction } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { FORBIDDEN, formValues } from "@/lib/forms/state";
import { setLowStockThreshold } from "@/lib/inventory/thresholds";

const schema = z.object({
  enterpriseId: z.string().min(1).max(64),
  variantId: z.string().min(1).max(64),
  threshold: z.string().trim().regex(/^\d{1,6}$/, { message: "invalidThreshold" }).transform(Number),
});

/** Enterprise staff set the low-stock threshold of one of their SKUs. */
export async function setThresholdAction(_previous: InventoryFormState, formData: FormData): Promise<InventoryFormState> {
  const enterpriseId = String(formData.get("enterpriseId") ?? "");
  const actor = await authorizeAction("stock.setThreshold", { enterpriseId });
  if (!actor) return FORBIDDEN;
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "form", fieldErrors: { threshold: "invalidThreshold" }, values: formValues(formData) };
  const result = await setLowStockThreshold(db(), parsed.data);
  if (!result.ok) {
    return result.error === "invalidThreshold"
      ? { status: "error", message: "form", fieldErrors: { threshold: result.error }, values: formValues(formData) }
      : { status: "error", message: result.error, values: formValues(formData) };
  }
  revalidatePath("/[locale]/enterprise/stock", "page");
  revalidatePath("/[locale]/enterprise", "page");
  return { status: "ok", values: { threshold: String(result.threshold) } };
}
