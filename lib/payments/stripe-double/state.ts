/**
 * What the Stripe double remembers: Checkout sessions, payment intents, refunds and events, and
 * the state changes a real Stripe account would go through. Objects leave in Stripe's shape.
 */
import { randomBytes } from "node:crypto";
import Stripe from "stripe";
import { z } from "zod";
import { invalidParams, missingResource, StripeApiError } from "./errors";
import type { FormValue } from "./form";

export const DOUBLE_PAYMENT_METHODS = ["card", "alipay", "wechat_pay"] as const;
export type DoublePaymentMethod = (typeof DOUBLE_PAYMENT_METHODS)[number];
/** Redirect-based wallets confirm later: Checkout completes "unpaid" and an async event follows. */
export const isAsyncMethod = (method: DoublePaymentMethod) => method !== "card";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function randomId(prefix: string, length = 24): string {
  return prefix + Array.from(randomBytes(length), (byte) => ALPHABET[byte % ALPHABET.length]).join("");
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
const integer = (min: number) =>
  z
    .string()
    .regex(/^-?\d+$/, "must be an integer")
    .transform(Number)
    .pipe(z.number().int().min(min));
const metadata = z.record(z.string(), z.string()).optional();

const createSessionParams = z.strictObject({
  mode: z.literal("payment", "this double only supports mode=payment"),
  line_items: z
    .array(
      z.strictObject({
        quantity: integer(1),
        price_data: z.strictObject({
          currency: z.string().regex(/^[a-z]{3}$/),
          unit_amount: integer(0),
          product_data: z.strictObject({ name: z.string().min(1) }),
        }),
      }),
    )
    .min(1),
  allowed_payment_method_types: z.array(z.enum(DOUBLE_PAYMENT_METHODS)).min(1).optional(),
  payment_method_options: z.strictObject({ wechat_pay: z.strictObject({ client: z.enum(["web", "ios", "android"]), app_id: z.string().optional() }).optional() }).optional(),
  client_reference_id: z.string().max(200).optional(),
  customer_email: z.email().optional(),
  metadata,
  payment_intent_data: z.strictObject({ metadata }).optional(),
  expires_at: integer(0).optional(),
  locale: z.string().optional(),
  success_url: z.url(),
  cancel_url: z.url().optional(),
});

const refundParams = z.strictObject({ payment_intent: z.string(), amount: integer(1).optional(), reason: z.string().optional(), metadata });

export interface DoubleLineItem {
  name: string;
  unitAmount: number;
  quantity: number;
}

export interface DoubleSession {
  id: string;
  created: number;
  expiresAt: number;
  status: "open" | "complete" | "expired";
  paymentStatus: "paid" | "unpaid";
  currency: string;
  lineItems: DoubleLineItem[];
  amountTotal: number;
  paymentMethodTypes: DoublePaymentMethod[];
  allowedPaymentMethodTypes: DoublePaymentMethod[] | null;
  paymentMethodOptions: Record<string, unknown>;
  locale: string | null;
  successUrl: string;
  cancelUrl: string | null;
  clientReferenceId: string | null;
  customerEmail: string | null;
  metadata: Record<string, string>;
  paymentIntentMetadata: Record<string, string>;
  paymentIntentId: string | null;
  url: string;
}

interface DoublePaymentIntent {
  id: string;
  created: number;
  amount: number;
  currency: string;
  method: DoublePaymentMethod;
  status: "processing" | "succeeded" | "requires_payment_method";
  metadata: Record<string, string>;
  chargeId: string;
  refunded: number;
}

interface DoubleRefund {
  id: string;
  created: number;
  amount: number;
  currency: string;
  paymentIntentId: string;
  chargeId: string;
  reason: string | null;
  metadata: Record<string, string>;
}

export interface DeliveryAttempt {
  at: string;
  status?: number;
  error?: string;
}

export interface DoubleEventRecord {
  event: DoubleEvent;
  sessionId: string;
  attempts: DeliveryAttempt[];
}

type DoubleEvent = ReturnType<typeof eventObject>;
export type DoubleSessionObject = ReturnType<typeof sessionObject>;

export function sessionObject(session: DoubleSession) {
  const paid = session.status === "complete";
  return {
    id: session.id,
    object: "checkout.session" as const,
    allowed_payment_method_types: session.allowedPaymentMethodTypes && [...session.allowedPaymentMethodTypes],
    amount_subtotal: session.amountTotal,
    amount_total: session.amountTotal,
    cancel_url: session.cancelUrl,
    client_reference_id: session.clientReferenceId,
    created: session.created,
    currency: session.currency,
    customer: null,
    customer_details: paid ? { email: session.customerEmail, name: null, phone: null, address: null, tax_exempt: "none", tax_ids: [] } : null,
    customer_email: session.customerEmail,
    expires_at: session.expiresAt,
    livemode: false,
    locale: session.locale,
    metadata: { ...session.metadata },
    mode: "payment" as const,
    payment_intent: session.paymentIntentId,
    payment_method_options: structuredClone(session.paymentMethodOptions),
    payment_method_types: [...session.paymentMethodTypes],
    payment_status: session.paymentStatus,
    status: session.status,
    success_url: session.successUrl,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: "hosted" as const,
    // Stripe only gives the hosted page's address while the session can still be paid.
    url: session.status === "open" ? session.url : null,
  };
}

function paymentIntentObject(intent: DoublePaymentIntent) {
  return {
    id: intent.id,
    object: "payment_intent" as const,
    amount: intent.amount,
    amount_received: intent.status === "succeeded" ? intent.amount : 0,
    currency: intent.currency,
    created: intent.created,
    latest_charge: intent.chargeId,
    livemode: false,
    metadata: { ...intent.metadata },
    payment_method_types: [intent.method],
    status: intent.status,
  };
}

function refundObject(refund: DoubleRefund) {
  return {
    id: refund.id,
    object: "refund" as const,
    amount: refund.amount,
    charge: refund.chargeId,
    created: refund.created,
    currency: refund.currency,
    metadata: { ...refund.metadata },
    payment_intent: refund.paymentIntentId,
    reason: refund.reason,
    status: "succeeded" as const,
  };
}

function eventObject(type: string, session: DoubleSession) {
  return {
    id: randomId("evt_test_"),
    object: "event" as const,
    api_version: Stripe.API_VERSION as string,
    created: nowSeconds(),
    data: { object: sessionObject(session) },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  };
}

export class DoubleState {
  private readonly sessions = new Map<string, DoubleSession>();
  private readonly intents = new Map<string, DoublePaymentIntent>();
  private readonly refunds = new Map<string, DoubleRefund>();
  readonly events: DoubleEventRecord[] = [];

  constructor(private readonly pageUrl: (sessionId: string) => string) {}

  session(id: string): DoubleSession {
    const session = this.sessions.get(id);
    if (!session) throw missingResource("checkout.session", id, "session");
    return session;
  }

  allSessions(): DoubleSessionObject[] {
    return [...this.sessions.values()].map(sessionObject);
  }

  createSession(form: Record<string, FormValue>): DoubleSessionObject {
    const parsed = createSessionParams.safeParse(form, { reportInput: true });
    if (!parsed.success) throw invalidParams(parsed.error);
    const params = parsed.data;
    const created = nowSeconds();
    const currencies = new Set(params.line_items.map((line) => line.price_data.currency));
    if (currencies.size > 1) throw new StripeApiError(400, "invalid_request_error", "All line items must use the same currency.", "parameter_invalid", "line_items");
    const expiresAt = params.expires_at ?? created + 24 * 3600;
    if (expiresAt < created + 30 * 60 || expiresAt > created + 24 * 3600) {
      throw new StripeApiError(400, "invalid_request_error", "The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.", "parameter_invalid", "expires_at");
    }
    const methods = params.allowed_payment_method_types ?? ["card"];
    if (methods.includes("wechat_pay") && !params.payment_method_options?.wechat_pay?.client) {
      throw new StripeApiError(400, "invalid_request_error", "You must provide `payment_method_options[wechat_pay][client]` when `wechat_pay` is a payment method type.", "parameter_missing", "payment_method_options[wechat_pay][client]");
    }
    const lineItems = params.line_items.map((line) => ({ name: line.price_data.product_data.name, unitAmount: line.price_data.unit_amount, quantity: line.quantity }));
    const id = randomId("cs_test_", 58);
    const session: DoubleSession = {
      id,
      created,
      expiresAt,
      status: "open",
      paymentStatus: "unpaid",
      currency: [...currencies][0] as string,
      lineItems,
      amountTotal: lineItems.reduce((sum, line) => sum + line.unitAmount * line.quantity, 0),
      paymentMethodTypes: [...new Set(methods)],
      allowedPaymentMethodTypes: params.allowed_payment_method_types ?? null,
      paymentMethodOptions: params.payment_method_options ?? {},
      locale: params.locale ?? null,
      successUrl: params.success_url,
      cancelUrl: params.cancel_url ?? null,
      clientReferenceId: params.client_reference_id ?? null,
      customerEmail: params.customer_email ?? null,
      metadata: params.metadata ?? {},
      paymentIntentMetadata: params.payment_intent_data?.metadata ?? {},
      paymentIntentId: null,
      url: this.pageUrl(id),
    };
    this.sessions.set(id, session);
    return sessionObject(session);
  }

  /**
   * The shopper confirms on the hosted page. A card is charged at once; a wallet leaves the
   * payment processing until `settleAsync`. Either way Checkout is now complete.
   */
  pay(sessionId: string, method: DoublePaymentMethod): DoubleEventRecord {
    const session = this.openSession(sessionId);
    if (!session.paymentMethodTypes.includes(method)) throw new StripeApiError(400, "invalid_request_error", `This Checkout Session does not accept ${method}.`, "parameter_invalid", "method");
    const intent: DoublePaymentIntent = {
      id: randomId("pi_test_"),
      created: nowSeconds(),
      amount: session.amountTotal,
      currency: session.currency,
      method,
      status: isAsyncMethod(method) ? "processing" : "succeeded",
      metadata: { ...session.paymentIntentMetadata },
      chargeId: randomId("ch_test_"),
      refunded: 0,
    };
    this.intents.set(intent.id, intent);
    session.paymentIntentId = intent.id;
    session.status = "complete";
    session.paymentStatus = intent.status === "succeeded" ? "paid" : "unpaid";
    return this.record("checkout.session.completed", session);
  }

  /** The wallet reports back: the processing payment succeeded or failed. */
  settleAsync(sessionId: string, outcome: "succeed" | "fail"): DoubleEventRecord {
    const session = this.session(sessionId);
    const intent = session.paymentIntentId ? this.intents.get(session.paymentIntentId) : undefined;
    if (!intent || intent.status !== "processing") throw new StripeApiError(400, "invalid_request_error", `Checkout Session ${sessionId} has no payment waiting for its result.`);
    if (outcome === "succeed") {
      intent.status = "succeeded";
      session.paymentStatus = "paid";
      return this.record("checkout.session.async_payment_succeeded", session);
    }
    intent.status = "requires_payment_method";
    return this.record("checkout.session.async_payment_failed", session);
  }

  expire(sessionId: string): DoubleEventRecord {
    const session = this.session(sessionId);
    if (session.status !== "open") {
      throw new StripeApiError(400, "invalid_request_error", `Only Checkout Sessions with a status of \`open\` can be expired; this one is \`${session.status}\`.`, "checkout_session_not_open");
    }
    session.status = "expired";
    return this.record("checkout.session.expired", session);
  }

  /** Open sessions whose `expires_at` has passed, as Stripe's own expiry would find them. */
  overdueSessionIds(): string[] {
    const now = nowSeconds();
    return [...this.sessions.values()].filter((session) => session.status === "open" && session.expiresAt <= now).map((session) => session.id);
  }

  paymentIntent(id: string) {
    const intent = this.intents.get(id);
    if (!intent) throw missingResource("payment_intent", id, "intent");
    return paymentIntentObject(intent);
  }

  refund(form: Record<string, FormValue>) {
    const parsed = refundParams.safeParse(form, { reportInput: true });
    if (!parsed.success) throw invalidParams(parsed.error);
    const intent = this.intents.get(parsed.data.payment_intent);
    if (!intent) throw new StripeApiError(400, "invalid_request_error", `No such payment_intent: '${parsed.data.payment_intent}'`, "resource_missing", "payment_intent");
    if (intent.status !== "succeeded") {
      throw new StripeApiError(400, "invalid_request_error", `This PaymentIntent (${intent.id}) does not have a successful charge to refund.`, "charge_not_refundable", "payment_intent");
    }
    const remaining = intent.amount - intent.refunded;
    if (remaining === 0) throw new StripeApiError(400, "invalid_request_error", `Charge ${intent.chargeId} has already been refunded.`, "charge_already_refunded");
    const amount = parsed.data.amount ?? remaining;
    if (amount > remaining) {
      throw new StripeApiError(400, "invalid_request_error", `Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`, "amount_too_large", "amount");
    }
    intent.refunded += amount;
    const refund: DoubleRefund = {
      id: randomId("re_test_"),
      created: nowSeconds(),
      amount,
      currency: intent.currency,
      paymentIntentId: intent.id,
      chargeId: intent.chargeId,
      reason: parsed.data.reason ?? null,
      metadata: parsed.data.metadata ?? {},
    };
    this.refunds.set(refund.id, refund);
    return refundObject(refund);
  }

  event(id: string): DoubleEventRecord {
    const record = this.events.find((candidate) => candidate.event.id === id);
    if (!record) throw missingResource("event", id, "id");
    return record;
  }

  private openSession(id: string): DoubleSession {
    const session = this.session(id);
    if (session.status !== "open") throw new StripeApiError(400, "invalid_request_error", `This Checkout Session is ${session.status} and can no longer be paid.`, "checkout_session_not_open");
    return session;
  }

  private record(type: string, session: DoubleSession): DoubleEventRecord {
    const record = { event: eventObject(type, session), sessionId: session.id, attempts: [] };
    this.events.push(record);
    return record;
  }
}
