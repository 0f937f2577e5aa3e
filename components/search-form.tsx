import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { getLocale } from "next-intl/server";

/** A plain GET form: search works before any JavaScript has loaded. */
export async function SearchForm({ className = "", defaultValue = "" }: { className?: string; defaultValue?: string }) {
  const t = await getTranslations("nav");
  const locale = await getLocale();
  return (
    <form action={getPathname({ href: "/products", locale })} role="search" className={`items-center ${className}`}>
      <label className="relative w-full">
        <span className="sr-only">{t("search")}</span>
        <input
          type="search"
          name="q"
          defaultValue={defaultValue}
          maxLength={100}
          placeholder={t("searchPlaceholder")}
          className="w-full rounded-full border border-celadon-100 bg-white py-2 pl-4 pr-10 text-sm placeholder:text-ink-soft/70 focus:border-cobalt-500 focus:outline-none md:w-72"
        />
        <button type="submit" className="absolute right-1 top-1/2 -translate-y-1/2 rounded-full p-2 text-cobalt-700" aria-label={t("search")}>
          <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
            <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="m13 13 4 4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </label>
    </form>
  );
}
