import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { type CatalogFilters, catalogSearchParams, EMPTY_FILTERS, hasActiveFilters, toggleFilterValue } from "@/lib/catalog/filters";
import type { Facets } from "@/lib/catalog/queries";
import { localize } from "@/lib/i18n/localize";
import { formatFen, type Locale } from "@/lib/money/format";

/** Removable chips for each active filter; each chip is a link to the same query without it. */
export async function ActiveFilters({ filters, facets }: { filters: CatalogFilters; facets: Facets }) {
  if (!hasActiveFilters(filters)) return null;
  const locale = await getLocale();
  const t = await getTranslations("catalog");
  const href = (next: CatalogFilters) => {
    const query = catalogSearchParams({ ...next, page: 1 }).toString();
    return query ? `/products?${query}` : "/products";
  };
  const chips: { label: string; href: string }[] = [];
  const facetChips = [
    ["categories", facets.categories],
    ["glazes", facets.glazes],
    ["enterprises", facets.enterprises],
  ] as const;
  for (const [key, options] of facetChips) {
    for (const slug of filters[key]) {
      const option = options.find((o) => o.slug === slug);
      chips.push({ label: option ? localize(locale, option.nameZh, option.nameEn) : slug, href: href(toggleFilterValue(filters, key, slug)) });
    }
  }
  if (filters.minFen !== null || filters.maxFen !== null) {
    const fmt = (fen: number | null) => (fen === null ? "" : formatFen(fen, locale as Locale));
    chips.push({ label: t("priceRange", { min: fmt(filters.minFen), max: fmt(filters.maxFen) }), href: href({ ...filters, minFen: null, maxFen: null }) });
  }
  if (filters.inStock) chips.push({ label: t("inStock"), href: href({ ...filters, inStock: false }) });
  if (filters.q) chips.push({ label: `“${filters.q}”`, href: href({ ...filters, q: "" }) });
  return (
    <ul className="mb-4 flex flex-wrap items-center gap-2 text-sm">
      {chips.map((chip) => (
        <li key={chip.href + chip.label}>
          <Link href={chip.href} aria-label={t("removeFilter", { label: chip.label })} className="inline-flex items-center gap-1 rounded-full bg-celadon-50 px-3 py-1 text-celadon-800 hover:bg-celadon-100">
            {chip.label} <span aria-hidden="true">×</span>
          </Link>
        </li>
      ))}
      <li>
        <Link href={href({ ...EMPTY_FILTERS, sort: filters.sort })} className="text-cobalt-700 underline-offset-2 hover:underline">
          {t("clearAll")}
        </Link>
      </li>
    </ul>
  );
}
