import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { logError } from "@/lib/log";
import { stripeEnabled, verifyStripeWebhook } from "@/lib/payments/stripe";
import { handleStripeEvent } from "@/lib/payments/webhook";

/**
 * Stripe's webhook. The signature is checked on the raw body before anything is parsed; a
 * missing or tampered one gets 400 and writes nothing. Stripe retries on any non-2xx answer,
 * and handleStripeEvent makes each event count once, so a failure here is answered 500.
 */
export async function POST(request: Request): Promise<Response> {
  if (!stripeEnabled()) return NextResponse.json({ error: "stripe_not_configured" }, { status: 404 });
  const event = verifyStripeWebhook(await request.text(), request.headers.get("stripe-signature"));
  if (!event) return NextResponse.json({ error: "invalid_signature" }, { status: 400 });
  try {
    const result = await handleStripeEvent(db(), event);
    return NextResponse.json({ received: true, outcome: result.outcome });
  } catch (error) {
    logError("stripe.webhook_failed", error, { eventId: event.id, type: event.type });
    return NextResponse.json({ error: "processing_failed" }, { status: 500 });
  }
}
