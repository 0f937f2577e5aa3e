import type Stripe from "stripe";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { applyCheckoutPaid, applyCheckoutUnpaid, type OutcomeResult } from "./confirm";
import { sendRefund } from "./refunds";

/**
 * Applies one verified Stripe event. The event id is recorded in the same transaction as its
 * effect, so the same event delivered ten times (even at once) changes the order once: a
 * redelivery finds the id already there, and a concurrent one fails on the unique index and
 * rolls back whatever it did.
 */
export async function handleStripeEvent(db: Db, event: Stripe.Event, now = new Date()): Promise<{ outcome: OutcomeResult["outcome"] | "duplicate"; orderId: string | null }> {
  let result: Omit<OutcomeResult, "outcome"> & { outcome: OutcomeResult["outcome"] | "duplicate" };
  try {
    result = await db.$transaction(
      async (tx) => {
        const seen = await tx.paymentEvent.findUnique({ where: { provider_eventId: { provider: "stripe", eventId: event.id } }, select: { id: true } });
        if (seen) return null;
        const applied = await applyStripeEvent(tx, event, now);
        await tx.paymentEvent.create({
          data: { provider: "stripe", eventId: event.id, type: event.type, orderId: applied.orderId, outcome: applied.outcome, payload: event as unknown as Prisma.InputJsonValue },
        });
        return applied;
      },
      { maxWait: 15_000, timeout: 30_000 },
    ).then((applied) => applied ?? { outcome: "duplicate" as const, orderId: null, refundIds: [] });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { outcome: "duplicate", orderId: null };
    throw error;
  }
  for (const refundId of result.refundIds) await sendRefund(db, refundId);
  return { outcome: result.outcome, orderId: result.orderId };
}

function applyStripeEvent(tx: Parameters<Parameters<Db["$transaction"]>[0]>[0], event: Stripe.Event, now: Date): Promise<OutcomeResult> {
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded": {
      const session = event.data.object;
      if (session.payment_status !== "paid") return Promise.resolve({ outcome: "awaiting_payment", orderId: null, refundIds: [] });
      return applyCheckoutPaid(tx, { sessionId: session.id, paymentIntentId: paymentIntentIdOf(session), amountFen: session.amount_total, now });
    }
    case "checkout.session.async_payment_failed":
      return applyCheckoutUnpaid(tx, { sessionId: event.data.object.id, result: "payment_failed" });
    case "checkout.session.expired":
      return applyCheckoutUnpaid(tx, { sessionId: event.data.object.id, result: "expired" });
    default:
      return Promise.resolve({ outcome: "ignored", orderId: null, refundIds: [] });
  }
}

export function paymentIntentIdOf(session: Pick<Stripe.Checkout.Session, "payment_intent">): string | null {
  const intent = session.payment_intent;
  return typeof intent === "string" ? intent : (intent?.id ?? null);
}
