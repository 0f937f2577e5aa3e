import type { PrismaClient } from "@/lib/db/generated/client";

export interface ReservationDiscrepancy {
  variantId: string;
  warehouseId: string;
  reserved: number;
  reservations: number;
}

/**
 * Every SKU and warehouse whose reserved count differs from the pieces its live reservations
 * (held or allocated) hold. Empty when every reserved piece belongs to an order.
 */
export async function findReservationDiscrepancies(db: PrismaClient): Promise<ReservationDiscrepancy[]> {
  return db.$queryRaw<ReservationDiscrepancy[]>`
    WITH live AS (
      SELECT "variantId", "warehouseId", SUM("quantity")::int AS "quantity"
      FROM "Reservation" WHERE "status" IN ('HELD', 'ALLOCATED') GROUP BY "variantId", "warehouseId"
    )
    SELECT s."variantId", s."warehouseId", s."reserved", COALESCE(l."quantity", 0)::int AS "reservations"
    FROM "StockLevel" s LEFT JOIN live l ON l."variantId" = s."variantId" AND l."warehouseId" = s."warehouseId"
    WHERE s."reserved" <> COALESCE(l."quantity", 0)`;
}
