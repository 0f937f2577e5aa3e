import { loadRules } from "@/lib/checkout/rules";
import type { Db, Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { addParts, type SplitParts, splitLine, splitReversal, splitShipping, ZERO_PARTS } from "./split";

/**
 * The settlement ledger (SettlementLine, append-only): who gets what of each order's money.
 *
 * A sale is recorded once per order, by the transaction that makes its money real (a Stripe
 * payment succeeded, or a cash-on-delivery order was delivered), with the rules in force at that
 * moment. Refunds reverse what the sale recorded, never today's rules. What holds, to the fen:
 * every row's parts add up to its gross; an order's rows add up to paidFen − refundedFen; each
 * party's total for a line (or the shipping) stays between 0 and its share of the sale, and is
 * exactly 0 once the line is refunded in full.
 */

/** Holds the order's row until the transaction ends, so two settlements of one order queue (callers normally hold it already). */
async function lockOrder(tx: Tx, orderId: string): Promise<void> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Order" WHERE "id" = ${orderId} FOR UPDATE`;
  if (locked.length === 0) throw new Error(`settlement: order ${orderId} does not exist`);
}

/**
 * One SALE row per order line (its enterprise, and its host for the commission) and one for
 * shipping plus packing (no enterprise) when there is any. The caller sets paidFen first; the
 * rows must add up to it. Throws, writing nothing, if the order's sale is already recorded.
 */
export async function recordSaleSettlement(tx: Tx, orderId: string): Promise<void> {
  await lockOrder(tx, orderId);
  if (await tx.settlementLine.findFirst({ where: { orderId, kind: "SALE" }, select: { id: true } })) {
    throw new Error(`settlement: the sale of order ${orderId} is already recorded`);
  }
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      paymentMethod: true,
      paidFen: true,
      shippingFen: true,
      packingFen: true,
      lines: { orderBy: { id: "asc" }, select: { id: true, enterpriseId: true, hostId: true, lineTotalFen: true } },
    },
  });
  const shippingFen = order.shippingFen + order.packingFen;
  const grossFen = order.lines.reduce((sum, line) => sum + line.lineTotalFen, shippingFen);
  if (grossFen !== order.paidFen) throw new Error(`settlement: order ${orderId} has paidFen ${order.paidFen} but its lines and shipping come to ${grossFen}`);
  const rules = await loadRules(tx);
  const rows: Prisma.SettlementLineCreateManyInput[] = order.lines.map((line) => ({
    orderId,
    orderLineId: line.id,
    kind: "SALE",
    enterpriseId: line.enterpriseId,
    hostId: line.hostId,
    grossFen: line.lineTotalFen,
    ...splitLine(line.lineTotalFen, rules, order.paymentMethod, line.hostId !== null),
  }));
  if (shippingFen > 0) rows.push({ orderId, kind: "SALE", grossFen: shippingFen, ...splitShipping(shippingFen, rules, order.paymentMethod) });
  await tx.settlementLine.createMany({ data: rows });
}

/**
 * REFUND rows (negative) for a refund: one per order line it returns money for, and one for its
 * shipping part, each taking from every party its share of what that party still holds of the
 * line (see splitReversal). The refund's lines and shipping part must add up to its amount.
 * Throws, writing nothing, if the refund is already settled, the order's sale is not recorded,
 * or a line would be refunded beyond what is left of it.
 */
export async function recordRefundSettlement(tx: Tx, refundId: string): Promise<void> {
  const refund = await tx.refund.findUniqueOrThrow({
    where: { id: refundId },
    select: { orderId: true, amountFen: true, shippingFen: true, lines: { select: { orderLineId: true, amountFen: true } } },
  });
  await lockOrder(tx, refund.orderId);
  if (await tx.settlementLine.findFirst({ where: { refundId }, select: { id: true } })) throw new Error(`settlement: refund ${refundId} is already recorded`);
  const linesFen = refund.lines.reduce((sum, line) => sum + line.amountFen, 0);
  if (linesFen + refund.shippingFen !== refund.amountFen) {
    throw new Error(`settlement: refund ${refundId} of ${refund.amountFen} fen has lines of ${linesFen} and shipping of ${refund.shippingFen}`);
  }

  const recorded = await tx.settlementLine.findMany({
    where: { orderId: refund.orderId },
    select: { kind: true, orderLineId: true, enterpriseId: true, hostId: true, enterpriseFen: true, hostFen: true, cooperativeFen: true, paymentFeeFen: true },
  });
  // What each party still holds, per order line (null: shipping and packing), and whose the line is.
  const held = new Map<string | null, { parts: SplitParts; enterpriseId: string | null; hostId: string | null }>();
  for (const row of recorded) {
    const entry = held.get(row.orderLineId) ?? { parts: ZERO_PARTS, enterpriseId: null, hostId: null };
    entry.parts = addParts(entry.parts, row);
    if (row.kind === "SALE") Object.assign(entry, { enterpriseId: row.enterpriseId, hostId: row.hostId });
    held.set(row.orderLineId, entry);
  }
  if (!recorded.some((row) => row.kind === "SALE")) throw new Error(`settlement: order ${refund.orderId} has no recorded sale to refund`);

  const refundedFen = new Map<string | null, number>();
  for (const line of refund.lines) refundedFen.set(line.orderLineId, (refundedFen.get(line.orderLineId) ?? 0) + line.amountFen);
  if (refund.shippingFen > 0) refundedFen.set(null, refund.shippingFen);

  const rows: Prisma.SettlementLineCreateManyInput[] = [];
  for (const [orderLineId, amountFen] of [...refundedFen].sort(([a], [b]) => (a ?? "").localeCompare(b ?? ""))) {
    if (amountFen === 0) continue;
    const entry = held.get(orderLineId);
    if (!entry) throw new Error(`settlement: refund ${refundId} returns money for ${orderLineId ?? "shipping"}, which order ${refund.orderId} has no sale of`);
    rows.push({ orderId: refund.orderId, orderLineId, refundId, kind: "REFUND", enterpriseId: entry.enterpriseId, hostId: entry.hostId, grossFen: -amountFen, ...splitReversal(amountFen, entry.parts) });
  }
  if (rows.length > 0) await tx.settlementLine.createMany({ data: rows });
}

export interface SettlementTotals {
  /** Sales less refunds. */
  grossFen: number;
  enterpriseFen: number;
  hostFen: number;
  cooperativeFen: number;
  paymentFeeFen: number;
  /** Money in (SALE rows) and back out (REFUND rows, as a positive amount). */
  salesFen: number;
  refundsFen: number;
}

/** Per-party totals of the settlement rows recorded in [from, to), of one enterprise's lines or of all. */
export async function settlementTotals(db: Db | Tx, filter: { enterpriseId?: string; from?: Date; to?: Date } = {}): Promise<SettlementTotals> {
  const where: Prisma.SettlementLineWhereInput = {
    ...(filter.enterpriseId ? { enterpriseId: filter.enterpriseId } : {}),
    ...(filter.from || filter.to ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
  };
  const groups = await db.settlementLine.groupBy({
    by: ["kind"],
    where,
    _sum: { grossFen: true, enterpriseFen: true, hostFen: true, cooperativeFen: true, paymentFeeFen: true },
  });
  const totals: SettlementTotals = { grossFen: 0, enterpriseFen: 0, hostFen: 0, cooperativeFen: 0, paymentFeeFen: 0, salesFen: 0, refundsFen: 0 };
  for (const group of groups) {
    const sum = group._sum;
    totals.grossFen += sum.grossFen ?? 0;
    totals.enterpriseFen += sum.enterpriseFen ?? 0;
    totals.hostFen += sum.hostFen ?? 0;
    totals.cooperativeFen += sum.cooperativeFen ?? 0;
    totals.paymentFeeFen += sum.paymentFeeFen ?? 0;
    if (group.kind === "SALE") totals.salesFen += sum.grossFen ?? 0;
    else totals.refundsFen -= sum.grossFen ?? 0;
  }
  return totals;
}
