import { getLocale, getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { getPathname } from "@/i18n/navigation";
import { type CatalogFilters, fenToYuanParam, SORTS } from "@/lib/catalog/filters";
import type { Facets } from "@/lib/catalog/queries";
import { localize } from "@/lib/i18n/localize";
import { FilterForm } from "./filter-form";

export async function FilterPanel({ filters, facets }: { filters: CatalogFilters; facets: Facets }) {
  const locale = await getLocale();
  const t = await getTranslations("catalog");
  const groups = [
    { name: "category", legend: t("category"), options: facets.categories, selected: filters.categories },
    { name: "glaze", legend: t("glaze"), options: facets.glazes, selected: filters.glazes },
    { name: "enterprise", legend: t("enterprise"), options: facets.enterprises, selected: filters.enterprises },
  ] as const;
  return (
    <FilterForm action={getPathname({ href: "/products", locale })} toggleLabel={t("showFilters")}>
      {filters.q && <input type="hidden" name="q" value={filters.q} />}
      <label className="block text-sm">
        <span className="mb-1 block font-medium">{t("sort")}</span>
        <select name="sort" defaultValue={filters.sort} className="w-full rounded-lg border border-celadon-100 bg-white px-3 py-2">
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sorts.${sort}`)}
            </option>
          ))}
        </select>
      </label>
      {groups.map((group) => (
        <fieldset key={group.name}>
          <legend className="mb-2 text-sm font-medium">{group.legend}</legend>
          <ul className="space-y-1.5">
            {group.options.map((option) => (
              <li key={option.slug}>
                <label className="flex cursor-pointer items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name={group.name}
                    value={option.slug}
                    defaultChecked={group.selected.includes(option.slug)}
                    className="size-4 accent-cobalt-700"
                  />
                  {"colorHex" in option && (
                    <span aria-hidden="true" className="size-3.5 rounded-full border border-black/10" style={{ background: option.colorHex }} />
                  )}
                  <span className="flex-1">{localize(locale, option.nameZh, option.nameEn)}</span>
                  <span className="text-xs text-ink-soft">{option.count}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      <fieldset>
        <legend className="mb-2 text-sm font-medium">{t("price")}</legend>
        <div className="flex items-center gap-2">
          {([
            ["min", filters.minFen, t("priceMin")],
            ["max", filters.maxFen, t("priceMax")],
          ] as const).map(([name, fen, label], index) => (
            <Fragment key={name}>
              {index > 0 && <span aria-hidden="true">–</span>}
              <input
                type="number"
                name={name}
                min={0}
                step="any"
                inputMode="decimal"
                aria-label={label}
                placeholder={label}
                defaultValue={fen === null ? undefined : fenToYuanParam(fen)}
                className="w-full rounded-lg border border-celadon-100 bg-white px-3 py-2 text-sm"
              />
            </Fragment>
          ))}
        </div>
      </fieldset>
      <label className="flex cursor-pointer items-center gap-2 text-sm">
        <input type="checkbox" name="stock" value="1" defaultChecked={filters.inStock} className="size-4 accent-cobalt-700" />
        {t("inStock")}
      </label>
      <button type="submit" className="w-full rounded-full bg-cobalt-700 px-4 py-2 text-sm font-medium text-white hover:bg-cobalt-900">
        {t("apply")}
      </button>
    </FilterForm>
  );
}
