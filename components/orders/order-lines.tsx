import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { localize } from "@/lib/i18n/localize";
import { formatFen, type Locale } from "@/lib/money/format";
import type { OrderDetail } from "@/lib/orders/queries";
import { LineThumb } from "./line-thumb";

/** An order's pieces and money: lines with pictures, then items, shipping, packing, total, paid, refunded. */
export async function OrderLines({ order, locale }: { order: OrderDetail; locale: Locale }) {
  const t = await getTranslations("orders.detail");
  const money = (fen: number) => formatFen(fen, locale);
  const rows: [string, string, string?][] = [
    [t("items"), money(order.itemsFen)],
    [t("shipping"), order.shippingFen === 0 && order.packingFen === 0 ? t("free") : money(order.shippingFen)],
    [t("packing"), order.shippingFen === 0 && order.packingFen === 0 ? t("free") : money(order.packingFen)],
  ];
  return (
    <section aria-labelledby="order-lines" className="rounded-2xl bg-white p-5 sm:p-6">
      <h2 id="order-lines" className="mb-3 font-medium">
        {t("pieces")}
      </h2>
      <ul className="divide-y divide-porcelain-deep">
        {order.lines.map((line) => {
          const name = localize(locale, line.productNameZh, line.productNameEn);
          return (
            <li key={line.id} className="flex gap-3 py-3" data-testid="order-line">
              <LineThumb image={line.image} alt={line.image ? localize(locale, line.image.altZh, line.image.altEn) : name} />
              <div className="min-w-0 flex-1 text-sm">
                <Link href={`/products/${line.productSlug}`} className="font-medium hover:text-cobalt-700">
                  {name}
                </Link>
                <p className="text-ink-soft">
                  {localize(locale, line.variantNameZh, line.variantNameEn)} · {money(line.unitPriceFen)} × {line.quantity}
                </p>
                {line.refundedQuantity > 0 && <p className="text-xs text-cinnabar">{t("lineRefunded", { count: line.refundedQuantity, amount: money(line.refundedFen) })}</p>}
              </div>
              <p className="text-sm tabular-nums">{money(line.lineTotalFen)}</p>
            </li>
          );
        })}
      </ul>
      <dl className="mt-3 space-y-1.5 border-t border-porcelain-deep pt-3 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="flex justify-between">
            <dt className="text-ink-soft">{label}</dt>
            <dd className="tabular-nums">{value}</dd>
          </div>
        ))}
        <div className="flex justify-between border-t border-porcelain-deep pt-2 text-base font-semibold text-cobalt-900">
          <dt>{t("total")}</dt>
          <dd className="tabular-nums" data-testid="order-total">
            {money(order.totalFen)}
          </dd>
        </div>
        {order.paidFen > 0 && (
          <div className="flex justify-between">
            <dt className="text-ink-soft">{t("paid")}</dt>
            <dd className="tabular-nums">{money(order.paidFen)}</dd>
          </div>
        )}
        {order.refundedFen > 0 && (
          <div className="flex justify-between text-cinnabar">
            <dt>{t("refunded")}</dt>
            <dd className="tabular-nums">−{money(order.refundedFen)}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}

/** The refunds of an order with their state (money back to the card can take a few days). */
export async function OrderRefunds({ refunds, locale }: { refunds: OrderDetail["refunds"]; locale: Locale }) {
  if (refunds.length === 0) return null;
  const [t, tc, format] = await Promise.all([getTranslations("orders.detail"), getTranslations("orderCommon.refundStatus"), getFormatter()]);
  return (
    <section aria-labelledby="order-refunds" className="rounded-2xl bg-white p-5 sm:p-6">
      <h2 id="order-refunds" className="mb-3 font-medium">
        {t("refunds")}
      </h2>
      <ul className="space-y-2 text-sm">
        {refunds.map((refund) => (
          <li key={refund.id} className="flex flex-wrap justify-between gap-2">
            <span>
              {format.dateTime(refund.createdAt, { dateStyle: "medium", timeStyle: "short" })} · {tc(refund.status)}
            </span>
            <span className="tabular-nums">{formatFen(refund.amountFen, locale)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
