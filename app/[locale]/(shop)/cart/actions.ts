"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { currentShopper, type Shopper } from "@/lib/auth/shopper";
import { addToCart, type CartError, cartCount, removeCartLine, setCartQuantity } from "@/lib/cart/cart";
import { adoptGuestCart, rememberGuestCart } from "@/lib/cart/guest-cookie";
import type { CartOwner } from "@/lib/cart/owner";
import { MAX_LINE_QUANTITY } from "@/lib/cart/sellable";
import { db } from "@/lib/db/client";

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const quantity = z.number().int().min(1).max(MAX_LINE_QUANTITY);
const addSchema = z.object({ variantId: id, quantity, liveSessionId: id.optional() });
const setSchema = z.object({ lineId: id, quantity });
const removeSchema = z.object({ lineId: id });

/** What the storefront's cart controls get back; `error` is a key of `cart.errors`. */
export type CartActionResult =
  | { ok: true; quantity: number; added: number; limitedBy: "stock" | "line_max" | null; available: number; count: number }
  | { ok: false; error: CartError | "invalid"; available?: number };

/** The cart the caller owns; a signed-in shopper still carrying a guest cookie adopts that cart first. */
async function ownerFor(shopper: Shopper): Promise<CartOwner> {
  if (!shopper.actor) return { guestToken: shopper.guestToken };
  if (shopper.guestToken) await adoptGuestCart(shopper.actor.id);
  return { userId: shopper.actor.id };
}

export async function addToCartAction(input: unknown): Promise<CartActionResult> {
  const shopper = await currentShopper();
  const parsed = addSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const owner = await ownerFor(shopper);
  const result = await addToCart(db(), owner, parsed.data);
  if (!result.ok) return result;
  if (result.newGuestToken) await rememberGuestCart(result.newGuestToken);
  const count = await cartCount(db(), result.newGuestToken ? { guestToken: result.newGuestToken } : owner);
  return { ok: true, quantity: result.quantity, added: result.added, limitedBy: result.limitedBy, available: result.available, count };
}

export async function setCartQuantityAction(input: unknown): Promise<CartActionResult> {
  const shopper = await currentShopper();
  const parsed = setSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const owner = await ownerFor(shopper);
  const result = await setCartQuantity(db(), owner, parsed.data);
  refresh();
  if (!result.ok) return result;
  return { ok: true, quantity: result.quantity, added: 0, limitedBy: result.limitedBy, available: result.available, count: await cartCount(db(), owner) };
}

export async function removeCartLineAction(input: unknown): Promise<CartActionResult> {
  const shopper = await currentShopper();
  const parsed = removeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const owner = await ownerFor(shopper);
  const result = await removeCartLine(db(), owner, parsed.data.lineId);
  refresh();
  if (!result.ok) return result;
  return { ok: true, quantity: 0, added: 0, limitedBy: null, available: 0, count: await cartCount(db(), owner) };
}
