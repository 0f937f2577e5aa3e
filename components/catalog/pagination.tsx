import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { type CatalogFilters, catalogSearchParams } from "@/lib/catalog/filters";

export async function Pagination({ filters, page, pageCount }: { filters: CatalogFilters; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("catalog");
  const href = (target: number) => `/products?${catalogSearchParams({ ...filters, page: target })}`.replace(/\?$/, "");
  const linkClass = "rounded-full border border-celadon-100 bg-white px-4 py-2 hover:border-cobalt-500";
  return (
    <nav aria-label={t("pagination")} className="mt-10 flex items-center justify-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          ← {t("previous")}
        </Link>
      ) : (
        <span className={`${linkClass} opacity-40`} aria-hidden="true">← {t("previous")}</span>
      )}
      <span aria-current="page">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {t("next")} →
        </Link>
      ) : (
        <span className={`${linkClass} opacity-40`} aria-hidden="true">{t("next")} →</span>
      )}
    </nav>
  );
}
