import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, type TestDatabase } from "@/lib/db/testing";
import { findStockDiscrepancies } from "@/lib/inventory/invariants";
import { findReservationDiscrepancies } from "./invariants";
import { cancelOrder } from "./cancel";
import { releaseExpiredHolds } from "./expiry";
import { placeOrder } from "./place";
import { openSeededDatabase, stockLevel, TEST_ADDRESS as address } from "./test-support";

describe.each(availableTestEngines())("placing and cancelling orders on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let warehouseId: string;

  beforeAll(async () => {
    ({ database, db, warehouseId } = await openSeededDatabase(engine));
  }, 120_000);
  afterAll(() => database?.drop());

  async function skus(count: number, minAvailable = 2) {
    const levels = await db.stockLevel.findMany({ where: { variant: { active: true, product: { status: "PUBLISHED" } } }, orderBy: { variantId: "desc" }, select: { variantId: true, onHand: true, reserved: true } });
    return levels.filter((l) => l.onHand - l.reserved >= minAvailable).slice(0, count).map((l) => l.variantId);
  }
  const level = (variantId: string) => stockLevel(db, warehouseId, variantId);

  it("cash on delivery: priced from the database, confirmed at once, stock allocated, cart emptied", async () => {
    const [a, b] = await skus(2);
    const variants = await db.variant.findMany({ where: { id: { in: [a!, b!] } } });
    const user = await db.user.create({ data: { name: "COD", email: "cod@example.test" } });
    const cart = await db.cart.create({ data: { userId: user.id, lines: { create: [{ variantId: a!, quantity: 2 }, { variantId: b!, quantity: 1 }] } } });
    const before = await level(a!);

    const placed = await placeOrder(db, { customer: { userId: user.id }, lines: [{ variantId: a!, quantity: 2 }, { variantId: b!, quantity: 1 }], address, paymentMethod: "COD", cartId: cart.id });
    if (!placed.ok) throw new Error(placed.error);
    const order = await db.order.findUniqueOrThrow({ where: { id: placed.order.id }, include: { lines: true, reservations: true, events: { orderBy: { createdAt: "asc" } }, payments: true } });
    const price = (id: string) => variants.find((v) => v.id === id)?.priceFen ?? 0;
    expect(order.itemsFen).toBe(price(a!) * 2 + price(b!));
    expect(order.totalFen).toBe(order.itemsFen + order.shippingFen + order.packingFen);
    expect(order.number).toMatch(/^CE-\d{8}-[0-9A-Z]{8}$/);
    expect(order.status).toBe("CONFIRMED");
    expect(order.holdExpiresAt).toBeNull();
    expect(order.reservations.map((r) => r.status)).toEqual(["ALLOCATED", "ALLOCATED"]);
    expect(order.events.map((e) => [e.kind, e.toStatus])).toEqual([["created", "PENDING_PAYMENT"], ["confirmed", "CONFIRMED"]]);
    expect(order.payments.map((p) => [p.method, p.status, p.amountFen])).toEqual([["COD", "PENDING", order.totalFen]]);
    expect(await db.cartLine.count({ where: { cartId: cart.id } })).toBe(0);
    expect(await level(a!)).toEqual({ onHand: before.onHand, reserved: before.reserved + 2 });

    // Cancelled before picking: the pieces go back on sale.
    expect(await cancelOrder(db, { orderId: order.id, actorId: user.id, actorKind: "shopper", reason: "shopper" })).toEqual({ ok: true, refunded: false });
    expect(await level(a!)).toEqual(before);
    expect(await cancelOrder(db, { orderId: order.id, actorId: user.id, actorKind: "shopper", reason: "shopper" })).toMatchObject({ ok: false, error: "order_status" });
    expect(await findStockDiscrepancies(db)).toEqual([]);
    expect(await findReservationDiscrepancies(db)).toEqual([]);
  });

  it("all or nothing: one short SKU places nothing and reserves nothing", async () => {
    const [a, b] = await skus(2);
    const short = await level(b!);
    const before = await level(a!);
    const orders = await db.order.count();
    const placed = await placeOrder(db, { customer: { email: "x@example.test", phone: null }, lines: [{ variantId: a!, quantity: 1 }, { variantId: b!, quantity: short.onHand - short.reserved + 1 }], address, paymentMethod: "COD" });
    expect(placed).toMatchObject({ ok: false, error: "sold_out", detail: { variantId: b } });
    expect(await level(a!)).toEqual(before);
    expect(await db.order.count()).toBe(orders);
  });

  it("refuses what is not on sale and quantities that make no sense", async () => {
    const [a] = await skus(1);
    const draft = await db.variant.findFirstOrThrow({ where: { id: { not: a! }, product: { variants: { none: { id: a! } } } } });
    await db.product.update({ where: { id: draft.productId }, data: { status: "ARCHIVED" } });
    const guest = { email: "x@example.test", phone: null };
    expect(await placeOrder(db, { customer: guest, lines: [{ variantId: draft.id, quantity: 1 }], address, paymentMethod: "COD" })).toMatchObject({ ok: false, error: "unavailable" });
    expect(await placeOrder(db, { customer: guest, lines: [], address, paymentMethod: "COD" })).toMatchObject({ ok: false, error: "empty" });
    for (const quantity of [0, -1, 1.5, 1e9]) {
      expect(await placeOrder(db, { customer: guest, lines: [{ variantId: a!, quantity }], address, paymentMethod: "COD" })).toMatchObject({ ok: false, error: "quantity" });
    }
  });

  it("an unpaid hold lapses: released lazily by the next buyer of that SKU, and by the sweep", async () => {
    const [a, b] = await skus(2);
    const beforeA = await level(a!);
    const beforeB = await level(b!);
    const longAgo = new Date(Date.now() - 2 * 60 * 60_000);
    const guest = { email: "late@example.test", phone: null };
    const first = await placeOrder(db, { customer: guest, lines: [{ variantId: a!, quantity: 1 }], address, paymentMethod: "STRIPE", now: longAgo });
    const second = await placeOrder(db, { customer: guest, lines: [{ variantId: b!, quantity: 1 }], address, paymentMethod: "STRIPE", now: longAgo });
    if (!first.ok || !second.ok) throw new Error("not placed");
    expect(first.order.status).toBe("PENDING_PAYMENT");
    expect(await level(a!)).toEqual({ onHand: beforeA.onHand, reserved: beforeA.reserved + 1 });

    // The next order for SKU a releases the lapsed hold on a before reserving, and only that one.
    const next = await placeOrder(db, { customer: guest, lines: [{ variantId: a!, quantity: 1 }], address, paymentMethod: "COD" });
    expect(next.ok).toBe(true);
    expect((await db.order.findUniqueOrThrow({ where: { id: first.order.id } })).cancelReason).toBe("expired");
    expect((await db.order.findUniqueOrThrow({ where: { id: second.order.id } })).status).toBe("PENDING_PAYMENT");
    expect(await level(a!)).toEqual({ onHand: beforeA.onHand, reserved: beforeA.reserved + 1 });

    expect(await releaseExpiredHolds(db)).toBeGreaterThanOrEqual(1);
    const lapsed = await db.order.findUniqueOrThrow({ where: { id: second.order.id }, include: { payments: true, events: true } });
    expect([lapsed.status, lapsed.payments[0]?.status]).toEqual(["CANCELLED", "EXPIRED"]);
    expect(lapsed.events.map((e) => e.kind)).toContain("expired");
    expect(await level(b!)).toEqual(beforeB);
    expect(await releaseExpiredHolds(db)).toBe(0);
    expect(await findStockDiscrepancies(db)).toEqual([]);
    expect(await findReservationDiscrepancies(db)).toEqual([]);
  });
});
