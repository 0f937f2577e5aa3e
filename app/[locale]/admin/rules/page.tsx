import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/admin-shell";
import { RulesExample } from "@/components/admin/rules-example";
import { RulesForm } from "@/components/admin/rules-form";
import { ConsoleHeading } from "@/components/console/console-shell";
import { requirePage } from "@/lib/auth/session";
import { loadRules } from "@/lib/checkout/rules";
import { db } from "@/lib/db/client";
import { rulesToFormValues } from "@/lib/settlement/rules-admin";

export async function generateMetadata(): Promise<Metadata> {
  const [t, admin] = await Promise.all([getTranslations("commerceRules"), getTranslations("adminConsole")]);
  return { title: `${t("title")} · ${admin("title")}`, robots: { index: false } };
}

export default async function AdminRulesPage({ params }: PageProps<"/[locale]/admin/rules">) {
  const { locale } = await params;
  await requirePage("/admin/rules", locale);
  const t = await getTranslations("commerceRules");
  const rules = await loadRules(db());
  return (
    <AdminShell>
      <ConsoleHeading title={t("title")} />
      <p className="mb-6 max-w-prose text-sm text-ink-soft">{t("intro")}</p>
      <div className="max-w-3xl space-y-6">
        <RulesForm values={rulesToFormValues(rules)} />
        <RulesExample rules={rules} />
      </div>
    </AdminShell>
  );
}
