import { searchTerms } from "@/lib/catalog/search";
import { Prisma, type PrismaClient, type ProductStatus, type StockMovementReason } from "@/lib/db/generated/client";
import { defaultWarehouseId } from "./core";

/**
 * Read models of the shared warehouse's stock: search across enterprises, an enterprise's own
 * overview with low stock and what to replenish, and the ledger. Enterprise-facing reads always
 * take the enterprise id, so staff only ever see their own SKUs and movements.
 */

export interface StockRow {
  variantId: string;
  sku: string;
  variantNameZh: string;
  variantNameEn: string;
  sizeZh: string | null;
  sizeEn: string | null;
  lowStockThreshold: number;
  active: boolean;
  productId: string;
  productSlug: string;
  productNameZh: string;
  productNameEn: string;
  productStatus: ProductStatus;
  enterpriseId: string;
  enterpriseNameZh: string;
  enterpriseNameEn: string;
  onHand: number;
  reserved: number;
  available: number;
  /** Pieces announced by the enterprise and not received yet. */
  inbound: number;
  /** available ≤ lowStockThreshold, for sellable SKUs (active, product not archived). */
  low: boolean;
}

export interface StockFilter {
  q?: string;
  enterpriseId?: string;
  lowOnly?: boolean;
  /** Leave out inactive SKUs and archived products (default true). */
  sellableOnly?: boolean;
}

/** The pieces of the WHERE clause shared by the count and the page. */
function stockWhere(filter: StockFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.enterpriseId) conditions.push(Prisma.sql`p."enterpriseId" = ${filter.enterpriseId}`);
  if (filter.sellableOnly !== false) conditions.push(Prisma.sql`v."active" AND p."status" <> 'ARCHIVED'`);
  const raw = filter.q?.normalize("NFKC").trim() ?? "";
  if (raw) {
    const terms = searchTerms(raw);
    const exactSku = `%${raw.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const allTerms = terms.length
      ? Prisma.join(
          terms.map((term) => Prisma.sql`(v."sku" ILIKE ${`%${term}%`} OR p."searchText" LIKE ${`%${term}%`} OR v."nameZh" ILIKE ${`%${term}%`} OR v."nameEn" ILIKE ${`%${term}%`})`),
          " AND ",
        )
      : Prisma.sql`FALSE`;
    conditions.push(Prisma.sql`(v."sku" ILIKE ${exactSku} OR (${allTerms}))`);
  }
  if (filter.lowOnly) conditions.push(Prisma.sql`COALESCE(s."onHand", 0) - COALESCE(s."reserved", 0) <= v."lowStockThreshold"`);
  return Prisma.join(conditions, " AND ");
}

const stockFrom = (warehouseId: string) => Prisma.sql`
  FROM "Variant" v
  JOIN "Product" p ON p."id" = v."productId"
  JOIN "Enterprise" e ON e."id" = p."enterpriseId"
  LEFT JOIN "StockLevel" s ON s."variantId" = v."id" AND s."warehouseId" = ${warehouseId}`;

interface RawStockRow extends Omit<StockRow, "available" | "low" | "inbound" | "onHand" | "reserved"> {
  onHand: number;
  reserved: number;
}

async function stockRows(db: PrismaClient, filter: StockFilter, limit?: { take: number; skip: number }): Promise<StockRow[]> {
  const warehouseId = await defaultWarehouseId(db);
  const rows = await db.$queryRaw<RawStockRow[]>`
    SELECT v."id" AS "variantId", v."sku", v."nameZh" AS "variantNameZh", v."nameEn" AS "variantNameEn", v."sizeZh", v."sizeEn",
           v."lowStockThreshold", v."active", p."id" AS "productId", p."slug" AS "productSlug", p."nameZh" AS "productNameZh",
           p."nameEn" AS "productNameEn", p."status"::text AS "productStatus", e."id" AS "enterpriseId", e."nameZh" AS "enterpriseNameZh",
           e."nameEn" AS "enterpriseNameEn", COALESCE(s."onHand", 0)::int AS "onHand", COALESCE(s."reserved", 0)::int AS "reserved"
    ${stockFrom(warehouseId)}
    WHERE ${stockWhere(filter)}
    ORDER BY e."nameZh", p."nameZh", v."sortOrder", v."sku"
    ${limit ? Prisma.sql`LIMIT ${limit.take} OFFSET ${limit.skip}` : Prisma.empty}`;
  const inbound = await inboundByVariant(db, rows.map((r) => r.variantId));
  return rows.map((row) => {
    const available = row.onHand - row.reserved;
    const sellable = row.active && row.productStatus !== "ARCHIVED";
    return { ...row, available, inbound: inbound.get(row.variantId) ?? 0, low: sellable && available <= row.lowStockThreshold };
  });
}

/** Announced, not yet received pieces per SKU. */
async function inboundByVariant(db: PrismaClient, variantIds: string[]): Promise<Map<string, number>> {
  if (variantIds.length === 0) return new Map();
  const sums = await db.receiptLine.groupBy({
    by: ["variantId"],
    where: { variantId: { in: variantIds }, receipt: { status: "ANNOUNCED" } },
    _sum: { quantityAnnounced: true },
  });
  return new Map(sums.map((s) => [s.variantId, s._sum.quantityAnnounced ?? 0]));
}

export const STOCK_PAGE_SIZE = 30;

/** Stock across all enterprises (the warehouse's search), a page at a time, with each SKU's bins. */
export async function searchStock(db: PrismaClient, filter: StockFilter & { page?: number; pageSize?: number }) {
  const warehouseId = await defaultWarehouseId(db);
  const pageSize = filter.pageSize ?? STOCK_PAGE_SIZE;
  const [{ total }] = (await db.$queryRaw<{ total: number }[]>`SELECT COUNT(*)::int AS "total" ${stockFrom(warehouseId)} WHERE ${stockWhere(filter)}`) as [{ total: number }];
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, filter.page ?? 1), pageCount);
  const items = await stockRows(db, filter, { take: pageSize, skip: (page - 1) * pageSize });
  const bins = await binsByVariant(db, items.map((i) => i.variantId));
  return { items: items.map((item) => ({ ...item, bins: bins.get(item.variantId) ?? [] })), total, page, pageCount };
}

async function binsByVariant(db: PrismaClient, variantIds: string[]): Promise<Map<string, { binId: string; code: string; quantity: number }[]>> {
  const rows = variantIds.length
    ? await db.binStock.findMany({
        where: { variantId: { in: variantIds }, quantity: { gt: 0 } },
        orderBy: { bin: { code: "asc" } },
        select: { variantId: true, quantity: true, bin: { select: { id: true, code: true } } },
      })
    : [];
  const map = new Map<string, { binId: string; code: string; quantity: number }[]>();
  for (const row of rows) map.set(row.variantId, [...(map.get(row.variantId) ?? []), { binId: row.bin.id, code: row.bin.code, quantity: row.quantity }]);
  return map;
}

/** Bins holding a SKU, largest first (where to take broken pieces from, where to put new ones). */
export async function binsOfVariant(db: PrismaClient, variantId: string) {
  return (await binsByVariant(db, [variantId])).get(variantId) ?? [];
}

/** Finds a SKU by its code, typed or scanned (case and width insensitive). */
export async function findVariantBySku(db: PrismaClient, sku: string) {
  const code = sku.normalize("NFKC").trim();
  if (!code) return null;
  return db.variant.findFirst({
    where: { sku: { equals: code, mode: "insensitive" } },
    select: { id: true, sku: true, nameZh: true, nameEn: true, product: { select: { nameZh: true, nameEn: true, enterpriseId: true } } },
  });
}

/**
 * An enterprise's own stock: every sellable SKU with on hand, reserved, available and what is
 * on its way; totals; the low ones; and what to replenish.
 *
 * Replenish: SKUs still at or below their threshold even counting pieces already announced,
 * with a suggested quantity that brings available + inbound up to twice the threshold.
 */
export async function enterpriseStockOverview(db: PrismaClient, enterpriseId: string) {
  const rows = await stockRows(db, { enterpriseId });
  const totals = rows.reduce(
    (sum, r) => ({ onHand: sum.onHand + r.onHand, reserved: sum.reserved + r.reserved, available: sum.available + r.available, inbound: sum.inbound + r.inbound }),
    { onHand: 0, reserved: 0, available: 0, inbound: 0 },
  );
  const low = rows.filter((r) => r.low).sort((a, b) => a.available - a.lowStockThreshold - (b.available - b.lowStockThreshold));
  const replenish = low
    .filter((r) => r.available + r.inbound <= r.lowStockThreshold)
    .map((r) => ({ ...r, suggested: Math.max(2 * r.lowStockThreshold - r.available - r.inbound, r.lowStockThreshold === 0 ? 0 : 1) }));
  return { rows, totals: { ...totals, skus: rows.length, low: low.length }, low, replenish };
}

/** How many of an enterprise's products are draft, published and archived. */
export async function productCountsByStatus(db: PrismaClient, enterpriseId: string): Promise<Record<ProductStatus, number>> {
  const groups = await db.product.groupBy({ by: ["status"], where: { enterpriseId }, _count: { _all: true } });
  const counts: Record<ProductStatus, number> = { DRAFT: 0, PUBLISHED: 0, ARCHIVED: 0 };
  for (const g of groups) counts[g.status] = g._count._all;
  return counts;
}

/** The SKUs an enterprise can send in (its own, not archived), for the announce form. */
export async function announceableVariants(db: PrismaClient, enterpriseId: string) {
  return db.variant.findMany({
    where: { product: { enterpriseId, status: { not: "ARCHIVED" } } },
    orderBy: [{ product: { nameZh: "asc" } }, { sortOrder: "asc" }, { sku: "asc" }],
    select: { id: true, sku: true, nameZh: true, nameEn: true, sizeZh: true, sizeEn: true, product: { select: { nameZh: true, nameEn: true } } },
  });
}

// ───────────────────────────── ledger ─────────────────────────────

export interface LedgerFilter {
  /** One SKU, by its exact code (case-insensitive). */
  sku?: string;
  enterpriseId?: string;
  reason?: StockMovementReason;
  /** Inclusive start and exclusive end instants. */
  from?: Date;
  to?: Date;
  referenceType?: string;
}

export const LEDGER_PAGE_SIZE = 50;

function ledgerWhere(filter: LedgerFilter): Prisma.StockMovementWhereInput {
  const sku = filter.sku?.normalize("NFKC").trim();
  const variant: Prisma.VariantWhereInput = {
    ...(sku ? { sku: { equals: sku, mode: "insensitive" } } : {}),
    ...(filter.enterpriseId ? { product: { enterpriseId: filter.enterpriseId } } : {}),
  };
  return {
    ...(Object.keys(variant).length ? { variant } : {}),
    ...(filter.reason ? { reason: filter.reason } : {}),
    ...(filter.referenceType ? { referenceType: filter.referenceType } : {}),
    ...(filter.from || filter.to ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
  };
}

const ledgerSelect = {
  id: true,
  createdAt: true,
  onHandDelta: true,
  reservedDelta: true,
  reason: true,
  referenceType: true,
  referenceId: true,
  note: true,
  actorId: true,
  bin: { select: { code: true } },
  variant: {
    select: {
      id: true,
      sku: true,
      nameZh: true,
      nameEn: true,
      product: { select: { nameZh: true, nameEn: true, enterprise: { select: { id: true, nameZh: true, nameEn: true } } } },
    },
  },
} satisfies Prisma.StockMovementSelect;

type LedgerRowRaw = Prisma.StockMovementGetPayload<{ select: typeof ledgerSelect }>;
export type LedgerRow = LedgerRowRaw & { actorName: string | null; referenceLabel: string };

/** Adds who did it and a readable reference (receipt and stocktake numbers) to ledger rows. */
async function describeMovements(db: PrismaClient, rows: LedgerRowRaw[]): Promise<LedgerRow[]> {
  const ids = (type: string) => [...new Set(rows.filter((r) => r.referenceType === type).map((r) => r.referenceId))];
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((x): x is string => !!x))];
  const [receipts, stocktakes, actors] = [
    await db.receipt.findMany({ where: { id: { in: ids("receipt") } }, select: { id: true, number: true } }),
    await db.stocktake.findMany({ where: { id: { in: ids("stocktake") } }, select: { id: true, number: true } }),
    await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
  ];
  const labels = new Map([...receipts, ...stocktakes].map((d) => [d.id, d.number]));
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return rows.map((row) => ({ ...row, actorName: row.actorId ? (names.get(row.actorId) ?? null) : null, referenceLabel: labels.get(row.referenceId) ?? row.referenceId }));
}

/** The ledger, newest first, filtered and a page at a time. */
export async function listLedger(db: PrismaClient, filter: LedgerFilter & { page?: number; pageSize?: number }) {
  const where = ledgerWhere(filter);
  const pageSize = filter.pageSize ?? LEDGER_PAGE_SIZE;
  const total = await db.stockMovement.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, filter.page ?? 1), pageCount);
  const rows = await db.stockMovement.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * pageSize, take: pageSize, select: ledgerSelect });
  return { items: await describeMovements(db, rows), total, page, pageCount };
}

/** Most rows one CSV export holds; a larger range must be narrowed by its filters. */
export const LEDGER_EXPORT_LIMIT = 50_000;

/** Every ledger row matching the filters (oldest first, as a ledger is read), for CSV export. */
export async function ledgerForExport(db: PrismaClient, filter: LedgerFilter): Promise<{ rows: LedgerRow[]; truncated: boolean }> {
  const where = ledgerWhere(filter);
  const batch = 5_000;
  const out: LedgerRow[] = [];
  let cursor: string | undefined;
  while (out.length < LEDGER_EXPORT_LIMIT) {
    const rows = await db.stockMovement.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: Math.min(batch, LEDGER_EXPORT_LIMIT - out.length + 1),
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: ledgerSelect,
    });
    out.push(...(await describeMovements(db, rows)));
    if (rows.length < batch) break;
    cursor = rows.at(-1)?.id;
  }
  return { rows: out.slice(0, LEDGER_EXPORT_LIMIT), truncated: out.length > LEDGER_EXPORT_LIMIT };
}

/** Latest movements, of one enterprise's SKUs when given (the enterprise dashboard) or all. */
export async function recentMovements(db: PrismaClient, filter: { enterpriseId?: string; reason?: StockMovementReason; take?: number } = {}) {
  const rows = await db.stockMovement.findMany({
    where: ledgerWhere(filter),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: filter.take ?? 10,
    select: ledgerSelect,
  });
  return describeMovements(db, rows);
}

/** Enterprises for filter menus. */
export async function listEnterpriseOptions(db: PrismaClient) {
  return db.enterprise.findMany({ orderBy: { nameZh: "asc" }, select: { id: true, nameZh: true, nameEn: true } });
}

/** An enterprise's names, for console titles. */
export async function getEnterpriseSummary(db: PrismaClient, enterpriseId: string) {
  return db.enterprise.findUnique({ where: { id: enterpriseId }, select: { id: true, slug: true, nameZh: true, nameEn: true } });
}
