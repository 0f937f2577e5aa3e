import type { Db, Tx } from "@/lib/db/client";
import { inTransaction, refuse, type Result } from "@/lib/inventory/core";
import { logError } from "@/lib/log";
import { changeStatus, lockOrder, recordOrderEvent, type ActorKind } from "@/lib/orders/status";
import { recordRefundSettlement } from "@/lib/settlement/record";
import { createStripeRefund } from "./checkout-session";

export interface RefundRequest {
  orderId: string;
  /** Pieces to refund per order line; each at the price it was sold for. */
  lines: { orderLineId: string; quantity: number }[];
  /** Shipping and packing money to return, at most what is left of it. */
  shippingFen: number;
  reason: string;
  actorId: string | null;
  actorKind: ActorKind;
  /** Timeline entry when this refund returns the last of the money (default "refunded"). */
  eventKind?: string;
}

export type RefundError = "order_not_found" | "not_paid" | "not_shipped" | "nothing_to_refund" | "too_much" | "order_status";

/**
 * Paid orders still in the warehouse. Their pieces are reserved for the parcel, so refunding
 * some of them would pay back pieces that still ship: the whole order is cancelled (and
 * refunded) instead, or the pieces are refunded once the parcel has left.
 */
const IN_WAREHOUSE = ["PAID", "PICKING", "PACKED"] as const;

/**
 * Records a refund inside the caller's transaction: each line's refunded pieces and money rise
 * with a guarded update (never past what was sold), the order's refunded total likewise (never
 * past what was paid), the settlement is reversed to the fen, and the timeline says so. When
 * everything paid has gone back the order becomes REFUNDED. Money moves at the provider after
 * the commit (sendRefund), keyed by the refund's id so a retry cannot pay twice.
 */
export async function recordRefund(tx: Tx, request: RefundRequest): Promise<{ refundId: string; amountFen: number; full: boolean }> {
  const status = await lockOrder(tx, request.orderId);
  const order = await tx.order.findUniqueOrThrow({
    where: { id: request.orderId },
    select: { paidFen: true, refundedFen: true, shippingFen: true, packingFen: true, paymentMethod: true, lines: { select: { id: true, unitPriceFen: true } }, refunds: { select: { shippingFen: true } }, payments: { where: { status: "SUCCEEDED" }, select: { id: true } } },
  });
  if (order.paidFen === 0) refuse("not_paid");
  const unitPrice = new Map(order.lines.map((line) => [line.id, line.unitPriceFen]));
  const lines = request.lines.filter((line) => line.quantity > 0);
  if (lines.some((line) => !unitPrice.has(line.orderLineId) || !Number.isSafeInteger(line.quantity))) refuse("nothing_to_refund");
  if (lines.length > 0 && (IN_WAREHOUSE as readonly string[]).includes(status)) refuse("not_shipped");
  const shippingLeft = order.shippingFen + order.packingFen - order.refunds.reduce((sum, r) => sum + r.shippingFen, 0);
  if (!Number.isSafeInteger(request.shippingFen) || request.shippingFen < 0 || request.shippingFen > shippingLeft) refuse("too_much");

  const refundLines = lines.map((line) => ({ orderLineId: line.orderLineId, quantity: line.quantity, amountFen: (unitPrice.get(line.orderLineId) ?? 0) * line.quantity }));
  const amountFen = refundLines.reduce((sum, line) => sum + line.amountFen, 0) + request.shippingFen;
  if (amountFen === 0) refuse("nothing_to_refund");
  for (const line of refundLines) {
    const changed = await tx.$executeRaw`
      UPDATE "OrderLine" SET "refundedQuantity" = "refundedQuantity" + ${line.quantity}, "refundedFen" = "refundedFen" + ${line.amountFen}
      WHERE "id" = ${line.orderLineId} AND "refundedQuantity" + ${line.quantity} <= "quantity"`;
    if (changed !== 1) refuse("too_much");
  }
  const changed = await tx.$executeRaw`
    UPDATE "Order" SET "refundedFen" = "refundedFen" + ${amountFen}, "updatedAt" = now()
    WHERE "id" = ${request.orderId} AND "refundedFen" + ${amountFen} <= "paidFen"`;
  if (changed !== 1) refuse("too_much");

  // Cash handed back by the cooperative is done when recorded; card money waits for Stripe.
  const cash = order.paymentMethod === "COD";
  const refund = await tx.refund.create({
    data: {
      orderId: request.orderId,
      paymentId: order.payments[0]?.id ?? null,
      amountFen,
      shippingFen: request.shippingFen,
      reason: request.reason,
      status: cash ? "SUCCEEDED" : "PENDING",
      completedAt: cash ? new Date() : null,
      actorId: request.actorId,
      lines: { createMany: { data: refundLines } },
    },
    select: { id: true },
  });
  await recordRefundSettlement(tx, refund.id);
  const full = order.refundedFen + amountFen === order.paidFen;
  const event = { orderId: request.orderId, actorId: request.actorId, actorKind: request.actorKind, note: request.reason };
  if (full) await changeStatus(tx, { ...event, from: [status], to: "REFUNDED", kind: request.eventKind ?? "refunded" });
  else await recordOrderEvent(tx, { ...event, fromStatus: status, to: status, kind: "partially_refunded" });
  return { refundId: refund.id, amountFen, full };
}

/** recordRefund in its own transaction, then the money goes back at the provider. */
export async function refundOrder(db: Db, request: RefundRequest): Promise<Result<{ refundId: string; amountFen: number; full: boolean }, RefundError>> {
  const result = await inTransaction<{ refundId: string; amountFen: number; full: boolean }, RefundError>(db, (tx) => recordRefund(tx, request));
  if (result.ok) await sendRefund(db, result.refundId);
  return result;
}

/**
 * Asks Stripe to return a pending refund's money. Safe to repeat: the refund id is the
 * idempotency key, and only a PENDING refund is touched. A failure leaves it PENDING for the
 * sweep to retry.
 */
export async function sendRefund(db: Db, refundId: string): Promise<void> {
  const refund = await db.refund.findUnique({ where: { id: refundId }, select: { status: true, amountFen: true, orderId: true, payment: { select: { stripePaymentIntentId: true } } } });
  const paymentIntentId = refund?.payment?.stripePaymentIntentId;
  if (!refund || refund.status !== "PENDING" || !paymentIntentId) return;
  try {
    const sent = await createStripeRefund({ paymentIntentId, amountFen: refund.amountFen, idempotencyKey: `refund-${refundId}` });
    await db.refund.updateMany({ where: { id: refundId, status: "PENDING" }, data: { status: sent.status === "failed" ? "FAILED" : "SUCCEEDED", stripeRefundId: sent.id, completedAt: new Date() } });
  } catch (error) {
    logError("stripe.refund_failed", error, { refundId, orderId: refund.orderId });
  }
}

/** Retries refunds still waiting for the provider (called by the periodic sweep). */
export async function sendPendingRefunds(db: Db, olderThanMs = 60_000): Promise<void> {
  const pending = await db.refund.findMany({ where: { status: "PENDING", createdAt: { lt: new Date(Date.now() - olderThanMs) } }, select: { id: true }, take: 50 });
  for (const refund of pending) await sendRefund(db, refund.id);
}
