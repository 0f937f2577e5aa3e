import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ConsoleNavItem } from "@/components/console/console-shell";
import { enterpriseNav } from "@/components/enterprise/nav";
import type { Actor } from "@/lib/auth/session";
import { currentEnterpriseId, listMemberEnterprises } from "@/lib/catalog/admin/scope";
import { db } from "@/lib/db/client";
import { localize } from "@/lib/i18n/localize";

/**
 * What every product console page needs after requirePage: the enterprise being worked on (the
 * actor's first, or the one of theirs named by ?enterprise=; any other is not found), the
 * console frame, and a way to keep ?enterprise= on links when it is not the default one.
 */
export async function productConsoleContext(actor: Actor, locale: string, requested: string | string[] | undefined) {
  const enterpriseId = currentEnterpriseId(actor.memberships, requested);
  if (!enterpriseId) notFound();
  const enterprises = await listMemberEnterprises(db(), actor.memberships);
  const enterprise = enterprises.find((e) => e.id === enterpriseId);
  if (!enterprise) notFound();
  const t = await getTranslations("enterpriseConsole");
  const isDefault = enterpriseId === actor.memberships[0]?.enterpriseId;
  /** `href` with ?enterprise= added when the current enterprise is not the actor's first. */
  const withEnterprise = (href: string, query: Record<string, string | undefined> = {}): string => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
    if (!isDefault) params.set("enterprise", enterpriseId);
    const search = params.toString();
    return search ? `${href}?${search}` : href;
  };
  const nav: ConsoleNavItem[] = enterpriseNav(t).map((item) => ({ ...item, href: withEnterprise(item.href) }));
  const name = localize(locale, enterprise.nameZh, enterprise.nameEn);
  return {
    enterprise: { ...enterprise, name },
    enterprises: enterprises.map((e) => ({ ...e, name: localize(locale, e.nameZh, e.nameEn) })),
    isDefault,
    withEnterprise,
    shell: { title: t("titleOf", { name }), nav },
  };
}
