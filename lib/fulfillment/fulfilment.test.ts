import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { findStockDiscrepancies } from "@/lib/inventory/invariants";
import { demoUsers, stockedVariants } from "@/lib/inventory/testing";
import { placeOrder } from "@/lib/orders/place";
import { refundOrder } from "@/lib/payments/refunds";
import { seedDemoAccounts } from "@/prisma/seed/accounts";
import { seedCatalogue } from "@/prisma/seed/seed";
import { markDelivered, packOrder, shipOrder } from "./parcels";
import { createPickList, pickListView } from "./pick-lists";
import { adminOrders, enterpriseOrderLines, orderDetail, warehouseQueue } from "./queries";

/**
 * Fulfilment from the shared warehouse against a real database (embedded, and PostgreSQL when
 * TEST_DATABASE_URL is set): cash-on-delivery orders placed through placeOrder are batched on a
 * pick list grouped by bin across enterprises, packed, shipped (stock leaves the bins with SHIP
 * ledger rows and the books still balance) and delivered (the cash is collected and split).
 */
describe.each(availableTestEngines())("fulfilment on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let users: Awaited<ReturnType<typeof demoUsers>>;
  const address = { recipient: "王芳", mobile: "13912345678", province: "山西省", city: "朔州市", district: "怀仁市", street: "金沙滩镇南家堡村 8 号", postalCode: null };

  // A: Jiaming, B: Yulong, both moved into A's bin so one bin holds two enterprises' ware.
  // C: Jiaming, spread over two bins so one order's pieces come from both.
  const sku = { A: { id: "", bin: "" }, B: { id: "", bin: "" }, C: { id: "", bins: [] as string[], onHand: 0 } };
  const orders: { id: string; number: string }[] = [];

  async function level(variantId: string) {
    const row = await db.stockLevel.findFirstOrThrow({ where: { variantId }, select: { onHand: true, reserved: true } });
    return row;
  }

  async function place(lines: { variantId: string; quantity: number }[]) {
    const result = await placeOrder(db, { customer: { email: "guest@example.test", phone: "13912345678" }, lines, address, paymentMethod: "COD" });
    if (!result.ok) throw new Error(`placeOrder: ${result.error}`);
    return { id: result.order.id, number: result.order.number };
  }

  /** Moves all of a SKU's pieces into one bin (setup only: bin totals, onHand and the ledger keep balancing). */
  async function moveAllInto(variantId: string, binId: string) {
    const total = (await db.binStock.aggregate({ where: { variantId }, _sum: { quantity: true } }))._sum.quantity ?? 0;
    await db.binStock.deleteMany({ where: { variantId } });
    await db.binStock.create({ data: { binId, variantId, quantity: total } });
  }

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    db = database.db;
    await seedCatalogue(db);
    await seedDemoAccounts(db);
    users = await demoUsers(db);
    const onSale = { product: { status: "PUBLISHED" as const }, active: true };
    const jiaming = (await stockedVariants(db, users.jiaming.enterpriseId)).filter((v) => v.stockLevels[0]!.onHand >= 10);
    const yulong = (await stockedVariants(db, users.yulong.enterpriseId)).filter((v) => v.stockLevels[0]!.onHand >= 10);
    const sellable = new Set((await db.variant.findMany({ where: onSale, select: { id: true } })).map((v) => v.id));
    const [a, c] = jiaming.filter((v) => sellable.has(v.id));
    const [b] = yulong.filter((v) => sellable.has(v.id));
    sku.A = { id: a!.id, bin: a!.binStocks[0]!.binId };
    sku.B = { id: b!.id, bin: sku.A.bin };
    await moveAllInto(b!.id, sku.A.bin);
    const bins = await db.binLocation.findMany({ where: { id: { not: sku.A.bin } }, orderBy: { code: "asc" }, take: 2, select: { id: true } });
    const cOnHand = c!.stockLevels[0]!.onHand;
    await db.binStock.deleteMany({ where: { variantId: c!.id } });
    await db.binStock.createMany({ data: [{ binId: bins[0]!.id, variantId: c!.id, quantity: cOnHand - 2 }, { binId: bins[1]!.id, variantId: c!.id, quantity: 2 }] });
    sku.C = { id: c!.id, bins: bins.map((bin) => bin.id), onHand: cOnHand };
    expect(await findStockDiscrepancies(db)).toEqual([]);

    orders.push(await place([{ variantId: sku.A.id, quantity: 2 }, { variantId: sku.B.id, quantity: 1 }]));
    orders.push(await place([{ variantId: sku.A.id, quantity: 3 }, { variantId: sku.B.id, quantity: 2 }, { variantId: sku.C.id, quantity: cOnHand - 1 }]));
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("queues confirmed cash-on-delivery orders to pick, oldest first", async () => {
    const queue = await warehouseQueue(db, { tab: "toPick" });
    expect(queue.orders.map((o) => o.number)).toEqual(orders.map((o) => o.number));
    expect(queue.counts).toMatchObject({ toPick: 2, picking: 0 });
    expect((await warehouseQueue(db, { tab: "toPick", q: orders[1]!.number.slice(-6).toLowerCase() })).orders.map((o) => o.number)).toEqual([orders[1]!.number]);
  });

  let pickListId = "";
  let before: Record<string, { onHand: number; reserved: number }> = {};

  it("creates a numbered pick list that moves each order to PICKING with a timeline entry", async () => {
    before = { A: await level(sku.A.id), B: await level(sku.B.id), C: await level(sku.C.id) };
    const now = new Date("2026-11-29T20:00:00Z"); // 30 Nov in the village
    const result = await createPickList(db, { orderIds: orders.map((o) => o.id), actorId: users.warehouse, now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    pickListId = result.pickListId;
    expect(result.number).toBe("PK-20261130-0001");
    for (const order of orders) {
      const detail = await orderDetail(db, order.number);
      expect(detail?.status).toBe("PICKING");
      expect(detail?.pickList?.id).toBe(pickListId);
      expect(detail?.events.at(-1)).toMatchObject({ kind: "picking", actorKind: "warehouse", toStatus: "PICKING" });
    }
    const second = await createPickList(db, { orderIds: [orders[0]!.id], actorId: users.warehouse, now });
    expect(second).toEqual({ ok: false, error: "not_ready", detail: { number: orders[0]!.number } });
    expect(await db.pickList.count()).toBe(1);
  });

  it("groups the pick list by bin across enterprises, with the orders each piece is for", async () => {
    const view = (await pickListView(db, pickListId))!;
    const codeOf = async (binId: string) => (await db.binLocation.findUniqueOrThrow({ where: { id: binId } })).code;
    const shared = view.bins.find((bin) => bin.lines.some((l) => l.variantId === sku.A.id))!;
    expect(shared.code).toBe(await codeOf(sku.A.bin));
    const skuOf = async (variantId: string) => (await db.variant.findUniqueOrThrow({ where: { id: variantId } })).sku;
    const expected = [
      { variantId: sku.A.id, sku: await skuOf(sku.A.id), quantity: 5, orders: [{ number: orders[0]!.number, quantity: 2 }, { number: orders[1]!.number, quantity: 3 }] },
      { variantId: sku.B.id, sku: await skuOf(sku.B.id), quantity: 3, orders: [{ number: orders[0]!.number, quantity: 1 }, { number: orders[1]!.number, quantity: 2 }] },
    ].sort((x, y) => x.sku.localeCompare(y.sku));
    expect(shared.lines).toMatchObject(expected);
    expect(new Set(shared.lines.map((l) => l.enterpriseNameZh)).size).toBe(2);
    // C: the fullest bin first, then the rest from the other one.
    const cPicks = view.bins.flatMap((bin) => bin.lines.filter((l) => l.variantId === sku.C.id).map((l) => [bin.code, l.quantity]));
    expect(cPicks).toEqual([
      [await codeOf(sku.C.bins[0]!), sku.C.onHand - 2],
      [await codeOf(sku.C.bins[1]!), 1],
    ]);
    expect(view.bins.map((b) => b.code)).toEqual([...view.bins.map((b) => b.code)].sort());
    expect(view.pieces).toBe(5 + 3 + sku.C.onHand - 1);
  });

  it("packs each order once, one parcel with the order's weight unless weighed", async () => {
    const packed = await packOrder(db, { orderId: orders[0]!.id, actorId: users.warehouse });
    expect(packed.ok).toBe(true);
    expect(await packOrder(db, { orderId: orders[0]!.id, actorId: users.warehouse })).toMatchObject({ ok: false, error: "order_status" });
    expect(await packOrder(db, { orderId: orders[1]!.id, weightGrams: 0, actorId: users.warehouse })).toEqual({ ok: false, error: "weight" });
    expect((await packOrder(db, { orderId: orders[1]!.id, weightGrams: 4321, actorId: users.warehouse })).ok).toBe(true);
    const [first, second] = [await orderDetail(db, orders[0]!.number), await orderDetail(db, orders[1]!.number)];
    expect(first?.shipment?.weightGrams).toBe(first?.weightGrams);
    expect(second?.shipment?.weightGrams).toBe(4321);
    expect(second?.status).toBe("PACKED");
    expect((await db.pickList.findUniqueOrThrow({ where: { id: pickListId } })).completedAt).not.toBeNull();
    // Packing moves nothing off the shelves yet.
    expect(await level(sku.A.id)).toEqual(before.A);
  });

  it("refuses a bad carrier or tracking number and writes nothing", async () => {
    const events = await db.orderEvent.count();
    expect(await shipOrder(db, { orderId: orders[0]!.id, carrier: "DHL", trackingNumber: "SF1234567890", actorId: users.warehouse })).toEqual({ ok: false, error: "carrier" });
    expect(await shipOrder(db, { orderId: orders[0]!.id, carrier: "SF", trackingNumber: "12-34", actorId: users.warehouse })).toEqual({ ok: false, error: "trackingNumber" });
    expect(await shipOrder(db, { orderId: orders[0]!.id, carrier: "SF", trackingNumber: "SF12345678901234567890123456789", actorId: users.warehouse })).toEqual({ ok: false, error: "trackingNumber" });
    expect(await db.orderEvent.count()).toBe(events);
    expect(await level(sku.A.id)).toEqual(before.A);
  });

  it("ships: stock leaves the bins with SHIP ledger rows, the books balance, and a second shipment is refused", async () => {
    const shipped = await shipOrder(db, { orderId: orders[0]!.id, carrier: "SF", trackingNumber: " sf 1234 5678 901 ", actorId: users.warehouse });
    expect(shipped).toEqual({ ok: true, carrier: "SF", trackingNumber: "SF12345678901" });
    expect((await shipOrder(db, { orderId: orders[1]!.id, carrier: "ZTO", trackingNumber: "7731234567890", actorId: users.warehouse })).ok).toBe(true);

    const quantities = { A: 5, B: 3, C: sku.C.onHand - 1 };
    for (const key of ["A", "B", "C"] as const) {
      expect(await level(sku[key].id), key).toEqual({ onHand: before[key]!.onHand - quantities[key], reserved: before[key]!.reserved - quantities[key] });
      const ships = await db.stockMovement.findMany({ where: { variantId: sku[key].id, reason: "SHIP" }, select: { onHandDelta: true, reservedDelta: true, binId: true, referenceId: true } });
      expect(ships.reduce((sum, m) => sum + m.onHandDelta, 0), key).toBe(-quantities[key]);
      expect(ships.every((m) => m.binId !== null && m.onHandDelta === m.reservedDelta)).toBe(true);
    }
    expect(await db.binStock.findMany({ where: { variantId: sku.C.id }, orderBy: { quantity: "asc" }, select: { binId: true, quantity: true } })).toEqual([
      { binId: sku.C.bins[0], quantity: 0 },
      { binId: sku.C.bins[1], quantity: 1 },
    ]);
    expect(await findStockDiscrepancies(db)).toEqual([]);

    const ledger = await db.stockMovement.count();
    const again = await shipOrder(db, { orderId: orders[0]!.id, carrier: "SF", trackingNumber: "SF99999999", actorId: users.warehouse });
    expect(again).toMatchObject({ ok: false, error: "order_status" });
    expect(await db.stockMovement.count()).toBe(ledger);
    const detail = await orderDetail(db, orders[0]!.number);
    expect(detail?.shipment).toMatchObject({ carrier: "SF", trackingNumber: "SF12345678901", shippedById: users.warehouse });
    expect(detail?.events.at(-1)).toMatchObject({ kind: "shipped", actorKind: "warehouse", note: "SF SF12345678901" });
  });

  it("delivering a cash-on-delivery order collects the cash and records its settlement, once", async () => {
    const order = orders[0]!;
    expect((await orderDetail(db, order.number))?.payments[0]?.status).toBe("PENDING");
    expect(await markDelivered(db, { orderId: order.id, actorId: users.warehouse })).toEqual({ ok: true, collectedCash: true });
    const detail = (await orderDetail(db, order.number))!;
    expect(detail.status).toBe("DELIVERED");
    expect(detail.payments[0]).toMatchObject({ status: "SUCCEEDED", amountFen: detail.totalFen });
    expect(detail.paidFen).toBe(detail.totalFen);
    expect(detail.shipment?.deliveredAt).not.toBeNull();
    const settlement = await db.settlementLine.findMany({ where: { orderId: order.id } });
    expect(settlement.length).toBeGreaterThan(0);
    expect(settlement.reduce((sum, row) => sum + row.grossFen, 0)).toBe(detail.paidFen);
    expect(await markDelivered(db, { orderId: order.id, actorId: users.warehouse })).toMatchObject({ ok: false, error: "order_status" });
    expect(await db.settlementLine.count({ where: { orderId: order.id } })).toBe(settlement.length);
    expect(detail.events.map((e) => e.kind)).toEqual(["created", "confirmed", "picking", "packed", "shipped", "delivered"]);
  });

  it("a partial refund of the delivered order shows on the order and on the enterprise's lines", async () => {
    const detail = (await orderDetail(db, orders[0]!.number))!;
    const lineA = detail.lines.find((l) => l.quantity === 2)!;
    const refund = await refundOrder(db, { orderId: detail.id, lines: [{ orderLineId: lineA.id, quantity: 1 }], shippingFen: 0, reason: "一只碗有裂纹", actorId: users.warehouse, actorKind: "warehouse" });
    expect(refund).toMatchObject({ ok: true, amountFen: lineA.unitPriceFen, full: false });
    const jiaming = await enterpriseOrderLines(db, { enterpriseId: users.jiaming.enterpriseId });
    expect(jiaming.lines.find((l) => l.id === lineA.id)).toMatchObject({ refundedQuantity: 1, refundedFen: lineA.unitPriceFen });
  });

  it("enterprise staff see only their own enterprise's lines, and none of the shopper's contact details", async () => {
    const jiaming = await enterpriseOrderLines(db, { enterpriseId: users.jiaming.enterpriseId });
    const yulong = await enterpriseOrderLines(db, { enterpriseId: users.yulong.enterpriseId });
    expect(jiaming.lines.map((l) => l.sku).sort()).toEqual(
      (await db.orderLine.findMany({ where: { enterpriseId: users.jiaming.enterpriseId }, select: { sku: true } })).map((l) => l.sku).sort(),
    );
    expect(jiaming.total).toBe(3);
    expect(yulong.lines.map((l) => l.quantity).sort()).toEqual([1, 2]);
    const jiamingSkus = new Set(jiaming.lines.map((l) => l.sku));
    expect(yulong.lines.some((l) => jiamingSkus.has(l.sku))).toBe(false);
    for (const line of [...jiaming.lines, ...yulong.lines]) {
      expect(Object.keys(line.order).sort()).toEqual(["city", "number", "placedAt", "province", "status"]);
      expect(JSON.stringify(line)).not.toMatch(/王芳|13912345678|南家堡村|guest@example/);
    }
    expect((await enterpriseOrderLines(db, { enterpriseId: users.yulong.enterpriseId, status: "DELIVERED" })).lines.map((l) => l.quantity)).toEqual([1]);
  });

  it("two operators batching the same order at once: one pick list gets it, the other is refused", async () => {
    const order = await place([{ variantId: sku.A.id, quantity: 1 }]);
    const lists = await db.pickList.count();
    const results = await Promise.all([0, 1].map(() => createPickList(db, { orderIds: [order.id], actorId: users.warehouse })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "not_ready", detail: { number: order.number } }]);
    expect(await db.pickList.count()).toBe(lists + 1);
    expect(await db.orderEvent.count({ where: { orderId: order.id, kind: "picking" } })).toBe(1);
  });

  it("finds orders for the admin by status, number and mobile number", async () => {
    expect((await adminOrders(db, { status: "DELIVERED" })).orders.map((o) => o.number)).toEqual([orders[0]!.number]);
    expect((await adminOrders(db, { q: "1391234" })).total).toBe(3);
    expect((await adminOrders(db, { q: orders[1]!.number })).orders.map((o) => o.number)).toEqual([orders[1]!.number]);
    expect((await adminOrders(db, { q: "nothing-like-this" })).total).toBe(0);
  });
});
