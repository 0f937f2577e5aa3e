import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** Previous / next links for a paged admin list; `href` builds the address of a page. */
export async function Pager({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("adminConsole.common");
  const linkClass = "inline-flex min-h-10 items-center rounded-full border border-celadon-100 bg-white px-4 py-2 hover:border-cobalt-500";
  return (
    <nav aria-label={t("pagination")} className="mt-6 flex items-center justify-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          ← {t("previous")}
        </Link>
      ) : (
        <span className={`${linkClass} opacity-40`} aria-hidden="true">
          ← {t("previous")}
        </span>
      )}
      <span aria-current="page">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {t("next")} →
        </Link>
      ) : (
        <span className={`${linkClass} opacity-40`} aria-hidden="true">
          {t("next")} →
        </span>
      )}
    </nav>
  );
}

/** The address of a list page with its filters (empty ones left out). */
export function listHref(path: string, params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== "" && !(key === "page" && value === 1)) search.set(key, String(value));
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
