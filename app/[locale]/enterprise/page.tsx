import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { enterprisePageContext } from "@/components/warehouse/enterprise-page";
import { MovementTable } from "@/components/warehouse/movement-table";
import { buttonClass, EmptyLine, Panel, Stat, secondaryButtonClass } from "@/components/warehouse/ui";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { localize } from "@/lib/i18n/localize";
import { enterpriseStockOverview, productCountsByStatus, recentMovements } from "@/lib/inventory/queries";
import { listReceipts } from "@/lib/inventory/receipts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("warehouseConsole");
  return { title: t("dashboard.title"), robots: { index: false } };
}

/** The enterprise's overview: its products, its stock in the shared warehouse, what runs low, what moved. */
export default async function EnterpriseDashboardPage({ params, searchParams }: PageProps<"/[locale]/enterprise">) {
  const { locale } = await params;
  const actor = await requirePage("/enterprise", locale);
  const { enterprise, shell } = await enterprisePageContext(actor, locale, (await searchParams).enterprise);
  const t = await getTranslations("warehouseConsole");
  const [products, stock, movements, waiting] = [
    await productCountsByStatus(db(), enterprise.id),
    await enterpriseStockOverview(db(), enterprise.id),
    await recentMovements(db(), { enterpriseId: enterprise.id, take: 10 }),
    await listReceipts(db(), { enterpriseId: enterprise.id, status: "ANNOUNCED", pageSize: 1 }),
  ];
  return (
    <ConsoleShell {...shell}>
      <ConsoleHeading title={t("dashboard.title")}>
        <Link href="/enterprise/inbound/new" className={buttonClass}>
          {t("dashboard.announce")}
        </Link>
      </ConsoleHeading>

      <div className="grid gap-4 sm:grid-cols-3">
        <Stat
          label={t("dashboard.products")}
          value={products.PUBLISHED + products.DRAFT + products.ARCHIVED}
          detail={t("dashboard.productsBody", { published: products.PUBLISHED, draft: products.DRAFT, archived: products.ARCHIVED })}
          href="/enterprise/products"
        />
        <Stat
          label={t("dashboard.stock")}
          value={t("common.pieces", { count: stock.totals.onHand })}
          detail={
            <>
              <span data-testid="stock-totals">{t("dashboard.stockBody", { onHand: stock.totals.onHand, reserved: stock.totals.reserved, available: stock.totals.available })}</span>
              {stock.totals.inbound > 0 && <span className="block">{t("dashboard.inboundBody", { count: stock.totals.inbound })}</span>}
            </>
          }
          href="/enterprise/stock"
        />
        <Stat
          label={t("dashboard.lowStock")}
          value={stock.totals.low}
          detail={
            <>
              {t("dashboard.lowStockCount", { count: stock.totals.low })}
              {waiting.total > 0 && <span className="block">{t("dashboard.openReceipts", { count: waiting.total })}</span>}
            </>
          }
          href="/enterprise/stock#replenish"
        />
      </div>

      <div className="mt-6 grid gap-6 xl:grid-cols-[1fr_2fr]">
        <Panel
          title={t("dashboard.lowStock")}
          actions={
            stock.low.length > 0 && (
              <Link href="/enterprise/stock" className={secondaryButtonClass}>
                {t("common.viewAll")}
              </Link>
            )
          }
        >
          {stock.low.length === 0 ? (
            <EmptyLine>{t("dashboard.lowStockNone")}</EmptyLine>
          ) : (
            <ul className="divide-y divide-porcelain-deep">
              {stock.low.slice(0, 8).map((row) => (
                <li key={row.variantId} className="py-2 text-sm">
                  <span className="block truncate">{localize(locale, row.productNameZh, row.productNameEn)}</span>
                  <span className="flex flex-wrap items-baseline justify-between gap-x-3 text-xs">
                    <span className="font-mono text-ink-soft">{row.sku}</span>
                    <span className={`tabular-nums ${row.available <= 0 ? "text-cinnabar" : "text-amber-800"}`}>
                      {t("dashboard.availableOfThreshold", { available: row.available, threshold: row.lowStockThreshold })}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Panel>
        <Panel title={t("dashboard.recent")}>
          {movements.length === 0 ? (
            <EmptyLine>{t("dashboard.recentNone")}</EmptyLine>
          ) : (
            <MovementTable rows={movements} links="enterprise" compact showEnterprise={false} label={t("dashboard.recent")} />
          )}
        </Panel>
      </div>
    </ConsoleShell>
  );
}
