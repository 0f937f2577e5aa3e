import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { AdminShell } from "@/components/admin/admin-shell";
import { FilterActions } from "@/components/admin/filter-actions";
import { listHref, Pager } from "@/components/admin/pager";
import { inputClass } from "@/components/admin/styles";
import { ConsoleHeading } from "@/components/console/console-shell";
import { OrderStatusFilter } from "@/components/fulfillment/order-status-filter";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { Link } from "@/i18n/navigation";
import { searchParamsObject } from "@/lib/admin/schemas";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { adminOrders, ORDER_STATUSES } from "@/lib/fulfillment/queries";
import { localize } from "@/lib/i18n/localize";
import { formatFen } from "@/lib/money/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminOrders");
  return { title: t("title"), robots: { index: false } };
}

const querySchema = z.object({
  status: z.enum(ORDER_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(40).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** Every order of the shop for the cooperative's admin: by status, by order or mobile number. */
export default async function AdminOrdersPage({ params, searchParams }: PageProps<"/[locale]/admin/orders">) {
  const { locale } = await params;
  await requirePage("/admin/orders", locale);
  const query = querySchema.parse(searchParamsObject(await searchParams));
  const [t, format] = await Promise.all([getTranslations("adminOrders"), getFormatter()]);
  const result = await adminOrders(db(), { status: query.status, q: query.q, page: query.page });
  const fen = (value: number) => formatFen(value, locale === "en" ? "en" : "zh-CN");

  return (
    <AdminShell>
      <ConsoleHeading title={t("title")} />
      <form method="get" role="search" aria-label={t("searchLabel")} className="mb-5 grid gap-3 rounded-2xl bg-white p-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
        <div className="space-y-1">
          <label htmlFor="orders-q" className="block text-sm font-medium">
            {t("search")}
          </label>
          <input id="orders-q" name="q" type="search" defaultValue={query.q} placeholder={t("searchPlaceholder")} autoComplete="off" className={inputClass} />
        </div>
        <OrderStatusFilter id="orders-status" label={t("status")} allLabel={t("allStatuses")} value={query.status} className="space-y-1" selectClassName={inputClass} />
        <FilterActions clearHref="/admin/orders" filtered={!!query.q || !!query.status} />
      </form>
      <p className="mb-3 text-sm text-ink-soft" data-testid="orders-count">
        {t("count", { count: result.total })}
      </p>
      {result.orders.length === 0 ? (
        <p className="rounded-xl bg-white px-4 py-6 text-center text-sm text-ink-soft">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-porcelain-deep overflow-hidden rounded-xl bg-white">
          {result.orders.map((order) => (
            <li key={order.id}>
              <Link
                href={`/admin/orders/${order.number}`}
                className="grid gap-1 px-4 py-3 hover:bg-cobalt-50/60 focus-visible:bg-cobalt-50 sm:grid-cols-[minmax(0,1.3fr)_minmax(0,1fr)_minmax(0,1.3fr)_auto] sm:items-center sm:gap-4"
              >
                <span className="min-w-0">
                  <span className="block truncate font-mono text-sm font-medium text-cobalt-900">{order.number}</span>
                  <span className="block text-xs text-ink-soft">
                    <time dateTime={order.placedAt.toISOString()}>{format.dateTime(order.placedAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                  </span>
                </span>
                <span className="flex flex-wrap items-center gap-2">
                  <OrderStatusBadge status={order.status} />
                </span>
                <span className="min-w-0 truncate text-sm">
                  {order.recipient} · {order.province} {order.city}
                  <span className="block truncate text-xs text-ink-soft">{order.enterprises.map((e) => localize(locale, e.nameZh, e.nameEn)).join("、")}</span>
                </span>
                <span className="text-sm tabular-nums sm:text-right">
                  {fen(order.totalFen)}
                  {order.refundedFen > 0 && <span className="block text-xs text-cinnabar">{t("refunded", { amount: fen(order.refundedFen) })}</span>}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pager page={result.page} pageCount={result.pageCount} href={(page) => listHref("/admin/orders", { q: query.q, status: query.status, page })} />
    </AdminShell>
  );
}
