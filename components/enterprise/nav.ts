import type { ConsoleNavItem } from "@/components/console/console-shell";

/**
 * The enterprise console's navigation, shared by its pages (each page renders ConsoleShell
 * itself). `t` is a translator of the `enterpriseConsole` namespace, from getTranslations or
 * useTranslations.
 */
export function enterpriseNav(t: (key: "nav.dashboard" | "nav.products" | "nav.inbound" | "nav.stock" | "nav.orders") => string): ConsoleNavItem[] {
  return [
    { href: "/enterprise", label: t("nav.dashboard") },
    { href: "/enterprise/products", label: t("nav.products") },
    { href: "/enterprise/inbound", label: t("nav.inbound") },
    { href: "/enterprise/stock", label: t("nav.stock") },
    { href: "/enterprise/orders", label: t("nav.orders") },
  ];
}
