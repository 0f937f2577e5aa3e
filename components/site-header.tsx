import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { Link } from "@/i18n/navigation";
import { AccountLink } from "./auth/account-link";
import { CartLink } from "./cart/cart-link";
import { LocaleSwitch } from "./locale-switch";
import { SearchForm } from "./search-form";

export async function SiteHeader() {
  const t = await getTranslations();
  return (
    <header className="sticky top-0 z-30 border-b border-porcelain-deep bg-porcelain/95 backdrop-blur">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3 sm:gap-x-6">
        <Link href="/" className="flex items-center gap-2 text-base font-semibold tracking-wide text-cobalt-900 sm:text-lg">
          <LogoMark />
          {t("site.name")}
        </Link>
        <nav aria-label={t("nav.menu")} className="order-3 flex w-full gap-5 text-sm sm:order-none sm:w-auto">
          <Link href="/products" className="text-ink-soft hover:text-cobalt-700">
            {t("nav.products")}
          </Link>
          <Link href="/enterprises" className="text-ink-soft hover:text-cobalt-700">
            {t("nav.enterprises")}
          </Link>
          <Link href="/live" className="flex items-center gap-1 text-ink-soft hover:text-cobalt-700">
            <span className="h-1.5 w-1.5 rounded-full bg-cinnabar" aria-hidden="true" />
            {t("live.nav")}
          </Link>
        </nav>
        <div className="ml-auto flex flex-1 items-center justify-end gap-2 sm:flex-none sm:gap-3">
          <SearchForm className="hidden md:flex" />
          <AccountLink />
          <CartLink />
          <Suspense fallback={<span className="w-16" />}>
            <LocaleSwitch label={t("nav.switchTo")} ariaLabel={t("nav.language")} />
          </Suspense>
        </div>
        <SearchForm className="order-4 flex w-full md:hidden" />
      </div>
    </header>
  );
}

function LogoMark() {
  return (
    <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
      <path d="M6 11h20c0 8-4.5 14-10 14S6 19 6 11Z" fill="#fff" stroke="#1f3a7a" strokeWidth="1.6" />
      <path d="M9 15c2.5 1.6 4.5-1.6 7 0s4.5 1.6 7 0" fill="none" stroke="#3558a8" strokeWidth="1.4" strokeLinecap="round" />
      <ellipse cx="16" cy="11" rx="10" ry="2.4" fill="#dbeae2" stroke="#1f3a7a" strokeWidth="1.6" />
    </svg>
  );
}
