import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConsoleShell } from "@/components/console/console-shell";
import { PrintButton, PrintStyles } from "@/components/fulfillment/print";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { linkClass, num, secondaryButtonClass, TableFrame, td, th } from "@/components/warehouse/ui";
import { warehouseShell } from "@/components/warehouse/warehouse-page";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { pickListView } from "@/lib/fulfillment/pick-lists";
import { localize } from "@/lib/i18n/localize";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("fulfilment");
  return { title: t("pickLists.title"), robots: { index: false } };
}

/**
 * A pick list to print and walk: bin by bin, each bin's pieces from every enterprise with the
 * orders they are for, then the batch's orders with a link to pack each.
 */
export default async function PickListPage({ params, searchParams }: PageProps<"/[locale]/warehouse/pick-lists/[id]">) {
  const { locale, id } = await params;
  await requirePage("/warehouse/pick-lists/[id]", locale, `/warehouse/pick-lists/${id}`);
  const list = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await pickListView(db(), id) : null;
  if (!list) notFound();
  const [t, format] = await Promise.all([getTranslations("fulfilment"), getFormatter()]);
  const created = (await searchParams).created === "1";
  const name = (line: (typeof list.bins)[number]["lines"][number]) => [localize(locale, line.productNameZh, line.productNameEn), localize(locale, line.variantNameZh, line.variantNameEn)].filter(Boolean).join(" · ");

  return (
    <ConsoleShell {...await warehouseShell()}>
      <PrintStyles />
      {created && (
        <p role="status" className="mb-4 rounded-lg bg-celadon-50 px-3 py-2 text-sm text-celadon-800 print:hidden">
          {t("pickLists.createdNotice", { count: list.orders.length })}
        </p>
      )}
      <div className="mb-4 flex flex-wrap gap-2 print:hidden">
        <PrintButton />
        <Link href="/warehouse/pick-lists" className={secondaryButtonClass}>
          ← {t("pickLists.title")}
        </Link>
      </div>
      <section aria-labelledby="pick-list-title" className="rounded-2xl bg-white p-4 sm:p-6">
        <div className="mb-5 flex flex-wrap items-baseline justify-between gap-3 border-b-2 border-ink pb-3">
          <h1 id="pick-list-title" className="font-mono text-2xl font-semibold text-ink">
            {list.number}
          </h1>
          <p className="text-sm text-ink-soft">
            {t("pickLists.summary", { orders: list.orders.length, pieces: list.pieces, date: format.dateTime(list.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
          </p>
        </div>

        <h2 className="mb-3 font-medium text-cobalt-900">{t("pickLists.byBin")}</h2>
        {list.bins.length === 0 ? (
          <p className="mb-6 text-sm text-ink-soft">{t("pickLists.nothingToPick")}</p>
        ) : (
          <div className="mb-8 space-y-4">
            {list.bins.map((bin) => (
              <section key={bin.code ?? "none"} aria-label={bin.code ? t("pickLists.bin", { code: bin.code }) : t("pickLists.noBin")} className="break-inside-avoid rounded-xl border border-porcelain-deep" data-testid="pick-bin">
                <h3 className={`rounded-t-xl px-4 py-2 font-mono text-lg font-semibold ${bin.code ? "bg-cobalt-50 text-cobalt-900" : "bg-cinnabar/10 text-cinnabar"}`}>
                  {bin.code ? t("pickLists.bin", { code: bin.code }) : t("pickLists.noBin")}
                </h3>
                <TableFrame>
                  <thead>
                    <tr>
                      <th scope="col" className={`${th} w-10`}>
                        <span className="sr-only">{t("pickLists.tick")}</span>
                      </th>
                      <th scope="col" className={th}>{t("common.sku")}</th>
                      <th scope="col" className={th}>{t("common.product")}</th>
                      <th scope="col" className={th}>{t("common.enterprise")}</th>
                      <th scope="col" className={`${th} ${num}`}>{t("common.quantity")}</th>
                      <th scope="col" className={th}>{t("pickLists.forOrders")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {bin.lines.map((line) => (
                      <tr key={line.variantId}>
                        <td className={td}>
                          <span aria-hidden="true" className="inline-block size-4 rounded border border-ink-soft" />
                        </td>
                        <td className={`${td} font-mono text-xs`}>{line.sku}</td>
                        <td className={td}>{name(line)}</td>
                        <td className={td}>{localize(locale, line.enterpriseNameZh, line.enterpriseNameEn)}</td>
                        <td className={`${td} ${num} text-base font-semibold`}>{line.quantity}</td>
                        <td className={`${td} font-mono text-xs`}>
                          {line.orders.map((o) => (
                            <span key={o.number} className="block whitespace-nowrap">
                              {o.number} × {o.quantity}
                            </span>
                          ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </TableFrame>
              </section>
            ))}
          </div>
        )}

        <h2 className="mb-3 font-medium text-cobalt-900">{t("pickLists.ordersTitle")}</h2>
        <TableFrame label={t("pickLists.ordersTitle")}>
          <thead>
            <tr>
              <th scope="col" className={th}>{t("common.order")}</th>
              <th scope="col" className={th}>{t("common.status")}</th>
              <th scope="col" className={`${th} ${num}`}>{t("common.pieces")}</th>
              <th scope="col" className={th}>{t("common.destination")}</th>
              <th scope="col" className={`${th} print:hidden`}>
                <span className="sr-only">{t("pickLists.next")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.orders.map((order) => (
              <tr key={order.id}>
                <td className={`${td} font-mono text-xs`}>{order.number}</td>
                <td className={td}>
                  <OrderStatusBadge status={order.status} />
                </td>
                <td className={`${td} ${num}`}>{order.pieces}</td>
                <td className={td}>
                  {order.province} {order.city}
                </td>
                <td className={`${td} print:hidden`}>
                  <Link href={`/warehouse/orders/${order.number}`} className={linkClass}>
                    {order.status === "PICKING" ? t("pickLists.pack") : t("pickLists.open")}
                    <span className="sr-only"> {order.number}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      </section>
    </ConsoleShell>
  );
}
