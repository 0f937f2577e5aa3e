import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/admin-shell";
import { AuditList } from "@/components/admin/audit-list";
import { Badge, enterpriseStatusTone, roleTone } from "@/components/admin/badges";
import { EnterpriseForm, EnterpriseStatusForm } from "@/components/admin/enterprise-forms";
import { ConsoleHeading } from "@/components/console/console-shell";
import { Link } from "@/i18n/navigation";
import { listAudit } from "@/lib/admin/audit";
import { getEnterpriseForAdmin } from "@/lib/admin/enterprises";
import { firstParam, idSchema } from "@/lib/admin/schemas";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { localize } from "@/lib/i18n/localize";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminConsole");
  return { title: `${t("enterprises.editTitle")} · ${t("title")}`, robots: { index: false } };
}

export default async function AdminEnterprisePage({ params, searchParams }: PageProps<"/[locale]/admin/enterprises/[id]">) {
  const { locale, id } = await params;
  await requirePage("/admin/enterprises/[id]", locale, `/admin/enterprises/${encodeURIComponent(id)}`);
  const parsedId = idSchema.safeParse(id);
  if (!parsedId.success) notFound();
  const enterprise = await getEnterpriseForAdmin(db(), parsedId.data);
  if (!enterprise) notFound();
  const created = firstParam((await searchParams).created) === "1";
  const t = await getTranslations("adminConsole");
  const tRoles = await getTranslations("auth.roles");
  const history = await listAudit(db(), { targetType: "enterprise", targetId: enterprise.id, pageSize: 10 });
  const name = localize(locale, enterprise.nameZh, enterprise.nameEn);
  return (
    <AdminShell>
      <Link href="/admin/enterprises" className="text-sm text-cobalt-700 hover:underline">
        ← {t("enterprises.backToList")}
      </Link>
      <div className="mt-3">
        <ConsoleHeading title={name}>
          <Badge tone={enterpriseStatusTone(enterprise.status)}>{t(`enterpriseStatus.${enterprise.status}`)}</Badge>
          {enterprise.status === "ACTIVE" && (
            <Link href={`/enterprises/${enterprise.slug}`} className="text-sm text-cobalt-700 hover:underline">
              {t("enterprises.viewInShop")} ↗
            </Link>
          )}
        </ConsoleHeading>
      </div>
      {created && (
        <p role="status" className="mb-6 rounded-lg bg-celadon-50 px-3 py-2 text-sm text-celadon-800">
          {t("enterprises.created")}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="enterprise-details" className="rounded-2xl bg-white p-5 sm:p-6">
          <h2 id="enterprise-details" className="mb-4 font-medium">
            {t("enterprises.details")}
          </h2>
          <EnterpriseForm enterprise={enterprise} />
        </section>
        <div className="space-y-6">
          <section aria-labelledby="enterprise-status" className="rounded-2xl bg-white p-5">
            <h2 id="enterprise-status" className="mb-3 font-medium">
              {t("enterprises.statusTitle")}
            </h2>
            <EnterpriseStatusForm enterpriseId={enterprise.id} status={enterprise.status} name={name} />
          </section>
          <section aria-labelledby="enterprise-members" className="rounded-2xl bg-white p-5">
            <h2 id="enterprise-members" className="mb-1 font-medium">
              {t("enterprises.members")}
            </h2>
            <p className="mb-3 text-xs text-ink-soft">{t("enterprises.membersHint", { products: enterprise._count.products })}</p>
            {enterprise.members.length === 0 ? (
              <p className="text-sm text-ink-soft">{t("enterprises.noMembers")}</p>
            ) : (
              <ul className="space-y-2">
                {enterprise.members.map((member) => (
                  <li key={member.user.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                    <Link href={`/admin/users/${member.user.id}`} className="text-cobalt-700 hover:underline">
                      {member.user.name}
                    </Link>
                    <span className="flex gap-1">
                      <Badge tone="info">{t(`memberRoles.${member.role}`)}</Badge>
                      {member.user.role !== "ENTERPRISE_STAFF" && <Badge tone={roleTone(member.user.role)}>{tRoles(member.user.role)}</Badge>}
                      {member.user.disabled && <Badge tone="warn">{t("users.disabledBadge")}</Badge>}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
      <section aria-labelledby="enterprise-history" className="mt-8">
        <div className="mb-3 flex items-baseline justify-between gap-3">
          <h2 id="enterprise-history" className="font-medium">
            {t("enterprises.history")}
          </h2>
          <Link href={`/admin/audit?targetType=enterprise&target=${enterprise.id}`} className="text-sm text-cobalt-700 hover:underline">
            {t("overview.allChanges")} →
          </Link>
        </div>
        <AuditList entries={history.items} emptyText={t("audit.empty")} />
      </section>
    </AdminShell>
  );
}
