import type { PrismaClient } from "@/lib/db/generated/client";

export interface ReservationDiscrepancy {
  variantId: string;
  warehouseId: string;
  reserved: number;
  reservations: number;
}

/**
 * Every SKU and warehouse whose reserved count differs from the pieces held for someone: live
 * order reservations (held or allocated), what running flash deals still offer (quota − claimed
 * − returned) and flash-deal claims held for their buyers' checkout. Empty when every reserved
 * piece is accounted for.
 */
export async function findReservationDiscrepancies(db: PrismaClient): Promise<ReservationDiscrepancy[]> {
  return db.$queryRaw<ReservationDiscrepancy[]>`
    WITH held AS (
      SELECT "variantId", "warehouseId", "quantity" FROM "Reservation" WHERE "status" IN ('HELD', 'ALLOCATED')
      UNION ALL
      SELECT "variantId", "warehouseId", "quota" - "claimed" - "returned" FROM "FlashDeal" WHERE "status" = 'ACTIVE'
      UNION ALL
      SELECT d."variantId", d."warehouseId", c."quantity" FROM "DealClaim" c JOIN "FlashDeal" d ON d."id" = c."dealId" WHERE c."status" = 'HELD'
    ), live AS (
      SELECT "variantId", "warehouseId", SUM("quantity")::int AS "quantity" FROM held GROUP BY "variantId", "warehouseId"
    )
    SELECT s."variantId", s."warehouseId", s."reserved", COALESCE(l."quantity", 0)::int AS "reservations"
    FROM "StockLevel" s LEFT JOIN live l ON l."variantId" = s."variantId" AND l."warehouseId" = s."warehouseId"
    WHERE s."reserved" <> COALESCE(l."quantity", 0)`;
}

export interface DealDiscrepancy {
  dealId: string;
  quota: number;
  claimed: number;
  returned: number;
  /** Pieces of the deal's HELD and ORDERED claims. */
  claims: number;
  /** Sum of its buyers' counters. */
  buyers: number;
}

/**
 * Every flash deal whose counters disagree with its claims: claimed ≠ pieces held or ordered,
 * a buyer's counter ≠ their claims, or, once ended, claimed + returned ≠ quota. Empty when the
 * deals' books balance.
 */
export async function findDealDiscrepancies(db: PrismaClient): Promise<DealDiscrepancy[]> {
  return db.$queryRaw<DealDiscrepancy[]>`
    WITH claims AS (
      SELECT "dealId", "userId", SUM("quantity")::int AS "quantity" FROM "DealClaim" WHERE "status" IN ('HELD', 'ORDERED') GROUP BY "dealId", "userId"
    ), per_buyer AS (
      SELECT COALESCE(b."dealId", c."dealId") AS "dealId", COALESCE(b."quantity", 0) AS "counter", COALESCE(c."quantity", 0) AS "claims"
      FROM "DealBuyer" b FULL JOIN claims c ON c."dealId" = b."dealId" AND c."userId" = b."userId"
    ), per_deal AS (
      SELECT "dealId", SUM("counter")::int AS "buyers", SUM("claims")::int AS "claims", BOOL_OR("counter" <> "claims") AS "buyerMismatch"
      FROM per_buyer GROUP BY "dealId"
    )
    SELECT d."id" AS "dealId", d."quota", d."claimed", d."returned", COALESCE(p."claims", 0)::int AS "claims", COALESCE(p."buyers", 0)::int AS "buyers"
    FROM "FlashDeal" d LEFT JOIN per_deal p ON p."dealId" = d."id"
    WHERE d."claimed" <> COALESCE(p."claims", 0)
       OR COALESCE(p."buyerMismatch", false)
       OR (d."status" = 'ENDED' AND d."claimed" + d."returned" <> d."quota")`;
}
