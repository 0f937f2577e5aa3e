import { cookies } from "next/headers";
import { getActor } from "./session";
import type { Actor } from "./policy";

/** The cookie that names a guest's cart (a random secret, see lib/cart). */
export const GUEST_CART_COOKIE = "ce_cart";

export interface Shopper {
  /** The signed-in person, if any. */
  actor: Actor | null;
  /** The guest cart secret from the cookie, if any. */
  guestToken: string | null;
}

/**
 * Who is shopping. Storefront actions are open to everyone, so instead of a role check each one
 * starts here and acts only on what this identity owns: the account's cart and orders, or the
 * cart named by the guest cookie (an order a guest placed is opened with its access token).
 */
export async function currentShopper(): Promise<Shopper> {
  const [actor, jar] = await Promise.all([getActor(), cookies()]);
  const token = jar.get(GUEST_CART_COOKIE)?.value ?? null;
  return { actor, guestToken: token && /^[A-Za-z0-9_-]{20,64}$/.test(token) ? token : null };
}
