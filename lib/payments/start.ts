import type { Db } from "@/lib/db/client";
import { inTransaction } from "@/lib/inventory/core";
import { logError } from "@/lib/log";
import { releaseReservations } from "@/lib/orders/reservations";
import { changeStatus } from "@/lib/orders/status";
import { createCheckoutSession, retrieveCheckoutSession } from "./checkout-session";
import { applyCheckoutPaid } from "./confirm";
import { sendRefund } from "./refunds";

/**
 * Opens Stripe Checkout for an order that is waiting for payment, from the order's own
 * (database) amounts. The payment id is the idempotency key, so a retried request reuses the
 * session. If Stripe cannot be reached the order is cancelled and its stock released at once
 * (the compensating step), and the shopper is told to try again.
 */
export async function startStripeCheckout(db: Db, input: { orderId: string; origin: string; locale: "zh-CN" | "en"; orderUrl: string }): Promise<{ ok: true; url: string } | { ok: false }> {
  const order = await db.order.findUniqueOrThrow({
    where: { id: input.orderId },
    select: {
      number: true,
      currency: true,
      shippingFen: true,
      packingFen: true,
      holdExpiresAt: true,
      placedAt: true,
      contactEmail: true,
      user: { select: { email: true } },
      lines: { select: { productNameZh: true, productNameEn: true, variantNameZh: true, variantNameEn: true, unitPriceFen: true, quantity: true } },
      payments: { where: { method: "STRIPE", status: "PENDING" }, select: { id: true, checkoutUrl: true } },
    },
  });
  const payment = order.payments[0];
  if (!payment) return { ok: false };
  if (payment.checkoutUrl) return { ok: true, url: payment.checkoutUrl };
  const en = input.locale === "en";
  const shipping = order.shippingFen + order.packingFen;
  try {
    const session = await createCheckoutSession({
      orderId: input.orderId,
      orderNumber: order.number,
      currency: "CNY",
      lines: [
        ...order.lines.map((line) => ({ name: en ? `${line.productNameEn} · ${line.variantNameEn}` : `${line.productNameZh} · ${line.variantNameZh}`, unitAmountFen: line.unitPriceFen, quantity: line.quantity })),
        ...(shipping > 0 ? [{ name: en ? "Shipping and fragile packing" : "运费及易碎品包装", unitAmountFen: shipping, quantity: 1 }] : []),
      ],
      customerEmail: order.user?.email ?? order.contactEmail ?? undefined,
      successUrl: `${input.origin}${input.orderUrl}${input.orderUrl.includes("?") ? "&" : "?"}session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${input.origin}${input.orderUrl}`,
      expiresAt: sessionExpiry(order),
      idempotencyKey: `checkout-${payment.id}`,
      locale: input.locale,
    });
    await db.payment.update({ where: { id: payment.id }, data: { stripeSessionId: session.id, checkoutUrl: session.url } });
    return { ok: true, url: session.url };
  } catch (error) {
    logError("stripe.checkout_failed", error, { orderId: input.orderId });
    await inTransaction(db, async (tx) => {
      await changeStatus(tx, { orderId: input.orderId, from: ["PENDING_PAYMENT"], to: "CANCELLED", kind: "payment_failed", actorId: null, actorKind: "system", set: { cancelReason: "payment_failed" } });
      await releaseReservations(tx, { orderId: input.orderId, actorId: null, note: "payment could not start" });
      await tx.payment.update({ where: { id: payment.id }, data: { status: "FAILED" } });
      return {};
    });
    return { ok: false };
  }
}

/**
 * When the hosted page closes: with the hold, but never sooner than Stripe allows (30 minutes
 * after creation). Derived from the order alone, so a retried request sends the same parameters
 * under the same idempotency key. A hold that lapses first is released by the sweep, which also
 * expires the session.
 */
function sessionExpiry(order: { holdExpiresAt: Date | null; placedAt: Date }): Date {
  const earliest = order.placedAt.getTime() + 35 * 60_000;
  return new Date(Math.max(earliest, order.holdExpiresAt?.getTime() ?? 0));
}

/**
 * Asks Stripe how a Checkout session ended and applies a payment the webhook has not delivered
 * yet, so the page the shopper returns to shows the real status whichever comes first. The
 * webhook arriving later finds the payment applied and changes nothing.
 */
export async function syncCheckoutSession(db: Db, sessionId: string): Promise<void> {
  const payment = await db.payment.findUnique({ where: { stripeSessionId: sessionId }, select: { status: true } });
  if (!payment || payment.status !== "PENDING") return;
  try {
    const session = await retrieveCheckoutSession(sessionId);
    if (session.status !== "complete" || session.paymentStatus !== "paid") return;
    const applied = await db.$transaction((tx) => applyCheckoutPaid(tx, { sessionId, paymentIntentId: session.paymentIntentId, amountFen: session.amountTotal, now: new Date() }), { maxWait: 15_000, timeout: 30_000 });
    for (const refundId of applied.refundIds) await sendRefund(db, refundId);
  } catch (error) {
    logError("stripe.sync_failed", error, { sessionId });
  }
}
