import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdminTestDatabase, userId } from "@/lib/admin/test-support";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, type TestDatabase } from "@/lib/db/testing";
import { recordRefundSettlement, recordSaleSettlement, settlementTotals } from "./record";

/** A paid order of two lines from two enterprises (one sold by a host) plus shipping, written straight to the database. */
async function createPaidOrder(db: PrismaClient, hostId: string, method: "STRIPE" | "COD") {
  const variants = await db.variant.findMany({
    where: { active: true },
    orderBy: { sku: "asc" },
    select: { id: true, sku: true, nameZh: true, nameEn: true, weightGrams: true, product: { select: { slug: true, nameZh: true, nameEn: true, enterpriseId: true } } },
  });
  const first = variants[0]!;
  const second = variants.find((v) => v.product.enterpriseId !== first.product.enterpriseId)!;
  const lines = [
    { variant: first, unitPriceFen: 3333, quantity: 3, hostId },
    { variant: second, unitPriceFen: 12001, quantity: 1, hostId: null },
  ];
  const itemsFen = lines.reduce((sum, line) => sum + line.unitPriceFen * line.quantity, 0);
  const [shippingFen, packingFen] = [1700, 600];
  const totalFen = itemsFen + shippingFen + packingFen;
  return db.order.create({
    data: {
      number: `CE-TEST-${randomBytes(4).toString("hex")}`,
      accessToken: randomBytes(16).toString("hex"),
      contactEmail: "buyer@example.test",
      status: method === "STRIPE" ? "PAID" : "DELIVERED",
      paymentMethod: method,
      itemsFen,
      shippingFen,
      packingFen,
      totalFen,
      paidFen: totalFen,
      weightGrams: 2400,
      recipient: "李明",
      mobile: "13800138000",
      province: "江西省",
      city: "景德镇市",
      district: "珠山区",
      street: "陶阳路 1 号",
      lines: {
        create: lines.map(({ variant, unitPriceFen, quantity, hostId }) => ({
          variantId: variant.id,
          enterpriseId: variant.product.enterpriseId,
          sku: variant.sku,
          productSlug: variant.product.slug,
          productNameZh: variant.product.nameZh,
          productNameEn: variant.product.nameEn,
          variantNameZh: variant.nameZh,
          variantNameEn: variant.nameEn,
          unitPriceFen,
          quantity,
          lineTotalFen: unitPriceFen * quantity,
          weightGrams: variant.weightGrams,
          hostId,
        })),
      },
    },
    select: { id: true, paidFen: true, lines: { orderBy: { unitPriceFen: "asc" }, select: { id: true, enterpriseId: true, lineTotalFen: true } } },
  });
}

/** A refund as the order code will write it: lines and shipping part adding up to its amount, and the order's refundedFen raised. */
async function refund(db: PrismaClient, orderId: string, lines: { orderLineId: string; quantity: number; amountFen: number }[], shippingFen = 0) {
  const amountFen = lines.reduce((sum, line) => sum + line.amountFen, shippingFen);
  return db.$transaction(async (tx) => {
    const created = await tx.refund.create({ data: { orderId, amountFen, shippingFen, reason: "test", status: "SUCCEEDED", lines: { create: lines } }, select: { id: true } });
    await tx.order.update({ where: { id: orderId }, data: { refundedFen: { increment: amountFen } } });
    await recordRefundSettlement(tx, created.id);
    return created.id;
  });
}

async function rowsOf(db: PrismaClient, orderId: string) {
  return db.settlementLine.findMany({ where: { orderId }, orderBy: { createdAt: "asc" } });
}

describe.each(availableTestEngines())("settlement ledger on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let hostId: string;

  beforeAll(async () => {
    database = await createAdminTestDatabase(engine);
    db = database.db;
    hostId = await userId(db, "host");
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("records the sale once, then refunds in steps down to zero for every party, adding up to the fen throughout", async () => {
    const order = await createPaidOrder(db, hostId, "STRIPE");
    const [hosted, plain] = order.lines as [(typeof order.lines)[0], (typeof order.lines)[0]];
    await db.$transaction((tx) => recordSaleSettlement(tx, order.id));

    const sale = await rowsOf(db, order.id);
    expect(sale).toHaveLength(3);
    expect(sale.every((row) => row.kind === "SALE")).toBe(true);
    expect(sale.reduce((sum, row) => sum + row.grossFen, 0)).toBe(order.paidFen);
    const hostedSale = sale.find((row) => row.orderLineId === hosted.id)!;
    // Default rules: 3.40 % Stripe, 8 % cooperative, 10 % host commission on 99.99.
    expect(hostedSale).toMatchObject({ enterpriseId: hosted.enterpriseId, hostId, grossFen: 9999, paymentFeeFen: 340, cooperativeFen: 800, hostFen: 1000, enterpriseFen: 7859 });
    expect(sale.find((row) => row.orderLineId === plain.id)).toMatchObject({ hostId: null, hostFen: 0, grossFen: 12001 });
    expect(sale.find((row) => row.orderLineId === null)).toMatchObject({ enterpriseId: null, grossFen: 2300, enterpriseFen: 0, hostFen: 0, paymentFeeFen: 78, cooperativeFen: 2222 });

    // The sale is recorded once: a second call is refused and writes nothing.
    await expect(db.$transaction((tx) => recordSaleSettlement(tx, order.id))).rejects.toThrow(/already recorded/);
    expect(await db.settlementLine.count({ where: { orderId: order.id } })).toBe(3);

    const firstRefund = await refund(db, order.id, [{ orderLineId: hosted.id, quantity: 1, amountFen: 3333 }]);
    await refund(db, order.id, [{ orderLineId: hosted.id, quantity: 1, amountFen: 3333 }, { orderLineId: plain.id, quantity: 0, amountFen: 5000 }], 1000);
    await expect(db.$transaction((tx) => recordRefundSettlement(tx, firstRefund))).rejects.toThrow(/already recorded/);

    const afterPartial = await rowsOf(db, order.id);
    const refunds = afterPartial.filter((row) => row.kind === "REFUND");
    expect(refunds).toHaveLength(4);
    for (const row of afterPartial) expect(row.enterpriseFen + row.hostFen + row.cooperativeFen + row.paymentFeeFen).toBe(row.grossFen);
    for (const row of refunds) for (const part of [row.enterpriseFen, row.hostFen, row.cooperativeFen, row.paymentFeeFen]) expect(part).toBeLessThanOrEqual(0);
    const { paidFen, refundedFen } = await db.order.findUniqueOrThrow({ where: { id: order.id }, select: { paidFen: true, refundedFen: true } });
    expect(refundedFen).toBe(3333 + 3333 + 5000 + 1000);
    expect(afterPartial.reduce((sum, row) => sum + row.grossFen, 0)).toBe(paidFen - refundedFen);
    // The host's commission went back by two thirds of the hosted line.
    expect(refunds.filter((row) => row.orderLineId === hosted.id).reduce((sum, row) => sum + row.hostFen, 0)).toBe(-667);

    // Refunding more of a line than is left of it is refused, and the refund with it.
    await expect(refund(db, order.id, [{ orderLineId: plain.id, quantity: 1, amountFen: 7002 }])).rejects.toThrow(RangeError);
    expect(await db.settlementLine.count({ where: { orderId: order.id } })).toBe(afterPartial.length);

    // The rest of everything: every party nets to exactly zero on every line.
    await refund(db, order.id, [{ orderLineId: hosted.id, quantity: 1, amountFen: 3333 }, { orderLineId: plain.id, quantity: 1, amountFen: 7001 }], 1300);
    const all = await rowsOf(db, order.id);
    for (const lineId of [hosted.id, plain.id, null]) {
      const ofLine = all.filter((row) => row.orderLineId === lineId);
      const net = (key: "grossFen" | "enterpriseFen" | "hostFen" | "cooperativeFen" | "paymentFeeFen") => ofLine.reduce((sum, row) => sum + row[key], 0);
      expect([net("grossFen"), net("enterpriseFen"), net("hostFen"), net("cooperativeFen"), net("paymentFeeFen")]).toEqual([0, 0, 0, 0, 0]);
    }
    const fullyRefunded = await db.order.findUniqueOrThrow({ where: { id: order.id }, select: { paidFen: true, refundedFen: true } });
    expect(fullyRefunded.refundedFen).toBe(fullyRefunded.paidFen);
  });

  it("refuses a sale whose paid amount is not its lines plus shipping, and a refund before any sale", async () => {
    const order = await createPaidOrder(db, hostId, "COD");
    await expect(refund(db, order.id, [{ orderLineId: order.lines[0]!.id, quantity: 1, amountFen: 100 }])).rejects.toThrow(/no recorded sale/);
    expect(await db.refund.count({ where: { orderId: order.id } })).toBe(0);
    await db.order.update({ where: { id: order.id }, data: { paidFen: order.paidFen - 1 } });
    await expect(db.$transaction((tx) => recordSaleSettlement(tx, order.id))).rejects.toThrow(/paidFen/);
    expect(await db.settlementLine.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("totals the ledger per party, for one enterprise and for a period", async () => {
    const before = new Date();
    const order = await createPaidOrder(db, hostId, "COD");
    await db.$transaction((tx) => recordSaleSettlement(tx, order.id));
    const [hosted] = order.lines;
    await refund(db, order.id, [{ orderLineId: hosted!.id, quantity: 1, amountFen: 3333 }]);

    const period = await settlementTotals(db, { from: before });
    expect(period.salesFen).toBe(order.paidFen);
    expect(period.refundsFen).toBe(3333);
    expect(period.grossFen).toBe(order.paidFen - 3333);
    expect(period.enterpriseFen + period.hostFen + period.cooperativeFen + period.paymentFeeFen).toBe(period.grossFen);

    const enterprise = await settlementTotals(db, { enterpriseId: hosted!.enterpriseId, from: before });
    const rows = await db.settlementLine.findMany({ where: { enterpriseId: hosted!.enterpriseId, createdAt: { gte: before } } });
    expect(enterprise.enterpriseFen).toBe(rows.reduce((sum, row) => sum + row.enterpriseFen, 0));
    expect(enterprise.grossFen).toBe(9999 - 3333);
    expect(await settlementTotals(db, { from: new Date(Date.now() + 60_000) })).toMatchObject({ grossFen: 0, salesFen: 0, refundsFen: 0 });
  });
});
