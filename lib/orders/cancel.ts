import type { Db } from "@/lib/db/client";
import { inTransaction, refuse, type Result } from "@/lib/inventory/core";
import { logError } from "@/lib/log";
import { expireCheckoutSession } from "@/lib/payments/checkout-session";
import { recordRefund, sendRefund } from "@/lib/payments/refunds";
import { releaseReservations } from "./reservations";
import { CANCELLABLE, changeStatus, lockOrder, type ActorKind } from "./status";

export type CancelError = "order_not_found" | "order_status";

/**
 * Cancels an order before picking starts: the stock goes back on sale, a pending online
 * payment is closed, and money already paid is refunded in full, all in one transaction (the
 * provider is asked for the money after the commit).
 */
export async function cancelOrder(db: Db, input: { orderId: string; actorId: string | null; actorKind: ActorKind; reason: "shopper" | "staff" }): Promise<Result<{ refunded: boolean }, CancelError>> {
  const result = await inTransaction<{ refunded: boolean; refundId: string | null; sessionId: string | null }, CancelError>(db, async (tx) => {
    const status = await lockOrder(tx, input.orderId);
    if (!CANCELLABLE.includes(status)) refuse("order_status", { status });
    await changeStatus(tx, { orderId: input.orderId, from: CANCELLABLE, to: "CANCELLED", kind: "cancelled", actorId: input.actorId, actorKind: input.actorKind, set: { cancelReason: input.reason, holdExpiresAt: null } });
    await releaseReservations(tx, { orderId: input.orderId, actorId: input.actorId, note: "cancelled" });
    const pending = await tx.payment.findFirst({ where: { orderId: input.orderId, status: "PENDING" }, select: { id: true, method: true, stripeSessionId: true } });
    if (pending) await tx.payment.update({ where: { id: pending.id }, data: { status: pending.method === "COD" ? "FAILED" : "EXPIRED" } });
    if (status !== "PAID") return { refunded: false, refundId: null, sessionId: pending?.stripeSessionId ?? null };
    const order = await tx.order.findUniqueOrThrow({ where: { id: input.orderId }, select: { shippingFen: true, packingFen: true, lines: { select: { id: true, quantity: true } } } });
    const refund = await recordRefund(tx, {
      orderId: input.orderId,
      lines: order.lines.map((line) => ({ orderLineId: line.id, quantity: line.quantity })),
      shippingFen: order.shippingFen + order.packingFen,
      reason: "cancelled",
      actorId: input.actorId,
      actorKind: input.actorKind,
    });
    return { refunded: true, refundId: refund.refundId, sessionId: null };
  });
  if (!result.ok) return result;
  if (result.refundId) await sendRefund(db, result.refundId);
  if (result.sessionId) await expireCheckoutSession(result.sessionId).catch((error: unknown) => logError("stripe.expire_session_failed", error, { orderId: input.orderId }));
  return { ok: true, refunded: result.refunded };
}
