/**
 * The few Stripe Checkout calls the shop makes, with amounts in fen and plain return values, so the
 * order domain never handles Stripe objects directly.
 */
import Stripe from "stripe";
import { getStripe, paymentMethodTypes } from "./stripe";

/** Stripe refuses an `expires_at` less than 30 minutes ahead; the extra minute covers clock skew. */
const MIN_SESSION_LIFETIME_MS = 31 * 60 * 1000;

export interface CheckoutSessionLine {
  name: string;
  unitAmountFen: number;
  quantity: number;
}

export interface CreateCheckoutSessionInput {
  orderId: string;
  orderNumber: string;
  currency: "CNY";
  /** The order's items, then one line for shipping and packing when it costs anything. */
  lines: CheckoutSessionLine[];
  customerEmail?: string;
  /** Must contain `{CHECKOUT_SESSION_ID}`, which Stripe replaces with the session's id. */
  successUrl: string;
  cancelUrl: string;
  expiresAt: Date;
  idempotencyKey: string;
  locale: "zh-CN" | "en";
}

export interface CreatedCheckoutSession {
  id: string;
  url: string;
  expiresAt: Date;
  paymentIntentId: string | null;
}

export interface CheckoutSessionState {
  id: string;
  status: "open" | "complete" | "expired";
  paymentStatus: "paid" | "unpaid" | "no_payment_required";
  paymentIntentId: string | null;
  amountTotal: number | null;
  metadata: Record<string, string>;
}

const SESSION_STATUSES = ["open", "complete", "expired"] as const;
const PAYMENT_STATUSES = ["paid", "unpaid", "no_payment_required"] as const;
const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T => values.find((candidate) => candidate === value) ?? fallback;

const intentId = (intent: string | Stripe.PaymentIntent | null): string | null => (typeof intent === "string" ? intent : (intent?.id ?? null));

/**
 * Creates the hosted Checkout page for an order. Retrying with the same idempotency key returns
 * the same session — as long as the parameters are the same, so `expiresAt` must not move
 * between attempts (a hold shorter than 31 minutes is stretched to "now + 31 min", which does).
 */
export async function createCheckoutSession(input: CreateCheckoutSessionInput): Promise<CreatedCheckoutSession> {
  if (!input.successUrl.includes("{CHECKOUT_SESSION_ID}")) throw new Error("successUrl must contain {CHECKOUT_SESSION_ID}");
  const methods = paymentMethodTypes();
  const expiresAtMs = Math.max(input.expiresAt.getTime(), Date.now() + MIN_SESSION_LIFETIME_MS);
  const metadata = { orderId: input.orderId, orderNumber: input.orderNumber };
  const session = await getStripe().checkout.sessions.create(
    {
      mode: "payment",
      line_items: input.lines.map((line) => ({
        quantity: line.quantity,
        price_data: { currency: input.currency.toLowerCase(), unit_amount: line.unitAmountFen, product_data: { name: line.name } },
      })),
      // stripe-node 23 (API 2026-10-28) replaced `payment_method_types` with this filter.
      allowed_payment_method_types: methods,
      ...(methods.includes("wechat_pay") && { payment_method_options: { wechat_pay: { client: "web" } } }),
      client_reference_id: input.orderId,
      customer_email: input.customerEmail,
      metadata,
      payment_intent_data: { metadata },
      expires_at: Math.ceil(expiresAtMs / 1000),
      locale: input.locale === "zh-CN" ? "zh" : "en",
      success_url: input.successUrl,
      cancel_url: input.cancelUrl,
    },
    { idempotencyKey: input.idempotencyKey },
  );
  if (!session.url) throw new Error(`Stripe returned Checkout session ${session.id} without a URL`);
  return { id: session.id, url: session.url, expiresAt: new Date(session.expires_at * 1000), paymentIntentId: intentId(session.payment_intent) };
}

/**
 * Closes a session so it can no longer be paid (used when the order's hold ends or the order is
 * cancelled). A session that already expired or completed is left as it is; the answer says
 * which, because "complete" means the shopper paid in the meantime.
 */
export async function expireCheckoutSession(id: string): Promise<"expired" | "complete"> {
  try {
    await getStripe().checkout.sessions.expire(id);
    return "expired";
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeInvalidRequestError)) throw error;
    const current = await retrieveCheckoutSession(id);
    if (current.status === "open") throw error;
    return current.status;
  }
}

export async function retrieveCheckoutSession(id: string): Promise<CheckoutSessionState> {
  const session = await getStripe().checkout.sessions.retrieve(id);
  return {
    id: session.id,
    status: oneOf(SESSION_STATUSES, session.status, "open"),
    paymentStatus: oneOf(PAYMENT_STATUSES, session.payment_status, "unpaid"),
    paymentIntentId: intentId(session.payment_intent),
    amountTotal: session.amount_total,
    metadata: session.metadata ?? {},
  };
}

/** Refunds part or all of a payment; Stripe refuses more than what is left to refund. */
export async function createStripeRefund(input: { paymentIntentId: string; amountFen: number; idempotencyKey: string }): Promise<{ id: string; status: string }> {
  const refund = await getStripe().refunds.create({ payment_intent: input.paymentIntentId, amount: input.amountFen }, { idempotencyKey: input.idempotencyKey });
  return { id: refund.id, status: refund.status ?? "pending" };
}
