"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formLocale, type InventoryFormState } from "@/components/warehouse/form-state";
import { redirect } from "next/navigation";
import { getPathname } from "@/i18n/navigation";
import { authorizeAction } from "@/lib/auth/session";
import { invalidateStock } from "@/lib/catalog/cache";
import { db } from "@/lib/db/client";
import { FORBIDDEN, formValues } from "@/lib/forms/state";
import { findBinByCode, normalizeBinCode } from "@/lib/inventory/bins";
import { findVariantBySku } from "@/lib/inventory/queries";
import { addStocktakeLine, cancelStocktake, postStocktake, recordCounts, refreshStocktake } from "@/lib/inventory/stocktakes";

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const stocktakeId = (formData: FormData) => idSchema.safeParse(formData.get("stocktakeId"));
const countSchema = z.union([z.literal("").transform(() => null), z.string().trim().regex(/^\d{1,6}$/, { message: "invalidCount" }).transform(Number)]);

function refresh(id: string) {
  revalidatePath(`/[locale]/warehouse/stocktakes/${id}`, "page");
  revalidatePath("/[locale]/warehouse/stocktakes", "page");
}

/**
 * Saves the counts typed so far; with intent=post, then posts the stocktake (its own
 * permission), setting the bins to the counts and recording the variance in the ledger.
 */
export async function saveCountsAction(_previous: InventoryFormState, formData: FormData): Promise<InventoryFormState> {
  const actor = await authorizeAction("stocktake.count");
  if (!actor) return FORBIDDEN;
  const post = formData.get("intent") === "post";
  if (post && !(await authorizeAction("stocktake.post"))) return FORBIDDEN;
  const values = formValues(formData);
  const id = stocktakeId(formData);
  if (!id.success) return { status: "error", message: "notFound" };
  const indexes = [...new Set([...formData.keys()].flatMap((k) => /^lines\.(\d{1,4})\.lineId$/.exec(k)?.[1] ?? []))].map(Number);
  const fieldErrors: Record<string, string> = {};
  const counts: { lineId: string; counted: number | null }[] = [];
  const indexOfLine = new Map<string, number>();
  for (const index of indexes) {
    const lineId = idSchema.safeParse(formData.get(`lines.${index}.lineId`));
    const counted = countSchema.safeParse(String(formData.get(`lines.${index}.counted`) ?? ""));
    if (!lineId.success) return { status: "error", message: "unknownLine", values };
    if (!counted.success) {
      fieldErrors[`lines.${index}.counted`] = "invalidCount";
      continue;
    }
    counts.push({ lineId: lineId.data, counted: counted.data });
    indexOfLine.set(lineId.data, index);
  }
  if (Object.keys(fieldErrors).length > 0) return { status: "error", message: "form", fieldErrors, values };
  const saved = await recordCounts(db(), { stocktakeId: id.data, counts });
  if (!saved.ok) {
    const index = typeof saved.detail?.lineId === "string" ? indexOfLine.get(saved.detail.lineId) : undefined;
    return index !== undefined ? { status: "error", message: "form", fieldErrors: { [`lines.${index}.counted`]: saved.error }, values } : { status: "error", message: saved.error, values };
  }
  if (!post) {
    refresh(id.data);
    return { status: "ok", result: { intent: "save" } };
  }
  const posted = await postStocktake(db(), { stocktakeId: id.data, actorId: actor.id });
  if (!posted.ok) {
    const index = typeof posted.detail?.lineId === "string" ? indexOfLine.get(posted.detail.lineId) : undefined;
    refresh(id.data);
    return index !== undefined
      ? { status: "error", message: posted.error, fieldErrors: { [`lines.${index}.counted`]: posted.error }, values, detail: posted.detail }
      : { status: "error", message: posted.error, values, detail: posted.detail };
  }
  invalidateStock();
  refresh(id.data);
  redirect(getPathname({ href: `/warehouse/stocktakes/${id.data}?posted=1`, locale: formLocale(formData) }));
}

const addLineSchema = z.object({
  bin: z.string().trim().min(1, { message: "required" }).max(20, { message: "invalidCode" }),
  sku: z.string().trim().min(1, { message: "required" }).max(64, { message: "tooLong" }),
});

/** Adds a line for a SKU found in a bin where the system did not expect it. */
export async function addStocktakeLineAction(_previous: InventoryFormState, formData: FormData): Promise<InventoryFormState> {
  const actor = await authorizeAction("stocktake.count");
  if (!actor) return FORBIDDEN;
  const values = formValues(formData);
  const id = stocktakeId(formData);
  if (!id.success) return { status: "error", message: "notFound" };
  const parsed = addLineSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { status: "error", message: "form", fieldErrors, values };
  }
  if (!normalizeBinCode(parsed.data.bin)) return { status: "error", message: "form", fieldErrors: { bin: "invalidCode" }, values };
  const [bin, variant] = [await findBinByCode(db(), parsed.data.bin), await findVariantBySku(db(), parsed.data.sku)];
  if (!bin || !variant) return { status: "error", message: "form", fieldErrors: { ...(!bin ? { bin: "binUnknown" } : {}), ...(!variant ? { sku: "variantUnknown" } : {}) }, values };
  const result = await addStocktakeLine(db(), { stocktakeId: id.data, binId: bin.id, variantId: variant.id });
  if (!result.ok) return { status: "error", message: result.error, values };
  refresh(id.data);
  return { status: "ok" };
}

/** Takes a new snapshot of the lines whose stock moved since counting started (their counts are cleared). */
export async function refreshStocktakeAction(_previous: InventoryFormState, formData: FormData): Promise<InventoryFormState> {
  const actor = await authorizeAction("stocktake.count");
  if (!actor) return FORBIDDEN;
  const id = stocktakeId(formData);
  if (!id.success) return { status: "error", message: "notFound" };
  const result = await refreshStocktake(db(), { stocktakeId: id.data });
  if (!result.ok) return { status: "error", message: result.error };
  refresh(id.data);
  return { status: "ok", result: { refreshed: result.refreshed } };
}

/** Abandons an open stocktake without adjusting anything. */
export async function cancelStocktakeAction(_previous: InventoryFormState, formData: FormData): Promise<InventoryFormState> {
  const actor = await authorizeAction("stocktake.post");
  if (!actor) return FORBIDDEN;
  const id = stocktakeId(formData);
  if (!id.success) return { status: "error", message: "notFound" };
  const result = await cancelStocktake(db(), { stocktakeId: id.data, actorId: actor.id });
  if (!result.ok) return { status: "error", message: result.error };
  refresh(id.data);
  return { status: "ok" };
}
