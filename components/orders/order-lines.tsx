import { getFormatter, getTranslations } from "next-intl/server";
import { formatFen, type Locale } from "@/lib/money/format";
import type { OrderDetail } from "@/lib/orders/queries";
import { Panel } from "./panel";
import { PricedLine } from "./priced-line";
import { PriceSummary } from "./price-summary";

/** An order's pieces and money: lines with pictures, then items, shipping, packing, total, paid, refunded. */
export async function OrderLines({ order, locale }: { order: OrderDetail; locale: Locale }) {
  const t = await getTranslations("orders.detail");
  const money = (fen: number) => formatFen(fen, locale);
  const free = order.shippingFen === 0 && order.packingFen === 0;
  return (
    <Panel id="order-lines" title={t("pieces")}>
      <ul className="divide-y divide-porcelain-deep">
        {order.lines.map((line) => (
          <PricedLine key={line.id} line={line} image={line.image} locale={locale} testId="order-line" href={`/products/${line.productSlug}`}>
            {line.refundedQuantity > 0 && <p className="text-xs text-cinnabar">{t("lineRefunded", { count: line.refundedQuantity, amount: money(line.refundedFen) })}</p>}
          </PricedLine>
        ))}
      </ul>
      <PriceSummary
        parts={[
          { label: t("items"), value: money(order.itemsFen) },
          { label: t("shipping"), value: free ? t("free") : money(order.shippingFen) },
          { label: t("packing"), value: free ? t("free") : money(order.packingFen) },
        ]}
        total={{ label: t("total"), value: money(order.totalFen), testId: "order-total" }}
        after={[
          ...(order.paidFen > 0 ? [{ label: t("paid"), value: money(order.paidFen) }] : []),
          ...(order.refundedFen > 0 ? [{ label: t("refunded"), value: `−${money(order.refundedFen)}`, refund: true }] : []),
        ]}
      />
    </Panel>
  );
}

/** The refunds of an order with their state (money back to the card can take a few days). */
export async function OrderRefunds({ refunds, locale }: { refunds: OrderDetail["refunds"]; locale: Locale }) {
  if (refunds.length === 0) return null;
  const [t, tc, format] = await Promise.all([getTranslations("orders.detail"), getTranslations("orderCommon.refundStatus"), getFormatter()]);
  return (
    <Panel id="order-refunds" title={t("refunds")}>
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
    </Panel>
  );
}
