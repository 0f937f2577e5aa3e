import type { PrismaClient } from "@/lib/db/generated/client";

export interface StockDiscrepancy {
  variantId: string;
  warehouseId: string;
  onHand: number;
  reserved: number;
  ledgerOnHand: number;
  ledgerReserved: number;
  binTotal: number;
}

/**
 * Every SKU and warehouse where stock and its ledger disagree: onHand ≠ sum(onHandDelta),
 * reserved ≠ sum(reservedDelta), or the bins' total ≠ onHand. Empty when the books balance.
 * One SQL statement, so it can also run as an audit on a live database.
 */
export async function findStockDiscrepancies(db: PrismaClient): Promise<StockDiscrepancy[]> {
  return db.$queryRaw<StockDiscrepancy[]>`
    WITH ledger AS (
      SELECT "variantId", "warehouseId", SUM("onHandDelta")::int AS "onHand", SUM("reservedDelta")::int AS "reserved"
      FROM "StockMovement" GROUP BY "variantId", "warehouseId"
    ), bins AS (
      SELECT bs."variantId", b."warehouseId", SUM(bs."quantity")::int AS "quantity"
      FROM "BinStock" bs JOIN "BinLocation" b ON b."id" = bs."binId" GROUP BY bs."variantId", b."warehouseId"
    ), keys AS (
      SELECT "variantId", "warehouseId" FROM "StockLevel"
      UNION SELECT "variantId", "warehouseId" FROM ledger
      UNION SELECT "variantId", "warehouseId" FROM bins
    )
    SELECT k."variantId", k."warehouseId",
           COALESCE(s."onHand", 0)::int AS "onHand", COALESCE(s."reserved", 0)::int AS "reserved",
           COALESCE(l."onHand", 0)::int AS "ledgerOnHand", COALESCE(l."reserved", 0)::int AS "ledgerReserved",
           COALESCE(b."quantity", 0)::int AS "binTotal"
    FROM keys k
    LEFT JOIN "StockLevel" s ON s."variantId" = k."variantId" AND s."warehouseId" = k."warehouseId"
    LEFT JOIN ledger l ON l."variantId" = k."variantId" AND l."warehouseId" = k."warehouseId"
    LEFT JOIN bins b ON b."variantId" = k."variantId" AND b."warehouseId" = k."warehouseId"
    WHERE COALESCE(s."onHand", 0) <> COALESCE(l."onHand", 0)
       OR COALESCE(s."reserved", 0) <> COALESCE(l."reserved", 0)
       OR COALESCE(b."quantity", 0) <> COALESCE(s."onHand", 0)`;
}
