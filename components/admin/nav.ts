import { getTranslations } from "next-intl/server";
import type { ConsoleNavItem } from "@/components/console/console-shell";

/** The admin console's sections, in the order of the navigation row. */
export const ADMIN_SECTIONS = [
  { href: "/admin", key: "overview" },
  { href: "/admin/enterprises", key: "enterprises" },
  { href: "/admin/users", key: "users" },
  { href: "/admin/orders", key: "orders" },
  { href: "/admin/host-applications", key: "hostApplications" },
  { href: "/admin/rules", key: "rules" },
  { href: "/admin/audit", key: "audit" },
] as const;

export async function adminNav(): Promise<ConsoleNavItem[]> {
  const t = await getTranslations("adminConsole.nav");
  return ADMIN_SECTIONS.map((section) => ({ href: section.href, label: t(section.key) }));
}
