"use client";

import { useSession } from "next-auth/react";
import { useEffect, useState } from "react";

const CART_COUNT_EVENT = "ce:cart-count";

/** Tells the header badge the cart's new piece count after a cart action answered with it. */
export function announceCartCount(count: number): void {
  window.dispatchEvent(new CustomEvent<number>(CART_COUNT_EVENT, { detail: count }));
}

/**
 * Pieces in the shopper's cart, fetched in the browser (pages are cached for everyone), again
 * when the session changes (sign-in merges the guest cart) or the tab regains focus, and
 * updated at once by `announceCartCount`. Null until known.
 */
export function useCartCount(): number | null {
  const { status } = useSession();
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    if (status === "loading") return;
    let controller = new AbortController();
    const load = () => {
      controller.abort();
      controller = new AbortController();
      fetch("/api/cart", { signal: controller.signal, cache: "no-store" })
        .then((response) => (response.ok ? response.json() : null))
        .then((body: { count: number } | null) => body && setCount(body.count))
        .catch(() => {});
    };
    // An announced count is newer than any answer still on its way.
    const onAnnounce = (event: Event) => {
      controller.abort();
      setCount((event as CustomEvent<number>).detail);
    };
    load();
    window.addEventListener(CART_COUNT_EVENT, onAnnounce);
    window.addEventListener("focus", load);
    return () => {
      controller.abort();
      window.removeEventListener(CART_COUNT_EVENT, onAnnounce);
      window.removeEventListener("focus", load);
    };
  }, [status]);
  return count;
}
