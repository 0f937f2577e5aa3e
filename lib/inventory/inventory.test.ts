import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { seedDemoAccounts } from "@/prisma/seed/accounts";
import { seedCatalogue } from "@/prisma/seed/seed";
import { findBinByCode } from "./bins";
import { parseBreakageNote, recordBreakage } from "./breakage";
import { findStockDiscrepancies } from "./invariants";
import { enterpriseStockOverview, ledgerForExport, listLedger, searchStock } from "./queries";
import { announceReceipt, cancelReceipt, getReceipt, receiveReceipt } from "./receipts";
import { addStocktakeLine, openStocktake, postStocktake, recordCounts, refreshStocktake } from "./stocktakes";
import { demoUsers, reserveForTest, stockedVariants, stockOf } from "./testing";
import { setLowStockThreshold } from "./thresholds";

/**
 * The stock workflows of the shared warehouse against a real database (embedded, and
 * PostgreSQL when TEST_DATABASE_URL is set): after receiving with broken pieces, breakage and
 * posted stocktakes, for every SKU onHand equals the sum of its ledger and its bins; refused
 * changes write nothing.
 */
describe.each(availableTestEngines())("inventory on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let users: Awaited<ReturnType<typeof demoUsers>>;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    db = database.db;
    await seedCatalogue(db);
    await seedDemoAccounts(db);
    users = await demoUsers(db);
  });
  afterAll(async () => {
    await database?.drop();
  });

  const bin = async (code: string) => (await findBinByCode(db, code))!.id;

  /** Everything that a refused call must leave untouched. */
  async function snapshot() {
    const [levels, bins, movements, receipts, stocktakes] = [
      await db.stockLevel.findMany({ orderBy: { id: "asc" }, select: { id: true, onHand: true, reserved: true } }),
      await db.binStock.findMany({ orderBy: { id: "asc" }, select: { id: true, quantity: true } }),
      await db.stockMovement.count(),
      await db.receipt.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, lines: { select: { quantityGood: true, quantityBroken: true, binId: true } } } }),
      await db.stocktake.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
    ];
    return { levels, bins, movements, receipts, stocktakes };
  }

  it("starts balanced: the seed's ledger sums to onHand and the bins", async () => {
    expect(await findStockDiscrepancies(db)).toEqual([]);
  });

  describe("announcing a shipment", () => {
    it("gives it a readable number of the day and records the lines", async () => {
      const [a, b] = await stockedVariants(db, users.jiaming.enterpriseId);
      const now = new Date("2026-11-29T20:00:00Z"); // 30 Nov in the village (UTC+8)
      const first = await announceReceipt(db, { enterpriseId: users.jiaming.enterpriseId, actorId: users.jiaming.userId, lines: [{ variantId: a!.id, quantity: 10 }], now });
      const second = await announceReceipt(db, {
        enterpriseId: users.jiaming.enterpriseId,
        actorId: users.jiaming.userId,
        lines: [
          { variantId: a!.id, quantity: 3 },
          { variantId: b!.id, quantity: 4 },
        ],
        note: "  kiln batch 12 ",
        now,
      });
      expect(first.ok && first.number).toMatch(/^RC-20261130-\d{4}$/);
      expect(second.ok && second.number).toBe(first.ok && `RC-20261130-${String(Number(first.number.slice(-4)) + 1).padStart(4, "0")}`);
      const receipt = second.ok ? await getReceipt(db, second.receiptId) : null;
      expect(receipt?.status).toBe("ANNOUNCED");
      expect(receipt?.note).toBe("kiln batch 12");
      expect(receipt?.lines.map((l) => l.quantityAnnounced).sort()).toEqual([3, 4]);
    });

    it("refuses SKUs of another enterprise, naming the line, and writes nothing", async () => {
      const [own] = await stockedVariants(db, users.jiaming.enterpriseId);
      const [foreign] = await stockedVariants(db, users.yulong.enterpriseId);
      const before = await db.receipt.count();
      const result = await announceReceipt(db, {
        enterpriseId: users.jiaming.enterpriseId,
        actorId: users.jiaming.userId,
        lines: [
          { variantId: own!.id, quantity: 5 },
          { variantId: foreign!.id, quantity: 5 },
        ],
      });
      expect(result).toEqual({ ok: false, error: "variantNotOwned", detail: { line: 1 } });
      expect(await db.receipt.count()).toBe(before);
    });

    it("refuses empty, duplicate and non-positive lines", async () => {
      const [own] = await stockedVariants(db, users.jiaming.enterpriseId);
      const base = { enterpriseId: users.jiaming.enterpriseId, actorId: users.jiaming.userId };
      expect(await announceReceipt(db, { ...base, lines: [] })).toMatchObject({ ok: false, error: "noLines" });
      expect(await announceReceipt(db, { ...base, lines: [{ variantId: own!.id, quantity: 0 }] })).toMatchObject({ ok: false, error: "invalidQuantity" });
      expect(await announceReceipt(db, { ...base, lines: [{ variantId: own!.id, quantity: 1.5 }] })).toMatchObject({ ok: false, error: "invalidQuantity" });
      expect(
        await announceReceipt(db, {
          ...base,
          lines: [
            { variantId: own!.id, quantity: 1 },
            { variantId: own!.id, quantity: 2 },
          ],
        }),
      ).toEqual({ ok: false, error: "duplicateVariant", detail: { line: 1 } });
    });

    it("lets the enterprise withdraw its own announcement only, while not received", async () => {
      const [own] = await stockedVariants(db, users.jiaming.enterpriseId);
      const announced = await announceReceipt(db, { enterpriseId: users.jiaming.enterpriseId, actorId: users.jiaming.userId, lines: [{ variantId: own!.id, quantity: 2 }] });
      if (!announced.ok) throw new Error(announced.error);
      expect(await cancelReceipt(db, { receiptId: announced.receiptId, enterpriseId: users.yulong.enterpriseId })).toEqual({ ok: false, error: "notFound" });
      expect(await cancelReceipt(db, { receiptId: announced.receiptId, enterpriseId: users.jiaming.enterpriseId })).toEqual({ ok: true });
      expect(await cancelReceipt(db, { receiptId: announced.receiptId, enterpriseId: users.jiaming.enterpriseId })).toEqual({ ok: false, error: "notAnnounced" });
      const receive = await receiveReceipt(db, { receiptId: announced.receiptId, actorId: users.warehouse, lines: [] });
      expect(receive).toEqual({ ok: false, error: "cancelled" });
    });
  });

  describe("receiving", () => {
    it("adds the good pieces to onHand and the bin, with a RECEIPT row per line, broken pieces kept on the line", async () => {
      const [sku, other] = await stockedVariants(db, users.jiaming.enterpriseId);
      const announced = await announceReceipt(db, {
        enterpriseId: users.jiaming.enterpriseId,
        actorId: users.jiaming.userId,
        lines: [
          { variantId: sku!.id, quantity: 10 },
          { variantId: other!.id, quantity: 6 },
        ],
      });
      if (!announced.ok) throw new Error(announced.error);
      const receipt = (await getReceipt(db, announced.receiptId))!;
      const line = (variantId: string) => receipt.lines.find((l) => l.variant.id === variantId)!.id;
      const before = await stockOf(db, sku!.id);
      const otherBefore = await stockOf(db, other!.id);
      const binA = await bin("D-06-4");
      const binB = await bin("D-06-3");

      const result = await receiveReceipt(db, {
        receiptId: receipt.id,
        actorId: users.warehouse,
        lines: [
          { lineId: line(sku!.id), good: 9, broken: 1, binId: binA },
          { lineId: line(other!.id), good: 4, broken: 0, binId: binB }, // two pieces short
        ],
      });
      expect(result).toEqual({ ok: true, received: 13, broken: 1, short: 2 });

      const after = await stockOf(db, sku!.id);
      expect(after.onHand).toBe(before.onHand + 9);
      expect(after.bins[binA]).toBe((before.bins[binA] ?? 0) + 9);
      expect((await stockOf(db, other!.id)).onHand).toBe(otherBefore.onHand + 4);
      const movements = await db.stockMovement.findMany({ where: { referenceType: "receipt", referenceId: receipt.id }, orderBy: { onHandDelta: "desc" } });
      expect(movements.map((m) => [m.reason, m.onHandDelta, m.actorId, m.binId])).toEqual([
        ["RECEIPT", 9, users.warehouse, binA],
        ["RECEIPT", 4, users.warehouse, binB],
      ]);
      expect(movements[0]!.note).toBe("announced 10, good 9, broken 1");
      expect(movements[1]!.note).toBe("announced 6, good 4, broken 0, short 2");
      const received = (await getReceipt(db, receipt.id))!;
      expect(received.status).toBe("RECEIVED");
      expect(received.receivedBy).toBeTruthy();
      expect(received.lines.find((l) => l.variant.id === sku!.id)).toMatchObject({ quantityGood: 9, quantityBroken: 1, bin: { id: binA } });
      expect(await findStockDiscrepancies(db)).toEqual([]);
    });

    it("refuses a second receive (also two at once) and writes nothing more", async () => {
      const [sku] = await stockedVariants(db, users.jiaming.enterpriseId);
      const announced = await announceReceipt(db, { enterpriseId: users.jiaming.enterpriseId, actorId: users.jiaming.userId, lines: [{ variantId: sku!.id, quantity: 5 }] });
      if (!announced.ok) throw new Error(announced.error);
      const lineId = (await getReceipt(db, announced.receiptId))!.lines[0]!.id;
      const binId = await bin("A-01-1");
      const receive = () => receiveReceipt(db, { receiptId: announced.receiptId, actorId: users.warehouse, lines: [{ lineId, good: 5, broken: 0, binId }] });
      const before = await stockOf(db, sku!.id);
      const results = await Promise.all([receive(), receive()]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "alreadyReceived" }]);
      expect(await receive()).toEqual({ ok: false, error: "alreadyReceived" });
      const after = await stockOf(db, sku!.id);
      expect(after.onHand).toBe(before.onHand + 5);
      expect(after.movements).toBe(before.movements + 1);
      expect(await findStockDiscrepancies(db)).toEqual([]);
    });

    it("refuses more than announced, a missing bin, missing lines and an all-zero count, writing nothing", async () => {
      const [sku] = await stockedVariants(db, users.jiaming.enterpriseId);
      const announced = await announceReceipt(db, { enterpriseId: users.jiaming.enterpriseId, actorId: users.jiaming.userId, lines: [{ variantId: sku!.id, quantity: 5 }] });
      if (!announced.ok) throw new Error(announced.error);
      const lineId = (await getReceipt(db, announced.receiptId))!.lines[0]!.id;
      const binId = await bin("A-01-1");
      const before = await snapshot();
      const receive = (lines: Parameters<typeof receiveReceipt>[1]["lines"]) => receiveReceipt(db, { receiptId: announced.receiptId, actorId: users.warehouse, lines });
      expect(await receive([{ lineId, good: 5, broken: 1, binId }])).toMatchObject({ ok: false, error: "overAnnounced" });
      expect(await receive([{ lineId, good: 3, broken: 0, binId: null }])).toMatchObject({ ok: false, error: "binRequired" });
      expect(await receive([{ lineId, good: 3, broken: 0, binId: "no-such-bin" }])).toMatchObject({ ok: false, error: "binUnknown" });
      expect(await receive([{ lineId, good: -1, broken: 0, binId }])).toMatchObject({ ok: false, error: "invalidQuantity" });
      expect(await receive([])).toEqual({ ok: false, error: "linesMismatch" });
      expect(await receive([{ lineId, good: 0, broken: 0, binId: null }])).toEqual({ ok: false, error: "nothingReceived" });
      expect(await snapshot()).toEqual(before);
      // All broken is a real outcome: nothing enters stock, the receipt is done.
      expect(await receive([{ lineId, good: 0, broken: 5, binId: null }])).toEqual({ ok: true, received: 0, broken: 5, short: 0 });
      expect((await snapshot()).movements).toBe(before.movements);
    });
  });

  describe("breakage", () => {
    it("writes pieces off a bin with a BREAKAGE row carrying the reason", async () => {
      const [sku] = await stockedVariants(db, users.yulong.enterpriseId);
      const binId = sku!.binStocks.find((b) => b.quantity >= 2)!.binId;
      const before = await stockOf(db, sku!.id);
      const result = await recordBreakage(db, { variantId: sku!.id, binId, quantity: 2, reason: "HANDLING", note: "dropped from the cart", actorId: users.warehouse });
      expect(result.ok).toBe(true);
      const after = await stockOf(db, sku!.id);
      expect(after.onHand).toBe(before.onHand - 2);
      expect(after.bins[binId]).toBe(before.bins[binId]! - 2);
      const row = await db.stockMovement.findFirstOrThrow({ where: { referenceType: "breakage", referenceId: result.ok ? result.reference : "" } });
      expect(row).toMatchObject({ reason: "BREAKAGE", onHandDelta: -2, binId, actorId: users.warehouse });
      expect(parseBreakageNote(row.note)).toEqual({ reason: "HANDLING", text: "dropped from the cart" });
      expect(await findStockDiscrepancies(db)).toEqual([]);
    });

    it("refuses to take more than the bin holds, or to eat into reserved pieces, writing nothing", async () => {
      const [, sku] = await stockedVariants(db, users.yulong.enterpriseId);
      const { binId, quantity } = sku!.binStocks.find((b) => b.quantity >= 3)!;
      const onHand = (await stockOf(db, sku!.id)).onHand;
      let before = await snapshot();
      expect(await recordBreakage(db, { variantId: sku!.id, binId, quantity: quantity + 1, reason: "STORAGE", actorId: users.warehouse })).toEqual({
        ok: false,
        error: "binShort",
        detail: { inBin: quantity },
      });
      expect(await snapshot()).toEqual(before);

      // Reserve all but one piece for an order: only one is available to write off.
      await reserveForTest(db, sku!.id, onHand - 1);
      before = await snapshot();
      expect(await recordBreakage(db, { variantId: sku!.id, binId, quantity: 2, reason: "DEFECT", actorId: users.warehouse })).toEqual({
        ok: false,
        error: "insufficientAvailable",
        detail: { available: 1, reserved: onHand - 1 },
      });
      expect(await snapshot()).toEqual(before);
      expect(await findStockDiscrepancies(db)).toEqual([]);
    });

    it("never goes negative when several write-offs race for the last pieces", async () => {
      const [, , sku] = await stockedVariants(db, users.yulong.enterpriseId);
      const { binId } = sku!.binStocks[0]!;
      const level = await stockOf(db, sku!.id);
      const inBin = level.bins[binId]!;
      const attempts = await Promise.all(Array.from({ length: inBin + 3 }, () => recordBreakage(db, { variantId: sku!.id, binId, quantity: 1, reason: "OTHER", actorId: users.warehouse })));
      expect(attempts.filter((a) => a.ok)).toHaveLength(Math.min(inBin, level.onHand - level.reserved));
      const after = await stockOf(db, sku!.id);
      expect(after.bins[binId]).toBe(inBin - attempts.filter((a) => a.ok).length);
      expect(after.onHand).toBeGreaterThanOrEqual(0);
      expect(await findStockDiscrepancies(db)).toEqual([]);
    });
  });

  describe("stocktakes", () => {
    it("counts a bin, shows the variance and posts it as STOCKTAKE adjustments", async () => {
      // A bin holding at least two SKUs, none of them reserved for orders.
      const candidates = await db.binLocation.findMany({
        where: { binStocks: { some: { quantity: { gt: 0 } }, none: { variant: { stockLevels: { some: { reserved: { gt: 0 } } } } } } },
        orderBy: { code: "asc" },
        select: { id: true, _count: { select: { binStocks: { where: { quantity: { gt: 0 } } } } } },
      });
      const binId = candidates.find((c) => c._count.binStocks >= 2)!.id;
      const contents = await db.binStock.findMany({ where: { binId, quantity: { gt: 0 } }, orderBy: { variantId: "asc" } });
      expect(contents.length).toBeGreaterThanOrEqual(2);
      const opened = await openStocktake(db, { scope: { binId }, actorId: users.warehouse });
      if (!opened.ok) throw new Error(opened.error);
      expect(opened.number).toMatch(/^ST-\d{8}-\d{4}$/);
      expect(await openStocktake(db, { scope: { binId }, actorId: users.warehouse })).toMatchObject({ ok: false, error: "alreadyOpen" });

      const lines = await db.stocktakeLine.findMany({ where: { stocktakeId: opened.stocktakeId }, orderBy: { variantId: "asc" } });
      expect(lines.map((l) => [l.variantId, l.expected])).toEqual(contents.map((c) => [c.variantId, c.quantity]));
      // First SKU: one piece fewer; second: two more; the rest as expected.
      const counted = lines.map((l, i) => ({ lineId: l.id, counted: i === 0 ? l.expected - 1 : i === 1 ? l.expected + 2 : l.expected }));
      expect(await postStocktake(db, { stocktakeId: opened.stocktakeId, actorId: users.warehouse })).toEqual({ ok: false, error: "notAllCounted", detail: { uncounted: lines.length } });
      expect(await recordCounts(db, { stocktakeId: opened.stocktakeId, counts: counted })).toEqual({ ok: true, counted: lines.length });

      const before = await Promise.all(lines.map((l) => stockOf(db, l.variantId)));
      const posted = await postStocktake(db, { stocktakeId: opened.stocktakeId, actorId: users.warehouse });
      expect(posted).toEqual({ ok: true, adjustedLines: 2, netDelta: 1 });
      const after = await Promise.all(lines.map((l) => stockOf(db, l.variantId)));
      expect(after[0]!.onHand).toBe(before[0]!.onHand - 1);
      expect(after[1]!.onHand).toBe(before[1]!.onHand + 2);
      expect(after[0]!.bins[binId]).toBe(lines[0]!.expected - 1);
      const movements = await db.stockMovement.findMany({ where: { referenceType: "stocktake", referenceId: opened.stocktakeId }, orderBy: { onHandDelta: "asc" } });
      expect(movements.map((m) => [m.reason, m.onHandDelta, m.binId])).toEqual([
        ["STOCKTAKE", -1, binId],
        ["STOCKTAKE", 2, binId],
      ]);
      expect(await postStocktake(db, { stocktakeId: opened.stocktakeId, actorId: users.warehouse })).toEqual({ ok: false, error: "notOpen" });
      expect(await recordCounts(db, { stocktakeId: opened.stocktakeId, counts: [] })).toEqual({ ok: false, error: "notOpen" });
      expect(await findStockDiscrepancies(db)).toEqual([]);
    });

    it("counts a SKU across its bins, with a found piece in a new bin", async () => {
      const [sku] = await stockedVariants(db, users.jiaming.enterpriseId);
      const opened = await openStocktake(db, { scope: { variantId: sku!.id }, actorId: users.warehouse });
      if (!opened.ok) throw new Error(opened.error);
      const emptyBin = await bin("C-03-2");
      const added = await addStocktakeLine(db, { stocktakeId: opened.stocktakeId, binId: emptyBin, variantId: sku!.id });
      expect(added.ok).toBe(true);
      const [other] = await stockedVariants(db, users.yulong.enterpriseId);
      expect(await addStocktakeLine(db, { stocktakeId: opened.stocktakeId, binId: emptyBin, variantId: other!.id })).toEqual({ ok: false, error: "outOfScope" });
      expect(await addStocktakeLine(db, { stocktakeId: opened.stocktakeId, binId: emptyBin, variantId: sku!.id })).toEqual({ ok: false, error: "lineExists" });
      const lines = await db.stocktakeLine.findMany({ where: { stocktakeId: opened.stocktakeId } });
      await recordCounts(db, { stocktakeId: opened.stocktakeId, counts: lines.map((l) => ({ lineId: l.id, counted: l.binId === emptyBin ? 3 : l.expected })) });
      const before = await stockOf(db, sku!.id);
      expect(await postStocktake(db, { stocktakeId: opened.stocktakeId, actorId: users.warehouse })).toEqual({ ok: true, adjustedLines: 1, netDelta: 3 });
      const after = await stockOf(db, sku!.id);
      expect(after.onHand).toBe(before.onHand + 3);
      expect(after.bins[emptyBin]).toBe(3);
      expect(await findStockDiscrepancies(db)).toEqual([]);
    });

    it("refuses to post when stock moved since the snapshot, until that line is refreshed and recounted", async () => {
      const [, , , sku] = await stockedVariants(db, users.jiaming.enterpriseId);
      const { binId } = sku!.binStocks.find((b) => b.quantity > 2)!;
      const opened = await openStocktake(db, { scope: { variantId: sku!.id }, actorId: users.warehouse });
      if (!opened.ok) throw new Error(opened.error);
      const lines = await db.stocktakeLine.findMany({ where: { stocktakeId: opened.stocktakeId } });
      await recordCounts(db, { stocktakeId: opened.stocktakeId, counts: lines.map((l) => ({ lineId: l.id, counted: l.expected })) });
      // A piece breaks while people count.
      expect((await recordBreakage(db, { variantId: sku!.id, binId, quantity: 1, reason: "HANDLING", actorId: users.warehouse })).ok).toBe(true);
      const before = await snapshot();
      expect(await postStocktake(db, { stocktakeId: opened.stocktakeId, actorId: users.warehouse })).toMatchObject({ ok: false, error: "stockChanged" });
      expect(await snapshot()).toEqual(before);
      expect(await refreshStocktake(db, { stocktakeId: opened.stocktakeId })).toEqual({ ok: true, refreshed: 1 });
      const refreshed = await db.stocktakeLine.findFirstOrThrow({ where: { stocktakeId: opened.stocktakeId, binId } });
      expect(refreshed.counted).toBeNull();
      await recordCounts(db, { stocktakeId: opened.stocktakeId, counts: [{ lineId: refreshed.id, counted: refreshed.expected }] });
      expect(await postStocktake(db, { stocktakeId: opened.stocktakeId, actorId: users.warehouse })).toEqual({ ok: true, adjustedLines: 0, netDelta: 0 });
      expect(await findStockDiscrepancies(db)).toEqual([]);
    });

    it("refuses a count that would take onHand below what is reserved, writing nothing", async () => {
      const [, , , , sku] = await stockedVariants(db, users.yulong.enterpriseId);
      const onHand = (await stockOf(db, sku!.id)).onHand;
      await reserveForTest(db, sku!.id, onHand);
      const opened = await openStocktake(db, { scope: { variantId: sku!.id }, actorId: users.warehouse });
      if (!opened.ok) throw new Error(opened.error);
      const lines = await db.stocktakeLine.findMany({ where: { stocktakeId: opened.stocktakeId } });
      await recordCounts(db, { stocktakeId: opened.stocktakeId, counts: lines.map((l, i) => ({ lineId: l.id, counted: i === 0 ? 0 : l.expected })) });
      const before = await snapshot();
      expect(await postStocktake(db, { stocktakeId: opened.stocktakeId, actorId: users.warehouse })).toMatchObject({ ok: false, error: "belowReserved" });
      expect(await snapshot()).toEqual(before);
      expect(await recordCounts(db, { stocktakeId: opened.stocktakeId, counts: [{ lineId: lines[0]!.id, counted: -1 }] })).toMatchObject({ ok: false, error: "invalidCount" });
    });
  });

  describe("thresholds and the enterprise's view", () => {
    it("sets a threshold on own SKUs only; low stock and replenish follow it", async () => {
      const [sku] = await stockedVariants(db, users.jiaming.enterpriseId);
      const row = (await enterpriseStockOverview(db, users.jiaming.enterpriseId)).rows.find((r) => r.variantId === sku!.id)!;
      expect(row.low).toBe(false);
      const threshold = row.available + row.inbound + 10;
      expect(await setLowStockThreshold(db, { enterpriseId: users.yulong.enterpriseId, variantId: sku!.id, threshold })).toEqual({ ok: false, error: "notFound" });
      expect(await setLowStockThreshold(db, { enterpriseId: users.jiaming.enterpriseId, variantId: sku!.id, threshold: -1 })).toEqual({ ok: false, error: "invalidThreshold" });
      expect(await setLowStockThreshold(db, { enterpriseId: users.jiaming.enterpriseId, variantId: sku!.id, threshold })).toEqual({ ok: true, threshold });
      const overview = await enterpriseStockOverview(db, users.jiaming.enterpriseId);
      expect(overview.rows.every((r) => r.enterpriseId === users.jiaming.enterpriseId)).toBe(true);
      expect(overview.low.map((r) => r.variantId)).toContain(sku!.id);
      expect(overview.replenish.find((r) => r.variantId === sku!.id)?.suggested).toBe(2 * threshold - row.available - row.inbound);
      expect(overview.totals.onHand).toBe(overview.rows.reduce((sum, r) => sum + r.onHand, 0));
      expect(overview.totals.low).toBe(overview.low.length);
    });

    it("searches stock across enterprises by SKU, name and enterprise, a page at a time", async () => {
      const [sku] = await stockedVariants(db, users.jiaming.enterpriseId);
      const bySku = await searchStock(db, { q: sku!.sku.toLowerCase() });
      expect(bySku.items.map((i) => i.sku)).toContain(sku!.sku);
      expect(bySku.items.find((i) => i.sku === sku!.sku)?.bins.length).toBeGreaterThan(0);
      const jiaming = await searchStock(db, { enterpriseId: users.jiaming.enterpriseId, pageSize: 5 });
      expect(jiaming.items).toHaveLength(5);
      expect(jiaming.items.every((i) => i.enterpriseId === users.jiaming.enterpriseId)).toBe(true);
      const all = await Promise.all(Array.from({ length: jiaming.pageCount }, (_, i) => searchStock(db, { enterpriseId: users.jiaming.enterpriseId, pageSize: 5, page: i + 1 })));
      expect(new Set(all.flatMap((p) => p.items.map((i) => i.variantId))).size).toBe(jiaming.total);
      const byName = await searchStock(db, { q: "嘉明" });
      expect(byName.total).toBe(jiaming.total);
      const low = await searchStock(db, { lowOnly: true, pageSize: 500 });
      expect(low.total).toBeGreaterThan(0);
      expect(low.items.every((i) => i.available <= i.lowStockThreshold)).toBe(true);
      expect((await searchStock(db, { q: "%" })).total).toBe(0);
    });

    it("exports the filtered ledger oldest first, and finds SKUs by their exact code", async () => {
      const [sku] = await stockedVariants(db, users.jiaming.enterpriseId);
      const exported = await ledgerForExport(db, { sku: sku!.sku.toLowerCase() });
      expect(exported.truncated).toBe(false);
      expect(exported.rows[0]!.reason).toBe("SEED");
      expect(exported.rows.every((r) => r.variant.sku === sku!.sku)).toBe(true);
      expect(exported.rows.map((r) => r.createdAt.getTime())).toEqual([...exported.rows.map((r) => r.createdAt.getTime())].sort((a, b) => a - b));
      expect(exported.rows.reduce((sum, r) => sum + r.onHandDelta, 0)).toBe((await stockOf(db, sku!.id)).onHand);
      const future = await ledgerForExport(db, { from: new Date(Date.now() + 86_400_000) });
      expect(future.rows).toEqual([]);
    });

    it("filters the ledger by enterprise and reason", async () => {
      const page = await listLedger(db, { enterpriseId: users.jiaming.enterpriseId, reason: "RECEIPT" });
      expect(page.total).toBeGreaterThan(0);
      for (const row of page.items) {
        expect(row.variant.product.enterprise.id).toBe(users.jiaming.enterpriseId);
        expect(row.reason).toBe("RECEIPT");
        expect(row.referenceLabel).toMatch(/^RC-/);
      }
    });
  });

  it("runs receipts, write-offs and a stocktake on the same SKUs at once without deadlock or imbalance", async () => {
    const [a, b] = await stockedVariants(db, users.yulong.enterpriseId).then((rows) => rows.filter((r) => r.stockLevels[0]!.reserved === 0 && r.stockLevels[0]!.onHand >= 6));
    const binId = await bin("B-05-2");
    const receipts = [];
    for (const order of [[a, b], [b, a], [a, b], [b, a]]) {
      const announced = await announceReceipt(db, {
        enterpriseId: users.yulong.enterpriseId,
        actorId: users.yulong.userId,
        lines: order.map((v) => ({ variantId: v!.id, quantity: 5 })),
      });
      if (!announced.ok) throw new Error(announced.error);
      receipts.push((await getReceipt(db, announced.receiptId))!);
    }
    const opened = await openStocktake(db, { scope: { variantId: a!.id }, actorId: users.warehouse });
    if (!opened.ok) throw new Error(opened.error);
    const lines = await db.stocktakeLine.findMany({ where: { stocktakeId: opened.stocktakeId } });
    await recordCounts(db, { stocktakeId: opened.stocktakeId, counts: lines.map((l) => ({ lineId: l.id, counted: l.expected })) });
    const before = [await stockOf(db, a!.id), await stockOf(db, b!.id)];

    const results = await Promise.all([
      ...receipts.map((r) => receiveReceipt(db, { receiptId: r.id, actorId: users.warehouse, lines: r.lines.map((l) => ({ lineId: l.id, good: 4, broken: 1, binId })) })),
      ...[a, b, a, b].map((v) => recordBreakage(db, { variantId: v!.id, binId: v!.binStocks[0]!.binId, quantity: 1, reason: "HANDLING", actorId: users.warehouse })),
      postStocktake(db, { stocktakeId: opened.stocktakeId, actorId: users.warehouse }),
    ]);
    // Receipts and write-offs all go through; the stocktake posts, or is refused because a
    // write-off changed its bin while it waited, never half-applied.
    expect(results.slice(0, 8).every((r) => r.ok)).toBe(true);
    const stocktake = results[8]!;
    expect(stocktake.ok || (!stocktake.ok && stocktake.error === "stockChanged")).toBe(true);
    const after = [await stockOf(db, a!.id), await stockOf(db, b!.id)];
    expect(after[0]!.onHand - before[0]!.onHand).toBe(4 * 4 - 2);
    expect(after[1]!.onHand - before[1]!.onHand).toBe(4 * 4 - 2);
    expect(await findStockDiscrepancies(db)).toEqual([]);
  });

  it("ends balanced: every SKU's onHand equals its ledger and its bins", async () => {
    expect(await db.stockMovement.count({ where: { reason: { in: ["RECEIPT", "BREAKAGE", "STOCKTAKE"] } } })).toBeGreaterThan(5);
    expect(await findStockDiscrepancies(db)).toEqual([]);
    // And the ledger cannot be rewritten.
    await expect(db.stockMovement.deleteMany({})).rejects.toThrow(/append-only/);
  });
});
