import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CreateCheckoutSessionInput, createCheckoutSession, createStripeRefund, expireCheckoutSession, retrieveCheckoutSession } from "./checkout-session";
import { createStripeClient, getStripe, paymentMethodTypes, readStripeSettings, stripeEnabled, verifyStripeWebhook } from "./stripe";
import { type StripeDouble, startStripeDouble } from "./stripe-double/server";

const WEBHOOK_SECRET = "whsec_test_double_suite";
const STRIPE_ENV = ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_URL", "STRIPE_PAYMENT_METHODS"] as const;

interface Received {
  raw: string;
  signature: string | null;
  event: { id: string; type: string; data: { object: { id: string; payment_status: string; status: string } } };
}

let double: StripeDouble;
let receiver: Server;
const received: Received[] = [];
/** The receiver answers 500 to this many deliveries before accepting, to exercise retries. */
let failNext = 0;
const savedEnv = Object.fromEntries(STRIPE_ENV.map((name) => [name, process.env[name]]));

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      if (failNext > 0) {
        failNext -= 1;
        response.writeHead(500).end();
        return;
      }
      const raw = Buffer.concat(chunks).toString("utf8");
      received.push({ raw, signature: (request.headers["stripe-signature"] as string | undefined) ?? null, event: JSON.parse(raw) });
      response.writeHead(200).end("{}");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const receiverPort = (receiver.address() as AddressInfo).port;
  double = await startStripeDouble({
    webhookUrl: `http://127.0.0.1:${receiverPort}/api/webhooks/stripe`,
    webhookSecret: WEBHOOK_SECRET,
    asyncDelayMs: 150,
    lateDeliveryMs: 300,
    retryDelaysMs: [50, 100, 200],
  });
  Object.assign(process.env, { STRIPE_SECRET_KEY: "sk_test_double", STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_URL: double.url, STRIPE_PAYMENT_METHODS: "card, alipay,wechat_pay" });
});

afterAll(async () => {
  await double?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
  for (const name of STRIPE_ENV) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
});

function order(overrides: Partial<CreateCheckoutSessionInput> = {}): CreateCheckoutSessionInput {
  return {
    orderId: `ord_${randomUUID()}`,
    orderNumber: "CE-20261129-4K7Q2M",
    currency: "CNY",
    lines: [
      { name: "青瓷茶杯 Celadon cup", unitAmountFen: 12800, quantity: 2 },
      { name: "运费与包装 Shipping & packing", unitAmountFen: 1500, quantity: 1 },
    ],
    customerEmail: "shopper@ceramic.example",
    successUrl: "http://127.0.0.1:3000/checkout/success?session_id={CHECKOUT_SESSION_ID}",
    cancelUrl: "http://127.0.0.1:3000/checkout/cancelled",
    expiresAt: new Date(Date.now() + 60 * 60 * 1000),
    idempotencyKey: randomUUID(),
    locale: "zh-CN",
    ...overrides,
  };
}

async function control(path: string, body: unknown = {}) {
  const response = await fetch(`${double.url}/__double${path}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
  return (await response.json()) as { eventId: string; redirectUrl: string; delivered: boolean };
}

const eventsFor = (sessionId: string) => received.filter((delivery) => delivery.event.data.object.id === sessionId);

async function waitForEvents(sessionId: string, count: number, timeoutMs = 3000): Promise<Received[]> {
  const deadline = Date.now() + timeoutMs;
  while (eventsFor(sessionId).length < count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} events for ${sessionId}, got ${eventsFor(sessionId).map((d) => d.event.type).join(", ")}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return eventsFor(sessionId);
}

describe("Stripe settings", () => {
  it("names the variable that is wrong", () => {
    expect(() => readStripeSettings({ STRIPE_API_URL: "ftp://example" })).toThrow(/STRIPE_API_URL/);
    expect(() => readStripeSettings({ STRIPE_PAYMENT_METHODS: "card,paypal" })).toThrow(/STRIPE_PAYMENT_METHODS/);
    expect(() => readStripeSettings({ STRIPE_WEBHOOK_SECRET: "secret" })).toThrow(/STRIPE_WEBHOOK_SECRET/);
    expect(readStripeSettings({ STRIPE_SECRET_KEY: "", STRIPE_PAYMENT_METHODS: "" })).toEqual({ secretKey: undefined, webhookSecret: undefined, apiUrl: undefined, paymentMethodTypes: ["card"] });
  });

  it("is enabled only with both the key and the webhook secret, and reads the methods", () => {
    expect(stripeEnabled()).toBe(true);
    expect(paymentMethodTypes()).toEqual(["card", "alipay", "wechat_pay"]);
    expect(getStripe()).toBe(getStripe());
    const key = process.env.STRIPE_WEBHOOK_SECRET;
    delete process.env.STRIPE_WEBHOOK_SECRET;
    try {
      expect(stripeEnabled()).toBe(false);
    } finally {
      process.env.STRIPE_WEBHOOK_SECRET = key;
    }
  });

  it("gets a Stripe-shaped authentication error without a test key", async () => {
    const client = createStripeClient({ ...readStripeSettings(), secretKey: "sk_live_not_for_the_double" });
    await expect(client.checkout.sessions.retrieve("cs_test_x")).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
  });
});

describe("Checkout sessions through the double", () => {
  it("creates a session once per idempotency key and refuses the key with other parameters", async () => {
    const input = order();
    const first = await createCheckoutSession(input);
    const again = await createCheckoutSession(input);
    const other = await createCheckoutSession({ ...input, idempotencyKey: randomUUID() });
    expect(first.id).toMatch(/^cs_test_/);
    expect(again.id).toBe(first.id);
    expect(other.id).not.toBe(first.id);
    expect(first.url).toBe(`${double.url}/pay/${first.id}`);
    expect(first.paymentIntentId).toBeNull();
    expect(Math.abs(first.expiresAt.getTime() - input.expiresAt.getTime())).toBeLessThan(1000);
    await expect(createCheckoutSession({ ...input, orderNumber: "CE-OTHER" })).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);

    const state = await retrieveCheckoutSession(first.id);
    expect(state).toEqual({ id: first.id, status: "open", paymentStatus: "unpaid", paymentIntentId: null, amountTotal: 2 * 12800 + 1500, metadata: { orderId: input.orderId, orderNumber: input.orderNumber } });
    const raw = await getStripe().checkout.sessions.retrieve(first.id);
    expect(raw).toMatchObject({ object: "checkout.session", client_reference_id: input.orderId, currency: "cny", locale: "zh", mode: "payment", payment_method_types: ["card", "alipay", "wechat_pay"], payment_method_options: { wechat_pay: { client: "web" } } });
  });

  it("stretches a hold shorter than Stripe's 30-minute minimum", async () => {
    const created = await createCheckoutSession(order({ expiresAt: new Date(Date.now() + 5 * 60 * 1000) }));
    expect(created.expiresAt.getTime()).toBeGreaterThanOrEqual(Date.now() + 30 * 60 * 1000);
  });

  it("answers Stripe-shaped errors for unknown sessions and bad parameters", async () => {
    await expect(retrieveCheckoutSession("cs_test_missing")).rejects.toMatchObject({ type: "StripeInvalidRequestError", code: "resource_missing", statusCode: 404 });
    await expect(createCheckoutSession(order({ lines: [{ name: "Cup", unitAmountFen: 1.5, quantity: 1 }] }))).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
      param: "line_items[0][price_data][unit_amount]",
    });
  });

  it("pays by card with the webhook before the redirect, signed so that only the untouched body verifies", async () => {
    const session = await createCheckoutSession(order());
    const paid = await control(`/sessions/${session.id}/pay`, { method: "card" });
    expect(paid.redirectUrl).toBe(`http://127.0.0.1:3000/checkout/success?session_id=${session.id}`);
    // "before": the event had been received when the redirect was handed out.
    const [completed] = eventsFor(session.id);
    expect(completed?.event).toMatchObject({ id: paid.eventId, type: "checkout.session.completed", data: { object: { id: session.id, status: "complete", payment_status: "paid" } } });

    const verified = verifyStripeWebhook(completed!.raw, completed!.signature);
    expect(verified).toMatchObject({ id: paid.eventId, object: "event", type: "checkout.session.completed", livemode: false, api_version: Stripe.API_VERSION });
    expect(verifyStripeWebhook(completed!.raw.replace('"amount_total": 27100', '"amount_total": 1'), completed!.signature)).toBeNull();
    expect(verifyStripeWebhook(completed!.raw, null)).toBeNull();

    const state = await retrieveCheckoutSession(session.id);
    expect(state).toMatchObject({ status: "complete", paymentStatus: "paid", paymentIntentId: expect.stringMatching(/^pi_test_/) });
    const intent = await getStripe().paymentIntents.retrieve(state.paymentIntentId!);
    expect(intent).toMatchObject({ object: "payment_intent", status: "succeeded", amount: 27100, currency: "cny", metadata: { orderNumber: "CE-20261129-4K7Q2M" } });
  });

  it("completes a wallet payment unpaid, then reports the async result", async () => {
    const succeeding = await createCheckoutSession(order());
    await control(`/sessions/${succeeding.id}/pay`, { method: "alipay" });
    const [completed, settled] = await waitForEvents(succeeding.id, 2);
    expect(completed?.event.type).toBe("checkout.session.completed");
    expect(completed?.event.data.object.payment_status).toBe("unpaid");
    expect(settled?.event.type).toBe("checkout.session.async_payment_succeeded");
    expect(settled?.event.data.object.payment_status).toBe("paid");

    const failing = await createCheckoutSession(order());
    await control(`/sessions/${failing.id}/pay`, { method: "wechat_pay", outcome: "fail" });
    const events = await waitForEvents(failing.id, 2);
    expect(events.map((delivery) => delivery.event.type)).toEqual(["checkout.session.completed", "checkout.session.async_payment_failed"]);
    expect((await retrieveCheckoutSession(failing.id)).paymentStatus).toBe("unpaid");
  });

  it("can send the webhook after the redirect, or not at all until it is resent with the same id", async () => {
    const late = await createCheckoutSession(order());
    await control(`/sessions/${late.id}/pay`, { deliver: "after" });
    expect(eventsFor(late.id)).toHaveLength(0);
    expect((await waitForEvents(late.id, 1))[0]?.event.type).toBe("checkout.session.completed");

    const silent = await createCheckoutSession(order());
    const paid = await control(`/sessions/${silent.id}/pay`, { deliver: "none" });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(eventsFor(silent.id)).toHaveLength(0);
    expect((await control(`/events/${paid.eventId}/resend`)).delivered).toBe(true);
    expect((await control(`/events/${paid.eventId}/resend`)).delivered).toBe(true);
    const deliveries = eventsFor(silent.id);
    expect(deliveries.map((delivery) => delivery.event.id)).toEqual([paid.eventId, paid.eventId]);
    expect(deliveries.every((delivery) => verifyStripeWebhook(delivery.raw, delivery.signature)?.id === paid.eventId)).toBe(true);
  });

  it("retries a delivery the endpoint refused", async () => {
    const session = await createCheckoutSession(order());
    failNext = 2;
    const paid = await control(`/sessions/${session.id}/pay`, { method: "card" });
    await waitForEvents(session.id, 1);
    // The attempt is recorded once the endpoint's answer is read, a moment after it arrives.
    const attempts = () => double.events().find((candidate) => candidate.event.id === paid.eventId)?.attempts.map((attempt) => attempt.status);
    await expect.poll(attempts).toEqual([500, 500, 200]);
  });

  it("expires an open session once and leaves finished ones alone", async () => {
    const session = await createCheckoutSession(order());
    expect(await expireCheckoutSession(session.id)).toBe("expired");
    const [expired] = await waitForEvents(session.id, 1);
    expect(expired?.event).toMatchObject({ type: "checkout.session.expired", data: { object: { status: "expired" } } });
    expect(await expireCheckoutSession(session.id)).toBe("expired");
    expect(await retrieveCheckoutSession(session.id)).toMatchObject({ status: "expired", paymentStatus: "unpaid" });
    expect(eventsFor(session.id)).toHaveLength(1);

    const viaControl = await createCheckoutSession(order());
    const answer = await control(`/sessions/${viaControl.id}/expire`);
    expect(answer.delivered).toBe(true);
    expect(eventsFor(viaControl.id).map((delivery) => delivery.event.type)).toEqual(["checkout.session.expired"]);

    const paid = await createCheckoutSession(order());
    await control(`/sessions/${paid.id}/pay`);
    expect(await expireCheckoutSession(paid.id)).toBe("complete");
  });

  it("refunds up to what is left of the payment", async () => {
    const session = await createCheckoutSession(order());
    await control(`/sessions/${session.id}/pay`);
    const { paymentIntentId } = await retrieveCheckoutSession(session.id);
    const key = randomUUID();
    const partial = await createStripeRefund({ paymentIntentId: paymentIntentId!, amountFen: 10000, idempotencyKey: key });
    expect(partial).toEqual({ id: expect.stringMatching(/^re_test_/), status: "succeeded" });
    expect((await createStripeRefund({ paymentIntentId: paymentIntentId!, amountFen: 10000, idempotencyKey: key })).id).toBe(partial.id);
    await expect(createStripeRefund({ paymentIntentId: paymentIntentId!, amountFen: 17101, idempotencyKey: randomUUID() })).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
      code: "amount_too_large",
      param: "amount",
    });
    expect((await createStripeRefund({ paymentIntentId: paymentIntentId!, amountFen: 17100, idempotencyKey: randomUUID() })).status).toBe("succeeded");
    await expect(createStripeRefund({ paymentIntentId: paymentIntentId!, amountFen: 1, idempotencyKey: randomUUID() })).rejects.toMatchObject({ code: "charge_already_refunded" });
  });
});

describe("the hosted Checkout page", () => {
  it("shows the order in the session's language and redirects back after paying", async () => {
    const session = await createCheckoutSession(order());
    const page = await fetch(session.url);
    const html = await page.text();
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(html).toContain("测试支付页面");
    expect(html).toContain("青瓷茶杯 Celadon cup × 2");
    expect(html).toContain("¥271.00");
    expect(html).toContain('value="wechat_pay"');

    const paid = await fetch(session.url, { method: "POST", redirect: "manual", body: new URLSearchParams({ action: "pay", method: "card" }) });
    expect(paid.status).toBe(303);
    expect(paid.headers.get("location")).toBe(`http://127.0.0.1:3000/checkout/success?session_id=${session.id}`);
    expect(eventsFor(session.id).map((delivery) => delivery.event.type)).toEqual(["checkout.session.completed"]);
    expect(await (await fetch(session.url)).text()).toContain("此订单已支付完成");
  });

  it("follows the webhook timing chosen for the session through the control API", async () => {
    const session = await createCheckoutSession(order());
    await control(`/sessions/${session.id}/delivery`, { deliver: "after" });
    expect(await (await fetch(session.url)).text()).toContain('<option value="after" selected>');
    const paid = await fetch(session.url, { method: "POST", redirect: "manual", body: new URLSearchParams({ action: "pay", method: "alipay" }) });
    expect(paid.status).toBe(303);
    expect(eventsFor(session.id)).toHaveLength(0);
    const events = await waitForEvents(session.id, 2);
    expect(events.map((delivery) => delivery.event.type)).toEqual(["checkout.session.completed", "checkout.session.async_payment_succeeded"]);
    const listed = (await (await fetch(`${double.url}/__double/events`)).json()) as { sessionId: string; event: { type: string } }[];
    expect(listed.filter((record) => record.sessionId === session.id).map((record) => record.event.type)).toEqual(events.map((delivery) => delivery.event.type));
  });

  it("speaks English for an English session and cancels back to the shop without paying", async () => {
    const session = await createCheckoutSession(order({ locale: "en" }));
    expect(await (await fetch(session.url)).text()).toContain("Test payment page");
    const cancelled = await fetch(session.url, { method: "POST", redirect: "manual", body: new URLSearchParams({ action: "cancel" }) });
    expect(cancelled.status).toBe(303);
    expect(cancelled.headers.get("location")).toBe("http://127.0.0.1:3000/checkout/cancelled");
    expect((await retrieveCheckoutSession(session.id)).status).toBe("open");
  });
});
