import type { Tx } from "@/lib/db/client";
import { defaultWarehouseId } from "@/lib/inventory/core";
import { allocateReservations, releaseReservations, tryReserveLines } from "@/lib/orders/reservations";
import { changeStatus, lockOrder } from "@/lib/orders/status";
import { recordSaleSettlement } from "@/lib/settlement/record";
import { recordRefund } from "./refunds";

/** What applying a payment outcome did; stored with the provider event. */
export type PaymentOutcome =
  | "paid"
  | "re_reserved"
  | "refunded_after_expiry"
  | "already_applied"
  | "amount_mismatch"
  | "unknown_session"
  | "payment_failed"
  | "expired"
  | "awaiting_payment"
  | "ignored";

export interface OutcomeResult {
  outcome: PaymentOutcome;
  orderId: string | null;
  /** Refunds recorded here whose money must be sent back after the commit. */
  refundIds: string[];
}

async function paymentForSession(tx: Tx, sessionId: string) {
  const payment = await tx.payment.findUnique({ where: { stripeSessionId: sessionId }, select: { id: true, orderId: true } });
  if (!payment) return null;
  // Lock the order first (the house order: Order, then stock), then read the payment under it.
  const status = await lockOrder(tx, payment.orderId);
  const current = await tx.payment.findUniqueOrThrow({ where: { id: payment.id }, select: { id: true, status: true, amountFen: true } });
  const order = await tx.order.findUniqueOrThrow({ where: { id: payment.orderId }, select: { totalFen: true, shippingFen: true, packingFen: true, cancelReason: true, lines: { select: { id: true, variantId: true, quantity: true } } } });
  return { payment: current, orderId: payment.orderId, status, order };
}

/**
 * The shopper's money arrived for a Checkout session. Normally the order was waiting: its hold
 * becomes an allocation and the order is PAID. If the hold had lapsed (or the payment failed
 * earlier), the stock is reserved again when it is still there; otherwise the money is
 * refunded in full and the timeline says why. A second call for the same session changes
 * nothing.
 */
export async function applyCheckoutPaid(tx: Tx, input: { sessionId: string; paymentIntentId: string | null; amountFen: number | null; now: Date }): Promise<OutcomeResult> {
  const found = await paymentForSession(tx, input.sessionId);
  if (!found) return { outcome: "unknown_session", orderId: null, refundIds: [] };
  const { payment, orderId, status, order } = found;
  if (payment.status === "SUCCEEDED") return { outcome: "already_applied", orderId, refundIds: [] };
  if (input.amountFen !== null && input.amountFen !== payment.amountFen) return { outcome: "amount_mismatch", orderId, refundIds: [] };

  await tx.payment.update({ where: { id: payment.id }, data: { status: "SUCCEEDED", paidAt: input.now, stripePaymentIntentId: input.paymentIntentId } });
  await tx.order.update({ where: { id: orderId }, data: { paidFen: order.totalFen, holdExpiresAt: null } });
  const event = { orderId, to: "PAID" as const, actorId: null, actorKind: "payment" as const };

  if (status === "PENDING_PAYMENT") {
    await allocateReservations(tx, { orderId, actorId: null });
    await changeStatus(tx, { ...event, from: ["PENDING_PAYMENT"], kind: "paid" });
    await recordSaleSettlement(tx, orderId);
    return { outcome: "paid", orderId, refundIds: [] };
  }
  if (status === "CANCELLED") {
    // Only a lapse the shopper did not choose is undone; a deliberate cancellation stays cancelled.
    const lapsed = order.cancelReason === "expired" || order.cancelReason === "payment_failed";
    const reserved =
      lapsed &&
      (await tryReserveLines(tx, {
        orderId,
        warehouseId: await defaultWarehouseId(tx),
        lines: order.lines.map((line) => ({ orderLineId: line.id, variantId: line.variantId, quantity: line.quantity })),
        status: "ALLOCATED",
        expiresAt: null,
        actorId: null,
        note: "paid after the hold lapsed",
      }));
    await recordSaleSettlement(tx, orderId);
    if (reserved) {
      await changeStatus(tx, { ...event, from: ["CANCELLED"], kind: "re_reserved", set: { cancelReason: null } });
      return { outcome: "re_reserved", orderId, refundIds: [] };
    }
    const refund = await recordRefund(tx, {
      orderId,
      lines: order.lines.map((line) => ({ orderLineId: line.id, quantity: line.quantity })),
      shippingFen: order.shippingFen + order.packingFen,
      reason: lapsed ? "sold_out_after_expiry" : "paid_after_cancellation",
      actorId: null,
      actorKind: "payment",
      eventKind: "refunded_after_expiry",
    });
    return { outcome: "refunded_after_expiry", orderId, refundIds: [refund.refundId] };
  }
  return { outcome: "ignored", orderId, refundIds: [] };
}

/**
 * The session ended without money: failed (async methods) or expired. An order still waiting
 * for it is cancelled and its hold released; anything else is left alone.
 */
export async function applyCheckoutUnpaid(tx: Tx, input: { sessionId: string; result: "payment_failed" | "expired" }): Promise<OutcomeResult> {
  const found = await paymentForSession(tx, input.sessionId);
  if (!found) return { outcome: "unknown_session", orderId: null, refundIds: [] };
  const { payment, orderId, status } = found;
  if (payment.status !== "PENDING") return { outcome: "already_applied", orderId, refundIds: [] };
  await tx.payment.update({ where: { id: payment.id }, data: { status: input.result === "expired" ? "EXPIRED" : "FAILED" } });
  if (status === "PENDING_PAYMENT") {
    await changeStatus(tx, { orderId, from: ["PENDING_PAYMENT"], to: "CANCELLED", kind: input.result, actorId: null, actorKind: "payment", set: { cancelReason: input.result } });
    await releaseReservations(tx, { orderId, actorId: null, note: input.result });
  }
  return { outcome: input.result, orderId, refundIds: [] };
}
