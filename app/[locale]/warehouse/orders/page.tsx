import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { PickListForm } from "@/components/fulfillment/pick-list-form";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { inputClassName } from "@/components/warehouse/filter-form";
import { buttonClass, EmptyLine, linkClass, num, Panel, TableFrame, td, th } from "@/components/warehouse/ui";
import { warehouseShell } from "@/components/warehouse/warehouse-page";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { type QueueOrder, QUEUE_LIMIT, WAREHOUSE_TABS, type WarehouseTab, warehouseQueue } from "@/lib/fulfillment/queries";
import { localize } from "@/lib/i18n/localize";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("fulfilment");
  return { title: t("queue.title"), robots: { index: false } };
}

const TABS = Object.keys(WAREHOUSE_TABS) as WarehouseTab[];
const querySchema = z.object({
  tab: z.enum(TABS).catch("toPick"),
  q: z.string().trim().max(40).optional().catch(undefined),
});

/** The warehouse's order queues: to pick (batched onto pick lists from here), picking, packed, shipped. */
export default async function WarehouseOrdersPage({ params, searchParams }: PageProps<"/[locale]/warehouse/orders">) {
  const { locale } = await params;
  await requirePage("/warehouse/orders", locale);
  const raw = await searchParams;
  const query = querySchema.parse({ tab: raw.tab, q: typeof raw.q === "string" && raw.q ? raw.q : undefined });
  const [t, format] = await Promise.all([getTranslations("fulfilment"), getFormatter()]);
  const { orders, counts } = await warehouseQueue(db(), query);
  const tabHref = (tab: WarehouseTab) => `/warehouse/orders?tab=${tab}${query.q ? `&q=${encodeURIComponent(query.q)}` : ""}`;
  const selectable = query.tab === "toPick";

  const table = (
    <TableFrame label={t(`queue.tabs.${query.tab}`)}>
      <thead>
        <tr>
          {selectable && (
            <th scope="col" className={th}>
              <span className="sr-only">{t("queue.select")}</span>
            </th>
          )}
          <th scope="col" className={th}>{t("common.order")}</th>
          <th scope="col" className={th}>{t("common.placedAt")}</th>
          <th scope="col" className={th}>{t("common.status")}</th>
          <th scope="col" className={th}>{t("common.enterprises")}</th>
          <th scope="col" className={`${th} ${num}`}>{t("common.pieces")}</th>
          <th scope="col" className={th}>{t("common.destination")}</th>
          <th scope="col" className={th}>{query.tab === "shipped" ? t("ship.trackingNumber") : t("common.pickList")}</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order: QueueOrder) => (
          <tr key={order.id}>
            {selectable && (
              <td className={td}>
                <input type="checkbox" name="orderId" value={order.id} aria-label={t("queue.selectOrder", { number: order.number })} className="size-5 accent-cobalt-700" />
              </td>
            )}
            <td className={`${td} font-mono text-xs`}>
              <Link href={`/warehouse/orders/${order.number}`} className={linkClass}>
                {order.number}
              </Link>
            </td>
            <td className={`${td} whitespace-nowrap`}>
              <time dateTime={order.placedAt.toISOString()}>{format.dateTime(order.placedAt, { dateStyle: "short", timeStyle: "short" })}</time>
            </td>
            <td className={td}>
              <OrderStatusBadge status={order.status} />
            </td>
            <td className={td}>{order.enterprises.map((e) => localize(locale, e.nameZh, e.nameEn)).join("、")}</td>
            <td className={`${td} ${num}`}>{order.pieces}</td>
            <td className={td}>
              {order.province} {order.city}
            </td>
            <td className={`${td} font-mono text-xs`}>
              {query.tab === "shipped"
                ? order.shipment?.trackingNumber && `${t.has(`carriers.${order.shipment.carrier}`) ? t(`carriers.${order.shipment.carrier}`) : order.shipment.carrier} ${order.shipment.trackingNumber}`
                : order.pickList && (
                    <Link href={`/warehouse/pick-lists/${order.pickList.id}`} className={linkClass}>
                      {order.pickList.number}
                    </Link>
                  )}
            </td>
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );

  return (
    <ConsoleShell {...await warehouseShell()}>
      <ConsoleHeading title={t("queue.title")}>
        <Link href="/warehouse/pick-lists" className={buttonClass}>
          {t("pickLists.title")}
        </Link>
      </ConsoleHeading>
      <nav aria-label={t("queue.tabsLabel")} className="mb-4 flex gap-2 overflow-x-auto">
        {TABS.map((tab) => (
          <Link
            key={tab}
            href={tabHref(tab)}
            aria-current={tab === query.tab ? "page" : undefined}
            className={`inline-flex shrink-0 items-center gap-2 rounded-full px-4 py-2 text-sm ${tab === query.tab ? "bg-cobalt-700 text-white" : "border border-celadon-100 bg-white text-cobalt-700 hover:border-cobalt-500"}`}
          >
            {t(`queue.tabs.${tab}`)}
            <span className={`rounded-full px-2 text-xs tabular-nums ${tab === query.tab ? "bg-white/20" : "bg-porcelain-deep"}`}>{counts[tab]}</span>
          </Link>
        ))}
      </nav>
      <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-3">
        <input type="hidden" name="tab" value={query.tab} />
        <div className="min-w-48 flex-1 sm:max-w-sm">
          <label htmlFor="orders-q" className="mb-1 block text-sm font-medium">
            {t("queue.search")}
          </label>
          <input id="orders-q" name="q" type="search" defaultValue={query.q} placeholder="CE-20261130-…" autoComplete="off" spellCheck={false} className={inputClassName} />
        </div>
        <button type="submit" className={buttonClass}>
          {t("common.search")}
        </button>
        {query.q && (
          <Link href={`/warehouse/orders?tab=${query.tab}`} className={`${linkClass} py-2 text-sm`}>
            {t("common.reset")}
          </Link>
        )}
      </form>
      <Panel>
        {selectable && <p className="mb-4 max-w-prose text-sm text-ink-soft">{t("queue.toPickIntro")}</p>}
        {orders.length === 0 ? (
          <EmptyLine>{t(`queue.empty.${query.tab}`)}</EmptyLine>
        ) : selectable ? (
          <PickListForm>{table}</PickListForm>
        ) : (
          table
        )}
        {orders.length === QUEUE_LIMIT && <p className="mt-3 text-xs text-ink-soft">{t("queue.limited", { count: QUEUE_LIMIT })}</p>}
      </Panel>
    </ConsoleShell>
  );
}
