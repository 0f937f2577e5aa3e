import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Panel } from "@/components/orders/panel";
import { PricedLine } from "@/components/orders/priced-line";
import { PriceSummary } from "@/components/orders/price-summary";
import type { CoverImage } from "@/lib/catalog/cover-image";
import type { HeldClaim } from "@/lib/live/deals";
import { formatFen, type Locale } from "@/lib/money/format";
import type { PricedOrder } from "@/lib/orders/pricing";

/**
 * The order as it will be placed, priced on the server: lines, shipping, fragile packing, total.
 * A flash-deal piece says so, with its everyday price struck through and until when it is held.
 */
export async function CheckoutSummary({
  order,
  images,
  claims,
  freeShippingThresholdFen,
}: {
  order: PricedOrder;
  images: Map<string, CoverImage | null>;
  claims: HeldClaim[];
  freeShippingThresholdFen: number;
}) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("checkout.summary");
  const money = (fen: number) => formatFen(fen, locale);
  const claimsById = new Map(claims.map((claim) => [claim.claimId, claim]));
  const format = await getFormatter();
  const pieces = order.lines.reduce((sum, line) => sum + line.quantity, 0);
  const missing = freeShippingThresholdFen - order.itemsFen;
  return (
    <Panel id="checkout-summary" title={t("title")}>
      <ul className="divide-y divide-porcelain-deep">
        {order.lines.map((line) => {
          const claim = line.claimId ? claimsById.get(line.claimId) : undefined;
          return (
            <PricedLine key={line.claimId ?? line.variantId} line={line} image={images.get(line.variantId) ?? null} locale={locale} testId="checkout-line" thumbSize={56}>
              {claim && (
                <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs" data-testid="checkout-deal">
                  <span className="rounded-full bg-cinnabar px-2 py-0.5 font-semibold text-white">⚡ {t("deal")}</span>
                  <s className="text-ink-soft">{money(claim.regularPriceFen)}</s>
                  <span className="text-amber-800">{t("heldUntil", { time: format.dateTime(claim.expiresAt, { timeStyle: "short" }) })}</span>
                </p>
              )}
            </PricedLine>
          );
        })}
      </ul>
      <PriceSummary
        parts={[
          { label: t("items", { count: pieces }), value: money(order.itemsFen) },
          { label: t("shipping", { kg: (order.weightGrams / 1000).toFixed(1) }), value: order.freeShipping ? t("free") : money(order.shippingFen), testId: "checkout-shipping" },
          { label: t("packing"), value: order.freeShipping ? t("free") : money(order.packingFen), testId: "checkout-packing" },
        ]}
        total={{ label: t("total"), value: money(order.totalFen), testId: "checkout-total" }}
      />
      {freeShippingThresholdFen > 0 && (
        <p className="mt-3 rounded-lg bg-celadon-50 px-3 py-2 text-xs text-celadon-800">
          {missing > 0 ? t("freeFrom", { amount: money(missing), threshold: money(freeShippingThresholdFen) }) : t("freeReached", { threshold: money(freeShippingThresholdFen) })}
        </p>
      )}
    </Panel>
  );
}
