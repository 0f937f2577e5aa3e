import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CheckoutForm } from "@/components/checkout/checkout-form";
import { CheckoutSummary } from "@/components/checkout/checkout-summary";
import { regionOptions } from "@/components/checkout/region-options";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/i18n/navigation";
import { currentShopper } from "@/lib/auth/shopper";
import { ownerOf } from "@/lib/cart/owner";
import { readCartWithClaims } from "@/lib/cart/read";
import { listAddresses } from "@/lib/checkout/addresses";
import { loadRules } from "@/lib/checkout/rules";
import { db } from "@/lib/db/client";
import { formatFen, type Locale } from "@/lib/money/format";
import { priceOrder } from "@/lib/orders/pricing";
import { paymentMethodTypes, stripeEnabled } from "@/lib/payments/stripe";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout");
  return { title: t("title"), robots: { index: false } };
}

export default async function CheckoutPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const shopper = await currentShopper();
  const t = await getTranslations("checkout");
  const [cart, rules, savedAddresses] = await Promise.all([
    readCartWithClaims(db(), ownerOf(shopper)),
    loadRules(db()),
    shopper.actor ? listAddresses(db(), shopper.actor.id) : Promise.resolve([]),
  ]);
  // The same lines and prices placeOrder will use: what can be ordered now, priced from the
  // database, and the flash-deal pieces held for the buyer at their deal's price.
  const orderable = cart.lines.filter((line) => line.quantity > 0);
  if (orderable.length === 0 && cart.claims.length === 0) {
    return (
      <div className="mx-auto max-w-2xl px-4 py-10">
        <h1 className="mb-6 font-serif text-2xl text-cobalt-900">{t("title")}</h1>
        <EmptyState title={t("empty.title")} body={t("empty.body")} action={{ href: "/products", label: t("empty.browse") }} />
      </div>
    );
  }
  const { order } = await priceOrder(db(), orderable.map((line) => ({ variantId: line.variantId, quantity: line.quantity })), rules, cart.claims);
  const images = new Map([...orderable, ...cart.claims].map((line) => [line.variantId, line.image]));
  const changed = cart.lines.some((line) => line.issues.length > 0);

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 md:py-10">
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="font-serif text-2xl text-cobalt-900">{t("title")}</h1>
        <Link href="/cart" className="text-sm text-cobalt-700 underline underline-offset-4">
          {t("backToCart")}
        </Link>
      </div>
      {changed && (
        <p role="status" className="mb-4 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800">
          {t("cartChanged")}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[1fr_24rem] lg:items-start">
        <div className="lg:order-2 lg:sticky lg:top-20">
          <CheckoutSummary order={order} images={images} claims={cart.claims} freeShippingThresholdFen={rules.freeShippingThresholdFen} />
        </div>
        <div className="lg:order-1">
          <CheckoutForm
            signedIn={Boolean(shopper.actor)}
            claimIds={cart.claims.map((claim) => claim.claimId)}
            savedAddresses={savedAddresses}
            regions={regionOptions(null)}
            online={stripeEnabled() ? paymentMethodTypes() : []}
            totalText={formatFen(order.totalFen, locale as Locale)}
          />
        </div>
      </div>
    </div>
  );
}
