"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formLocale, type InventoryFormState } from "@/components/warehouse/form-state";
import { getPathname } from "@/i18n/navigation";
import { authorizeAction } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { parcelWeightSchema } from "@/lib/fulfillment/carriers";
import { markDelivered, packOrder, shipOrder } from "@/lib/fulfillment/parcels";
import { createPickList, MAX_PICK_LIST_ORDERS } from "@/lib/fulfillment/pick-lists";
import { refundFormFields, refundFormSchema } from "@/lib/fulfillment/refund-input";
import { FORBIDDEN, formValues } from "@/lib/forms/state";
import { refundOrder } from "@/lib/payments/refunds";

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Every page that lists or shows orders, after an order changed. */
function refreshOrderPages() {
  revalidatePath("/[locale]/warehouse/orders", "layout");
  revalidatePath("/[locale]/warehouse/pick-lists", "layout");
  revalidatePath("/[locale]/admin/orders", "layout");
}

/** The warehouse batches the selected orders on a new pick list, then opens it. */
export async function createPickListAction(_previous: InventoryFormState, formData: FormData): Promise<InventoryFormState> {
  const actor = await authorizeAction("pickList.create");
  if (!actor) return FORBIDDEN;
  const parsed = z.array(id).min(1, { message: "no_orders" }).max(MAX_PICK_LIST_ORDERS, { message: "too_many" }).safeParse(formData.getAll("orderId"));
  if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message === "too_many" ? "too_many" : "no_orders", detail: { max: MAX_PICK_LIST_ORDERS } };
  const result = await createPickList(db(), { orderIds: parsed.data, actorId: actor.id });
  if (!result.ok) return { status: "error", message: result.error, detail: result.detail };
  refreshOrderPages();
  redirect(getPathname({ href: `/warehouse/pick-lists/${result.pickListId}?created=1`, locale: formLocale(formData) }));
}

/** The picked pieces are boxed: one parcel, weighed or with the order's weight. */
export async function packOrderAction(_previous: InventoryFormState, formData: FormData): Promise<InventoryFormState> {
  const actor = await authorizeAction("order.pack");
  if (!actor) return FORBIDDEN;
  const orderId = id.safeParse(formData.get("orderId"));
  const typed = String(formData.get("weightGrams") ?? "").trim();
  const weight = typed === "" ? null : parcelWeightSchema.safeParse(typed);
  if (weight && !weight.success) return { status: "error", message: "form", fieldErrors: { weightGrams: "weight" }, values: formValues(formData) };
  if (!orderId.success) return { status: "error", message: "order_not_found" };
  const result = await packOrder(db(), { orderId: orderId.data, weightGrams: weight?.data ?? null, actorId: actor.id });
  if (!result.ok) return { status: "error", message: result.error, values: formValues(formData) };
  refreshOrderPages();
  return { status: "ok", result: { step: "packed" } };
}

/** The courier takes the parcel, with its waybill number; the stock leaves the shelves. */
export async function shipOrderAction(_previous: InventoryFormState, formData: FormData): Promise<InventoryFormState> {
  const actor = await authorizeAction("order.ship");
  if (!actor) return FORBIDDEN;
  const orderId = id.safeParse(formData.get("orderId"));
  if (!orderId.success) return { status: "error", message: "order_not_found" };
  const result = await shipOrder(db(), { orderId: orderId.data, carrier: String(formData.get("carrier") ?? ""), trackingNumber: String(formData.get("trackingNumber") ?? ""), actorId: actor.id });
  if (!result.ok) {
    const field = result.error === "carrier" || result.error === "trackingNumber" ? result.error : null;
    return field ? { status: "error", message: "form", fieldErrors: { [field]: field }, values: formValues(formData) } : { status: "error", message: result.error, values: formValues(formData) };
  }
  refreshOrderPages();
  return { status: "ok", result: { step: "shipped" } };
}

/** The courier reports the parcel delivered (and, for cash on delivery, the cash collected). */
export async function markDeliveredAction(_previous: InventoryFormState, formData: FormData): Promise<InventoryFormState> {
  const actor = await authorizeAction("order.markDelivered");
  if (!actor) return FORBIDDEN;
  const orderId = id.safeParse(formData.get("orderId"));
  if (!orderId.success) return { status: "error", message: "order_not_found" };
  const result = await markDelivered(db(), { orderId: orderId.data, actorId: actor.id });
  if (!result.ok) return { status: "error", message: result.error };
  refreshOrderPages();
  return { status: "ok", result: { step: "delivered" } };
}

/** A full or partial refund, by the warehouse or the cooperative's admin (both order pages share this form). */
export async function refundOrderAction(_previous: InventoryFormState, formData: FormData): Promise<InventoryFormState> {
  const actor = await authorizeAction("order.refund");
  if (!actor) return FORBIDDEN;
  const values = formValues(formData);
  const orderId = id.safeParse(formData.get("orderId"));
  if (!orderId.success) return { status: "error", message: "order_not_found" };
  const parsed = refundFormSchema.safeParse(refundFormFields(formData));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const [first, index] = issue.path;
      const field = first === "lines" && typeof index === "number" ? `lines.${index}.quantity` : String(first ?? "form");
      if (field !== "form") fieldErrors[field] ??= issue.message;
    }
    const formIssue = parsed.error.issues.find((issue) => issue.path[0] === "form");
    return { status: "error", message: formIssue ? formIssue.message : "form", fieldErrors, values };
  }
  const result = await refundOrder(db(), {
    orderId: orderId.data,
    lines: parsed.data.lines,
    shippingFen: parsed.data.shipping,
    reason: parsed.data.reason,
    actorId: actor.id,
    actorKind: actor.role === "ADMIN" ? "admin" : "warehouse",
  });
  if (!result.ok) return { status: "error", message: result.error, values };
  refreshOrderPages();
  return { status: "ok", result: { amountFen: result.amountFen } };
}
