import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { localize } from "@/lib/i18n/localize";
import { formatFen, type Locale } from "@/lib/money/format";
import type { OrderSummary } from "@/lib/orders/queries";
import { LineThumb } from "./line-thumb";
import { OrderStatusBadge } from "./order-status-badge";

/** Orders as cards, newest first: number, date, status, pictures of the first pieces, total. */
export async function OrderList({ orders, locale }: { orders: OrderSummary[]; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("orders.list"), getFormatter()]);
  return (
    <ul className="space-y-3">
      {orders.map((order) => (
        <li key={order.number}>
          <Link
            href={{ pathname: `/orders/${order.number}`, query: order.accessToken ? { token: order.accessToken } : {} }}
            className="block rounded-2xl bg-white p-4 ring-1 ring-transparent transition hover:ring-cobalt-500 sm:p-5"
            data-testid="order-card"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="font-medium tabular-nums">{order.number}</p>
              <OrderStatusBadge status={order.status} />
            </div>
            <p className="mt-0.5 text-xs text-ink-soft">{format.dateTime(order.placedAt, { dateStyle: "medium", timeStyle: "short" })}</p>
            <div className="mt-3 flex items-center gap-3">
              <div className="flex -space-x-2">
                {order.preview.map((line, index) => (
                  <div key={index} className="rounded-lg ring-2 ring-white">
                    <LineThumb image={line.image} alt={localize(locale, line.productNameZh, line.productNameEn)} size={48} />
                  </div>
                ))}
              </div>
              <p className="min-w-0 flex-1 truncate text-sm text-ink-soft">
                {order.preview.map((line) => localize(locale, line.productNameZh, line.productNameEn)).join("、")}
              </p>
              <div className="text-right">
                <p className="font-semibold tabular-nums text-cobalt-900">{formatFen(order.totalFen, locale)}</p>
                <p className="text-xs text-ink-soft">{t("pieces", { count: order.pieces })}</p>
              </div>
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
