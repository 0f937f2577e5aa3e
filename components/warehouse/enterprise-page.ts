import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { enterpriseNav } from "@/components/enterprise/nav";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { localize } from "@/lib/i18n/localize";
import { pickEnterpriseId } from "@/lib/inventory/enterprise-scope";
import { getEnterpriseSummary } from "@/lib/inventory/queries";

/**
 * What every enterprise stock page needs after requirePage: the enterprise it shows (one the
 * person is a member of, ?enterprise= choosing among several) and the console frame's title
 * and navigation.
 */
export async function enterprisePageContext(actor: Actor, locale: string, requested?: string | string[]) {
  const enterpriseId = pickEnterpriseId(actor.memberships, requested);
  const enterprise = enterpriseId ? await getEnterpriseSummary(db(), enterpriseId) : null;
  if (!enterprise) notFound();
  const tw = await getTranslations("warehouseConsole");
  const te = await getTranslations("enterpriseConsole");
  return {
    enterprise,
    enterpriseName: localize(locale, enterprise.nameZh, enterprise.nameEn),
    shell: { title: tw("enterpriseTitle", { name: localize(locale, enterprise.nameZh, enterprise.nameEn) }), nav: enterpriseNav(te) },
  };
}
