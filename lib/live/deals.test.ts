import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, type TestDatabase } from "@/lib/db/testing";
import { cartCount } from "@/lib/cart/cart";
import { readCartWithClaims } from "@/lib/cart/read";
import { maskBuyerName } from "@/lib/orders/attribution";
import { cancelOrder } from "@/lib/orders/cancel";
import { placeOrder } from "@/lib/orders/place";
import { openSeededDatabase, stockLevel, TEST_ADDRESS as address } from "@/lib/orders/test-support";
import { recordSaleSettlement } from "@/lib/settlement/record";
import { activeDeals, CLAIM_HOLD_MINUTES, claimDeal, endDeal, endLapsedDeals, expireLapsedClaims, heldClaims, sessionDeals, startDeal } from "./deals";
import { BALANCED, booksBalance, createHost, liveSession, stockedSku } from "./deals-test-support";
import { endSessionByHand } from "./sessions";

describe("masked buyer names", () => {
  it("show the first character only", () => {
    expect(maskBuyerName("张伟")).toBe("张**");
    expect(maskBuyerName("欧阳娜娜")).toBe("欧**");
    expect(maskBuyerName("jiaming")).toBe("J***");
    expect(maskBuyerName("  ")).toBe("***");
    expect(maskBuyerName(null)).toBe("***");
  });
});

describe.each(availableTestEngines())("flash deals on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let warehouseId: string;
  let hostId: string;
  let otherHostId: string;
  let sessionId: string;
  let startedAt: Date;
  let sku: string;
  let outsider: string;
  let buyers: string[];

  beforeAll(async () => {
    ({ database, db, warehouseId } = await openSeededDatabase(engine));
    hostId = await createHost(db, "deals");
    otherHostId = await createHost(db, "other");
    sku = await stockedSku(db, "deal", 20, 8800);
    outsider = await stockedSku(db, "outsider", 20, 8800);
    startedAt = new Date(Date.now() - 10 * 60_000);
    sessionId = await liveSession(db, { hostId, variantIds: [sku], startedAt });
    buyers = await Promise.all(["张伟", "jiaming", "Lin", "Wu"].map(async (name, i) => (await db.user.create({ data: { name, email: `deal-buyer-${i}@example.test` } })).id));
  }, 120_000);
  afterAll(() => database?.drop());

  const level = (variantId = sku) => stockLevel(db, warehouseId, variantId);
  const start = (overrides: Record<string, unknown> = {}) =>
    startDeal(db, { hostId, sessionId, variantId: sku, priceFen: 5800, quota: 5, perBuyerLimit: 2, durationSeconds: 300, ...overrides });
  const events = (type: string) => db.liveEvent.findMany({ where: { sessionId, type }, orderBy: { id: "asc" } });

  it("refuses to start a deal that is not the host's, not live, not in the line-up, too large or badly formed, writing nothing", async () => {
    const scheduled = await db.liveSession.create({ data: { hostId, title: "later", scheduledAt: new Date(Date.now() + 3_600_000), ingest: "RTMP" } });
    await db.lineupItem.create({ data: { sessionId: scheduled.id, productId: (await db.variant.findUniqueOrThrow({ where: { id: sku } })).productId } });
    const before = { deals: await db.flashDeal.count(), movements: await db.stockMovement.count(), events: await db.liveEvent.count(), level: await level() };
    const cases: [Record<string, unknown>, string, Record<string, string>?][] = [
      [{ hostId: otherHostId }, "forbidden"],
      [{ sessionId: scheduled.id }, "session_not_live"],
      [{ sessionId: "no-such-session" }, "not_found"],
      [{ variantId: "no-such-variant" }, "not_found"],
      [{ variantId: outsider }, "not_in_lineup"],
      [{ quota: 21, perBuyerLimit: 1 }, "insufficient_stock"],
      [{ priceFen: 8801 }, "invalid", { priceFen: "priceFen.aboveRegular" }],
      [{ priceFen: 0 }, "invalid", { priceFen: "priceFen.invalid" }],
      [{ quota: 2, perBuyerLimit: 3 }, "invalid", { perBuyerLimit: "perBuyerLimit.aboveQuota" }],
      [{ durationSeconds: 5 }, "invalid", { durationSeconds: "durationSeconds.invalid" }],
      [{ quota: 1.5 }, "invalid", { quota: "quota.invalid" }],
    ];
    for (const [overrides, error, detail] of cases) {
      const result = await start(overrides);
      expect(result, JSON.stringify(overrides)).toMatchObject({ ok: false, error, ...(detail ? { detail } : {}) });
    }
    expect({ deals: await db.flashDeal.count(), movements: await db.stockMovement.count(), events: await db.liveEvent.count(), level: await level() }).toEqual(before);
  });

  it("carves the quota out of stock, announces the deal at its place on the video, and sells it within the per-buyer limit", async () => {
    const before = await level();
    const now = new Date();
    const started = await start({ now });
    if (!started.ok) throw new Error(started.error);
    const { deal } = started;
    expect(deal).toMatchObject({ variantId: sku, priceFen: 5800, regularPriceFen: 8800, quota: 5, perBuyerLimit: 2, remaining: 5, productNameEn: "Test bowl deal", endsAt: new Date(now.getTime() + 300_000).toISOString() });
    expect(await level()).toEqual({ onHand: before.onHand, reserved: before.reserved + 5 });
    expect(await db.stockMovement.findMany({ where: { referenceType: "flash_deal", referenceId: deal.dealId }, select: { reason: true, reservedDelta: true, onHandDelta: true } })).toEqual([{ reason: "RESERVE", reservedDelta: 5, onHandDelta: 0 }]);
    const [announced] = await events("deal.started");
    expect(announced?.payload).toMatchObject({ dealId: deal.dealId, remaining: 5 });
    expect(announced?.streamOffsetMs).toBe(now.getTime() - startedAt.getTime());
    expect(await activeDeals(db, sessionId)).toMatchObject([{ dealId: deal.dealId, remaining: 5, streamOffsetMs: now.getTime() - startedAt.getTime() }]);
    expect(await booksBalance(db)).toEqual(BALANCED);

    const [zhang, jiaming, lin] = buyers as [string, string, string];
    const first = await claimDeal(db, { dealId: deal.dealId, userId: zhang });
    expect(first).toMatchObject({ ok: true, remaining: 4, claim: { quantity: 1, priceFen: 5800 } });
    if (!first.ok) return;
    expect(first.claim.expiresAt.getTime() - Date.now()).toBeGreaterThan((CLAIM_HOLD_MINUTES - 1) * 60_000);
    expect(await claimDeal(db, { dealId: deal.dealId, userId: zhang, quantity: 2 })).toMatchObject({ ok: false, error: "limit_reached", detail: { limit: 2 } });
    expect(await claimDeal(db, { dealId: deal.dealId, userId: zhang })).toMatchObject({ ok: true, remaining: 3 });
    expect(await claimDeal(db, { dealId: deal.dealId, userId: zhang })).toMatchObject({ ok: false, error: "limit_reached" });
    expect(await claimDeal(db, { dealId: deal.dealId, userId: jiaming, quantity: 3 })).toMatchObject({ ok: false, error: "limit_reached" });
    expect(await claimDeal(db, { dealId: deal.dealId, userId: jiaming, quantity: 2 })).toMatchObject({ ok: true, remaining: 1 });
    expect(await claimDeal(db, { dealId: deal.dealId, userId: lin, quantity: 2 })).toMatchObject({ ok: false, error: "sold_out", detail: { remaining: 1 } });
    expect(await claimDeal(db, { dealId: deal.dealId, userId: lin, quantity: 0 })).toMatchObject({ ok: false, error: "invalid" });
    expect(await claimDeal(db, { dealId: "nope", userId: lin })).toMatchObject({ ok: false, error: "not_found" });
    expect((await events("deal.stock")).map((e) => e.payload)).toEqual([4, 3, 1].map((remaining) => ({ dealId: deal.dealId, remaining })));
    // A claim moves no stock: the pieces were carved out when the deal started.
    expect(await level()).toEqual({ onHand: before.onHand, reserved: before.reserved + 5 });
    expect(await booksBalance(db)).toEqual(BALANCED);

    expect(await endDeal(db, { dealId: deal.dealId, hostId: otherHostId })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await endDeal(db, { dealId: deal.dealId, hostId })).toEqual({ ok: true, returned: 1 });
    expect(await endDeal(db, { dealId: deal.dealId, hostId })).toMatchObject({ ok: false, error: "deal_ended" });
    expect(await claimDeal(db, { dealId: deal.dealId, userId: lin })).toMatchObject({ ok: false, error: "deal_ended" });
    expect((await events("deal.ended")).at(-1)?.payload).toEqual({ dealId: deal.dealId, returned: 1 });
    // The 4 claimed pieces stay held for their buyers; the unclaimed one is back on sale.
    expect(await level()).toEqual({ onHand: before.onHand, reserved: before.reserved + 4 });
    expect(await activeDeals(db, sessionId)).toEqual([]);
    expect(await sessionDeals(db, sessionId)).toMatchObject([{ dealId: deal.dealId, status: "ENDED", claimed: 4, returned: 1, ordered: 0, remaining: 0 }]);
    expect(await booksBalance(db)).toEqual(BALANCED);

    // Their holds lapse after the deal ended: straight back to stock.
    expect(await expireLapsedClaims(db, new Date(Date.now() + (CLAIM_HOLD_MINUTES + 1) * 60_000))).toBe(3);
    expect(await level()).toEqual(before);
    expect(await db.flashDeal.findUniqueOrThrow({ where: { id: deal.dealId } })).toMatchObject({ claimed: 0, returned: 5 });
    expect(await booksBalance(db)).toEqual(BALANCED);
  });

  it("gives a lapsed claim back to the running deal, then what is left to stock when its time is up", async () => {
    const before = await level();
    const now = new Date();
    const started = await start({ quota: 2, perBuyerLimit: 1, durationSeconds: 60 * 60, now });
    if (!started.ok) throw new Error(started.error);
    const dealId = started.deal.dealId;
    const [zhang, jiaming, lin] = buyers as [string, string, string];
    expect(await claimDeal(db, { dealId, userId: zhang, now })).toMatchObject({ ok: true, remaining: 1 });
    expect(await claimDeal(db, { dealId, userId: jiaming, now })).toMatchObject({ ok: true, remaining: 0 });
    expect(await claimDeal(db, { dealId, userId: lin, now })).toMatchObject({ ok: false, error: "sold_out" });

    // Neither checks out: once the holds lapse, the pieces are back in the deal.
    const later = new Date(now.getTime() + (CLAIM_HOLD_MINUTES + 1) * 60_000);
    expect(await heldClaims(db, zhang, later)).toEqual([]);
    expect(await expireLapsedClaims(db, later)).toBe(1);
    expect(await db.flashDeal.findUniqueOrThrow({ where: { id: dealId } })).toMatchObject({ claimed: 0, returned: 0 });
    expect((await events("deal.stock")).at(-1)?.payload).toEqual({ dealId, remaining: 2 });
    expect(await level()).toEqual({ onHand: before.onHand, reserved: before.reserved + 2 });
    // A lapsed claim frees the buyer's limit too.
    expect(await claimDeal(db, { dealId, userId: zhang, now: later })).toMatchObject({ ok: true, remaining: 1 });
    expect(await booksBalance(db)).toEqual(BALANCED);

    const ended = new Date(now.getTime() + 61 * 60_000);
    expect(await endLapsedDeals(db, ended)).toBe(1);
    expect(await endLapsedDeals(db, ended)).toBe(0);
    expect(await db.flashDeal.findUniqueOrThrow({ where: { id: dealId } })).toMatchObject({ status: "ENDED", claimed: 1, returned: 1, endedAt: new Date(now.getTime() + 60 * 60_000) });
    expect(await level()).toEqual({ onHand: before.onHand, reserved: before.reserved + 1 });
    expect(await booksBalance(db)).toEqual(BALANCED);
    expect(await expireLapsedClaims(db, new Date(ended.getTime() + CLAIM_HOLD_MINUTES * 60_000))).toBe(1);
    expect(await level()).toEqual(before);
    expect(await booksBalance(db)).toEqual(BALANCED);
  });

  it("checks a claim out at the deal price, credited to the session's host, and a cancelled order puts the piece back on sale", async () => {
    const before = await level();
    const started = await start({ quota: 3, perBuyerLimit: 2, priceFen: 6600 });
    if (!started.ok) throw new Error(started.error);
    const dealId = started.deal.dealId;
    const [zhang, jiaming] = buyers as [string, string];
    const claimed = await claimDeal(db, { dealId, userId: zhang, quantity: 2 });
    if (!claimed.ok) throw new Error(claimed.error);
    const held = await heldClaims(db, zhang);
    expect(held).toMatchObject([{ claimId: claimed.claim.id, dealId, variantId: sku, quantity: 2, priceFen: 6600, regularPriceFen: 8800, lineTotalFen: 13200, liveSessionId: sessionId }]);

    // The cart shows the held pieces and counts them in its totals and badge.
    const cart = await readCartWithClaims(db, { userId: zhang });
    expect(cart).toMatchObject({ lines: [], claims: [{ claimId: claimed.claim.id }], subtotalFen: 13200, count: 2, weightGrams: 800 });
    expect(await cartCount(db, { userId: zhang })).toBe(2);

    // Only the buyer's own held claims can be ordered; a refusal writes nothing.
    const orders = await db.order.count();
    expect(await placeOrder(db, { customer: { userId: jiaming }, lines: [], claimIds: [claimed.claim.id], address, paymentMethod: "STRIPE" })).toMatchObject({ ok: false, error: "claim_expired" });
    expect(await placeOrder(db, { customer: { email: "g@example.test", phone: null }, lines: [], claimIds: [claimed.claim.id], address, paymentMethod: "STRIPE" })).toMatchObject({ ok: false, error: "claim_expired" });
    expect(await db.order.count()).toBe(orders);

    const placed = await placeOrder(db, { customer: { userId: zhang }, lines: [{ variantId: outsider, quantity: 1 }], claimIds: [claimed.claim.id], address, paymentMethod: "STRIPE" });
    if (!placed.ok) throw new Error(placed.error);
    const order = await db.order.findUniqueOrThrow({ where: { id: placed.order.id }, include: { lines: { include: { dealClaim: true } }, reservations: true } });
    const dealLine = order.lines.find((l) => l.variantId === sku);
    expect(dealLine).toMatchObject({ unitPriceFen: 6600, quantity: 2, lineTotalFen: 13200, liveSessionId: sessionId, hostId, dealClaim: { id: claimed.claim.id, status: "ORDERED" } });
    // The outsider line came from no live room: no credit.
    expect(order.lines.find((l) => l.variantId === outsider)).toMatchObject({ unitPriceFen: 8800, liveSessionId: null, hostId: null });
    expect(order.itemsFen).toBe(13200 + 8800);
    expect(order.reservations.map((r) => [r.variantId, r.quantity, r.status]).sort()).toEqual([[outsider, 1, "HELD"], [sku, 2, "HELD"]].sort());
    // The pieces moved from the deal to the order: stock unchanged, the ledger says so in two rows.
    expect(await level()).toEqual({ onHand: before.onHand, reserved: before.reserved + 3 });
    expect(await db.stockMovement.findMany({ where: { variantId: sku, note: { in: ["claim ordered", "flash deal claim"] } }, select: { reason: true, reservedDelta: true, referenceType: true } })).toEqual(
      expect.arrayContaining([{ reason: "RELEASE", reservedDelta: -2, referenceType: "flash_deal" }, { reason: "RESERVE", reservedDelta: 2, referenceType: "order" }]),
    );
    expect(await heldClaims(db, zhang)).toEqual([]);
    expect(await cartCount(db, { userId: zhang })).toBe(0);
    expect(await booksBalance(db)).toEqual(BALANCED);
    const purchase = (await events("purchase")).at(-1);
    expect(purchase?.payload).toEqual({ buyer: "张**", productNameZh: "测试青花碗 deal", productNameEn: "Test bowl deal", quantity: 2 });
    expect(purchase?.streamOffsetMs).toBeGreaterThan(0);

    // A claim is ordered once.
    expect(await placeOrder(db, { customer: { userId: zhang }, lines: [], claimIds: [claimed.claim.id], address, paymentMethod: "STRIPE" })).toMatchObject({ ok: false, error: "claim_expired" });

    expect(await endDeal(db, { dealId, hostId })).toEqual({ ok: true, returned: 1 });
    expect(await sessionDeals(db, sessionId)).toMatchObject([{ dealId, claimed: 2, returned: 1, ordered: 2 }, {}, {}]);
    expect(await cancelOrder(db, { orderId: order.id, actorId: zhang, actorKind: "shopper", reason: "shopper" })).toEqual({ ok: true, refunded: false });
    expect(await level()).toEqual(before);
    expect(await booksBalance(db)).toEqual(BALANCED);
  });

  it("refuses a claim whose hold lapsed before checkout, ordering nothing", async () => {
    const now = new Date();
    const started = await start({ quota: 1, perBuyerLimit: 1, now });
    if (!started.ok) throw new Error(started.error);
    const lin = buyers[2]!;
    const claimed = await claimDeal(db, { dealId: started.deal.dealId, userId: lin, now });
    if (!claimed.ok) throw new Error(claimed.error);
    const orders = await db.order.count();
    const late = new Date(now.getTime() + (CLAIM_HOLD_MINUTES + 1) * 60_000);
    expect(await placeOrder(db, { customer: { userId: lin }, lines: [], claimIds: [claimed.claim.id], address, paymentMethod: "COD", now: late })).toMatchObject({ ok: false, error: "claim_expired" });
    expect(await db.order.count()).toBe(orders);
    expect(await db.dealClaim.findUniqueOrThrow({ where: { id: claimed.claim.id } })).toMatchObject({ status: "HELD", orderLineId: null });
    expect(await endDeal(db, { dealId: started.deal.dealId, hostId })).toEqual({ ok: true, returned: 0 });
    expect(await expireLapsedClaims(db, late)).toBe(1);
    expect(await booksBalance(db)).toEqual(BALANCED);
  });

  it("closes a deal when its session ends: no more claims, and the sweep returns its pieces", async () => {
    const before = await level();
    const sessionOver = await liveSession(db, { hostId, variantIds: [sku] });
    const started = await startDeal(db, { hostId, sessionId: sessionOver, variantId: sku, priceFen: 5000, quota: 4, perBuyerLimit: 1, durationSeconds: 600 });
    if (!started.ok) throw new Error(started.error);
    expect(await claimDeal(db, { dealId: started.deal.dealId, userId: buyers[0]! })).toMatchObject({ ok: true, remaining: 3 });
    expect(await endSessionByHand(db, { hostId, sessionId: sessionOver })).toMatchObject({ ok: true });
    expect(await claimDeal(db, { dealId: started.deal.dealId, userId: buyers[1]! })).toMatchObject({ ok: false, error: "deal_ended" });
    expect(await endLapsedDeals(db)).toBe(1);
    expect(await db.flashDeal.findUniqueOrThrow({ where: { id: started.deal.dealId } })).toMatchObject({ status: "ENDED", claimed: 1, returned: 3 });
    expect(await level()).toEqual({ onHand: before.onHand, reserved: before.reserved + 1 });
    expect(await booksBalance(db)).toEqual(BALANCED);
  });

  it("credits an ordinary line added in a live room to its host, pays the host's commission, and gives no credit for a stale session", async () => {
    const shopper = buyers[3]!;
    const cod = (liveSessionId: string | null) =>
      placeOrder(db, { customer: { userId: shopper }, lines: [{ variantId: sku, quantity: 1, liveSessionId }], address, paymentMethod: "COD" });
    const placed = await cod(sessionId);
    if (!placed.ok) throw new Error(placed.error);
    const line = await db.orderLine.findFirstOrThrow({ where: { orderId: placed.order.id } });
    expect(line).toMatchObject({ liveSessionId: sessionId, hostId, unitPriceFen: 8800 });
    expect((await events("purchase")).at(-1)?.payload).toEqual({ buyer: "W***", productNameZh: "测试青花碗 deal", productNameEn: "Test bowl deal", quantity: 1 });

    // Paid (as when a cash-on-delivery parcel is delivered): the host's commission is in the split.
    await db.$transaction(async (tx) => {
      await tx.order.update({ where: { id: placed.order.id }, data: { paidFen: placed.order.totalFen } });
      await recordSaleSettlement(tx, placed.order.id);
    });
    const settled = await db.settlementLine.findFirstOrThrow({ where: { orderLineId: line.id } });
    expect(settled).toMatchObject({ hostId, grossFen: 8800 });
    expect(settled.hostFen).toBeGreaterThan(0);

    const unknown = await cod("no-such-session");
    if (!unknown.ok) throw new Error(unknown.error);
    expect(await db.orderLine.findFirstOrThrow({ where: { orderId: unknown.order.id } })).toMatchObject({ liveSessionId: null, hostId: null });

    // A session that ended more than a day ago no longer earns credit; within the day it does, without a notice in the closed room.
    const oldSession = await liveSession(db, { hostId: otherHostId, variantIds: [sku], startedAt: new Date(Date.now() - 30 * 3_600_000) });
    expect(await endSessionByHand(db, { hostId: otherHostId, sessionId: oldSession, now: new Date(Date.now() - 25 * 3_600_000) })).toMatchObject({ ok: true });
    const stale = await cod(oldSession);
    if (!stale.ok) throw new Error(stale.error);
    expect(await db.orderLine.findFirstOrThrow({ where: { orderId: stale.order.id } })).toMatchObject({ liveSessionId: null, hostId: null });
    const recent = await liveSession(db, { hostId: otherHostId, variantIds: [sku], startedAt: new Date(Date.now() - 3 * 3_600_000) });
    expect(await endSessionByHand(db, { hostId: otherHostId, sessionId: recent, now: new Date(Date.now() - 2 * 3_600_000) })).toMatchObject({ ok: true });
    const late = await cod(recent);
    if (!late.ok) throw new Error(late.error);
    expect(await db.orderLine.findFirstOrThrow({ where: { orderId: late.order.id } })).toMatchObject({ liveSessionId: recent, hostId: otherHostId });
    expect(await db.liveEvent.count({ where: { sessionId: recent, type: "purchase" } })).toBe(0);
    expect(await booksBalance(db)).toEqual(BALANCED);
  });
});
