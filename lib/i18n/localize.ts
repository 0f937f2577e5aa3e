import type { AppLocale } from "@/i18n/routing";

/** Picks the Chinese or English column of bilingual database content. */
export function localize(locale: AppLocale | string, zh: string, en: string): string {
  return locale === "en" ? en : zh;
}

/** Same for optional columns; falls back to the other language rather than showing nothing. */
export function localizeOptional(locale: AppLocale | string, zh: string | null, en: string | null): string | null {
  return (locale === "en" ? en ?? zh : zh ?? en) ?? null;
}
