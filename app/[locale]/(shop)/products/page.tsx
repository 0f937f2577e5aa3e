import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActiveFilters } from "@/components/catalog/active-filters";
import { FilterPanel } from "@/components/catalog/filter-panel";
import { Pagination } from "@/components/catalog/pagination";
import { ProductGrid } from "@/components/catalog/product-card";
import { EmptyState } from "@/components/ui/empty-state";
import { cachedFacets, cachedProductList } from "@/lib/catalog/cache";
import { catalogSearchParams, parseCatalogFilters } from "@/lib/catalog/filters";

export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/products">): Promise<Metadata> {
  const [{ locale }, { filters }] = await Promise.all([params, searchParams.then(parseCatalogFilters)]);
  const t = await getTranslations({ locale, namespace: "catalog" });
  const query = catalogSearchParams(filters).toString();
  const path = `/products${query ? `?${query}` : ""}`;
  return {
    title: filters.q ? t("searchTitle", { q: filters.q }) : t("title"),
    alternates: { canonical: locale === "en" ? `/en${path}` : path, languages: { "zh-CN": path, en: `/en${path}` } },
    // Search result pages are for shoppers, not for search engines.
    robots: filters.q ? { index: false, follow: true } : undefined,
  };
}

export default async function CatalogPage({ params, searchParams }: PageProps<"/[locale]/products">) {
  const { locale } = await params;
  const { filters, invalid } = parseCatalogFilters(await searchParams);
  const t = await getTranslations("catalog");
  const [result, facets] = await Promise.all([cachedProductList(filters), cachedFacets()]);

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 md:py-10">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="font-serif text-2xl text-cobalt-900 md:text-3xl">{filters.q ? t("searchTitle", { q: filters.q }) : t("title")}</h1>
        <p className="text-sm text-ink-soft" data-testid="result-count">
          {t("resultCount", { count: result.total })}
        </p>
      </div>
      {invalid.length > 0 && (
        <p role="status" className="mb-4 rounded-lg bg-cobalt-50 px-4 py-2 text-sm text-cobalt-900">
          {t("ignored", { fields: invalid.map((field) => t(`fields.${field}`)).join(locale === "en" ? ", " : "、") })}
        </p>
      )}
      <div className="grid gap-8 lg:grid-cols-[15rem_1fr]">
        <aside aria-label={t("filters")}>
          <FilterPanel filters={filters} facets={facets} />
        </aside>
        <section aria-live="polite">
          <ActiveFilters filters={filters} facets={facets} />
          {result.items.length > 0 ? (
            <>
              <ProductGrid products={result.items} priorityCount={4} />
              <Pagination filters={filters} page={result.page} pageCount={result.pageCount} />
            </>
          ) : (
            <EmptyState
              title={t("emptyTitle")}
              body={filters.q ? t("emptySearchBody", { q: filters.q }) : t("emptyBody")}
              action={{ href: "/products", label: t("clearAll") }}
            />
          )}
        </section>
      </div>
    </div>
  );
}
