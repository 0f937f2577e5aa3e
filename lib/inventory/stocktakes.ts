import type { Tx } from "@/lib/db/client";
import type { PrismaClient, StocktakeStatus } from "@/lib/db/generated/client";
import {
  addOnHand,
  addToBin,
  defaultWarehouseId,
  inTransaction,
  isQuantity,
  lockBinQuantity,
  lockStockLevels,
  nextDocumentNumber,
  recordMovement,
  refuse,
  removeAvailable,
  removeFromBin,
  type Result,
} from "./core";

/**
 * Stocktakes: count one bin or one SKU, see the variance, post it.
 *
 * Opening snapshots what the system expects (BinStock) per bin and SKU. Counts are recorded,
 * and may be corrected, while the stocktake is open. Posting sets each bin to what was counted,
 * with one STOCKTAKE ledger row per line that differs, in one transaction.
 *
 * Stock may move while people count (a receipt is put away, an order is picked). Posting a
 * count against a quantity that changed since the snapshot would either invent or lose those
 * pieces, so posting locks each line's bin row and refuses when it no longer holds the expected
 * quantity; `refreshStocktake` then takes a new snapshot of just those lines and clears their
 * counts, to be counted again. A count below what is reserved for orders is refused too.
 */

export type OpenError = "binUnknown" | "variantUnknown" | "alreadyOpen";

export async function openStocktake(
  db: PrismaClient,
  input: { scope: { binId: string } | { variantId: string }; actorId: string; now?: Date },
): Promise<Result<{ stocktakeId: string; number: string }, OpenError>> {
  const warehouseId = await defaultWarehouseId(db);
  let lines: { binId: string; variantId: string; expected: number }[];
  if ("binId" in input.scope) {
    const bin = await db.binLocation.findFirst({ where: { id: input.scope.binId, warehouseId }, select: { id: true } });
    if (!bin) return { ok: false, error: "binUnknown" };
    lines = await db.binStock.findMany({ where: { binId: bin.id, quantity: { gt: 0 } }, select: { binId: true, variantId: true, quantity: true } }).then((rows) =>
      rows.map((r) => ({ binId: r.binId, variantId: r.variantId, expected: r.quantity })),
    );
  } else {
    const variant = await db.variant.findUnique({ where: { id: input.scope.variantId }, select: { id: true } });
    if (!variant) return { ok: false, error: "variantUnknown" };
    lines = await db.binStock
      .findMany({ where: { variantId: variant.id, quantity: { gt: 0 }, bin: { warehouseId } }, select: { binId: true, variantId: true, quantity: true } })
      .then((rows) => rows.map((r) => ({ binId: r.binId, variantId: r.variantId, expected: r.quantity })));
  }
  const scopeBinId = "binId" in input.scope ? input.scope.binId : null;
  const scopeVariantId = "variantId" in input.scope ? input.scope.variantId : null;
  const now = input.now ?? new Date();

  return inTransaction<{ stocktakeId: string; number: string }, OpenError>(db, async (tx) => {
    // The number lock also serialises openings, so the overlap check below cannot race.
    const number = await nextDocumentNumber(tx, "ST", now, "Stocktake");
    const overlapping = await tx.stocktake.findFirst({
      where: {
        status: "OPEN",
        OR: [
          ...(scopeBinId ? [{ scopeBinId }, { lines: { some: { binId: scopeBinId } } }] : []),
          ...(scopeVariantId ? [{ scopeVariantId }, { lines: { some: { variantId: scopeVariantId } } }] : []),
        ],
      },
      select: { number: true },
    });
    if (overlapping) refuse("alreadyOpen", { number: overlapping.number });
    const stocktake = await tx.stocktake.create({
      data: { number, warehouseId, scopeBinId, scopeVariantId, createdById: input.actorId, createdAt: now, lines: { create: lines } },
      select: { id: true, number: true },
    });
    return { stocktakeId: stocktake.id, number: stocktake.number };
  });
}

export type CountError = "notFound" | "notOpen" | "invalidCount" | "unknownLine";

/** Records (or corrects) counts; null clears a count. Only lines of this open stocktake. */
export async function recordCounts(
  db: PrismaClient,
  input: { stocktakeId: string; counts: { lineId: string; counted: number | null }[] },
): Promise<Result<{ counted: number }, CountError>> {
  for (const [index, c] of input.counts.entries()) {
    if (c.counted !== null && !isQuantity(c.counted, { allowZero: true })) return { ok: false, error: "invalidCount", detail: { line: index, lineId: c.lineId } };
  }
  return inTransaction<{ counted: number }, CountError>(db, async (tx) => {
    const stocktake = await lockOpenStocktake(tx, input.stocktakeId);
    const lineIds = new Set(stocktake.lines.map((l) => l.id));
    const unknown = input.counts.find((c) => !lineIds.has(c.lineId));
    if (unknown) refuse("unknownLine", { lineId: unknown.lineId });
    for (const c of input.counts) await tx.stocktakeLine.update({ where: { id: c.lineId }, data: { counted: c.counted } });
    return { counted: input.counts.filter((c) => c.counted !== null).length };
  });
}

export type AddLineError = "notFound" | "notOpen" | "binUnknown" | "variantUnknown" | "outOfScope" | "lineExists";

/**
 * Adds a line for a SKU found where the snapshot did not expect it (a piece in the wrong bin),
 * expecting what the bin holds now (usually 0). Bin stocktakes take lines of their bin only,
 * SKU stocktakes lines of their SKU only.
 */
export async function addStocktakeLine(
  db: PrismaClient,
  input: { stocktakeId: string; binId: string; variantId: string },
): Promise<Result<{ lineId: string }, AddLineError>> {
  return inTransaction<{ lineId: string }, AddLineError>(db, async (tx) => {
    const stocktake = await lockOpenStocktake(tx, input.stocktakeId);
    const bin = await tx.binLocation.findFirst({ where: { id: input.binId, warehouseId: stocktake.warehouseId }, select: { id: true } });
    if (!bin) refuse("binUnknown");
    const variant = await tx.variant.findUnique({ where: { id: input.variantId }, select: { id: true } });
    if (!variant) refuse("variantUnknown");
    if ((stocktake.scopeBinId && stocktake.scopeBinId !== bin.id) || (stocktake.scopeVariantId && stocktake.scopeVariantId !== variant.id)) refuse("outOfScope");
    if (stocktake.lines.some((l) => l.binId === bin.id && l.variantId === variant.id)) refuse("lineExists");
    const held = await tx.binStock.findUnique({ where: { binId_variantId: { binId: bin.id, variantId: variant.id } }, select: { quantity: true } });
    const line = await tx.stocktakeLine.create({
      data: { stocktakeId: stocktake.id, binId: bin.id, variantId: variant.id, expected: held?.quantity ?? 0 },
      select: { id: true },
    });
    return { lineId: line.id };
  });
}

export type RefreshError = "notFound" | "notOpen";

/** New snapshot for the lines whose bin changed since opening; their counts are cleared. */
export async function refreshStocktake(db: PrismaClient, input: { stocktakeId: string }): Promise<Result<{ refreshed: number }, RefreshError>> {
  return inTransaction<{ refreshed: number }, RefreshError>(db, async (tx) => {
    const stocktake = await lockOpenStocktake(tx, input.stocktakeId);
    let refreshed = 0;
    for (const line of stocktake.lines) {
      const held = await tx.binStock.findUnique({ where: { binId_variantId: { binId: line.binId, variantId: line.variantId } }, select: { quantity: true } });
      const now = held?.quantity ?? 0;
      if (now !== line.expected) {
        await tx.stocktakeLine.update({ where: { id: line.id }, data: { expected: now, counted: null } });
        refreshed++;
      }
    }
    return { refreshed };
  });
}

export type PostError = "notFound" | "notOpen" | "empty" | "notAllCounted" | "stockChanged" | "belowReserved";

/**
 * Posts the count: for each line whose count differs from what the bin holds, the bin and
 * onHand change by the variance with a STOCKTAKE ledger row (reference: the stocktake). Lines
 * that agree write nothing. Everything or nothing: a refusal leaves stock, ledger and the
 * stocktake as they were.
 */
export async function postStocktake(
  db: PrismaClient,
  input: { stocktakeId: string; actorId: string; now?: Date },
): Promise<Result<{ adjustedLines: number; netDelta: number }, PostError>> {
  const now = input.now ?? new Date();
  return inTransaction<{ adjustedLines: number; netDelta: number }, PostError>(db, async (tx) => {
    const stocktake = await lockOpenStocktake(tx, input.stocktakeId);
    if (stocktake.lines.length === 0) refuse("empty");
    const uncounted = stocktake.lines.filter((l) => l.counted === null).length;
    if (uncounted > 0) refuse("notAllCounted", { uncounted });
    let adjustedLines = 0;
    let netDelta = 0;
    // Lock order of lib/inventory/core: all StockLevel rows first, then bins SKU by SKU.
    await lockStockLevels(tx, stocktake.warehouseId, stocktake.lines.map((l) => l.variantId));
    const ordered = [...stocktake.lines].sort((a, b) => (a.variantId === b.variantId ? (a.binId < b.binId ? -1 : 1) : a.variantId < b.variantId ? -1 : 1));
    for (const line of ordered) {
      const held = await lockBinQuantity(tx, { binId: line.binId, variantId: line.variantId });
      if (held !== line.expected) refuse("stockChanged", { lineId: line.id });
      const delta = (line.counted ?? 0) - held;
      if (delta === 0) continue;
      const stock = { variantId: line.variantId, warehouseId: stocktake.warehouseId };
      if (delta > 0) {
        await addOnHand(tx, { ...stock, quantity: delta });
        await addToBin(tx, { binId: line.binId, variantId: line.variantId, quantity: delta });
      } else {
        if (!(await removeFromBin(tx, { binId: line.binId, variantId: line.variantId, quantity: -delta }))) refuse("stockChanged", { lineId: line.id });
        if (!(await removeAvailable(tx, { ...stock, quantity: -delta }))) refuse("belowReserved", { lineId: line.id });
      }
      await recordMovement(tx, {
        ...stock,
        binId: line.binId,
        onHandDelta: delta,
        reason: "STOCKTAKE",
        referenceType: "stocktake",
        referenceId: stocktake.id,
        note: `${stocktake.number}: expected ${line.expected}, counted ${line.counted}`,
        actorId: input.actorId,
      });
      adjustedLines++;
      netDelta += delta;
    }
    await tx.stocktake.update({ where: { id: stocktake.id }, data: { status: "POSTED", postedById: input.actorId, postedAt: now } });
    return { adjustedLines, netDelta };
  });
}

export type CancelStocktakeError = "notFound" | "notOpen";

/** Abandons an open stocktake; nothing is adjusted. */
export async function cancelStocktake(db: PrismaClient, input: { stocktakeId: string; actorId: string }): Promise<Result<object, CancelStocktakeError>> {
  return inTransaction<object, CancelStocktakeError>(db, async (tx) => {
    const stocktake = await lockOpenStocktake(tx, input.stocktakeId);
    await tx.stocktake.update({ where: { id: stocktake.id }, data: { status: "CANCELLED", postedById: input.actorId, postedAt: new Date() } });
    return {};
  });
}

/** Locks the stocktake row (so counting and posting take turns) and returns it if it is open. */
async function lockOpenStocktake(tx: Tx, id: string) {
  const locked = await tx.$queryRaw<{ status: StocktakeStatus }[]>`SELECT "status" FROM "Stocktake" WHERE "id" = ${id} FOR UPDATE`;
  if (!locked[0]) refuse("notFound");
  if (locked[0].status !== "OPEN") refuse("notOpen");
  return tx.stocktake.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      number: true,
      warehouseId: true,
      scopeBinId: true,
      scopeVariantId: true,
      lines: { orderBy: { id: "asc" }, select: { id: true, binId: true, variantId: true, expected: true, counted: true } },
    },
  });
}

// ───────────────────────────── reads ─────────────────────────────

export async function listStocktakes(db: PrismaClient, filter: { status?: StocktakeStatus; take?: number } = {}) {
  const rows = await db.stocktake.findMany({
    where: filter.status ? { status: filter.status } : {},
    orderBy: { createdAt: "desc" },
    take: filter.take ?? 50,
    select: {
      id: true,
      number: true,
      status: true,
      scopeBinId: true,
      scopeVariantId: true,
      createdAt: true,
      postedAt: true,
      lines: { select: { expected: true, counted: true } },
    },
  });
  const binIds = rows.map((r) => r.scopeBinId).filter((x): x is string => !!x);
  const variantIds = rows.map((r) => r.scopeVariantId).filter((x): x is string => !!x);
  const [bins, variants] = [
    await db.binLocation.findMany({ where: { id: { in: binIds } }, select: { id: true, code: true } }),
    await db.variant.findMany({ where: { id: { in: variantIds } }, select: { id: true, sku: true } }),
  ];
  return rows.map(({ lines, ...r }) => ({
    ...r,
    scope: r.scopeBinId
      ? ({ kind: "bin", code: bins.find((b) => b.id === r.scopeBinId)?.code ?? "?" } as const)
      : ({ kind: "sku", code: variants.find((v) => v.id === r.scopeVariantId)?.sku ?? "?" } as const),
    lineCount: lines.length,
    countedLines: lines.filter((l) => l.counted !== null).length,
    variance: lines.reduce((sum, l) => sum + (l.counted === null ? 0 : l.counted - l.expected), 0),
  }));
}

export async function getStocktake(db: PrismaClient, id: string) {
  const stocktake = await db.stocktake.findUnique({
    where: { id },
    select: {
      id: true,
      number: true,
      status: true,
      warehouseId: true,
      scopeBinId: true,
      scopeVariantId: true,
      createdAt: true,
      createdById: true,
      postedAt: true,
      postedById: true,
      lines: {
        orderBy: [{ bin: { code: "asc" } }, { variant: { sku: "asc" } }],
        select: {
          id: true,
          expected: true,
          counted: true,
          bin: { select: { id: true, code: true } },
          variant: {
            select: {
              id: true,
              sku: true,
              nameZh: true,
              nameEn: true,
              product: { select: { nameZh: true, nameEn: true, enterprise: { select: { nameZh: true, nameEn: true } } } },
            },
          },
        },
      },
    },
  });
  if (!stocktake) return null;
  const [scopeBin, scopeVariant, current, people] = [
    stocktake.scopeBinId ? await db.binLocation.findUnique({ where: { id: stocktake.scopeBinId }, select: { id: true, code: true } }) : null,
    stocktake.scopeVariantId ? await db.variant.findUnique({ where: { id: stocktake.scopeVariantId }, select: { id: true, sku: true } }) : null,
    stocktake.status === "OPEN"
      ? await db.binStock.findMany({
          where: { OR: stocktake.lines.map((l) => ({ binId: l.bin.id, variantId: l.variant.id })) },
          select: { binId: true, variantId: true, quantity: true },
        })
      : [],
    await db.user.findMany({ where: { id: { in: [stocktake.createdById, stocktake.postedById].filter((x): x is string => !!x) } }, select: { id: true, name: true } }),
  ];
  const name = (userId: string | null) => people.find((p) => p.id === userId)?.name ?? null;
  return {
    ...stocktake,
    scopeBin,
    scopeVariant,
    createdBy: name(stocktake.createdById),
    postedBy: name(stocktake.postedById),
    lines: stocktake.lines.map((line) => ({
      ...line,
      variance: line.counted === null ? null : line.counted - line.expected,
      /** What the bin holds now, while the stocktake is open (differs from `expected` when stock moved meanwhile). */
      current: stocktake.status === "OPEN" ? (current.find((c) => c.binId === line.bin.id && c.variantId === line.variant.id)?.quantity ?? 0) : null,
    })),
  };
}

export type StocktakeDetail = NonNullable<Awaited<ReturnType<typeof getStocktake>>>;
