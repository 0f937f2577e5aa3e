import type { Tx } from "@/lib/db/client";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";

/** Most pieces of one SKU a cart line may hold: a household order, not a wholesale one. */
export const MAX_LINE_QUANTITY = 99;

export interface Sellable {
  /** The product is published, its enterprise active and the variant offered. */
  onSale: boolean;
  /** Pieces not yet reserved, summed over warehouses. */
  available: number;
}

/** A variant's own fields sellableOf reads; the product's and enterprise's status come with the product. */
export const SELLABLE_VARIANT = { active: true, stockLevels: { select: { onHand: true, reserved: true } } } satisfies Prisma.VariantSelect;

/** Whether each variant can be bought now, and how many pieces. Unknown ids are absent. */
export async function loadSellable(db: PrismaClient | Tx, variantIds: string[]): Promise<Map<string, Sellable>> {
  if (variantIds.length === 0) return new Map();
  const variants = await db.variant.findMany({
    where: { id: { in: variantIds } },
    select: {
      id: true,
      ...SELLABLE_VARIANT,
      product: { select: { status: true, enterprise: { select: { status: true } } } },
    },
  });
  return new Map(variants.map((v) => [v.id, sellableOf(v)]));
}

export function sellableOf(variant: {
  active: boolean;
  product: { status: string; enterprise: { status: string } };
  stockLevels: { onHand: number; reserved: number }[];
}): Sellable {
  return {
    onSale: variant.active && variant.product.status === "PUBLISHED" && variant.product.enterprise.status === "ACTIVE",
    available: variant.stockLevels.reduce((sum, level) => sum + Math.max(0, level.onHand - level.reserved), 0),
  };
}

/** What a line may hold: the wish, within stock and the per-line maximum. */
export function capQuantity(wanted: number, available: number): number {
  return Math.max(0, Math.min(wanted, available, MAX_LINE_QUANTITY));
}
