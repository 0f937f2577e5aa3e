import { getLocale, getTranslations } from "next-intl/server";
import { LineThumb } from "@/components/orders/line-thumb";
import { localize } from "@/lib/i18n/localize";
import { formatFen, type Locale } from "@/lib/money/format";
import type { PricedOrder } from "@/lib/orders/pricing";

/** The order as it will be placed, priced on the server: lines, shipping, fragile packing, total. */
export async function CheckoutSummary({ order, images, freeShippingThresholdFen }: { order: PricedOrder; images: Map<string, { url: string; altZh: string; altEn: string } | null>; freeShippingThresholdFen: number }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("checkout.summary");
  const money = (fen: number) => formatFen(fen, locale);
  const pieces = order.lines.reduce((sum, line) => sum + line.quantity, 0);
  const missing = freeShippingThresholdFen - order.itemsFen;
  return (
    <section aria-labelledby="checkout-summary" className="rounded-2xl bg-white p-5 sm:p-6">
      <h2 id="checkout-summary" className="mb-4 font-medium">
        {t("title")}
      </h2>
      <ul className="divide-y divide-porcelain-deep">
        {order.lines.map((line) => {
          const name = localize(locale, line.productNameZh, line.productNameEn);
          const image = images.get(line.variantId) ?? null;
          return (
            <li key={line.variantId} className="flex gap-3 py-3 first:pt-0" data-testid="checkout-line">
              <LineThumb image={image} alt={image ? localize(locale, image.altZh, image.altEn) : name} size={56} />
              <div className="min-w-0 flex-1 text-sm">
                <p className="truncate font-medium">{name}</p>
                <p className="text-ink-soft">
                  {localize(locale, line.variantNameZh, line.variantNameEn)} · {money(line.unitPriceFen)} × {line.quantity}
                </p>
              </div>
              <p className="text-sm tabular-nums">{money(line.lineTotalFen)}</p>
            </li>
          );
        })}
      </ul>
      <dl className="mt-4 space-y-1.5 border-t border-porcelain-deep pt-4 text-sm">
        <div className="flex justify-between">
          <dt className="text-ink-soft">{t("items", { count: pieces })}</dt>
          <dd className="tabular-nums">{money(order.itemsFen)}</dd>
        </div>
        <div className="flex justify-between">
          <dt className="text-ink-soft">{t("shipping", { kg: (order.weightGrams / 1000).toFixed(1) })}</dt>
          <dd className="tabular-nums" data-testid="checkout-shipping">
            {order.freeShipping ? t("free") : money(order.shippingFen)}
          </dd>
        </div>
        <div className="flex justify-between">
          <dt className="text-ink-soft">{t("packing")}</dt>
          <dd className="tabular-nums" data-testid="checkout-packing">
            {order.freeShipping ? t("free") : money(order.packingFen)}
          </dd>
        </div>
        <div className="flex justify-between border-t border-porcelain-deep pt-3 text-base font-semibold text-cobalt-900">
          <dt>{t("total")}</dt>
          <dd className="tabular-nums" data-testid="checkout-total">
            {money(order.totalFen)}
          </dd>
        </div>
      </dl>
      {freeShippingThresholdFen > 0 && (
        <p className="mt-3 rounded-lg bg-celadon-50 px-3 py-2 text-xs text-celadon-800">
          {missing > 0 ? t("freeFrom", { amount: money(missing), threshold: money(freeShippingThresholdFen) }) : t("freeReached", { threshold: money(freeShippingThresholdFen) })}
        </p>
      )}
    </section>
  );
}
