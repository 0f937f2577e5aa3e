import { Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/client";
import { endLapsedDeals, expireLapsedClaims } from "@/lib/live/deals";
import { logError } from "@/lib/log";
import { expireCheckoutSession } from "@/lib/payments/checkout-session";
import { sendPendingRefunds } from "@/lib/payments/refunds";
import { stripeEnabled } from "@/lib/payments/stripe";
import { releaseReservations } from "./reservations";
import { changeStatus, lockOrder } from "./status";

/**
 * Unpaid orders whose hold has lapsed give their stock back and are cancelled. This runs lazily
 * (before stock of those SKUs is reserved or shown, before such an order is shown) and from a
 * periodic sweep; each order is re-checked under its row lock, so overlapping runs are harmless.
 * Returns how many orders it expired.
 */
export async function releaseExpiredHolds(db: Db, scope: { now?: Date; variantIds?: string[]; orderId?: string; limit?: number } = {}): Promise<number> {
  const now = scope.now ?? new Date();
  const filters = [Prisma.sql`r."status" = 'HELD'`, Prisma.sql`r."expiresAt" <= ${now}`];
  if (scope.variantIds?.length) filters.push(Prisma.sql`r."variantId" IN (${Prisma.join(scope.variantIds)})`);
  if (scope.orderId) filters.push(Prisma.sql`r."orderId" = ${scope.orderId}`);
  const due = await db.$queryRaw<{ orderId: string }[]>`
    SELECT DISTINCT r."orderId" FROM "Reservation" r WHERE ${Prisma.join(filters, " AND ")} LIMIT ${scope.limit ?? 200}`;

  let expired = 0;
  for (const { orderId } of due) {
    const sessionId = await db.$transaction(async (tx) => {
      const status = await lockOrder(tx, orderId);
      const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { holdExpiresAt: true } });
      if (status !== "PENDING_PAYMENT" || !order.holdExpiresAt || order.holdExpiresAt > now) return null;
      await changeStatus(tx, { orderId, from: ["PENDING_PAYMENT"], to: "CANCELLED", kind: "expired", actorId: null, actorKind: "system", set: { cancelReason: "expired" } });
      await releaseReservations(tx, { orderId, actorId: null, note: "hold expired" });
      const payment = await tx.payment.findFirst({ where: { orderId, status: "PENDING" }, select: { id: true, stripeSessionId: true } });
      if (payment) await tx.payment.update({ where: { id: payment.id }, data: { status: "EXPIRED" } });
      expired += 1;
      return payment?.stripeSessionId ?? null;
    });
    // Close the hosted page too; a payment that still gets through is handled as paid-after-expiry.
    if (sessionId && stripeEnabled()) {
      await expireCheckoutSession(sessionId).catch((error: unknown) => logError("stripe.expire_session_failed", error, { orderId }));
    }
  }
  return expired;
}

/** Deals last minutes: their end reaches viewers (and their pieces stock) within this. */
const DEAL_SWEEP_MS = 5_000;

/**
 * Every `intervalMs` in this process: releases lapsed holds and retries refunds still waiting
 * for the provider; more often, ends flash deals whose time is up and lapsed deal claims (deals
 * first, so a claim of an ended deal goes straight back to stock). Returns a stop function.
 */
export function startHoldSweeper(db: () => Db, intervalMs = 60_000): () => void {
  const holds = setInterval(() => {
    releaseExpiredHolds(db()).catch((error: unknown) => logError("orders.hold_sweep_failed", error));
    if (stripeEnabled()) sendPendingRefunds(db()).catch((error: unknown) => logError("payments.refund_sweep_failed", error));
  }, intervalMs);
  const deals = setInterval(() => {
    endLapsedDeals(db())
      .then(() => expireLapsedClaims(db()))
      .catch((error: unknown) => logError("live.deal_sweep_failed", error));
  }, Math.min(intervalMs, DEAL_SWEEP_MS));
  holds.unref();
  deals.unref();
  return () => {
    clearInterval(holds);
    clearInterval(deals);
  };
}
