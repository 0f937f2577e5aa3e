import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { enterprisePageContext } from "@/components/warehouse/enterprise-page";
import { ThresholdForm } from "@/components/warehouse/threshold-form";
import { Badge, buttonClass, EmptyLine, num, Panel, TableFrame, td, th } from "@/components/warehouse/ui";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { localize, localizeOptional } from "@/lib/i18n/localize";
import { enterpriseStockOverview } from "@/lib/inventory/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("warehouseConsole");
  return { title: t("stock.title"), robots: { index: false } };
}

/** The enterprise's own stock: what to replenish, and every SKU with its editable low-stock level. */
export default async function EnterpriseStockPage({ params, searchParams }: PageProps<"/[locale]/enterprise/stock">) {
  const { locale } = await params;
  const actor = await requirePage("/enterprise/stock", locale);
  const { enterprise, shell } = await enterprisePageContext(actor, locale, (await searchParams).enterprise);
  const t = await getTranslations("warehouseConsole");
  const stock = await enterpriseStockOverview(db(), enterprise.id);
  const suggestion = stock.replenish.filter((r) => r.suggested > 0);
  const announceHref = `/enterprise/inbound/new?${suggestion.map((r) => `sku=${encodeURIComponent(`${r.sku}:${r.suggested}`)}`).join("&")}`;
  const productName = (r: (typeof stock.rows)[number]) => (
    <>
      {localize(locale, r.productNameZh, r.productNameEn)}
      <span className="block text-xs text-ink-soft">{localizeOptional(locale, r.sizeZh, r.sizeEn) ?? localize(locale, r.variantNameZh, r.variantNameEn)}</span>
    </>
  );

  return (
    <ConsoleShell {...shell}>
      <ConsoleHeading title={t("stock.title")} />
      <p className="mb-2 max-w-prose text-sm text-ink-soft">{t("stock.intro")}</p>
      <p className="mb-6 text-sm font-medium tabular-nums" data-testid="stock-totals">
        {t("stock.totals", stock.totals)}
      </p>

      <Panel
        id="replenish"
        title={t("stock.replenish")}
        className="mb-6"
        actions={
          suggestion.length > 0 && (
            <Link href={announceHref} className={buttonClass}>
              {t("stock.announceSuggested")}
            </Link>
          )
        }
      >
        <p className="mb-4 max-w-prose text-sm text-ink-soft">{t("stock.replenishIntro")}</p>
        {stock.replenish.length === 0 ? (
          <EmptyLine>{t("stock.replenishNone")}</EmptyLine>
        ) : (
          <TableFrame label={t("stock.replenish")}>
            <thead>
              <tr>
                <th scope="col" className={th}>{t("common.sku")}</th>
                <th scope="col" className={th}>{t("common.product")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("common.available")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("common.inbound")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("common.threshold")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("stock.suggested")}</th>
              </tr>
            </thead>
            <tbody>
              {stock.replenish.map((r) => (
                <tr key={r.variantId}>
                  <td className={`${td} font-mono text-xs`}>{r.sku}</td>
                  <td className={td}>{productName(r)}</td>
                  <td className={`${td} ${num} ${r.available <= 0 ? "text-cinnabar" : ""}`}>{r.available}</td>
                  <td className={`${td} ${num}`}>{r.inbound}</td>
                  <td className={`${td} ${num}`}>{r.lowStockThreshold}</td>
                  <td className={`${td} ${num} font-semibold`}>{r.suggested || t("common.none")}</td>
                </tr>
              ))}
            </tbody>
          </TableFrame>
        )}
      </Panel>

      <Panel id="all" title={t("stock.all")}>
        <TableFrame label={t("stock.all")}>
          <thead>
            <tr>
              <th scope="col" className={th}>{t("common.sku")}</th>
              <th scope="col" className={th}>{t("common.product")}</th>
              <th scope="col" className={`${th} ${num}`}>{t("common.onHand")}</th>
              <th scope="col" className={`${th} ${num}`}>{t("common.reserved")}</th>
              <th scope="col" className={`${th} ${num}`}>{t("common.available")}</th>
              <th scope="col" className={`${th} ${num}`}>{t("common.inbound")}</th>
              <th scope="col" className={`${th} ${num}`}>{t("common.threshold")}</th>
            </tr>
          </thead>
          <tbody>
            {stock.rows.map((r) => (
              <tr key={r.variantId} data-testid={`stock-row-${r.sku}`}>
                <td className={`${td} font-mono text-xs`}>
                  {r.sku}
                  {r.low && (
                    <span className="mt-1 block">
                      <Badge tone="warn">{t("common.low")}</Badge>
                    </span>
                  )}
                </td>
                <td className={td}>
                  {productName(r)}
                  {r.productStatus !== "PUBLISHED" && <span className="text-xs text-ink-soft">{t(`productStatus.${r.productStatus}`)}</span>}
                </td>
                <td className={`${td} ${num}`}>{r.onHand}</td>
                <td className={`${td} ${num}`}>{r.reserved}</td>
                <td className={`${td} ${num} font-semibold ${r.available <= 0 ? "text-cinnabar" : ""}`}>{r.available}</td>
                <td className={`${td} ${num}`}>{r.inbound || t("common.none")}</td>
                <td className={`${td} py-1`}>
                  <ThresholdForm enterpriseId={enterprise.id} variantId={r.variantId} sku={r.sku} threshold={r.lowStockThreshold} />
                </td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      </Panel>
    </ConsoleShell>
  );
}
