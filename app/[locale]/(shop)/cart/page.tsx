import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CartLineRow } from "@/components/cart/cart-line-row";
import { CartMobileBar, CartSummary } from "@/components/cart/cart-summary";
import { DealClaimRow } from "@/components/cart/deal-claim-row";
import { EmptyCart } from "@/components/cart/empty-cart";
import { Link } from "@/i18n/navigation";
import { currentShopper } from "@/lib/auth/shopper";
import { ownerOf } from "@/lib/cart/owner";
import { type CartLineView, readCartWithClaims } from "@/lib/cart/read";
import { loadRules } from "@/lib/checkout/rules";
import { quoteShipping } from "@/lib/checkout/shipping";
import { db } from "@/lib/db/client";
import { localize } from "@/lib/i18n/localize";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cart");
  return { title: t("title"), robots: { index: false } };
}

export const dynamic = "force-dynamic";

/** Lines by enterprise, in the order their first piece was added. */
function byEnterprise(lines: CartLineView[]) {
  const groups = new Map<string, { enterprise: CartLineView["enterprise"]; lines: CartLineView[] }>();
  for (const line of lines) {
    const group = groups.get(line.enterprise.slug) ?? { enterprise: line.enterprise, lines: [] };
    group.lines.push(line);
    groups.set(line.enterprise.slug, group);
  }
  return [...groups.values()];
}

export default async function CartPage({ params }: PageProps<"/[locale]/cart">) {
  const { locale } = await params;
  const database = db();
  const [cart, rules, t] = await Promise.all([currentShopper().then((shopper) => readCartWithClaims(database, ownerOf(shopper))), loadRules(database), getTranslations("cart")]);

  if (cart.lines.length === 0 && cart.claims.length === 0) {
    return (
      <div className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="font-serif text-2xl text-cobalt-900">{t("title")}</h1>
        <EmptyCart />
      </div>
    );
  }

  const groups = byEnterprise(cart.lines);
  const quote = quoteShipping(rules, { itemsFen: cart.subtotalFen, weightGrams: cart.weightGrams });
  const totals = { quote, totalFen: cart.subtotalFen + quote.shippingFen + quote.packingFen, freeShippingThresholdFen: rules.freeShippingThresholdFen };

  return (
    <div className="mx-auto max-w-6xl px-4 pb-32 pt-6 md:pt-10 lg:pb-12">
      <h1 className="font-serif text-2xl text-cobalt-900 md:text-3xl">{t("title")}</h1>
      <p className="mt-3 flex items-start gap-2 rounded-xl bg-celadon-50 px-3 py-2 text-sm text-celadon-800" data-testid="one-parcel">
        <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" aria-hidden="true" className="mt-0.5 shrink-0">
          <path d="M3 7.5 12 3l9 4.5v9L12 21l-9-4.5v-9Z" />
          <path d="m3 7.5 9 4.5 9-4.5M12 12v9" />
        </svg>
        {groups.length > 1 ? t("oneParcel", { count: groups.length }) : t("oneParcelSingle")}
      </p>
      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_22rem] lg:items-start">
        <div className="space-y-4">
          {cart.claims.length > 0 && (
            <section aria-labelledby="deal-claims" data-testid="deal-claims" className="rounded-2xl bg-white px-4 shadow-sm ring-1 ring-cinnabar/25 sm:px-5">
              <h2 id="deal-claims" className="flex flex-wrap items-center gap-2 border-b border-porcelain-deep py-3 text-sm">
                <span className="rounded-full bg-cinnabar px-2 py-0.5 text-xs font-semibold text-white">⚡ {t("deal.badge")}</span>
                <span className="font-medium">{t("deal.title")}</span>
                <span className="basis-full text-xs text-ink-soft sm:basis-auto">{t("deal.intro")}</span>
              </h2>
              <ul className="divide-y divide-porcelain-deep">
                {cart.claims.map((claim) => (
                  <DealClaimRow key={claim.claimId} claim={claim} />
                ))}
              </ul>
            </section>
          )}
          {groups.map((group) => (
            <section key={group.enterprise.slug} aria-label={localize(locale, group.enterprise.nameZh, group.enterprise.nameEn)} data-testid="cart-group" className="rounded-2xl bg-white px-4 shadow-sm ring-1 ring-porcelain-deep sm:px-5">
              <h2 className="flex items-center gap-2 border-b border-porcelain-deep py-3 text-sm">
                <span className="rounded-full bg-cobalt-50 px-2 py-0.5 text-xs text-cobalt-700">{t("enterprise")}</span>
                <Link href={`/enterprises/${group.enterprise.slug}`} className="font-medium hover:text-cobalt-700">
                  {localize(locale, group.enterprise.nameZh, group.enterprise.nameEn)}
                </Link>
              </h2>
              <ul className="divide-y divide-porcelain-deep">
                {group.lines.map((line) => (
                  <CartLineRow key={line.lineId} line={line} />
                ))}
              </ul>
            </section>
          ))}
        </div>
        <div className="lg:sticky lg:top-24">
          <CartSummary cart={cart} totals={totals} />
        </div>
      </div>
      <CartMobileBar cart={cart} totals={totals} />
    </div>
  );
}
