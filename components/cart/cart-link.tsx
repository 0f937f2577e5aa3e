"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { useCartCount } from "./cart-count";

/** The header's cart link with the number of pieces in it. */
export function CartLink() {
  const t = useTranslations("cart");
  const count = useCartCount();
  return (
    <Link
      href="/cart"
      aria-label={count ? t("linkWithCount", { count }) : t("link")}
      className="relative inline-flex size-8 items-center justify-center rounded-full text-cobalt-900 hover:bg-cobalt-50"
      data-testid="cart-link"
    >
      <svg viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
        <path d="M5 8h14l-1.2 11.1a2 2 0 0 1-2 1.9H8.2a2 2 0 0 1-2-1.9L5 8Z" />
        <path d="M9 10V7a3 3 0 0 1 6 0v3" />
      </svg>
      {!!count && (
        <span data-testid="cart-count" className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-cobalt-700 px-1 text-center text-[11px] font-semibold leading-5 text-white tabular-nums">
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  );
}
