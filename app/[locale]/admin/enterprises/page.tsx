import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/admin-shell";
import { Badge, enterpriseStatusTone } from "@/components/admin/badges";
import { buttonClass } from "@/components/admin/styles";
import { ConsoleHeading } from "@/components/console/console-shell";
import { Link } from "@/i18n/navigation";
import { listEnterprisesForAdmin } from "@/lib/admin/enterprises";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { localize } from "@/lib/i18n/localize";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminConsole");
  return { title: `${t("enterprises.title")} · ${t("title")}`, robots: { index: false } };
}

export default async function AdminEnterprisesPage({ params }: PageProps<"/[locale]/admin/enterprises">) {
  const { locale } = await params;
  await requirePage("/admin/enterprises", locale);
  const t = await getTranslations("adminConsole");
  const format = await getFormatter();
  const enterprises = await listEnterprisesForAdmin(db());
  return (
    <AdminShell>
      <ConsoleHeading title={t("enterprises.title")}>
        <Link href="/admin/enterprises/new" className={buttonClass.primary}>
          {t("enterprises.new")}
        </Link>
      </ConsoleHeading>
      <p className="mb-4 text-sm text-ink-soft">{t("enterprises.count", { count: enterprises.length })}</p>
      <ul className="divide-y divide-porcelain-deep overflow-hidden rounded-xl bg-white">
        {enterprises.map((enterprise) => (
          <li key={enterprise.id}>
            <Link
              href={`/admin/enterprises/${enterprise.id}`}
              className="grid gap-2 px-4 py-4 hover:bg-cobalt-50/60 focus-visible:bg-cobalt-50 sm:grid-cols-[minmax(0,2fr)_minmax(0,1.2fr)_auto] sm:items-center sm:gap-4"
            >
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-cobalt-900">{localize(locale, enterprise.nameZh, enterprise.nameEn)}</span>
                  <Badge tone={enterpriseStatusTone(enterprise.status)}>{t(`enterpriseStatus.${enterprise.status}`)}</Badge>
                  {enterprise.isSample && <Badge tone="muted">{t("enterprises.sample")}</Badge>}
                </p>
                <p className="truncate text-xs text-ink-soft">
                  {localize(locale, enterprise.nameEn, enterprise.nameZh)} · <span className="font-mono">{enterprise.slug}</span>
                </p>
              </div>
              <p className="text-sm text-ink-soft">
                {t("enterprises.productsSummary", { published: enterprise.publishedProducts, total: enterprise.products })} ·{" "}
                {t("enterprises.membersSummary", { count: enterprise.members })}
              </p>
              <p className="text-xs text-ink-soft sm:text-right">
                {t("enterprises.updated", { date: format.dateTime(enterprise.updatedAt, { dateStyle: "medium" }) })}
              </p>
            </Link>
          </li>
        ))}
      </ul>
    </AdminShell>
  );
}
