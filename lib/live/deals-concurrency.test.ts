import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { defaultWarehouseId } from "@/lib/inventory/core";
import { placeOrder } from "@/lib/orders/place";
import { stockLevel, TEST_ADDRESS } from "@/lib/orders/test-support";
import { seedCatalogue } from "@/prisma/seed/seed";
import { claimDeal, endDeal, startDeal } from "./deals";
import { BALANCED, booksBalance, createHost, liveSession, stockedSku } from "./deals-test-support";

/**
 * Many viewers claiming one flash deal at once: never more than the quota, never more than the
 * per-buyer limit, and stock, deals and the ledger agree once the deal has ended. The embedded
 * engine runs the same scenarios one transaction at a time; only PostgreSQL (TEST_DATABASE_URL)
 * can show a race, so there the buyers get a real pool of connections.
 */
describe.each(availableTestEngines())("concurrent flash-deal claims on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let warehouseId: string;
  let hostId: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    // 40 of PostgreSQL's 100 connections: enough contention, and room for test files running beside this one.
    db = engine === "postgres" ? createDb(database.url, { maxConnections: 40 }) : database.db;
    await seedCatalogue(db);
    warehouseId = await defaultWarehouseId(db);
    hostId = await createHost(db, "rush");
  }, 120_000);
  afterAll(async () => {
    if (db && db !== database?.db) await db.$disconnect();
    await database?.drop();
  });

  /**
   * Runs every call at once on PostgreSQL. The embedded engine has one connection and runs them
   * one after another anyway; there a few at a time keeps the last in line from waiting longer
   * than a transaction may wait to start. Every call settles; a rejection (a deadlock, a timeout,
   * a check violation) fails the test with its reason.
   */
  async function all<T>(calls: (() => Promise<T>)[]): Promise<T[]> {
    const inFlight = engine === "postgres" ? calls.length : 10;
    const settled: PromiseSettledResult<T>[] = [];
    for (let i = 0; i < calls.length; i += inFlight) settled.push(...(await Promise.allSettled(calls.slice(i, i + inFlight).map((call) => call()))));
    const failures = settled.flatMap((s) => (s.status === "rejected" ? [String(s.reason)] : []));
    expect(failures, failures.slice(0, 3).join("\n")).toEqual([]);
    return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
  }

  async function createBuyers(label: string, count: number): Promise<string[]> {
    await db.user.createMany({ data: Array.from({ length: count }, (_, i) => ({ email: `${label}-${i}@example.test`, name: `${label} ${i}` })) });
    const users = await db.user.findMany({ where: { email: { startsWith: `${label}-` } }, select: { id: true } });
    return users.map((u) => u.id);
  }

  async function dealOn(label: string, stock: number, deal: { quota: number; perBuyerLimit: number }) {
    const variantId = await stockedSku(db, label, stock);
    const sessionId = await liveSession(db, { hostId, variantIds: [variantId] });
    const started = await startDeal(db, { hostId, sessionId, variantId, priceFen: 4800, durationSeconds: 600, ...deal });
    if (!started.ok) throw new Error(`startDeal: ${started.error}`);
    return { variantId, sessionId, dealId: started.deal.dealId };
  }

  it("gives exactly 100 pieces to 1,000 buyers rushing a deal of 100 with a limit of 1, and tells the other 900 it sold out", async () => {
    const buyers = await createBuyers("rush", 1000);
    const { variantId, dealId } = await dealOn("rush", 150, { quota: 100, perBuyerLimit: 1 });

    const results = await all(buyers.map((userId) => () => claimDeal(db, { dealId, userId })));

    const claimed = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(claimed).toHaveLength(100);
    expect(refused).toHaveLength(900);
    expect(refused.every((r) => r.error === "sold_out")).toBe(true);
    expect(new Set(claimed.map((r) => r.remaining))).toEqual(new Set(Array.from({ length: 100 }, (_, i) => i)));
    expect(await db.flashDeal.findUniqueOrThrow({ where: { id: dealId } })).toMatchObject({ claimed: 100, returned: 0 });
    expect(await db.dealClaim.count({ where: { dealId, status: "HELD" } })).toBe(100);
    expect(await db.dealBuyer.count({ where: { dealId, quantity: 1 } })).toBe(100);
    expect(await stockLevel(db, warehouseId, variantId)).toEqual({ onHand: 150, reserved: 100 });

    expect(await endDeal(db, { dealId, hostId })).toEqual({ ok: true, returned: 0 });
    expect(await stockLevel(db, warehouseId, variantId)).toEqual({ onHand: 150, reserved: 100 });
    expect(await booksBalance(db)).toEqual(BALANCED);
  });

  it("keeps each of 10 buyers claiming 20 times at once within a limit of 2, and returns the unclaimed quota when the deal ends", async () => {
    const buyers = await createBuyers("greedy", 10);
    const { variantId, dealId } = await dealOn("greedy", 40, { quota: 30, perBuyerLimit: 2 });

    const results = await all(buyers.flatMap((userId) => Array.from({ length: 20 }, () => () => claimDeal(db, { dealId, userId }).then((result) => ({ userId, result })))));

    for (const userId of buyers) {
      const own = results.filter((r) => r.userId === userId);
      expect(own.filter((r) => r.result.ok)).toHaveLength(2);
      expect(own.filter((r) => !r.result.ok && r.result.error === "limit_reached")).toHaveLength(18);
    }
    const holdings = await db.dealClaim.groupBy({ by: ["userId"], where: { dealId, status: "HELD" }, _sum: { quantity: true } });
    expect(holdings.map((h) => h._sum.quantity)).toEqual(Array.from({ length: 10 }, () => 2));
    expect(await db.flashDeal.findUniqueOrThrow({ where: { id: dealId } })).toMatchObject({ claimed: 20, returned: 0 });
    expect(await stockLevel(db, warehouseId, variantId)).toEqual({ onHand: 40, reserved: 30 });

    expect(await endDeal(db, { dealId, hostId })).toEqual({ ok: true, returned: 10 });
    // The 20 claimed pieces stay held for checkout; the 10 nobody claimed are on sale again.
    expect(await stockLevel(db, warehouseId, variantId)).toEqual({ onHand: 40, reserved: 20 });
    expect(await db.stockMovement.findMany({ where: { referenceType: "flash_deal", referenceId: dealId }, orderBy: { createdAt: "asc" }, select: { reason: true, reservedDelta: true } })).toEqual([
      { reason: "RESERVE", reservedDelta: 30 },
      { reason: "RELEASE", reservedDelta: -10 },
    ]);
    expect(await booksBalance(db)).toEqual(BALANCED);
  });

  it("stays consistent when claims, checkouts, live-room orders and the host stopping one deal and starting another all race", async () => {
    const buyers = await createBuyers("race", 80);
    const { variantId, sessionId, dealId } = await dealOn("race", 80, { quota: 50, perBuyerLimit: 1 });
    const checkout = (userId: string, input: { claimIds?: string[]; liveSessionId?: string }, i: number) =>
      placeOrder(db, {
        customer: { userId },
        lines: input.liveSessionId ? [{ variantId, quantity: 1, liveSessionId: input.liveSessionId }] : [],
        claimIds: input.claimIds,
        address: TEST_ADDRESS,
        paymentMethod: i % 2 === 0 ? "COD" : "STRIPE",
      });

    const outcomes = await all(
      buyers.map((userId, i) => async () => {
        if (i === 40) return { kind: "stop", result: await endDeal(db, { dealId, hostId }) };
        if (i === 60) return { kind: "start", result: await startDeal(db, { hostId, sessionId, variantId, priceFen: 3800, quota: 5, perBuyerLimit: 1, durationSeconds: 600 }) };
        if (i % 10 === 5) return { kind: "order", result: await checkout(userId, { liveSessionId: sessionId }, i) };
        const claim = await claimDeal(db, { dealId, userId });
        if (!claim.ok) return { kind: "claim", result: claim };
        return { kind: "claimed", result: await checkout(userId, { claimIds: [claim.claim.id] }, i) };
      }),
    );

    const of = (kind: string) => outcomes.filter((o) => o.kind === kind).map((o) => o.result);
    expect(of("stop")).toEqual([{ ok: true, returned: expect.any(Number) }]);
    expect(of("claimed").every((r) => r.ok)).toBe(true);
    expect(of("claim").every((r) => !r.ok && (r.error === "sold_out" || r.error === "deal_ended"))).toBe(true);
    expect(of("order").every((r) => r.ok || r.error === "sold_out")).toBe(true);
    const [second] = of("start");
    expect(second?.ok || second?.error === "insufficient_stock").toBe(true);
    const won = of("claimed").length;
    const ordered = of("order").filter((r) => r.ok).length;
    const carved = second?.ok ? 5 : 0;

    expect(await db.flashDeal.findUniqueOrThrow({ where: { id: dealId } })).toMatchObject({ status: "ENDED", claimed: won, returned: 50 - won });
    expect(await db.dealClaim.count({ where: { dealId, status: "ORDERED" } })).toBe(won);
    expect(await db.orderLine.count({ where: { variantId, unitPriceFen: 4800, liveSessionId: sessionId, hostId } })).toBe(won);
    expect(await db.orderLine.count({ where: { variantId, unitPriceFen: 8800, liveSessionId: sessionId, hostId } })).toBe(ordered);
    expect(await db.liveEvent.count({ where: { sessionId, type: "purchase" } })).toBe(won + ordered);
    // Every ordered piece sits in its order's reservation, a running deal holds its quota, the rest is on sale.
    expect(await stockLevel(db, warehouseId, variantId)).toEqual({ onHand: 80, reserved: won + ordered + carved });
    expect(await booksBalance(db)).toEqual(BALANCED);
  });
});
