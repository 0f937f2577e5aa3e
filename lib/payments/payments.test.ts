import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as stripeWebhook } from "@/app/api/webhooks/stripe/route";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, type TestDatabase } from "@/lib/db/testing";
import { findStockDiscrepancies } from "@/lib/inventory/invariants";
import { findReservationDiscrepancies } from "@/lib/orders/invariants";
import { packOrder, shipOrder } from "@/lib/fulfillment/parcels";
import { createPickList } from "@/lib/fulfillment/pick-lists";
import { cancelOrder } from "@/lib/orders/cancel";
import { releaseExpiredHolds } from "@/lib/orders/expiry";
import { placeOrder } from "@/lib/orders/place";
import { openSeededDatabase, stockLevel, TEST_ADDRESS as address } from "@/lib/orders/test-support";
import { refundOrder } from "./refunds";
import { startStripeCheckout, syncCheckoutSession } from "./start";
import { startStripeDouble, type StripeDouble } from "./stripe-double/server";

/**
 * Online payment end to end below the browser: orders placed with the domain functions, Stripe
 * Checkout played by the double, webhooks through the real route handler (signature on the raw
 * body), the database checked after each story.
 */

const WEBHOOK_SECRET = "whsec_payments_test";

let receiver: Server;
let double: StripeDouble;

beforeAll(async () => {
  // The webhook route, served as Stripe would reach it.
  receiver = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const response = await stripeWebhook(new Request("http://app/api/webhooks/stripe", { method: "POST", headers: { "stripe-signature": String(req.headers["stripe-signature"] ?? "") }, body: Buffer.concat(chunks).toString("utf8") }));
    res.writeHead(response.status, { "Content-Type": "application/json" }).end(await response.text());
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  double = await startStripeDouble({ webhookUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`, webhookSecret: WEBHOOK_SECRET, retryDelaysMs: [], lateDeliveryMs: 300, asyncDelayMs: 100 });
  Object.assign(process.env, { STRIPE_SECRET_KEY: "sk_test_payments", STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_URL: double.url, STRIPE_PAYMENT_METHODS: "card,alipay,wechat_pay" });
});

afterAll(async () => {
  await double?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
});

async function control(path: string, body: object = {}) {
  const response = await fetch(`${double.url}/__double${path}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  expect(response.ok, await response.clone().text()).toBe(true);
  return response.json();
}

describe.each(availableTestEngines())("online payments on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let warehouseId: string;

  beforeAll(async () => {
    ({ database, db, warehouseId } = await openSeededDatabase(engine));
    // The route handler reaches the database through db(); point it at this one.
    (globalThis as { ceramicDb?: PrismaClient }).ceramicDb = db;
  }, 120_000);
  afterAll(async () => {
    (globalThis as { ceramicDb?: PrismaClient }).ceramicDb = undefined;
    await database?.drop();
  });

  /** Two in-stock SKUs of two different enterprises. */
  async function twoSkus(minAvailable = 3) {
    const levels = await db.stockLevel.findMany({ where: { warehouseId, variant: { active: true, product: { status: "PUBLISHED" } } }, select: { variantId: true, onHand: true, reserved: true, variant: { select: { product: { select: { enterpriseId: true } } } } }, orderBy: { variantId: "asc" } });
    const usable = levels.filter((l) => l.onHand - l.reserved >= minAvailable);
    const first = usable[0];
    const second = usable.find((l) => l.variant.product.enterpriseId !== first?.variant.product.enterpriseId);
    if (!first || !second) throw new Error("seed has no two in-stock SKUs of different enterprises");
    return [first.variantId, second.variantId] as const;
  }

  const stock = (variantId: string) => stockLevel(db, warehouseId, variantId);

  async function placeOnline(lines: { variantId: string; quantity: number }[], now?: Date) {
    const placed = await placeOrder(db, { customer: { email: "buyer@example.test", phone: null }, lines, address, paymentMethod: "STRIPE", now });
    if (!placed.ok) throw new Error(`placeOrder: ${placed.error}`);
    const started = await startStripeCheckout(db, { orderId: placed.order.id, origin: "http://shop.test", locale: "zh-CN", orderUrl: `/orders/${placed.order.number}?token=${placed.order.accessToken}` });
    if (!started.ok) throw new Error("startStripeCheckout failed");
    const payment = await db.payment.findFirstOrThrow({ where: { orderId: placed.order.id }, select: { stripeSessionId: true } });
    return { order: placed.order, sessionId: payment.stripeSessionId as string, url: started.url };
  }

  /** One piece of an in-stock SKU ordered online and paid at the double as `pay` says. */
  async function placeOnePaid(pay: { method: string; deliver: string }) {
    const [a] = await twoSkus();
    const placed = await placeOnline([{ variantId: a, quantity: 1 }]);
    await control(`/sessions/${placed.sessionId}/pay`, pay);
    return placed;
  }

  const statusOf = async (orderId: string) => (await db.order.findUniqueOrThrow({ where: { id: orderId } })).status;

  /** Stripe (re)sends the session's completed event to the webhook. */
  async function deliverCompleted(sessionId: string) {
    const record = double.events().find((r) => r.sessionId === sessionId && r.event.type === "checkout.session.completed");
    await control(`/events/${record?.event.id}/resend`);
  }

  async function settlementSum(orderId: string) {
    const rows = await db.settlementLine.findMany({ where: { orderId } });
    return rows.reduce((sum, row) => sum + row.grossFen, 0);
  }

  it("the same webhook event delivered ten times at once changes the order once", async () => {
    const [a, b] = await twoSkus();
    const before = await stock(a);
    const { order, sessionId } = await placeOnline([{ variantId: a, quantity: 2 }, { variantId: b, quantity: 1 }]);
    expect(await stock(a)).toEqual({ onHand: before.onHand, reserved: before.reserved + 2 });

    const paid = (await control(`/sessions/${sessionId}/pay`, { method: "card", deliver: "none" })) as { eventId?: string };
    const event = double.events().find((record) => record.sessionId === sessionId && record.event.type === "checkout.session.completed")?.event;
    expect(event, JSON.stringify(paid)).toBeDefined();
    const payload = JSON.stringify(event);
    const deliveries = await Promise.all(
      Array.from({ length: 10 }, () =>
        stripeWebhook(new Request("http://app/api/webhooks/stripe", { method: "POST", headers: { "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }) }, body: payload })),
      ),
    );
    expect(deliveries.map((r) => r.status)).toEqual(Array(10).fill(200));
    const outcomes = await Promise.all(deliveries.map(async (r) => ((await r.json()) as { outcome: string }).outcome));
    expect(outcomes.filter((o) => o === "paid")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "duplicate")).toHaveLength(9);

    const after = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { events: true, reservations: true, payments: true } });
    expect(after.status).toBe("PAID");
    expect(after.paidFen).toBe(after.totalFen);
    expect(after.events.filter((e) => e.kind === "paid")).toHaveLength(1);
    expect(after.reservations.map((r) => r.status)).toEqual(["ALLOCATED", "ALLOCATED"]);
    expect(after.payments[0]?.status).toBe("SUCCEEDED");
    expect(await db.paymentEvent.count({ where: { eventId: event?.id } })).toBe(1);
    expect(await db.stockMovement.count({ where: { referenceId: order.id, reason: "ALLOCATE" } })).toBe(2);
    expect(await settlementSum(order.id)).toBe(after.totalFen);
    expect(await stock(a)).toEqual({ onHand: before.onHand, reserved: before.reserved + 2 });
    expect(await findStockDiscrepancies(db)).toEqual([]);
    expect(await findReservationDiscrepancies(db)).toEqual([]);
  });

  it("a tampered signature is refused and writes nothing", async () => {
    const { order, sessionId } = await placeOnePaid({ method: "card", deliver: "none" });
    const event = double.events().find((record) => record.sessionId === sessionId)?.event;
    const payload = JSON.stringify(event);
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    const eventsBefore = await db.paymentEvent.count();
    const tampered = payload.replace(`"amount_total":${order.totalFen}`, `"amount_total":1`);
    expect(tampered).not.toBe(payload);
    for (const [body, header] of [[tampered, signature], [payload, signature.replace(/v1=\w{6}/, "v1=000000")], [payload, ""], [payload, Stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_someone_else" })]] as const) {
      const response = await stripeWebhook(new Request("http://app/api/webhooks/stripe", { method: "POST", headers: { "stripe-signature": header }, body }));
      expect(response.status).toBe(400);
    }
    expect(await db.paymentEvent.count()).toBe(eventsBefore);
    expect(await statusOf(order.id)).toBe("PENDING_PAYMENT");
  });

  it("the shopper's return shows the payment before the webhook, and the late webhook changes nothing", async () => {
    const { order, sessionId } = await placeOnePaid({ method: "card", deliver: "none" });
    expect(await statusOf(order.id)).toBe("PENDING_PAYMENT");
    await syncCheckoutSession(db, sessionId);
    expect(await statusOf(order.id)).toBe("PAID");
    const event = double.events().find((record) => record.sessionId === sessionId);
    await control(`/events/${event?.event.id}/resend`);
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { events: true } });
    expect(after.events.filter((e) => e.kind === "paid")).toHaveLength(1);
    expect((await db.paymentEvent.findFirstOrThrow({ where: { eventId: event?.event.id } })).outcome).toBe("already_applied");
    expect(await settlementSum(order.id)).toBe(after.totalFen);
  });

  it("a webhook before the redirect: the order is paid when the shopper comes back", async () => {
    const { order, sessionId } = await placeOnePaid({ method: "card", deliver: "before" });
    expect(await statusOf(order.id)).toBe("PAID");
    await syncCheckoutSession(db, sessionId);
    expect(await db.orderEvent.count({ where: { orderId: order.id, kind: "paid" } })).toBe(1);
  });

  it("a wallet payment: completed unpaid, then the async success pays the order", async () => {
    const { order, sessionId } = await placeOnePaid({ method: "alipay", deliver: "before" });
    await expect.poll(() => statusOf(order.id), { timeout: 5_000 }).toBe("PAID");
    const outcomes = (await db.paymentEvent.findMany({ where: { orderId: order.id }, orderBy: { receivedAt: "asc" } })).map((e) => [e.type, e.outcome]);
    expect(outcomes).toContainEqual(["checkout.session.async_payment_succeeded", "paid"]);
  });

  it("a failed wallet payment or an expired session cancels the order and returns the stock", async () => {
    const [a] = await twoSkus();
    const before = await stock(a);
    const failed = await placeOnline([{ variantId: a, quantity: 1 }]);
    await control(`/sessions/${failed.sessionId}/pay`, { method: "wechat_pay", outcome: "fail", deliver: "before" });
    await expect.poll(async () => (await db.order.findUniqueOrThrow({ where: { id: failed.order.id } })).status, { timeout: 5_000 }).toBe("CANCELLED");
    const expired = await placeOnline([{ variantId: a, quantity: 1 }]);
    await control(`/sessions/${expired.sessionId}/expire`);
    const order = await db.order.findUniqueOrThrow({ where: { id: expired.order.id } });
    expect([order.status, order.cancelReason]).toEqual(["CANCELLED", "expired"]);
    expect((await db.order.findUniqueOrThrow({ where: { id: failed.order.id } })).cancelReason).toBe("payment_failed");
    expect(await stock(a)).toEqual(before);
    expect(await findStockDiscrepancies(db)).toEqual([]);
    expect(await findReservationDiscrepancies(db)).toEqual([]);
  });

  it("paid after the hold lapsed: the stock is reserved again when it is still there", async () => {
    const [a] = await twoSkus();
    const before = await stock(a);
    const placedAt = new Date(Date.now() - 60 * 60_000);
    const { order, sessionId } = await placeOnline([{ variantId: a, quantity: 1 }], placedAt);
    // The shopper pays at Stripe just as the hold lapses; the webhook comes after the sweep.
    await control(`/sessions/${sessionId}/pay`, { method: "card", deliver: "none" });
    expect(await releaseExpiredHolds(db, { orderId: order.id })).toBe(1);
    expect(await stock(a)).toEqual(before);
    await deliverCompleted(sessionId);
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(after.status).toBe("PAID");
    expect(after.events.map((e) => e.kind)).toEqual(["created", "expired", "re_reserved"]);
    expect(await stock(a)).toEqual({ onHand: before.onHand, reserved: before.reserved + 1 });
    expect(await findStockDiscrepancies(db)).toEqual([]);
    expect(await findReservationDiscrepancies(db)).toEqual([]);
  });

  it("paid after the hold lapsed and the pieces sold out: refunded in full automatically", async () => {
    const [a] = await twoSkus(1);
    const placedAt = new Date(Date.now() - 60 * 60_000);
    const { order, sessionId } = await placeOnline([{ variantId: a, quantity: 1 }], placedAt);
    await control(`/sessions/${sessionId}/pay`, { method: "card", deliver: "none" });
    await releaseExpiredHolds(db, { orderId: order.id });
    // Someone else buys every piece that is left, cash on delivery.
    const left = await stock(a);
    const rival = await placeOrder(db, { customer: { email: "rival@example.test", phone: null }, lines: [{ variantId: a, quantity: left.onHand - left.reserved }], address, paymentMethod: "COD" });
    expect(rival.ok).toBe(true);
    await deliverCompleted(sessionId);
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { refunds: true, events: { orderBy: { createdAt: "asc" } } } });
    expect(after.status).toBe("REFUNDED");
    expect([after.paidFen, after.refundedFen]).toEqual([after.totalFen, after.totalFen]);
    expect(after.refunds).toHaveLength(1);
    expect(after.refunds[0]).toMatchObject({ amountFen: after.totalFen, status: "SUCCEEDED" });
    expect(after.refunds[0]?.stripeRefundId).toMatch(/^re_/);
    expect(after.events.at(-1)?.kind).toBe("refunded_after_expiry");
    expect(await settlementSum(order.id)).toBe(0);
    expect(await stock(a)).toEqual({ onHand: left.onHand, reserved: left.onHand });
    expect(await findStockDiscrepancies(db)).toEqual([]);
    expect(await findReservationDiscrepancies(db)).toEqual([]);
  });

  it("cancelling a paid order returns the stock and refunds it; partial refunds after shipping add up", async () => {
    const [a, b] = await twoSkus();
    const before = await stock(a);
    const { order, sessionId } = await placeOnline([{ variantId: a, quantity: 1 }]);
    await control(`/sessions/${sessionId}/pay`, { method: "card", deliver: "before" });
    const cancelled = await cancelOrder(db, { orderId: order.id, actorId: null, actorKind: "guest", reason: "shopper" });
    expect(cancelled).toEqual({ ok: true, refunded: true });
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { refunds: true } });
    expect([after.status, after.refundedFen, after.refunds[0]?.status]).toEqual(["REFUNDED", after.totalFen, "SUCCEEDED"]);
    expect(await stock(a)).toEqual(before);

    const second = await placeOnline([{ variantId: b, quantity: 3 }]);
    await control(`/sessions/${second.sessionId}/pay`, { method: "card", deliver: "before" });
    const line = await db.orderLine.findFirstOrThrow({ where: { orderId: second.order.id } });
    // While the pieces are reserved for the parcel, they cannot be paid back one by one.
    const early = await refundOrder(db, { orderId: second.order.id, lines: [{ orderLineId: line.id, quantity: 1 }], shippingFen: 0, reason: "chipped", actorId: null, actorKind: "warehouse" });
    expect(early).toMatchObject({ ok: false, error: "not_shipped" });
    const operator = (await db.user.create({ data: { name: "Packer", email: `packer-${engine}@example.test`, role: "WAREHOUSE" } })).id;
    expect((await createPickList(db, { orderIds: [second.order.id], actorId: operator })).ok).toBe(true);
    expect((await packOrder(db, { orderId: second.order.id, actorId: operator })).ok).toBe(true);
    expect((await shipOrder(db, { orderId: second.order.id, carrier: "SF", trackingNumber: "SF1234567890", actorId: operator })).ok).toBe(true);
    const one = await refundOrder(db, { orderId: second.order.id, lines: [{ orderLineId: line.id, quantity: 1 }], shippingFen: 0, reason: "chipped", actorId: null, actorKind: "warehouse" });
    expect(one).toMatchObject({ ok: true, amountFen: line.unitPriceFen, full: false });
    const tooMany = await refundOrder(db, { orderId: second.order.id, lines: [{ orderLineId: line.id, quantity: 3 }], shippingFen: 0, reason: "x", actorId: null, actorKind: "warehouse" });
    expect(tooMany).toMatchObject({ ok: false, error: "too_much" });
    const paid = await db.order.findUniqueOrThrow({ where: { id: second.order.id } });
    const rest = await refundOrder(db, { orderId: second.order.id, lines: [{ orderLineId: line.id, quantity: 2 }], shippingFen: paid.shippingFen + paid.packingFen, reason: "returned", actorId: null, actorKind: "admin" });
    expect(rest).toMatchObject({ ok: true, full: true });
    const done = await db.order.findUniqueOrThrow({ where: { id: second.order.id } });
    expect([done.status, done.refundedFen]).toEqual(["REFUNDED", done.paidFen]);
    expect(await settlementSum(second.order.id)).toBe(0);
  });
});
