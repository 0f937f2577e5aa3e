import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { quoteShipping } from "@/lib/checkout/shipping";
import type { Rules } from "@/lib/checkout/rules";

export interface RequestedLine {
  variantId: string;
  quantity: number;
  liveSessionId?: string | null;
}

/** A flash-deal claim to order: its price is the deal's, read from the database by the caller. */
export interface ClaimedLine {
  claimId: string;
  variantId: string;
  quantity: number;
  priceFen: number;
  liveSessionId: string;
}

export interface PricedLine {
  /** The flash-deal claim the line orders, if it is one (not a column of the order line). */
  claimId: string | null;
  variantId: string;
  enterpriseId: string;
  sku: string;
  productSlug: string;
  productNameZh: string;
  productNameEn: string;
  variantNameZh: string;
  variantNameEn: string;
  unitPriceFen: number;
  quantity: number;
  lineTotalFen: number;
  weightGrams: number;
  liveSessionId: string | null;
}

interface SaleableVariant {
  id: string;
  sku: string;
  nameZh: string;
  nameEn: string;
  priceFen: number;
  weightGrams: number;
  onSale: boolean;
  productSlug: string;
  productNameZh: string;
  productNameEn: string;
  enterpriseId: string;
}

export interface PricedOrder {
  lines: PricedLine[];
  itemsFen: number;
  shippingFen: number;
  packingFen: number;
  totalFen: number;
  weightGrams: number;
  freeShipping: boolean;
}

/**
 * Prices requested lines from the database (the client never sends a price) and adds the
 * parcel's shipping and packing. Claimed flash-deal pieces are lines of their own at the deal's
 * price, after the cart's; they weigh and count toward free shipping like any other. Lines whose
 * product is not on sale (unpublished, archived, suspended enterprise, inactive SKU) come back in
 * `unavailable`.
 */
export async function priceOrder(
  db: Db | Tx,
  requested: RequestedLine[],
  rules: Rules,
  claimed: ClaimedLine[] = [],
): Promise<{ order: PricedOrder; unavailable: string[] }> {
  const wanted = [...requested.map((line) => ({ ...line, claimId: null, priceFen: null })), ...claimed];
  if (wanted.length === 0) return { order: totals([], rules), unavailable: [] };
  // One query (rather than one per relation) because it sits on the checkout's hot path.
  const variants = await db.$queryRaw<SaleableVariant[]>`
    SELECT v."id", v."sku", v."nameZh", v."nameEn", v."priceFen", v."weightGrams",
           (v."active" AND p."status" = 'PUBLISHED' AND e."status" = 'ACTIVE') AS "onSale",
           p."slug" AS "productSlug", p."nameZh" AS "productNameZh", p."nameEn" AS "productNameEn", p."enterpriseId"
    FROM "Variant" v JOIN "Product" p ON p."id" = v."productId" JOIN "Enterprise" e ON e."id" = p."enterpriseId"
    WHERE v."id" IN (${Prisma.join([...new Set(wanted.map((line) => line.variantId))])})`;
  const byId = new Map(variants.map((variant) => [variant.id, variant]));
  const unavailable: string[] = [];
  const lines: PricedLine[] = [];
  for (const line of wanted) {
    const variant = byId.get(line.variantId);
    if (!variant?.onSale) {
      unavailable.push(line.variantId);
      continue;
    }
    const unitPriceFen = line.priceFen ?? variant.priceFen;
    lines.push({
      claimId: line.claimId,
      variantId: variant.id,
      enterpriseId: variant.enterpriseId,
      sku: variant.sku,
      productSlug: variant.productSlug,
      productNameZh: variant.productNameZh,
      productNameEn: variant.productNameEn,
      variantNameZh: variant.nameZh,
      variantNameEn: variant.nameEn,
      unitPriceFen,
      quantity: line.quantity,
      lineTotalFen: unitPriceFen * line.quantity,
      weightGrams: variant.weightGrams * line.quantity,
      liveSessionId: line.liveSessionId ?? null,
    });
  }
  return { order: totals(lines, rules), unavailable };
}

function totals(lines: PricedLine[], rules: Rules): PricedOrder {
  const itemsFen = lines.reduce((sum, line) => sum + line.lineTotalFen, 0);
  const weightGrams = lines.reduce((sum, line) => sum + line.weightGrams, 0);
  const quote = quoteShipping(rules, { itemsFen, weightGrams });
  return { lines, itemsFen, weightGrams, shippingFen: quote.shippingFen, packingFen: quote.packingFen, totalFen: itemsFen + quote.shippingFen + quote.packingFen, freeShipping: quote.free };
}
