import { cookies } from "next/headers";
import { siteUrl } from "@/lib/site-url";

/**
 * The access tokens of orders a guest placed on this device, in an httpOnly cookie, so "my
 * orders" can list them without an account. Only tokens travel; the orders are read from the
 * database (lib/orders/queries listOrdersByTokens).
 */
const GUEST_ORDERS_COOKIE = "ce_orders";
const KEEP = 20;
const ONE_YEAR = 365 * 24 * 60 * 60;
const TOKEN = /^[A-Za-z0-9_-]{20,64}$/;

export async function guestOrderTokens(): Promise<string[]> {
  const value = (await cookies()).get(GUEST_ORDERS_COOKIE)?.value ?? "";
  return value.split(".").filter((token) => TOKEN.test(token));
}

/** Only from a server action or route handler (the places that may set cookies). */
export async function rememberGuestOrder(accessToken: string): Promise<void> {
  const tokens = [accessToken, ...(await guestOrderTokens()).filter((token) => token !== accessToken)].slice(0, KEEP);
  (await cookies()).set(GUEST_ORDERS_COOKIE, tokens.join("."), { httpOnly: true, sameSite: "lax", secure: siteUrl().startsWith("https://"), path: "/", maxAge: ONE_YEAR });
}

/** The order page's path for this locale, with the guest's token when the order has no account. */
export function orderPath(locale: string, number: string, accessToken: string | null, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({ ...(accessToken ? { token: accessToken } : {}), ...extra }).toString();
  return `${locale === "en" ? "/en" : ""}/orders/${number}${query ? `?${query}` : ""}`;
}
