import type { Tx } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { COVER_IMAGE, type CoverImage, coverImage } from "@/lib/catalog/cover-image";
import { type HeldClaim, heldClaims } from "@/lib/live/deals";
import { type CartOwner, cartWhere } from "./owner";
import { capQuantity, SELLABLE_VARIANT, sellableOf } from "./sellable";

export type CartLineIssue = "unavailable" | "reduced";

export interface CartLineView {
  lineId: string;
  variantId: string;
  sku: string;
  product: { slug: string; nameZh: string; nameEn: string };
  variant: { nameZh: string; nameEn: string };
  image: CoverImage | null;
  enterprise: { slug: string; nameZh: string; nameEn: string };
  /** The variant's price now, from the database. */
  unitPriceFen: number;
  /** What the shopper asked for. */
  requestedQuantity: number;
  /** What can be ordered now: the request within stock, 0 when the piece is off sale. */
  quantity: number;
  lineTotalFen: number;
  /** Of one piece. */
  weightGrams: number;
  available: number;
  issues: CartLineIssue[];
}

export interface CartView {
  cartId: string | null;
  lines: CartLineView[];
  /** Over what can be ordered now. */
  subtotalFen: number;
  weightGrams: number;
  count: number;
}

const EMPTY: CartView = { cartId: null, lines: [], subtotalFen: 0, weightGrams: 0, count: 0 };

/**
 * The owner's cart as the cart page shows it, priced from the database: a line whose product
 * was withdrawn (unpublished, enterprise suspended, variant retired) counts for nothing and
 * says "unavailable"; one that asks for more than is left counts what is left and says "reduced".
 */
export async function readCart(db: PrismaClient | Tx, owner: CartOwner): Promise<CartView> {
  const where = cartWhere(owner);
  if (!where) return EMPTY;
  const cart = await db.cart.findUnique({
    where,
    select: {
      id: true,
      lines: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          quantity: true,
          variant: {
            select: {
              id: true,
              sku: true,
              nameZh: true,
              nameEn: true,
              priceFen: true,
              weightGrams: true,
              ...SELLABLE_VARIANT,
              product: {
                select: {
                  slug: true,
                  nameZh: true,
                  nameEn: true,
                  status: true,
                  ...COVER_IMAGE,
                  enterprise: { select: { slug: true, nameZh: true, nameEn: true, status: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!cart) return EMPTY;
  const lines = cart.lines.map(({ id, quantity: requested, variant }): CartLineView => {
    const { product } = variant;
    const { onSale, available } = sellableOf(variant);
    const quantity = onSale ? capQuantity(requested, available) : 0;
    const issues: CartLineIssue[] = !onSale ? ["unavailable"] : quantity < requested ? ["reduced"] : [];
    return {
      lineId: id,
      variantId: variant.id,
      sku: variant.sku,
      product: { slug: product.slug, nameZh: product.nameZh, nameEn: product.nameEn },
      variant: { nameZh: variant.nameZh, nameEn: variant.nameEn },
      image: coverImage(product),
      enterprise: { slug: product.enterprise.slug, nameZh: product.enterprise.nameZh, nameEn: product.enterprise.nameEn },
      unitPriceFen: variant.priceFen,
      requestedQuantity: requested,
      quantity,
      lineTotalFen: variant.priceFen * quantity,
      weightGrams: variant.weightGrams,
      available,
      issues,
    };
  });
  return {
    cartId: cart.id,
    lines,
    subtotalFen: lines.reduce((sum, l) => sum + l.lineTotalFen, 0),
    weightGrams: lines.reduce((sum, l) => sum + l.weightGrams * l.quantity, 0),
    count: lines.reduce((sum, l) => sum + l.quantity, 0),
  };
}

export interface CartWithClaims extends CartView {
  /** Flash-deal pieces held for the signed-in owner's checkout, at the deal price. */
  claims: HeldClaim[];
}

/**
 * The cart as the cart and checkout pages show it: the owner's lines and, when signed in, the
 * flash-deal pieces they claimed in live rooms (lib/live/deals), which checkout orders with the
 * cart. The subtotal, weight and count cover both.
 */
export async function readCartWithClaims(db: PrismaClient, owner: CartOwner, now: Date = new Date()): Promise<CartWithClaims> {
  const [cart, claims] = await Promise.all([readCart(db, owner), "userId" in owner ? heldClaims(db, owner.userId, now) : Promise.resolve([])]);
  return {
    ...cart,
    claims,
    subtotalFen: claims.reduce((sum, c) => sum + c.lineTotalFen, cart.subtotalFen),
    weightGrams: claims.reduce((sum, c) => sum + c.weightGrams * c.quantity, cart.weightGrams),
    count: claims.reduce((sum, c) => sum + c.quantity, cart.count),
  };
}
