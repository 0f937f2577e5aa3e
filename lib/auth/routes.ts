import type { Area } from "./policy";

/**
 * Every console page, by its route, with the area (and so the roles) that may open it. A page
 * starts with `await requirePage("<its route>", locale)`; the authorization matrix test fails
 * when a page exists under a console folder without an entry here, or does not make that call.
 */
export const CONSOLE_PAGES = {
  "/account": "account",
  "/account/addresses": "account",
  "/host": "host",
  "/host/sessions/new": "host",
  "/host/sessions/[id]": "host",
  "/enterprise": "enterprise",
  "/enterprise/products": "enterprise",
  "/enterprise/products/new": "enterprise",
  "/enterprise/products/[id]": "enterprise",
  "/enterprise/products/import": "enterprise",
  "/enterprise/inbound": "enterprise",
  "/enterprise/inbound/new": "enterprise",
  "/enterprise/stock": "enterprise",
  "/enterprise/orders": "enterprise",
  "/warehouse": "warehouse",
  "/warehouse/receipts/[id]": "warehouse",
  "/warehouse/bins": "warehouse",
  "/warehouse/stock": "warehouse",
  "/warehouse/breakage": "warehouse",
  "/warehouse/stocktakes": "warehouse",
  "/warehouse/stocktakes/[id]": "warehouse",
  "/warehouse/ledger": "warehouse",
  "/warehouse/orders": "warehouse",
  "/warehouse/orders/[number]": "warehouse",
  "/warehouse/orders/[number]/packing-slip": "warehouse",
  "/warehouse/pick-lists": "warehouse",
  "/warehouse/pick-lists/[id]": "warehouse",
  "/admin": "admin",
  "/admin/enterprises": "admin",
  "/admin/enterprises/new": "admin",
  "/admin/enterprises/[id]": "admin",
  "/admin/users": "admin",
  "/admin/users/[id]": "admin",
  "/admin/host-applications": "admin",
  "/admin/audit": "admin",
  "/admin/orders": "admin",
  "/admin/orders/[number]": "admin",
  "/admin/rules": "admin",
} as const satisfies Record<string, Area>;

export type ConsolePage = keyof typeof CONSOLE_PAGES;

/** The folders under app/[locale] whose pages are consoles. */
export const CONSOLE_FOLDERS = ["account", "host", "enterprise", "warehouse", "admin"] as const;
