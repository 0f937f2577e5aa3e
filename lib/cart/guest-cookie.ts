import { cookies } from "next/headers";
import { GUEST_CART_COOKIE } from "@/lib/auth/shopper";
import { db } from "@/lib/db/client";
import { siteUrl } from "@/lib/site-url";
import { mergeGuestCart } from "./cart";

/**
 * The guest cart cookie, for server actions and route handlers (the only places that may set
 * cookies). The cart domain itself (./cart) knows nothing of cookies.
 */

const THIRTY_DAYS = 30 * 24 * 60 * 60;

export async function rememberGuestCart(token: string): Promise<void> {
  (await cookies()).set(GUEST_CART_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: siteUrl().startsWith("https://"),
    path: "/",
    maxAge: THIRTY_DAYS,
  });
}

/**
 * Moves the cookie's guest cart into the account's and forgets the cookie. Runs at sign-in
 * (lib/auth/options events.signIn) and again, as a fallback, on the first cart action of a
 * signed-in shopper who still carries the cookie.
 */
export async function adoptGuestCart(userId: string): Promise<void> {
  const jar = await cookies();
  const token = jar.get(GUEST_CART_COOKIE)?.value;
  if (!token) return;
  await mergeGuestCart(db(), token, userId);
  jar.delete(GUEST_CART_COOKIE);
}
