import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { ProductList } from "@/components/enterprise/product-list";
import { inputClass, primaryButton, secondaryButton } from "@/components/enterprise/styles";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { listEnterpriseProducts } from "@/lib/catalog/admin/products";
import { PRODUCT_STATUSES } from "@/lib/catalog/admin/schemas";
import { db } from "@/lib/db/client";
import { productConsoleContext } from "./context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("enterpriseConsole");
  return { title: `${t("products.title")} · ${t("title")}`, robots: { index: false } };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const querySchema = z.object({
  q: z.string().trim().max(80).catch(""),
  status: z.enum(PRODUCT_STATUSES).nullable().catch(null),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export default async function EnterpriseProductsPage({ params, searchParams }: PageProps<"/[locale]/enterprise/products">) {
  const { locale } = await params;
  const actor = await requirePage("/enterprise/products", locale);
  const raw = await searchParams;
  const context = await productConsoleContext(actor, locale, raw.enterprise);
  const query = querySchema.parse({ q: first(raw.q) ?? "", status: first(raw.status) ?? null, page: first(raw.page) ?? 1 });
  const [result, t] = await Promise.all([listEnterpriseProducts(db(), context.enterprise.id, query), getTranslations("enterpriseConsole")]);
  const listHref = (overrides: Partial<{ q: string; status: string | null; page: number }>) => {
    const next = { ...query, ...overrides };
    return context.withEnterprise("/enterprise/products", { q: next.q || undefined, status: next.status ?? undefined, page: next.page > 1 ? String(next.page) : undefined });
  };
  const exportHref = `/api/enterprise/products/export${context.isDefault ? "" : `?enterprise=${encodeURIComponent(context.enterprise.id)}`}`;
  const total = result.statusCounts.DRAFT + result.statusCounts.PUBLISHED + result.statusCounts.ARCHIVED;
  const tabs = [{ status: null, label: t("products.all"), count: total }, ...PRODUCT_STATUSES.map((status) => ({ status, label: t(`statusLabel.${status}`), count: result.statusCounts[status] }))];

  return (
    <ConsoleShell {...context.shell}>
      <ConsoleHeading title={t("products.title")}>
        <a href={exportHref} download className={secondaryButton}>
          {t("products.export")}
        </a>
        <Link href={context.withEnterprise("/enterprise/products/import")} className={secondaryButton}>
          {t("products.import")}
        </Link>
        <Link href={context.withEnterprise("/enterprise/products/new")} className={primaryButton}>
          + {t("products.new")}
        </Link>
      </ConsoleHeading>

      {context.enterprises.length > 1 && (
        <nav aria-label={t("switchEnterprise")} className="mb-4 flex flex-wrap items-center gap-2 text-sm">
          <span className="text-ink-soft">{t("switchEnterprise")}:</span>
          {context.enterprises.map((e, index) => (
            <Link
              key={e.id}
              href={index === 0 ? "/enterprise/products" : `/enterprise/products?enterprise=${encodeURIComponent(e.id)}`}
              aria-current={e.id === context.enterprise.id ? "page" : undefined}
              className="rounded-full border border-celadon-100 bg-white px-3 py-1 aria-[current]:border-cobalt-700 aria-[current]:text-cobalt-700"
            >
              {e.name}
            </Link>
          ))}
        </nav>
      )}

      <div className="mb-5 flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
        <nav aria-label={t("products.statusFilter")} className="-mx-1 flex gap-1 overflow-x-auto px-1 pb-1">
          {tabs.map((tab) => (
            <Link
              key={tab.status ?? "all"}
              href={listHref({ status: tab.status, page: 1 })}
              aria-current={query.status === tab.status ? "page" : undefined}
              className="shrink-0 rounded-full px-3 py-1.5 text-sm text-ink-soft hover:bg-white aria-[current]:bg-cobalt-700 aria-[current]:text-white"
            >
              {tab.label} <span className="tabular-nums opacity-70">{tab.count}</span>
            </Link>
          ))}
        </nav>
        <form role="search" action="" method="get" className="flex gap-2 lg:w-96">
          {!context.isDefault && <input type="hidden" name="enterprise" value={context.enterprise.id} />}
          {query.status && <input type="hidden" name="status" value={query.status} />}
          <label htmlFor="product-search" className="sr-only">
            {t("products.search")}
          </label>
          <input id="product-search" name="q" type="search" defaultValue={query.q} placeholder={t("products.searchPlaceholder")} className={inputClass} />
          <button type="submit" className={`${secondaryButton} shrink-0 whitespace-nowrap`}>
            {t("products.searchButton")}
          </button>
        </form>
      </div>

      {result.items.length === 0 ? (
        total === 0 ? (
          <EmptyState title={t("products.emptyTitle")} body={t("products.emptyBody")} action={{ href: context.withEnterprise("/enterprise/products/new"), label: t("products.new") }} />
        ) : (
          <EmptyState title={t("products.noResultsTitle")} body={t("products.noResultsBody")} action={{ href: listHref({ q: "", status: null, page: 1 }), label: t("products.clearFilters") }} />
        )
      ) : (
        <>
          <p className="mb-3 text-sm text-ink-soft" data-testid="product-count">
            {t("products.resultCount", { count: result.total })}
          </p>
          <ProductList items={result.items} locale={locale} hrefOf={(id) => context.withEnterprise(`/enterprise/products/${id}`)} />
          {result.pageCount > 1 && (
            <nav aria-label={t("products.pagination")} className="mt-6 flex items-center justify-center gap-4 text-sm">
              {result.page > 1 ? (
                <Link href={listHref({ page: result.page - 1 })} rel="prev" className={secondaryButton}>
                  ← {t("products.previous")}
                </Link>
              ) : null}
              <span aria-current="page">{t("products.pageOf", { page: result.page, pageCount: result.pageCount })}</span>
              {result.page < result.pageCount ? (
                <Link href={listHref({ page: result.page + 1 })} rel="next" className={secondaryButton}>
                  {t("products.next")} →
                </Link>
              ) : null}
            </nav>
          )}
        </>
      )}
    </ConsoleShell>
  );
}
