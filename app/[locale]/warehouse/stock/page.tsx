import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { inputClassName } from "@/components/warehouse/filter-form";
import { Badge, buttonClass, EmptyLine, linkClass, num, Pager, Panel, TableFrame, td, th } from "@/components/warehouse/ui";
import { warehouseShell } from "@/components/warehouse/warehouse-page";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { localize, localizeOptional } from "@/lib/i18n/localize";
import { listEnterpriseOptions, searchStock } from "@/lib/inventory/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("warehouseConsole");
  return { title: t("search.title"), robots: { index: false } };
}

const querySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  enterprise: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional().catch(undefined),
  low: z.literal("1").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

/** Stock of every enterprise: search by SKU, product or enterprise; filter to one enterprise or to low stock. */
export default async function WarehouseStockPage({ params, searchParams }: PageProps<"/[locale]/warehouse/stock">) {
  const { locale } = await params;
  await requirePage("/warehouse/stock", locale);
  const raw = await searchParams;
  const query = querySchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined])));
  const t = await getTranslations("warehouseConsole");
  const [enterprises, result] = [
    await listEnterpriseOptions(db()),
    await searchStock(db(), { q: query.q, enterpriseId: query.enterprise, lowOnly: query.low === "1", page: query.page }),
  ];
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (query.q) params.set("q", query.q);
    if (query.enterprise) params.set("enterprise", query.enterprise);
    if (query.low) params.set("low", "1");
    if (page > 1) params.set("page", String(page));
    return `/warehouse/stock${params.size ? `?${params}` : ""}`;
  };

  return (
    <ConsoleShell {...await warehouseShell()}>
      <ConsoleHeading title={t("search.title")} />
      <p className="mb-6 max-w-prose text-sm text-ink-soft">{t("search.intro")}</p>
      <Panel className="mb-6">
        <form method="get" className="flex flex-wrap items-end gap-3" role="search">
          <div className="min-w-48 flex-1">
            <label htmlFor="stock-q" className="mb-1 block text-sm font-medium">
              {t("search.q")}
            </label>
            <input id="stock-q" name="q" type="search" defaultValue={query.q} className={inputClassName} />
          </div>
          <div className="w-full sm:w-56">
            <label htmlFor="stock-enterprise" className="mb-1 block text-sm font-medium">
              {t("common.enterprise")}
            </label>
            <select id="stock-enterprise" name="enterprise" defaultValue={query.enterprise ?? ""} className={inputClassName}>
              <option value="">{t("search.allEnterprises")}</option>
              {enterprises.map((e) => (
                <option key={e.id} value={e.id}>
                  {localize(locale, e.nameZh, e.nameEn)}
                </option>
              ))}
            </select>
          </div>
          <label className="flex items-center gap-2 py-2 text-sm">
            <input type="checkbox" name="low" value="1" defaultChecked={query.low === "1"} className="size-4 accent-cobalt-700" />
            {t("search.lowOnly")}
          </label>
          <button type="submit" className={buttonClass}>
            {t("common.search")}
          </button>
          {(query.q || query.enterprise || query.low) && (
            <Link href="/warehouse/stock" className={`${linkClass} py-2 text-sm`}>
              {t("common.reset")}
            </Link>
          )}
        </form>
      </Panel>

      <Panel>
        <p className="mb-3 text-sm text-ink-soft" data-testid="result-count">
          {t("common.total", { count: result.total })}
        </p>
        {result.items.length === 0 ? (
          <EmptyLine>{t("search.none")}</EmptyLine>
        ) : (
          <TableFrame label={t("search.title")}>
            <thead>
              <tr>
                <th scope="col" className={th}>{t("common.sku")}</th>
                <th scope="col" className={th}>{t("common.product")}</th>
                <th scope="col" className={th}>{t("common.enterprise")}</th>
                <th scope="col" className={th}>{t("common.bins")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("common.onHand")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("common.reserved")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("common.available")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("common.threshold")}</th>
                <th scope="col" className={th}>
                  <span className="sr-only">{t("search.ledger")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((row) => (
                <tr key={row.variantId}>
                  <td className={`${td} font-mono text-xs`}>
                    {row.sku}
                    {row.low && (
                      <span className="mt-1 block">
                        <Badge tone="warn">{t("common.low")}</Badge>
                      </span>
                    )}
                  </td>
                  <td className={td}>
                    {localize(locale, row.productNameZh, row.productNameEn)}
                    <span className="block text-xs text-ink-soft">{localizeOptional(locale, row.sizeZh, row.sizeEn) ?? localize(locale, row.variantNameZh, row.variantNameEn)}</span>
                  </td>
                  <td className={td}>{localize(locale, row.enterpriseNameZh, row.enterpriseNameEn)}</td>
                  <td className={`${td} font-mono text-xs`}>
                    {row.bins.length === 0
                      ? t("common.none")
                      : row.bins.map((bin) => (
                          <Link key={bin.binId} href={`/warehouse/bins?bin=${bin.code}#bin`} className={`${linkClass} block whitespace-nowrap`}>
                            {bin.code} · {bin.quantity}
                          </Link>
                        ))}
                  </td>
                  <td className={`${td} ${num}`}>{row.onHand}</td>
                  <td className={`${td} ${num}`}>{row.reserved}</td>
                  <td className={`${td} ${num} font-semibold ${row.available <= 0 ? "text-cinnabar" : ""}`}>{row.available}</td>
                  <td className={`${td} ${num}`}>{row.lowStockThreshold}</td>
                  <td className={`${td} whitespace-nowrap text-xs`}>
                    <Link href={`/warehouse/ledger?sku=${encodeURIComponent(row.sku)}`} className={`${linkClass} block`}>
                      {t("search.ledger")}
                    </Link>
                    {row.bins[0] && (
                      <Link href={`/warehouse/breakage?sku=${encodeURIComponent(row.sku)}&bin=${row.bins[0].code}`} className={`${linkClass} block`}>
                        {t("search.breakage")}
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </TableFrame>
        )}
        <Pager
          page={result.page}
          pageCount={result.pageCount}
          href={pageHref}
          labels={{ previous: t("common.previous"), next: t("common.next"), pageOf: t("common.pageOf", { page: result.page, pageCount: result.pageCount }), nav: t("common.pagination") }}
        />
      </Panel>
    </ConsoleShell>
  );
}
