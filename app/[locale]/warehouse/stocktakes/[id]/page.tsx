import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { AddLineForm, CancelStocktakeButton, CountsForm, RefreshStocktakeNotice } from "@/components/warehouse/stocktake-forms";
import { Badge, Delta, EmptyLine, num, Panel, STOCKTAKE_TONE, secondaryButtonClass, TableFrame, td, th } from "@/components/warehouse/ui";
import { warehouseShell } from "@/components/warehouse/warehouse-page";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { localize } from "@/lib/i18n/localize";
import { getStocktake } from "@/lib/inventory/stocktakes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("warehouseConsole");
  return { title: t("stocktakes.title"), robots: { index: false } };
}

/** One stocktake: the count sheet while open, the variance that was posted afterwards. */
export default async function StocktakePage({ params, searchParams }: PageProps<"/[locale]/warehouse/stocktakes/[id]">) {
  const { locale, id } = await params;
  await requirePage("/warehouse/stocktakes/[id]", locale, `/warehouse/stocktakes/${id}`);
  const stocktake = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await getStocktake(db(), id) : null;
  if (!stocktake) notFound();
  const t = await getTranslations("warehouseConsole");
  const format = await getFormatter();
  const justPosted = (await searchParams).posted === "1";
  const scope = stocktake.scopeBin ? t("stocktakes.scopeLabelBin", { code: stocktake.scopeBin.code }) : t("stocktakes.scopeLabelSku", { code: stocktake.scopeVariant?.sku ?? "?" });
  const stale = stocktake.lines.filter((l) => l.current !== null && l.current !== l.expected).length;
  const adjusted = stocktake.lines.filter((l) => (l.variance ?? 0) !== 0);
  const net = adjusted.reduce((sum, l) => sum + (l.variance ?? 0), 0);
  const productName = (line: (typeof stocktake.lines)[number]) => localize(locale, line.variant.product.nameZh, line.variant.product.nameEn);

  return (
    <ConsoleShell {...await warehouseShell()}>
      <ConsoleHeading title={t("stocktake.title", { number: stocktake.number })}>
        <Link href="/warehouse/stocktakes" className={secondaryButtonClass}>
          ← {t("stocktake.back")}
        </Link>
      </ConsoleHeading>
      <div className="mb-6 flex flex-wrap items-center gap-3 text-sm">
        <Badge tone={STOCKTAKE_TONE[stocktake.status]}>
          <span data-testid="stocktake-status">{t(`stocktakeStatus.${stocktake.status}`)}</span>
        </Badge>
        <span>{scope}</span>
        <span className="text-ink-soft">
          {format.dateTime(stocktake.createdAt, { dateStyle: "medium", timeStyle: "short" })}
          {stocktake.createdBy ? ` · ${stocktake.createdBy}` : ""}
        </span>
      </div>

      {stocktake.status === "OPEN" ? (
        <>
          <RefreshStocktakeNotice stocktakeId={stocktake.id} stale={stale} />
          <Panel className="mb-6">
            {stocktake.lines.length === 0 ? (
              <EmptyLine>{t("stocktake.noLines")}</EmptyLine>
            ) : (
              <CountsForm
                stocktakeId={stocktake.id}
                lines={stocktake.lines.map((line) => ({
                  id: line.id,
                  binCode: line.bin.code,
                  sku: line.variant.sku,
                  name: productName(line),
                  enterprise: localize(locale, line.variant.product.enterprise.nameZh, line.variant.product.enterprise.nameEn),
                  expected: line.expected,
                  counted: line.counted,
                  movedTo: line.current !== null && line.current !== line.expected ? line.current : null,
                }))}
              />
            )}
          </Panel>
          <div className="grid gap-6 md:grid-cols-[2fr_1fr]">
            <Panel title={t("stocktake.addLine")}>
              <p className="mb-3 text-sm text-ink-soft">{t("stocktake.addLineHint")}</p>
              <AddLineForm stocktakeId={stocktake.id} fixedBin={stocktake.scopeBin?.code} fixedSku={stocktake.scopeVariant?.sku} />
            </Panel>
            <Panel>
              <CancelStocktakeButton stocktakeId={stocktake.id} />
            </Panel>
          </div>
        </>
      ) : (
        <Panel>
          {justPosted && stocktake.status === "POSTED" && (
            <p role="status" className="mb-4 rounded-lg bg-celadon-50 px-3 py-2 text-sm text-celadon-800">
              {t("stocktake.posted", { count: adjusted.length, net: net > 0 ? `+${net}` : String(net) })}
            </p>
          )}
          <p className="mb-4 text-sm text-ink-soft">
            {stocktake.status === "POSTED"
              ? t("stocktake.postedInfo", { name: stocktake.postedBy ?? t("common.system"), time: stocktake.postedAt ? format.dateTime(stocktake.postedAt, { dateStyle: "medium", timeStyle: "short" }) : "" })
              : t("stocktake.cancelledInfo")}
          </p>
          <TableFrame label={t("stocktake.title", { number: stocktake.number })}>
            <thead>
              <tr>
                <th scope="col" className={th}>{t("common.bin")}</th>
                <th scope="col" className={th}>{t("common.sku")}</th>
                <th scope="col" className={th}>{t("common.product")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("stocktake.expected")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("stocktake.counted")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("stocktake.variance")}</th>
              </tr>
            </thead>
            <tbody>
              {stocktake.lines.map((line) => (
                <tr key={line.id}>
                  <td className={`${td} font-mono text-xs`}>{line.bin.code}</td>
                  <td className={`${td} font-mono text-xs`}>{line.variant.sku}</td>
                  <td className={td}>{productName(line)}</td>
                  <td className={`${td} ${num}`}>{line.expected}</td>
                  <td className={`${td} ${num}`}>{line.counted ?? t("common.none")}</td>
                  <td className={`${td} ${num}`}>{line.variance === null ? t("common.none") : <Delta value={line.variance} />}</td>
                </tr>
              ))}
            </tbody>
          </TableFrame>
        </Panel>
      )}
    </ConsoleShell>
  );
}
