import type { AppLocale } from "./routing";

/**
 * Messages live in one file per area (messages/<locale>/<area>.json), each holding top-level
 * namespaces, so the storefront and each console keep their own strings. Listed here once so
 * both the app and the tests load the same set.
 */
export const MESSAGE_FILES = ["shop", "auth", "console", "enterprise-console", "warehouse-console", "admin-console", "order-common", "cart", "checkout", "fulfilment", "commerce-admin", "live", "host-console"] as const;

export async function loadMessages(locale: AppLocale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(MESSAGE_FILES.map((file) => import(`../messages/${locale}/${file}.json`).then((m) => m.default)));
  return Object.assign({}, ...parts);
}
