import type { ConsoleNavItem } from "@/components/console/console-shell";

type NavKey = "nav.queue" | "nav.orders" | "nav.pickLists" | "nav.bins" | "nav.stock" | "nav.breakage" | "nav.stocktakes" | "nav.ledger";

/** The warehouse console's navigation; `t` translates the `warehouseConsole` namespace. */
export function warehouseNav(t: (key: NavKey) => string): ConsoleNavItem[] {
  return [
    { href: "/warehouse", label: t("nav.queue") },
    { href: "/warehouse/orders", label: t("nav.orders") },
    { href: "/warehouse/pick-lists", label: t("nav.pickLists") },
    { href: "/warehouse/bins", label: t("nav.bins") },
    { href: "/warehouse/stock", label: t("nav.stock") },
    { href: "/warehouse/breakage", label: t("nav.breakage") },
    { href: "/warehouse/stocktakes", label: t("nav.stocktakes") },
    { href: "/warehouse/ledger", label: t("nav.ledger") },
  ];
}
