import { randomUUID } from "node:crypto";
import type { ReservationStatus } from "@/lib/db/generated/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import { InventoryRefusal, lockStockLevels, recordMovement, refuse, removeFromBin } from "@/lib/inventory/core";

/**
 * An order's hold on stock. Reserving raises StockLevel.reserved with a guarded update (only
 * while onHand - reserved covers it); payment turns the hold into an allocation; shipping
 * consumes it (onHand and reserved fall together, out of named bins); cancellation and expiry
 * release it. Each step is one ledger row per SKU, referenced to the order.
 */

export interface LineToReserve {
  orderLineId: string;
  variantId: string;
  quantity: number;
}

/**
 * Reserves every line or none: lines are taken in variantId order (the house lock order, so
 * carts competing for overlapping SKUs cannot deadlock) and the first SKU short of stock
 * refuses with "sold_out", rolling back the caller's transaction. One statement per line does
 * the guarded update, its ledger row and the reservation together, so a hot SKU's row stays
 * locked for as few round trips as possible before the commit.
 */
export async function reserveLines(
  tx: Tx,
  input: { orderId: string; warehouseId: string; lines: LineToReserve[]; status: Extract<ReservationStatus, "HELD" | "ALLOCATED">; expiresAt: Date | null; actorId: string | null; note?: string },
): Promise<void> {
  const lines = [...input.lines].sort((a, b) => (a.variantId < b.variantId ? -1 : a.variantId > b.variantId ? 1 : 0));
  for (const line of lines) {
    const reserved = await tx.$executeRaw`
      WITH reserved AS (
        UPDATE "StockLevel" SET "reserved" = "reserved" + ${line.quantity}, "updatedAt" = now()
        WHERE "variantId" = ${line.variantId} AND "warehouseId" = ${input.warehouseId}
          AND "onHand" - "reserved" >= ${line.quantity}
        RETURNING "variantId"
      ), ledger AS (
        INSERT INTO "StockMovement" ("id", "variantId", "warehouseId", "onHandDelta", "reservedDelta", "reason", "referenceType", "referenceId", "note", "actorId")
        SELECT ${randomUUID()}, "variantId", ${input.warehouseId}, 0, ${line.quantity}, 'RESERVE', 'order', ${input.orderId}, ${input.note ?? null}, ${input.actorId} FROM reserved
      )
      INSERT INTO "Reservation" ("id", "orderId", "orderLineId", "variantId", "warehouseId", "quantity", "status", "expiresAt", "updatedAt")
      SELECT ${randomUUID()}, ${input.orderId}, ${line.orderLineId}, "variantId", ${input.warehouseId}, ${line.quantity}, ${input.status}::"ReservationStatus", ${input.expiresAt}, now() FROM reserved`;
    if (reserved !== 1) refuse("sold_out", { variantId: line.variantId });
  }
}

/**
 * Turns the buyer's held flash-deal claims into the order's reservations. The pieces are already
 * counted in StockLevel.reserved (the deal carved them out), so stock is not touched: the claim
 * becomes ORDERED (guarded: still the buyer's, still HELD and unexpired, else "claim_expired"
 * rolls the order back), and the ledger records the move as a RELEASE from the deal and a RESERVE
 * for the order, netting to zero. From here on the reservation lives like any other: cancelling
 * or expiring the order releases it to stock.
 */
export async function reserveClaimedLines(
  tx: Tx,
  input: {
    orderId: string;
    userId: string;
    lines: { orderLineId: string; claimId: string }[];
    status: Extract<ReservationStatus, "HELD" | "ALLOCATED">;
    expiresAt: Date | null;
    now: Date;
  },
): Promise<void> {
  for (const line of input.lines) {
    const moved = await tx.$executeRaw`
      WITH ordered AS (
        UPDATE "DealClaim" c SET "status" = 'ORDERED', "orderLineId" = ${line.orderLineId}, "updatedAt" = now()
        FROM "FlashDeal" d
        WHERE c."id" = ${line.claimId} AND c."userId" = ${input.userId} AND c."status" = 'HELD' AND c."expiresAt" > ${input.now} AND d."id" = c."dealId"
        RETURNING c."dealId", c."quantity", d."variantId", d."warehouseId"
      ), from_deal AS (
        INSERT INTO "StockMovement" ("id", "variantId", "warehouseId", "onHandDelta", "reservedDelta", "reason", "referenceType", "referenceId", "note", "actorId")
        SELECT ${randomUUID()}, "variantId", "warehouseId", 0, -"quantity", 'RELEASE', 'flash_deal', "dealId", 'claim ordered', ${input.userId} FROM ordered
      ), to_order AS (
        INSERT INTO "StockMovement" ("id", "variantId", "warehouseId", "onHandDelta", "reservedDelta", "reason", "referenceType", "referenceId", "note", "actorId")
        SELECT ${randomUUID()}, "variantId", "warehouseId", 0, "quantity", 'RESERVE', 'order', ${input.orderId}, 'flash deal claim', ${input.userId} FROM ordered
      )
      INSERT INTO "Reservation" ("id", "orderId", "orderLineId", "variantId", "warehouseId", "quantity", "status", "expiresAt", "updatedAt")
      SELECT ${randomUUID()}, ${input.orderId}, ${line.orderLineId}, "variantId", "warehouseId", "quantity", ${input.status}::"ReservationStatus", ${input.expiresAt}, now() FROM ordered`;
    if (moved !== 1) refuse("claim_expired", { claimId: line.claimId });
  }
}

/**
 * Like reserveLines, but a shortage is an answer rather than an error: inside a savepoint, so
 * the caller's transaction (and what it already wrote, such as a payment event) carries on.
 */
export async function tryReserveLines(tx: Tx, input: Parameters<typeof reserveLines>[1]): Promise<boolean> {
  await tx.$executeRaw`SAVEPOINT reserve_lines`;
  try {
    await reserveLines(tx, input);
    await tx.$executeRaw`RELEASE SAVEPOINT reserve_lines`;
    return true;
  } catch (error) {
    if (!(error instanceof InventoryRefusal)) throw error;
    await tx.$executeRaw`ROLLBACK TO SAVEPOINT reserve_lines`;
    return false;
  }
}

interface ClaimedReservation {
  id: string;
  variantId: string;
  warehouseId: string;
  quantity: number;
}

/** Moves an order's reservations from some statuses to another, returning those it moved. */
async function claimReservations(tx: Tx, orderId: string, from: ReservationStatus[], to: ReservationStatus): Promise<ClaimedReservation[]> {
  const rows = await tx.$queryRaw<ClaimedReservation[]>`
    UPDATE "Reservation" SET "status" = ${to}::"ReservationStatus", "expiresAt" = NULL, "updatedAt" = now()
    WHERE "orderId" = ${orderId} AND "status"::text IN (${Prisma.join(from)})
    RETURNING "id", "variantId", "warehouseId", "quantity"`;
  return rows.sort((a, b) => (a.variantId < b.variantId ? -1 : a.variantId > b.variantId ? 1 : 0));
}

/** Gives an order's held or allocated pieces back to available stock. */
export async function releaseReservations(tx: Tx, input: { orderId: string; actorId: string | null; note?: string }): Promise<number> {
  const released = await claimReservations(tx, input.orderId, ["HELD", "ALLOCATED"], "RELEASED");
  for (const r of released) {
    const changed = await tx.$executeRaw`
      UPDATE "StockLevel" SET "reserved" = "reserved" - ${r.quantity}, "updatedAt" = now()
      WHERE "variantId" = ${r.variantId} AND "warehouseId" = ${r.warehouseId} AND "reserved" >= ${r.quantity}`;
    if (changed !== 1) throw new Error(`reservation ${r.id}: reserved stock is lower than the reservation`);
    await recordMovement(tx, { variantId: r.variantId, warehouseId: r.warehouseId, reservedDelta: -r.quantity, reason: "RELEASE", referenceType: "order", referenceId: input.orderId, note: input.note, actorId: input.actorId });
  }
  return released.length;
}

/** Payment received: the hold stops expiring. The numbers do not change; the ledger says why. */
export async function allocateReservations(tx: Tx, input: { orderId: string; actorId: string | null }): Promise<number> {
  const allocated = await claimReservations(tx, input.orderId, ["HELD"], "ALLOCATED");
  if (allocated.length > 0) {
    await tx.stockMovement.createMany({
      data: allocated.map((r) => ({ variantId: r.variantId, warehouseId: r.warehouseId, reason: "ALLOCATE" as const, referenceType: "order", referenceId: input.orderId, actorId: input.actorId })),
    });
  }
  return allocated.length;
}

export interface BinQuantity {
  binId: string;
  code: string;
  quantity: number;
}

/**
 * Which bins to take `needed` pieces from: the fullest bins first (fewest trips), ties by bin
 * code. Pick lists and shipping use the same rule, so the slip matches what leaves the shelves.
 */
export function pickFromBins(bins: BinQuantity[], needed: number): { binId: string; code: string; quantity: number }[] {
  const picks: { binId: string; code: string; quantity: number }[] = [];
  let left = needed;
  for (const bin of [...bins].filter((b) => b.quantity > 0).sort((a, b) => b.quantity - a.quantity || a.code.localeCompare(b.code))) {
    if (left === 0) break;
    const take = Math.min(bin.quantity, left);
    picks.push({ binId: bin.binId, code: bin.code, quantity: take });
    left -= take;
  }
  return left === 0 ? picks : refuse("bin_shortage", { needed, found: needed - left });
}

/**
 * The parcel leaves: each allocated reservation is consumed, onHand and reserved fall together
 * and the pieces come out of their bins, one ledger row per bin.
 */
export async function consumeReservations(tx: Tx, input: { orderId: string; actorId: string | null }): Promise<void> {
  const consumed = await claimReservations(tx, input.orderId, ["ALLOCATED"], "CONSUMED");
  if (consumed.length === 0) refuse("nothing_to_ship");
  for (const warehouseId of new Set(consumed.map((r) => r.warehouseId))) {
    await lockStockLevels(tx, warehouseId, consumed.filter((r) => r.warehouseId === warehouseId).map((r) => r.variantId));
  }
  for (const r of consumed) {
    const changed = await tx.$executeRaw`
      UPDATE "StockLevel" SET "onHand" = "onHand" - ${r.quantity}, "reserved" = "reserved" - ${r.quantity}, "updatedAt" = now()
      WHERE "variantId" = ${r.variantId} AND "warehouseId" = ${r.warehouseId} AND "reserved" >= ${r.quantity}`;
    if (changed !== 1) throw new Error(`reservation ${r.id}: reserved stock is lower than the reservation`);
    const bins = await tx.$queryRaw<BinQuantity[]>`
      SELECT bs."binId", b."code", bs."quantity" FROM "BinStock" bs JOIN "BinLocation" b ON b."id" = bs."binId"
      WHERE bs."variantId" = ${r.variantId} AND b."warehouseId" = ${r.warehouseId} AND bs."quantity" > 0
      ORDER BY b."code" FOR UPDATE OF bs`;
    for (const pick of pickFromBins(bins, r.quantity)) {
      if (!(await removeFromBin(tx, { binId: pick.binId, variantId: r.variantId, quantity: pick.quantity }))) refuse("bin_shortage");
      await recordMovement(tx, { variantId: r.variantId, warehouseId: r.warehouseId, binId: pick.binId, onHandDelta: -pick.quantity, reservedDelta: -pick.quantity, reason: "SHIP", referenceType: "order", referenceId: input.orderId, actorId: input.actorId });
    }
  }
}
