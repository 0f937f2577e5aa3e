import { randomBytes } from "node:crypto";

/**
 * Whose cart: a signed-in account's, or the guest's named by the secret in their cookie. A guest
 * without a cookie yet has `guestToken: null`; their cart is created on the first add.
 */
export type CartOwner = { userId: string } | { guestToken: string | null };

/** A fresh guest cart secret: 32 random bytes, base64url (43 characters). */
export function newGuestToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The owner's cart as a filter, or null when a guest has no cart yet (they own nothing). */
export function cartWhere(owner: CartOwner): { userId: string } | { token: string } | null {
  if ("userId" in owner) return { userId: owner.userId };
  return owner.guestToken ? { token: owner.guestToken } : null;
}

/** The cart of the current shopper: their account's when signed in, otherwise the cookie's. */
export function ownerOf(shopper: { actor: { id: string } | null; guestToken: string | null }): CartOwner {
  return shopper.actor ? { userId: shopper.actor.id } : { guestToken: shopper.guestToken };
}
