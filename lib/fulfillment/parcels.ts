import type { Db } from "@/lib/db/client";
import { inTransaction, refuse, type Result } from "@/lib/inventory/core";
import { collectCashOnDelivery } from "@/lib/payments/cash-on-delivery";
import { consumeReservations } from "@/lib/orders/reservations";
import { changeStatus } from "@/lib/orders/status";
import { type Carrier, parcelWeightSchema, shipmentSchema } from "./carriers";
import { completePickListIfDone } from "./pick-lists";

/**
 * One parcel per order, from the packing bench to the shopper's door. Each step is one
 * transaction that moves the order through changeStatus (guarded on the status it must be in,
 * recorded on the timeline with time and actor) together with what the step changes.
 */

export type PackError = "order_not_found" | "order_status" | "weight";

/** Picked pieces are in their box: PICKING → PACKED and the order's one Shipment (weighed, or the order's weight). */
export async function packOrder(db: Db, input: { orderId: string; weightGrams?: number | null; actorId: string; now?: Date }): Promise<Result<{ shipmentId: string }, PackError>> {
  const weight = input.weightGrams == null ? null : parcelWeightSchema.safeParse(input.weightGrams);
  if (weight && !weight.success) return { ok: false, error: "weight" };
  const now = input.now ?? new Date();
  return inTransaction<{ shipmentId: string }, PackError>(db, async (tx) => {
    await changeStatus(tx, { orderId: input.orderId, from: ["PICKING"], to: "PACKED", kind: "packed", actorId: input.actorId, actorKind: "warehouse" });
    const order = await tx.order.findUniqueOrThrow({ where: { id: input.orderId }, select: { weightGrams: true, pickListId: true } });
    const shipment = await tx.shipment.create({ data: { orderId: input.orderId, weightGrams: weight?.data ?? order.weightGrams, packedById: input.actorId, packedAt: now }, select: { id: true } });
    await completePickListIfDone(tx, order.pickListId, now);
    return { shipmentId: shipment.id };
  });
}

export type ShipError = "order_not_found" | "order_status" | "carrier" | "trackingNumber" | "nothing_to_ship" | "bin_shortage";

/**
 * The courier takes the parcel: PACKED → SHIPPED with its carrier and waybill number, and the
 * order's allocated stock is consumed (onHand and reserved fall, pieces leave their bins, one
 * SHIP ledger row per bin). A second shipment of the same order finds it SHIPPED and is refused.
 */
export async function shipOrder(db: Db, input: { orderId: string; carrier: string; trackingNumber: string; actorId: string; now?: Date }): Promise<Result<{ carrier: Carrier; trackingNumber: string }, ShipError>> {
  const parsed = shipmentSchema.safeParse({ carrier: input.carrier, trackingNumber: input.trackingNumber });
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.path[0] === "carrier" ? "carrier" : "trackingNumber" };
  const { carrier, trackingNumber } = parsed.data;
  const now = input.now ?? new Date();
  return inTransaction<{ carrier: Carrier; trackingNumber: string }, ShipError>(db, async (tx) => {
    await changeStatus(tx, { orderId: input.orderId, from: ["PACKED"], to: "SHIPPED", kind: "shipped", actorId: input.actorId, actorKind: "warehouse", note: `${carrier} ${trackingNumber}` });
    const updated = await tx.shipment.updateMany({ where: { orderId: input.orderId, shippedAt: null }, data: { carrier, trackingNumber, shippedById: input.actorId, shippedAt: now } });
    if (updated.count !== 1) refuse("order_status");
    await consumeReservations(tx, { orderId: input.orderId, actorId: input.actorId });
    return { carrier, trackingNumber };
  });
}

export type DeliverError = "order_not_found" | "order_status" | "not_cash_on_delivery";

/** The courier confirms delivery: SHIPPED → DELIVERED; a cash-on-delivery order is paid (and its revenue split) in the same transaction. */
export async function markDelivered(db: Db, input: { orderId: string; actorId: string; now?: Date }): Promise<Result<{ collectedCash: boolean }, DeliverError>> {
  const now = input.now ?? new Date();
  return inTransaction<{ collectedCash: boolean }, DeliverError>(db, async (tx) => {
    await changeStatus(tx, { orderId: input.orderId, from: ["SHIPPED"], to: "DELIVERED", kind: "delivered", actorId: input.actorId, actorKind: "warehouse" });
    const order = await tx.order.findUniqueOrThrow({ where: { id: input.orderId }, select: { paymentMethod: true } });
    await tx.shipment.update({ where: { orderId: input.orderId }, data: { deliveredAt: now } });
    const cod = order.paymentMethod === "COD";
    if (cod) await collectCashOnDelivery(tx, { orderId: input.orderId, now });
    return { collectedCash: cod };
  });
}
