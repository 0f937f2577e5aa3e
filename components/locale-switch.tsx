"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";

/** Switches language on the same page, keeping its query (filters, chosen variant). */
export function LocaleSwitch({ label, ariaLabel }: { label: string; ariaLabel: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  // A string href keeps repeated keys (?glaze=a&glaze=b) that an object query would collapse.
  const query = searchParams.toString();
  return (
    <Link
      href={query ? `${pathname}?${query}` : pathname}
      locale={locale === "en" ? "zh-CN" : "en"}
      aria-label={`${ariaLabel}: ${label}`}
      className="rounded-full border border-celadon-300 px-3 py-1 text-sm text-celadon-800 hover:bg-celadon-50"
    >
      {label}
    </Link>
  );
}
