import { getLocale, getTranslations } from "next-intl/server";
import { Price } from "@/components/price";
import { Link } from "@/i18n/navigation";
import type { CartView } from "@/lib/cart/read";
import type { ShippingQuote } from "@/lib/checkout/shipping";
import { formatFen, type Locale } from "@/lib/money/format";

export interface CartTotals {
  quote: ShippingQuote;
  totalFen: number;
  freeShippingThresholdFen: number;
}

/** Subtotal, shipping estimate with the free-shipping progress, total and the way to checkout. */
export async function CartSummary({ cart, totals }: { cart: CartView; totals: CartTotals }) {
  const locale = await getLocale();
  const t = await getTranslations("cart.summary");
  const money = (fen: number) => formatFen(fen, locale as Locale);
  const { quote, totalFen, freeShippingThresholdFen: threshold } = totals;
  const missingFen = Math.max(0, threshold - cart.subtotalFen);
  const progress = threshold > 0 ? Math.min(100, Math.round((cart.subtotalFen / threshold) * 100)) : 100;
  return (
    <section aria-labelledby="cart-summary" className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-porcelain-deep">
      <h2 id="cart-summary" className="font-medium">
        {t("title")}
      </h2>
      {threshold > 0 && (
        <div className="space-y-1.5">
          <p className="text-sm text-celadon-800" data-testid="free-shipping">
            {missingFen > 0 ? t("freeShippingProgress", { amount: money(missingFen), threshold: money(threshold) }) : t("freeShippingReached", { threshold: money(threshold) })}
          </p>
          <div className="h-1.5 overflow-hidden rounded-full bg-celadon-50" role="presentation">
            <div className="h-full rounded-full bg-celadon-600 transition-[width]" style={{ width: `${progress}%` }} />
          </div>
        </div>
      )}
      <dl className="space-y-2 text-sm">
        <div className="flex justify-between">
          <dt className="text-ink-soft">{t("items", { count: cart.count })}</dt>
          <dd data-testid="subtotal">
            <Price fen={cart.subtotalFen} locale={locale} />
          </dd>
        </div>
        <div className="flex justify-between">
          <dt className="text-ink-soft">{t("shipping")}</dt>
          <dd data-testid="shipping">{quote.free ? <span className="text-celadon-800">{t("free")}</span> : <Price fen={quote.shippingFen} locale={locale} />}</dd>
        </div>
        {!quote.free && quote.packingFen > 0 && (
          <div className="flex justify-between">
            <dt className="text-ink-soft">{t("packing")}</dt>
            <dd>
              <Price fen={quote.packingFen} locale={locale} />
            </dd>
          </div>
        )}
        <div className="flex justify-between border-t border-porcelain-deep pt-3 text-base font-semibold text-cobalt-900">
          <dt>{t("total")}</dt>
          <dd data-testid="total">
            <Price fen={totalFen} locale={locale} />
          </dd>
        </div>
      </dl>
      <p className="text-xs text-ink-soft">{t("weight", { kg: (cart.weightGrams / 1000).toFixed(1) })}</p>
      <CheckoutLink enabled={cart.count > 0} className="hidden w-full lg:flex" />
      <p className="text-xs leading-relaxed text-ink-soft">{t("note")}</p>
    </section>
  );
}

/** The sticky bar at the bottom of a phone screen: total and checkout always within reach. */
export async function CartMobileBar({ cart, totals }: { cart: CartView; totals: CartTotals }) {
  const locale = await getLocale();
  const t = await getTranslations("cart.summary");
  return (
    <div className="fixed inset-x-0 bottom-0 z-20 border-t border-porcelain-deep bg-white/95 px-4 py-3 shadow-[0_-4px_16px_rgba(19,37,79,0.06)] backdrop-blur lg:hidden">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4">
        <p className="text-sm">
          <span className="text-ink-soft">{t("total")} </span>
          <span className="text-lg font-semibold text-cobalt-900">
            <Price fen={totals.totalFen} locale={locale} />
          </span>
          <span className="block text-xs text-ink-soft">{t("items", { count: cart.count })}</span>
        </p>
        <CheckoutLink enabled={cart.count > 0} className="flex min-w-36" />
      </div>
    </div>
  );
}

async function CheckoutLink({ enabled, className }: { enabled: boolean; className: string }) {
  const t = await getTranslations("cart.summary");
  const look = `${className} h-11 items-center justify-center rounded-full px-6 text-sm font-semibold`;
  if (!enabled) {
    return (
      <span aria-disabled="true" className={`${look} cursor-not-allowed bg-cobalt-700/40 text-white`}>
        {t("checkout")}
      </span>
    );
  }
  return (
    <Link href="/checkout" className={`${look} bg-cobalt-700 text-white shadow-sm transition hover:bg-cobalt-900`}>
      {t("checkout")}
    </Link>
  );
}
