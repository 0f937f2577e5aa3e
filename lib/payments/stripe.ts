/**
 * The app's Stripe client and settings, read from the environment.
 *
 * Stripe is optional: without STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET the shop offers cash on
 * delivery only. STRIPE_API_URL points the official client at another server (the test double in
 * lib/payments/stripe-double) — the app never talks to the double any other way.
 */
import Stripe from "stripe";
import { z } from "zod";

export const STRIPE_PAYMENT_METHOD_TYPES = ["card", "alipay", "wechat_pay"] as const;
export type StripePaymentMethodType = (typeof STRIPE_PAYMENT_METHOD_TYPES)[number];

// An empty variable (e.g. `STRIPE_SECRET_KEY=` in a .env file) means "not set".
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const envSchema = z.object({
  STRIPE_SECRET_KEY: optional(z.string().regex(/^(sk|rk)_(test|live)_\S+$/, "must be a secret key such as sk_test_…")),
  STRIPE_WEBHOOK_SECRET: optional(z.string().regex(/^whsec_\S+$/, "must be a webhook signing secret such as whsec_…")),
  STRIPE_API_URL: optional(z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as http://127.0.0.1:12111" })),
  STRIPE_PAYMENT_METHODS: optional(
    z
      .string()
      .transform((list) => list.split(",").map((method) => method.trim()).filter(Boolean))
      .pipe(z.array(z.enum(STRIPE_PAYMENT_METHOD_TYPES, { error: `must list methods among ${STRIPE_PAYMENT_METHOD_TYPES.join(", ")}` })).min(1)),
  ),
});

export interface StripeSettings {
  secretKey?: string;
  webhookSecret?: string;
  apiUrl?: URL;
  paymentMethodTypes: StripePaymentMethodType[];
}

/** Reads and checks the Stripe variables; a bad value throws an error naming the variable. */
export function readStripeSettings(env: Record<string, string | undefined> = process.env): StripeSettings {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path[0] as string} ${issue.message}`);
    throw new Error(`Invalid Stripe configuration: ${problems.join("; ")}`);
  }
  const { STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_API_URL, STRIPE_PAYMENT_METHODS } = parsed.data;
  return {
    secretKey: STRIPE_SECRET_KEY,
    webhookSecret: STRIPE_WEBHOOK_SECRET,
    apiUrl: STRIPE_API_URL ? new URL(STRIPE_API_URL) : undefined,
    paymentMethodTypes: [...new Set<StripePaymentMethodType>(STRIPE_PAYMENT_METHODS ?? ["card"])],
  };
}

/** Stripe is offered only when both the API key and the webhook secret are configured. */
export function stripeEnabled(): boolean {
  const settings = readStripeSettings();
  return Boolean(settings.secretKey && settings.webhookSecret);
}

export function paymentMethodTypes(): StripePaymentMethodType[] {
  return readStripeSettings().paymentMethodTypes;
}

/** Builds a client for these settings; `getStripe()` is the cached one the app uses. */
export function createStripeClient(settings: StripeSettings): Stripe {
  if (!settings.secretKey) throw new Error("Stripe is not configured: STRIPE_SECRET_KEY is not set");
  const api = settings.apiUrl;
  return new Stripe(settings.secretKey, {
    appInfo: { name: "ceramic-e-village" },
    ...(api && {
      host: api.hostname,
      port: api.port || (api.protocol === "http:" ? 80 : 443),
      protocol: api.protocol === "http:" ? "http" : "https",
    }),
  });
}

let cached: { key: string; client: Stripe } | undefined;

/** The shared client, created on first use (stripe-node throws at construction without a key). */
export function getStripe(): Stripe {
  const settings = readStripeSettings();
  const key = `${settings.secretKey}|${settings.apiUrl?.href ?? ""}`;
  if (cached?.key !== key) cached = { key, client: createStripeClient(settings) };
  return cached.client;
}

/**
 * Checks the `Stripe-Signature` header against the raw request body (exactly as received, before
 * any JSON parsing) and returns the event, or null when the signature is missing, wrong or stale.
 */
export function verifyStripeWebhook(rawBody: string, signature: string | null): Stripe.Event | null {
  const { webhookSecret } = readStripeSettings();
  if (!webhookSecret) throw new Error("Stripe is not configured: STRIPE_WEBHOOK_SECRET is not set");
  if (!signature) return null;
  try {
    return Stripe.webhooks.constructEvent(rawBody, signature, webhookSecret);
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError) return null;
    throw error;
  }
}
