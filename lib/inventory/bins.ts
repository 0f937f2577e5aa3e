import { Prisma, type PrismaClient } from "@/lib/db/generated/client";
import { defaultWarehouseId, type Result } from "./core";

/**
 * Bin locations of the shared warehouse, coded aisle-rack-shelf: "A-01-1" is aisle A, rack 01,
 * shelf 1. Codes are typed by people and printed on labels, so they are normalised (full-width
 * characters, lower case, spaces) before they are checked.
 */

export const BIN_CODE_PATTERN = /^[A-Z]-\d{2}-\d$/;

/** "a-1-1", "Ａ－０１－１", " A 01 1 " → "A-01-1"; null when it is not a bin code. */
export function normalizeBinCode(input: string): string | null {
  const cleaned = input.normalize("NFKC").trim().toUpperCase().replace(/[\s_—–−]+/g, "-").replace(/-+/g, "-");
  const match = /^([A-Z])-?(\d{1,2})-(\d)$/.exec(cleaned);
  if (!match) return null;
  const code = `${match[1]}-${match[2]!.padStart(2, "0")}-${match[3]}`;
  return BIN_CODE_PATTERN.test(code) ? code : null;
}

export type CreateBinError = "invalidCode" | "duplicate";

export async function createBin(db: PrismaClient, input: { code: string; warehouseId?: string }): Promise<Result<{ binId: string; code: string }, CreateBinError>> {
  const code = normalizeBinCode(input.code);
  if (!code) return { ok: false, error: "invalidCode" };
  const warehouseId = input.warehouseId ?? (await defaultWarehouseId(db));
  try {
    const bin = await db.binLocation.create({ data: { warehouseId, code }, select: { id: true, code: true } });
    return { ok: true, binId: bin.id, code: bin.code };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, error: "duplicate" };
    throw error;
  }
}

export async function findBinByCode(db: PrismaClient, code: string, warehouseId?: string) {
  const normalized = normalizeBinCode(code);
  if (!normalized) return null;
  return db.binLocation.findUnique({
    where: { warehouseId_code: { warehouseId: warehouseId ?? (await defaultWarehouseId(db)), code: normalized } },
    select: { id: true, code: true, active: true },
  });
}

/** Every bin with how many SKUs and pieces it holds, in code order; optionally one aisle. */
export async function listBins(db: PrismaClient, filter: { aisle?: string } = {}) {
  const warehouseId = await defaultWarehouseId(db);
  const bins = await db.binLocation.findMany({
    where: { warehouseId, ...(filter.aisle ? { code: { startsWith: `${filter.aisle}-` } } : {}) },
    orderBy: { code: "asc" },
    select: { id: true, code: true, active: true, binStocks: { where: { quantity: { gt: 0 } }, select: { quantity: true } } },
  });
  return bins.map(({ binStocks, ...bin }) => ({ ...bin, skus: binStocks.length, pieces: binStocks.reduce((sum, s) => sum + s.quantity, 0) }));
}

/** The bins to choose from in forms: active ones, in code order. */
export async function listBinOptions(db: PrismaClient) {
  const warehouseId = await defaultWarehouseId(db);
  return db.binLocation.findMany({ where: { warehouseId, active: true }, orderBy: { code: "asc" }, select: { id: true, code: true } });
}

/** What one bin holds, SKU by SKU. */
export async function getBinContents(db: PrismaClient, binId: string) {
  return db.binStock.findMany({
    where: { binId, quantity: { gt: 0 } },
    orderBy: { variant: { sku: "asc" } },
    select: {
      quantity: true,
      variant: {
        select: { id: true, sku: true, nameZh: true, nameEn: true, product: { select: { nameZh: true, nameEn: true, enterprise: { select: { nameZh: true, nameEn: true } } } } },
      },
    },
  });
}
