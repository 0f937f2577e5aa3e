import { randomBytes } from "node:crypto";
import { villageDay } from "@/lib/inventory/core";

// Crockford's base 32 without I, L, O and U: easy to read out over the phone.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** What an order number looks like: checked before any lookup by number. */
export const ORDER_NUMBER = /^CE-\d{8}-[0-9A-Z]{8}$/;

/**
 * A readable order number such as "CE-20261129-4K7Q2M8X": the village's day and eight random
 * characters (10¹² a day, so concurrent checkouts need no shared counter; placeOrder retries
 * the rare clash).
 */
export function newOrderNumber(now: Date): string {
  const bytes = randomBytes(8);
  const suffix = Array.from(bytes, (byte) => ALPHABET[byte % 32]).join("");
  return `CE-${villageDay(now)}-${suffix}`;
}

/** The secret in a guest's order link. */
export function newAccessToken(): string {
  return randomBytes(24).toString("base64url");
}
