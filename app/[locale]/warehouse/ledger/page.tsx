import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { inputClassName } from "@/components/warehouse/filter-form";
import { MovementTable } from "@/components/warehouse/movement-table";
import { buttonClass, EmptyLine, linkClass, Pager, Panel, secondaryButtonClass } from "@/components/warehouse/ui";
import { warehouseShell } from "@/components/warehouse/warehouse-page";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { StockMovementReason } from "@/lib/db/generated/enums";
import { localize } from "@/lib/i18n/localize";
import { firstValues, ledgerPageSchema, ledgerSearchParams, toLedgerFilter } from "@/lib/inventory/ledger-filter";
import { listEnterpriseOptions, listLedger } from "@/lib/inventory/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("warehouseConsole");
  return { title: t("ledger.title"), robots: { index: false } };
}

/** The stock ledger with its filters in the URL (shareable, and the same ones the CSV export takes). */
export default async function LedgerPage({ params, searchParams }: PageProps<"/[locale]/warehouse/ledger">) {
  const { locale } = await params;
  await requirePage("/warehouse/ledger", locale);
  const query = ledgerPageSchema.parse(firstValues(await searchParams));
  const t = await getTranslations("warehouseConsole");
  const [enterprises, ledger] = [await listEnterpriseOptions(db()), await listLedger(db(), { ...toLedgerFilter(query), page: query.page })];
  const filterQuery = ledgerSearchParams({ ...query, page: undefined });
  const exportHref = `/api/warehouse/ledger/export${filterQuery ? `?${filterQuery}` : ""}`;
  const field = (id: string, label: string, control: React.ReactNode, className = "w-full sm:w-44") => (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      {control}
    </div>
  );

  return (
    <ConsoleShell {...await warehouseShell()}>
      <ConsoleHeading title={t("ledger.title")}>
        {/* A download, not a page: a plain link so the browser saves the file. */}
        <a href={exportHref} className={secondaryButtonClass} download>
          {t("ledger.export")}
        </a>
      </ConsoleHeading>
      <p className="mb-6 max-w-prose text-sm text-ink-soft">{t("ledger.intro")}</p>
      <Panel className="mb-6">
        <form method="get" className="flex flex-wrap items-end gap-3">
          {field("ledger-sku", t("common.sku"), <input id="ledger-sku" name="sku" type="search" defaultValue={query.sku} className={inputClassName} />)}
          {field(
            "ledger-enterprise",
            t("common.enterprise"),
            <select id="ledger-enterprise" name="enterprise" defaultValue={query.enterprise ?? ""} className={inputClassName}>
              <option value="">{t("search.allEnterprises")}</option>
              {enterprises.map((e) => (
                <option key={e.id} value={e.id}>
                  {localize(locale, e.nameZh, e.nameEn)}
                </option>
              ))}
            </select>,
          )}
          {field(
            "ledger-reason",
            t("common.reason"),
            <select id="ledger-reason" name="reason" defaultValue={query.reason ?? ""} className={inputClassName}>
              <option value="">{t("ledger.allReasons")}</option>
              {Object.values(StockMovementReason).map((reason) => (
                <option key={reason} value={reason}>
                  {t(`reasons.${reason}`)}
                </option>
              ))}
            </select>,
          )}
          {field("ledger-from", t("ledger.from"), <input id="ledger-from" name="from" type="date" defaultValue={query.from} className={inputClassName} />, "w-[calc(50%-0.375rem)] sm:w-40")}
          {field("ledger-to", t("ledger.to"), <input id="ledger-to" name="to" type="date" defaultValue={query.to} className={inputClassName} />, "w-[calc(50%-0.375rem)] sm:w-40")}
          <button type="submit" className={buttonClass}>
            {t("common.apply")}
          </button>
          {filterQuery && (
            <Link href="/warehouse/ledger" className={`${linkClass} py-2 text-sm`}>
              {t("common.reset")}
            </Link>
          )}
        </form>
      </Panel>
      <Panel>
        <p className="mb-3 text-sm text-ink-soft" data-testid="result-count">
          {t("common.total", { count: ledger.total })}
        </p>
        {ledger.items.length === 0 ? <EmptyLine>{t("ledger.none")}</EmptyLine> : <MovementTable rows={ledger.items} links="warehouse" label={t("ledger.title")} />}
        <Pager
          page={ledger.page}
          pageCount={ledger.pageCount}
          href={(page) => {
            const qs = ledgerSearchParams({ ...query, page });
            return `/warehouse/ledger${qs ? `?${qs}` : ""}`;
          }}
          labels={{ previous: t("common.previous"), next: t("common.next"), pageOf: t("common.pageOf", { page: ledger.page, pageCount: ledger.pageCount }), nav: t("common.pagination") }}
        />
      </Panel>
    </ConsoleShell>
  );
}
