import type { Tx } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { type CartOwner, cartWhere, newGuestToken } from "./owner";
import { capQuantity, loadSellable, MAX_LINE_QUANTITY, type Sellable } from "./sellable";

/**
 * Cart changes. A cart holds only what the shopper wants (variant and quantity, and the live
 * session it came from): never a price, which is read from the variant whenever the cart is
 * shown and again when the order is placed. Quantities stay within what is available now and
 * the per-line maximum; stock is only held at checkout (lib/checkout), not by a cart.
 */

export type CartError = "invalid_quantity" | "variant_not_found" | "unavailable" | "sold_out" | "limit_reached" | "line_not_found";
export type CartResult<T extends object> = ({ ok: true } & T) | { ok: false; error: CartError; available?: number };

export interface LineChange {
  lineId: string;
  /** The line's quantity after the change. */
  quantity: number;
  /** Why the line holds fewer pieces than asked for, if it does. */
  limitedBy: "stock" | "line_max" | null;
  available: number;
}

type Db = PrismaClient | Tx;

function isQuantity(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 1 && value <= MAX_LINE_QUANTITY;
}

function limitOf(wanted: number, granted: number, sellable: Sellable): LineChange["limitedBy"] {
  if (granted >= wanted) return null;
  return granted === MAX_LINE_QUANTITY && sellable.available > MAX_LINE_QUANTITY ? "line_max" : "stock";
}

function refusal(sellable: Sellable | undefined): { ok: false; error: CartError } | null {
  if (!sellable) return { ok: false, error: "variant_not_found" };
  if (!sellable.onSale) return { ok: false, error: "unavailable" };
  if (sellable.available <= 0) return { ok: false, error: "sold_out" };
  return null;
}

/**
 * The owner's cart, created on first use. A guest without a cart gets a fresh secret (never one
 * the client chose), returned as `newGuestToken` for the caller to put in their cookie.
 */
export async function ensureCart(db: Db, owner: CartOwner): Promise<{ cartId: string; newGuestToken: string | null }> {
  if ("userId" in owner) {
    const cart = await db.cart.upsert({ where: { userId: owner.userId }, create: { userId: owner.userId }, update: {}, select: { id: true } });
    return { cartId: cart.id, newGuestToken: null };
  }
  if (owner.guestToken) {
    const cart = await db.cart.findUnique({ where: { token: owner.guestToken }, select: { id: true } });
    if (cart) return { cartId: cart.id, newGuestToken: null };
  }
  const token = newGuestToken();
  const cart = await db.cart.create({ data: { token }, select: { id: true } });
  return { cartId: cart.id, newGuestToken: token };
}

/** Adds pieces of a variant (to its line if there is one), capped by stock and the line maximum. */
export async function addToCart(
  db: Db,
  owner: CartOwner,
  input: { variantId: string; quantity: number; liveSessionId?: string | null },
): Promise<CartResult<LineChange & { added: number; newGuestToken: string | null }>> {
  if (!isQuantity(input.quantity)) return { ok: false, error: "invalid_quantity" };
  const sellable = (await loadSellable(db, [input.variantId])).get(input.variantId);
  const refused = refusal(sellable);
  if (refused || !sellable) return refused ?? { ok: false, error: "variant_not_found" };

  const where = cartWhere(owner);
  const existing = where ? await db.cartLine.findFirst({ where: { variantId: input.variantId, cart: where }, select: { quantity: true } }) : null;
  const current = existing?.quantity ?? 0;
  const wanted = current + input.quantity;
  const quantity = capQuantity(wanted, sellable.available);
  if (quantity <= current) return { ok: false, error: "limit_reached", available: sellable.available };

  const { cartId, newGuestToken } = await ensureCart(db, owner);
  const line = await db.cartLine.upsert({
    where: { cartId_variantId: { cartId, variantId: input.variantId } },
    create: { cartId, variantId: input.variantId, quantity, liveSessionId: input.liveSessionId ?? null },
    // The latest live session the piece was added from gets the credit.
    update: { quantity, ...(input.liveSessionId ? { liveSessionId: input.liveSessionId } : {}) },
    select: { id: true },
  });
  return { ok: true, lineId: line.id, quantity, added: quantity - current, limitedBy: limitOf(wanted, quantity, sellable), available: sellable.available, newGuestToken };
}

/** Sets a line of the owner's cart to a quantity, capped by stock and the line maximum. */
export async function setCartQuantity(db: Db, owner: CartOwner, input: { lineId: string; quantity: number }): Promise<CartResult<LineChange>> {
  if (!isQuantity(input.quantity)) return { ok: false, error: "invalid_quantity" };
  const where = cartWhere(owner);
  const line = where ? await db.cartLine.findFirst({ where: { id: input.lineId, cart: where }, select: { id: true, variantId: true } }) : null;
  if (!line || !where) return { ok: false, error: "line_not_found" };
  const sellable = (await loadSellable(db, [line.variantId])).get(line.variantId);
  const refused = refusal(sellable);
  if (refused || !sellable) return refused ?? { ok: false, error: "variant_not_found" };
  const quantity = capQuantity(input.quantity, sellable.available);
  const { count } = await db.cartLine.updateMany({ where: { id: line.id, cart: where }, data: { quantity } });
  if (count !== 1) return { ok: false, error: "line_not_found" };
  return { ok: true, lineId: line.id, quantity, limitedBy: limitOf(input.quantity, quantity, sellable), available: sellable.available };
}

/** Removes a line, only from the owner's own cart. */
export async function removeCartLine(db: Db, owner: CartOwner, lineId: string): Promise<CartResult<{ lineId: string }>> {
  const where = cartWhere(owner);
  const { count } = where ? await db.cartLine.deleteMany({ where: { id: lineId, cart: where } }) : { count: 0 };
  return count === 1 ? { ok: true, lineId } : { ok: false, error: "line_not_found" };
}

/**
 * On sign-in: the guest cart's lines move into the account's cart (quantities of the same
 * variant summed, within stock and the line maximum) and the guest cart is deleted, so its
 * secret names nothing any more. A line of a piece sold out meanwhile is kept, for the cart
 * page to say so, rather than vanishing without a word.
 */
export async function mergeGuestCart(db: PrismaClient, guestToken: string, userId: string): Promise<{ mergedLines: number }> {
  return db.$transaction(async (tx) => {
    const guest = await tx.cart.findUnique({ where: { token: guestToken }, select: { id: true, lines: { select: { variantId: true, quantity: true, liveSessionId: true } } } });
    if (!guest) return { mergedLines: 0 };
    const account = await tx.cart.upsert({
      where: { userId },
      create: { userId },
      update: {},
      select: { id: true, lines: { select: { variantId: true, quantity: true } } },
    });
    const sellable = await loadSellable(tx, guest.lines.map((l) => l.variantId));
    for (const line of guest.lines) {
      const sum = line.quantity + (account.lines.find((l) => l.variantId === line.variantId)?.quantity ?? 0);
      const available = sellable.get(line.variantId)?.available ?? 0;
      const quantity = available > 0 ? capQuantity(sum, available) : Math.min(sum, MAX_LINE_QUANTITY);
      await tx.cartLine.upsert({
        where: { cartId_variantId: { cartId: account.id, variantId: line.variantId } },
        create: { cartId: account.id, variantId: line.variantId, quantity, liveSessionId: line.liveSessionId },
        update: { quantity, ...(line.liveSessionId ? { liveSessionId: line.liveSessionId } : {}) },
      });
    }
    await tx.cart.delete({ where: { id: guest.id } });
    return { mergedLines: guest.lines.length };
  });
}

/** Pieces in the owner's cart, with the flash-deal pieces held for a signed-in owner (the header badge). */
export async function cartCount(db: Db, owner: CartOwner, now: Date = new Date()): Promise<number> {
  const where = cartWhere(owner);
  if (!where) return 0;
  const [lines, claims] = await Promise.all([
    db.cartLine.aggregate({ where: { cart: where }, _sum: { quantity: true } }),
    "userId" in owner ? db.dealClaim.aggregate({ where: { userId: owner.userId, status: "HELD", expiresAt: { gt: now } }, _sum: { quantity: true } }) : null,
  ]);
  return (lines._sum.quantity ?? 0) + (claims?._sum.quantity ?? 0);
}

/**
 * What checkout orders: the lines that can be bought now, each at most what is available (as
 * the cart page shows them). Prices are left out on purpose: placing the order reads them.
 */
export async function cartLinesForCheckout(
  db: Db,
  owner: CartOwner,
): Promise<{ cartId: string; lines: { variantId: string; quantity: number; liveSessionId: string | null }[] } | null> {
  const where = cartWhere(owner);
  const cart = where
    ? await db.cart.findUnique({ where, select: { id: true, lines: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { variantId: true, quantity: true, liveSessionId: true } } } })
    : null;
  if (!cart) return null;
  const sellable = await loadSellable(db, cart.lines.map((l) => l.variantId));
  const lines = cart.lines.flatMap((line) => {
    const s = sellable.get(line.variantId);
    const quantity = s?.onSale ? capQuantity(line.quantity, s.available) : 0;
    return quantity > 0 ? [{ variantId: line.variantId, quantity, liveSessionId: line.liveSessionId }] : [];
  });
  return { cartId: cart.id, lines };
}

/** Empties a cart once its order is placed, inside the order's transaction. */
export async function clearCart(tx: Tx, cartId: string): Promise<void> {
  await tx.cartLine.deleteMany({ where: { cartId } });
}
