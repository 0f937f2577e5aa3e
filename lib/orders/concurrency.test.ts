import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createShopper } from "@/lib/admin/test-support";
import { createDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { findStockDiscrepancies } from "@/lib/inventory/invariants";
import { seedCatalogue } from "@/prisma/seed/seed";
import { releaseExpiredHolds } from "./expiry";
import { type Customer, placeOrder } from "./place";
import { guestBuyer, seedStockedSkus, TEST_ADDRESS } from "./test-support";

/**
 * Many buyers at once against one stock: no piece is sold twice, every order is all or nothing,
 * and stock, reservations and the ledger agree afterwards. The embedded engine runs the same
 * scenarios one statement at a time; only PostgreSQL (TEST_DATABASE_URL) can show a race, so
 * there the buyers get a real pool of connections.
 */
describe.each(availableTestEngines())("concurrent checkout on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    // 40 of PostgreSQL's 100 connections: enough contention, and room for test files running beside this one.
    db = engine === "postgres" ? createDb(database.url, { maxConnections: 40 }) : database.db;
    await seedCatalogue(db);
  });
  afterAll(async () => {
    if (db && db !== database?.db) await db.$disconnect();
    await database?.drop();
  });

  const buy = (customer: Customer, lines: { variantId: string; quantity: number }[], now?: Date) =>
    placeOrder(db, { customer, lines, address: TEST_ADDRESS, paymentMethod: "STRIPE", now });

  /** Every call settles; a rejection (a deadlock, a timeout, a unique clash) fails the test with its reason. */
  async function all<T>(calls: Promise<T>[]): Promise<T[]> {
    const settled = await Promise.allSettled(calls);
    const failures = settled.flatMap((s) => (s.status === "rejected" ? [String(s.reason)] : []));
    expect(failures, failures.slice(0, 3).join("\n")).toEqual([]);
    return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
  }

  async function levels(variantIds: string[]) {
    const rows = await db.stockLevel.findMany({ where: { variantId: { in: variantIds } }, select: { variantId: true, onHand: true, reserved: true } });
    return new Map(rows.map((r) => [r.variantId, { onHand: r.onHand, reserved: r.reserved }]));
  }

  /** Pieces per SKU in reservations that still count against stock. */
  async function livePieces(variantIds: string[]) {
    const rows = await db.reservation.groupBy({ by: ["variantId"], where: { variantId: { in: variantIds }, status: { in: ["HELD", "ALLOCATED"] } }, _sum: { quantity: true } });
    return new Map(variantIds.map((id) => [id, rows.find((r) => r.variantId === id)?._sum.quantity ?? 0]));
  }

  it("sells exactly the 50 pieces of a hot SKU to 200 simultaneous buyers and tells the other 150 it sold out", async () => {
    const [sku] = await seedStockedSkus(db, { label: "hot", count: 1, stock: 50 });
    const hot = sku!;

    const results = await all(Array.from({ length: 200 }, (_, i) => buy(guestBuyer(`hot-${i}`), [{ variantId: hot, quantity: 1 }])));

    const placed = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(placed).toHaveLength(50);
    expect(refused).toHaveLength(150);
    expect(refused.every((r) => r.error === "sold_out" && r.detail?.variantId === hot)).toBe(true);
    expect(placed.every((r) => r.order.status === "PENDING_PAYMENT" && r.order.holdExpiresAt !== null)).toBe(true);
    expect(new Set(placed.map((r) => r.order.number)).size).toBe(50);

    expect((await levels([hot])).get(hot)).toEqual({ onHand: 50, reserved: 50 });
    expect(await db.order.count({ where: { lines: { some: { variantId: hot } } } })).toBe(50);
    expect(await db.reservation.count({ where: { variantId: hot, status: "HELD", quantity: 1 } })).toBe(50);
    expect(await db.reservation.count({ where: { variantId: hot } })).toBe(50);
    // Refused transactions rolled back whole: one RESERVE row per placed order, nothing else.
    expect(await db.stockMovement.count({ where: { variantId: hot, reason: "RESERVE" } })).toBe(50);
    expect(await findStockDiscrepancies(db)).toEqual([]);
  });

  it("keeps multi-line carts competing for overlapping SKUs all-or-nothing, without deadlocks or overselling", async () => {
    const stock = 10;
    const skus = await seedStockedSkus(db, { label: "overlap", count: 5, stock });
    const next = seededRandom(20261129);
    // Each buyer lists 2–3 of the SKUs in their own order, 1–2 pieces each: the locks are requested in every order.
    const carts = Array.from({ length: 150 }, () => shuffle(skus, next).slice(0, 2 + Math.floor(next() * 2)).map((variantId) => ({ variantId, quantity: 1 + Math.floor(next() * 2) })));
    const buyers = await Promise.all(carts.map(async (lines, i) => ({ userId: await createShopper(db, `Overlap buyer ${i}`), lines })));

    const results = await all(buyers.map((b) => buy({ userId: b.userId }, b.lines)));

    const after = await levels(skus);
    const outcomes = buyers.map((buyer, i) => ({ buyer, result: results[i]! }));
    for (const { buyer, result } of outcomes) {
      if (result.ok) continue;
      // A refusal is real: the SKU it names is in this cart and, stock only having fallen since, still cannot cover it.
      expect(result.error).toBe("sold_out");
      const short = buyer.lines.find((l) => l.variantId === result.detail?.variantId);
      expect(short).toBeDefined();
      const level = after.get(short!.variantId)!;
      expect(level.onHand - level.reserved).toBeLessThan(short!.quantity);
    }
    const placedCount = outcomes.filter((o) => o.result.ok).length;
    expect(placedCount).toBeGreaterThan(0);
    expect(placedCount).toBeLessThan(150);

    const orders = await db.order.findMany({
      where: { lines: { some: { variantId: { in: skus } } } },
      select: { userId: true, lines: { select: { id: true, variantId: true, quantity: true } }, reservations: { select: { orderLineId: true, variantId: true, quantity: true, status: true } } },
    });
    expect(orders).toHaveLength(placedCount);
    const placedBuyers = new Set(outcomes.filter((o) => o.result.ok).map((o) => o.buyer.userId));
    expect(new Set(orders.map((o) => o.userId))).toEqual(placedBuyers);
    const ordered = new Map(skus.map((id) => [id, 0]));
    for (const order of orders) {
      const buyer = buyers.find((b) => b.userId === order.userId)!;
      const byLine = (a: { variantId: string }, b: { variantId: string }) => a.variantId.localeCompare(b.variantId);
      // The whole cart, and a held reservation for each of its lines.
      expect(order.lines.map(({ variantId, quantity }) => ({ variantId, quantity })).sort(byLine)).toEqual([...buyer.lines].sort(byLine));
      expect(order.reservations.map(({ orderLineId, variantId, quantity, status }) => ({ orderLineId, variantId, quantity, status })).sort(byLine)).toEqual(
        order.lines.map((l) => ({ orderLineId: l.id, variantId: l.variantId, quantity: l.quantity, status: "HELD" })).sort(byLine),
      );
      for (const line of order.lines) ordered.set(line.variantId, ordered.get(line.variantId)! + line.quantity);
    }

    const live = await livePieces(skus);
    for (const id of skus) {
      expect(after.get(id)!.onHand).toBe(stock);
      expect(after.get(id)!.reserved).toBe(ordered.get(id));
      expect(after.get(id)!.reserved).toBeLessThanOrEqual(stock);
      expect(live.get(id)).toBe(ordered.get(id));
    }
    // One RESERVE ledger row per placed line; refused carts left none behind.
    expect(await db.stockMovement.count({ where: { variantId: { in: skus }, reason: "RESERVE" } })).toBe(orders.reduce((sum, o) => sum + o.lines.length, 0));
    expect(await findStockDiscrepancies(db)).toEqual([]);
  });

  it("gives lapsed holds back to buyers competing with the sweep, and reserves exactly what live orders hold", async () => {
    const [sku] = await seedStockedSkus(db, { label: "expiry", count: 1, stock: 25 });
    const item = sku!;
    const placedAt = new Date();
    const minutes = (n: number) => new Date(placedAt.getTime() + n * 60_000);

    // 10 cash-on-delivery orders (allocated, never lapse) and 15 unpaid holds take all 25 pieces.
    const first = await all([
      ...Array.from({ length: 10 }, (_, i) => placeOrder(db, { customer: guestBuyer(`cod-${i}`), lines: [{ variantId: item, quantity: 1 }], address: TEST_ADDRESS, paymentMethod: "COD", now: placedAt })),
      ...Array.from({ length: 15 }, (_, i) => buy(guestBuyer(`held-${i}`), [{ variantId: item, quantity: 1 }], placedAt)),
    ]);
    expect(first.every((r) => r.ok)).toBe(true);
    expect((await buy(guestBuyer("too-early"), [{ variantId: item, quantity: 1 }], minutes(29))).ok).toBe(false);

    // 45 minutes on, the 15 holds have lapsed: 40 buyers (each releasing lapsed holds on the way in)
    // race 3 sweeps. The 15 freed pieces go to exactly 15 of them, whose holds run to minute 75.
    const [sweeps, results] = await Promise.all([
      all(Array.from({ length: 3 }, () => releaseExpiredHolds(db, { now: minutes(31), variantIds: [item] }))),
      all(Array.from({ length: 40 }, (_, i) => buy(guestBuyer(`late-${i}`), [{ variantId: item, quantity: 1 }], minutes(45)))),
    ]);
    expect(sweeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(15);
    expect(results.filter((r) => r.ok)).toHaveLength(15);
    expect(results.filter((r) => !r.ok && r.error === "sold_out")).toHaveLength(25);

    const orders = await db.order.groupBy({ by: ["status", "cancelReason"], where: { lines: { some: { variantId: item } } }, _count: { _all: true } });
    const count = (status: string, cancelReason: string | null = null) => orders.find((o) => o.status === status && o.cancelReason === cancelReason)?._count._all ?? 0;
    expect(count("CONFIRMED")).toBe(10);
    expect(count("CANCELLED", "expired")).toBe(15);
    expect(count("PENDING_PAYMENT")).toBe(15);
    expect(orders.reduce((sum, o) => sum + o._count._all, 0)).toBe(40);

    const reservations = await db.reservation.groupBy({ by: ["status"], where: { variantId: item }, _sum: { quantity: true } });
    expect(Object.fromEntries(reservations.map((r) => [r.status, r._sum.quantity]))).toEqual({ ALLOCATED: 10, RELEASED: 15, HELD: 15 });
    // Released exactly once each: 15 RELEASE rows, though 43 callers tried.
    expect(await db.stockMovement.count({ where: { variantId: item, reason: "RELEASE" } })).toBe(15);
    expect((await levels([item])).get(item)).toEqual({ onHand: 25, reserved: 25 });
    expect((await livePieces([item])).get(item)).toBe(25);
    expect(await findStockDiscrepancies(db)).toEqual([]);
  });
});

/** mulberry32: a small seeded generator, so a failing interleaving of carts can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffle<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
