import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/admin-shell";
import { EnterpriseForm } from "@/components/admin/enterprise-forms";
import { ConsoleHeading } from "@/components/console/console-shell";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminConsole");
  return { title: `${t("enterprises.new")} · ${t("title")}`, robots: { index: false } };
}

export default async function AdminNewEnterprisePage({ params }: PageProps<"/[locale]/admin/enterprises/new">) {
  const { locale } = await params;
  await requirePage("/admin/enterprises/new", locale);
  const t = await getTranslations("adminConsole");
  return (
    <AdminShell>
      <Link href="/admin/enterprises" className="text-sm text-cobalt-700 hover:underline">
        ← {t("enterprises.backToList")}
      </Link>
      <div className="mt-3">
        <ConsoleHeading title={t("enterprises.new")} />
      </div>
      <p className="mb-6 max-w-prose text-sm text-ink-soft">{t("enterprises.newIntro")}</p>
      <div className="rounded-2xl bg-white p-5 sm:p-6">
        <EnterpriseForm />
      </div>
    </AdminShell>
  );
}
