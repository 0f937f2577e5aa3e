import type { Tx } from "@/lib/db/client";

export interface PriceRange {
  priceMinFen: number;
  priceMaxFen: number;
}

/**
 * Recomputes a product's price range (the read model used for sorting and price filters) from
 * its active variants, in one statement. A product without active variants gets 0–0. Returns
 * the new range, or null when there is no such product. Call it inside the transaction that
 * changed the variants.
 */
export async function refreshProductPriceRange(tx: Tx, productId: string): Promise<PriceRange | null> {
  const rows = await tx.$queryRaw<PriceRange[]>`
    UPDATE "Product" AS p
    SET "priceMinFen" = COALESCE(v.min, 0), "priceMaxFen" = COALESCE(v.max, 0), "updatedAt" = CURRENT_TIMESTAMP
    FROM (SELECT MIN("priceFen") AS min, MAX("priceFen") AS max FROM "Variant" WHERE "productId" = ${productId} AND "active") AS v
    WHERE p."id" = ${productId}
    RETURNING p."priceMinFen", p."priceMaxFen"`;
  return rows[0] ?? null;
}
