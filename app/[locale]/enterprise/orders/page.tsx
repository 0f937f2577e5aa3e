import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { listHref } from "@/components/admin/pager";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { OrderStatusFilter } from "@/components/fulfillment/order-status-filter";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { enterprisePageContext } from "@/components/warehouse/enterprise-page";
import { inputClassName } from "@/components/warehouse/filter-form";
import { buttonClass, EmptyLine, linkClass, num, Pager, Panel, TableFrame, td, th } from "@/components/warehouse/ui";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { enterpriseOrderLines, ORDER_STATUSES } from "@/lib/fulfillment/queries";
import { localize } from "@/lib/i18n/localize";
import { formatFen } from "@/lib/money/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("enterpriseOrders");
  return { title: t("title"), robots: { index: false } };
}

const querySchema = z.object({
  status: z.enum(ORDER_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/**
 * The enterprise's own order lines: which of its pieces were ordered, when, for how much, and
 * where the order stands. Only its own lines (other enterprises' lines of the same order stay
 * hidden) and only the destination city, never the shopper's name, address or contacts. The
 * enterprise is one the person is a member of, whatever ?enterprise= asks for.
 */
export default async function EnterpriseOrdersPage({ params, searchParams }: PageProps<"/[locale]/enterprise/orders">) {
  const { locale } = await params;
  const actor = await requirePage("/enterprise/orders", locale);
  const raw = await searchParams;
  const { enterprise, shell } = await enterprisePageContext(actor, locale, raw.enterprise);
  const query = querySchema.parse({ status: typeof raw.status === "string" && raw.status ? raw.status : undefined, page: typeof raw.page === "string" ? raw.page : undefined });
  const [t, format] = await Promise.all([getTranslations("enterpriseOrders"), getFormatter()]);
  const result = await enterpriseOrderLines(db(), { enterpriseId: enterprise.id, status: query.status, page: query.page });
  const fen = (value: number) => formatFen(value, locale === "en" ? "en" : "zh-CN");
  const scope = actor.memberships.length > 1 ? enterprise.id : undefined;
  const href = (page: number) => listHref("/enterprise/orders", { enterprise: scope, status: query.status, page });

  return (
    <ConsoleShell {...shell}>
      <ConsoleHeading title={t("title")} />
      <p className="mb-6 max-w-prose text-sm text-ink-soft">{t("intro")}</p>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
        {scope && <input type="hidden" name="enterprise" value={scope} />}
        <OrderStatusFilter id="lines-status" label={t("status")} allLabel={t("allStatuses")} value={query.status} className="w-full sm:w-56" selectClassName={inputClassName} />
        <button type="submit" className={buttonClass}>
          {t("filter")}
        </button>
        {query.status && (
          <Link href={listHref("/enterprise/orders", { enterprise: scope })} className={`${linkClass} py-2 text-sm`}>
            {t("clear")}
          </Link>
        )}
      </form>
      <Panel>
        <p className="mb-3 text-sm text-ink-soft" data-testid="lines-count">
          {t("count", { count: result.total })}
        </p>
        {result.lines.length === 0 ? (
          <EmptyLine>{t("none")}</EmptyLine>
        ) : (
          <TableFrame label={t("title")}>
            <thead>
              <tr>
                <th scope="col" className={th}>{t("order")}</th>
                <th scope="col" className={th}>{t("status")}</th>
                <th scope="col" className={th}>{t("sku")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("quantity")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("unitPrice")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("lineTotal")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("refunded")}</th>
                <th scope="col" className={th}>{t("destination")}</th>
              </tr>
            </thead>
            <tbody>
              {result.lines.map((line) => (
                <tr key={line.id} data-testid="enterprise-order-line">
                  <td className={td}>
                    <span className="block font-mono text-xs">{line.order.number}</span>
                    <time className="text-xs text-ink-soft" dateTime={line.order.placedAt.toISOString()}>
                      {format.dateTime(line.order.placedAt, { dateStyle: "short", timeStyle: "short" })}
                    </time>
                  </td>
                  <td className={td}>
                    <OrderStatusBadge status={line.order.status} />
                  </td>
                  <td className={td}>
                    <span className="block font-mono text-xs">{line.sku}</span>
                    <span className="block text-xs text-ink-soft">{[localize(locale, line.productNameZh, line.productNameEn), localize(locale, line.variantNameZh, line.variantNameEn)].filter(Boolean).join(" · ")}</span>
                  </td>
                  <td className={`${td} ${num}`}>{line.quantity}</td>
                  <td className={`${td} ${num}`}>{fen(line.unitPriceFen)}</td>
                  <td className={`${td} ${num}`}>{fen(line.lineTotalFen)}</td>
                  <td className={`${td} ${num}`}>
                    {line.refundedQuantity > 0 ? (
                      <span className="text-cinnabar">
                        {t("refundedValue", { count: line.refundedQuantity, amount: fen(line.refundedFen) })}
                      </span>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className={td}>
                    {line.order.province} {line.order.city}
                  </td>
                </tr>
              ))}
            </tbody>
          </TableFrame>
        )}
        <Pager page={result.page} pageCount={result.pageCount} href={href} labels={{ previous: t("previous"), next: t("next"), pageOf: t("pageOf", { page: result.page, pageCount: result.pageCount }), nav: t("pagination") }} />
      </Panel>
    </ConsoleShell>
  );
}
