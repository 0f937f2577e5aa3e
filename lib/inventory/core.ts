import { randomUUID } from "node:crypto";
import { Prisma, type PrismaClient, type StockMovementReason } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";

/**
 * The stock primitives every inventory workflow is built from. Each one is a single guarded
 * SQL statement meant to run inside the caller's transaction, next to the ledger row that
 * explains it, so that for every SKU and warehouse
 *   StockLevel.onHand   == sum(StockMovement.onHandDelta)
 *   StockLevel.reserved == sum(StockMovement.reservedDelta)
 *   sum(BinStock.quantity) == StockLevel.onHand
 * holds after every commit. Decrements never rely on a value read earlier: the WHERE clause
 * re-checks the condition on the row being changed, under its row lock.
 *
 * Lock order, to keep concurrent workflows from deadlocking: StockLevel rows before BinStock
 * rows, and within each, SKUs in variantId order.
 */

export type Result<T, E extends string> = ({ ok: true } & T) | { ok: false; error: E; detail?: Record<string, string | number> };

/**
 * Thrown inside a transaction to roll it back with a typed error; `inTransaction` turns it into
 * `{ ok: false, error }`. Anything else thrown is a bug and propagates.
 */
export class InventoryRefusal<E extends string = string> extends Error {
  constructor(
    readonly code: E,
    readonly detail?: Record<string, string | number>,
  ) {
    super(`inventory: ${code}`);
  }
}

export function refuse<E extends string>(code: E, detail?: Record<string, string | number>): never {
  throw new InventoryRefusal(code, detail);
}

/** Runs a workflow in one transaction; a refusal rolls everything back and becomes a typed error. */
export async function inTransaction<T extends object, E extends string>(db: PrismaClient, work: (tx: Tx) => Promise<T>): Promise<Result<T, E>> {
  try {
    const value = await db.$transaction(work, { maxWait: 15_000, timeout: 30_000 });
    return { ok: true, ...value };
  } catch (error) {
    if (error instanceof InventoryRefusal) return { ok: false, error: error.code as E, ...(error.detail ? { detail: error.detail } : {}) };
    throw error;
  }
}

/** Largest quantity one form may move at once: a sanity bound, far above a real pallet. */
export const MAX_QUANTITY = 100_000;

export function isQuantity(value: unknown, { allowZero = false } = {}): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value <= MAX_QUANTITY && (allowZero ? value >= 0 : value > 0);
}

const defaultWarehouses = new WeakMap<object, string>();

/**
 * The shared warehouse (one today; the model allows more): the first one created. It never
 * changes once it exists, so each client remembers it (checkout asks on every order).
 */
export async function defaultWarehouseId(db: PrismaClient | Tx): Promise<string> {
  const known = defaultWarehouses.get(db);
  if (known) return known;
  const warehouse = await db.warehouse.findFirst({ orderBy: [{ createdAt: "asc" }, { code: "asc" }], select: { id: true } });
  if (!warehouse) throw new Error("inventory: no warehouse exists (has the database been seeded?)");
  defaultWarehouses.set(db, warehouse.id);
  return warehouse.id;
}

/** onHand += quantity, creating the StockLevel row if the SKU had none in this warehouse. */
export async function addOnHand(tx: Tx, input: { variantId: string; warehouseId: string; quantity: number }): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "StockLevel" ("id", "variantId", "warehouseId", "onHand", "reserved", "updatedAt")
    VALUES (${randomUUID()}, ${input.variantId}, ${input.warehouseId}, ${input.quantity}, 0, now())
    ON CONFLICT ("variantId", "warehouseId")
    DO UPDATE SET "onHand" = "StockLevel"."onHand" + EXCLUDED."onHand", "updatedAt" = now()`;
}

/**
 * onHand -= quantity, only if that many pieces are available (not reserved for an order).
 * Returns false, changing nothing, when they are not.
 */
export async function removeAvailable(tx: Tx, input: { variantId: string; warehouseId: string; quantity: number }): Promise<boolean> {
  const changed = await tx.$executeRaw`
    UPDATE "StockLevel" SET "onHand" = "onHand" - ${input.quantity}, "updatedAt" = now()
    WHERE "variantId" = ${input.variantId} AND "warehouseId" = ${input.warehouseId}
      AND "onHand" - "reserved" >= ${input.quantity}`;
  return changed === 1;
}

/** Puts pieces into a bin. */
export async function addToBin(tx: Tx, input: { binId: string; variantId: string; quantity: number }): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "BinStock" ("id", "binId", "variantId", "quantity", "updatedAt")
    VALUES (${randomUUID()}, ${input.binId}, ${input.variantId}, ${input.quantity}, now())
    ON CONFLICT ("binId", "variantId")
    DO UPDATE SET "quantity" = "BinStock"."quantity" + EXCLUDED."quantity", "updatedAt" = now()`;
}

/** Takes pieces out of a bin, only if the bin holds that many; false (nothing changed) otherwise. */
export async function removeFromBin(tx: Tx, input: { binId: string; variantId: string; quantity: number }): Promise<boolean> {
  const changed = await tx.$executeRaw`
    UPDATE "BinStock" SET "quantity" = "quantity" - ${input.quantity}, "updatedAt" = now()
    WHERE "binId" = ${input.binId} AND "variantId" = ${input.variantId} AND "quantity" >= ${input.quantity}`;
  return changed === 1;
}

/** Locks the StockLevel rows of some SKUs, in variantId order, until the transaction ends. */
export async function lockStockLevels(tx: Tx, warehouseId: string, variantIds: string[]): Promise<void> {
  if (variantIds.length === 0) return;
  await tx.$queryRaw`
    SELECT "id" FROM "StockLevel" WHERE "warehouseId" = ${warehouseId} AND "variantId" IN (${Prisma.join([...new Set(variantIds)])})
    ORDER BY "variantId" FOR UPDATE`;
}

/** Reads a bin's quantity of a SKU and locks the row until the transaction ends (0 when there is none). */
export async function lockBinQuantity(tx: Tx, input: { binId: string; variantId: string }): Promise<number> {
  const rows = await tx.$queryRaw<{ quantity: number }[]>`
    SELECT "quantity" FROM "BinStock" WHERE "binId" = ${input.binId} AND "variantId" = ${input.variantId} FOR UPDATE`;
  return rows[0]?.quantity ?? 0;
}

export interface MovementInput {
  variantId: string;
  warehouseId: string;
  binId?: string | null;
  onHandDelta?: number;
  reservedDelta?: number;
  reason: StockMovementReason;
  referenceType: "receipt" | "stocktake" | "breakage" | "order" | "seed" | "adjustment";
  referenceId: string;
  note?: string | null;
  actorId: string | null;
}

/** Appends one row to the stock ledger: who, when, why and what it refers to. */
export async function recordMovement(tx: Tx, input: MovementInput): Promise<void> {
  await tx.stockMovement.create({
    data: {
      variantId: input.variantId,
      warehouseId: input.warehouseId,
      binId: input.binId ?? null,
      onHandDelta: input.onHandDelta ?? 0,
      reservedDelta: input.reservedDelta ?? 0,
      reason: input.reason,
      referenceType: input.referenceType,
      referenceId: input.referenceId,
      note: input.note?.trim() || null,
      actorId: input.actorId,
    },
  });
}

const VILLAGE_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });

/** The village's calendar day (Asia/Shanghai) as YYYYMMDD, for document numbers. */
export function villageDay(now: Date): string {
  const parts = VILLAGE_DAY.formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}${get("month")}${get("day")}`;
}

const NUMBER_LOCKS = { RC: 73_104_421, ST: 73_104_422, PK: 73_104_423 } as const;

/**
 * The next readable document number of the day, such as "RC-20261129-0007". An advisory lock
 * held until the transaction ends makes concurrent callers take turns, so numbers never clash.
 */
export async function nextDocumentNumber(tx: Tx, kind: keyof typeof NUMBER_LOCKS, now: Date, table: "Receipt" | "Stocktake" | "PickList"): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${NUMBER_LOCKS[kind]}::bigint)`;
  const prefix = `${kind}-${villageDay(now)}-`;
  const rows = await tx.$queryRaw<{ number: string }[]>(
    Prisma.sql`SELECT "number" FROM ${Prisma.raw(`"${table}"`)} WHERE "number" LIKE ${`${prefix}%`} ORDER BY "number" DESC LIMIT 1`,
  );
  const last = rows[0] ? Number(rows[0].number.slice(prefix.length)) : 0;
  return `${prefix}${String(last + 1).padStart(4, "0")}`;
}
