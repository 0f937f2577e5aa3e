import { defineRouting } from "next-intl/routing";

export const locales = ["zh-CN", "en"] as const;
export type AppLocale = (typeof locales)[number];

// Chinese is the default and has no prefix; English lives under /en.
export const routing = defineRouting({
  locales,
  defaultLocale: "zh-CN",
  localePrefix: "as-needed",
  localeDetection: false,
});
