import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminShell } from "@/components/admin/admin-shell";
import { AuditList } from "@/components/admin/audit-list";
import { ConsoleHeading } from "@/components/console/console-shell";
import { Link } from "@/i18n/navigation";
import { getAdminOverview } from "@/lib/admin/overview";
import { USER_ROLES } from "@/lib/admin/schemas";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminConsole");
  return { title: t("title"), robots: { index: false } };
}

function StatCard({ title, href, value, children, highlight }: { title: string; href: string; value: number; children?: ReactNode; highlight?: boolean }) {
  return (
    <Link
      href={href}
      className={`block rounded-2xl p-5 ring-1 ring-inset transition hover:ring-cobalt-500 ${highlight ? "bg-cobalt-50 ring-cobalt-100" : "bg-white ring-porcelain-deep"}`}
    >
      <p className="text-sm text-ink-soft">{title}</p>
      <p className="mt-1 font-serif text-3xl text-cobalt-900">{value}</p>
      {children && <div className="mt-2 text-xs text-ink-soft">{children}</div>}
    </Link>
  );
}

export default async function AdminOverviewPage({ params }: PageProps<"/[locale]/admin">) {
  const { locale } = await params;
  await requirePage("/admin", locale);
  const t = await getTranslations("adminConsole");
  const tRoles = await getTranslations("auth.roles");
  const overview = await getAdminOverview(db());
  const { enterprisesByStatus, usersByRole } = overview;
  return (
    <AdminShell>
      <ConsoleHeading title={t("overview.title")} />
      <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
        <StatCard title={t("overview.enterprises")} href="/admin/enterprises" value={enterprisesByStatus.ACTIVE + enterprisesByStatus.SUSPENDED}>
          {t("overview.enterpriseStatus", { active: enterprisesByStatus.ACTIVE, suspended: enterprisesByStatus.SUSPENDED })}
        </StatCard>
        <StatCard title={t("overview.users")} href="/admin/users" value={overview.totalUsers}>
          {t("overview.disabledUsers", { count: overview.disabledUsers })}
        </StatCard>
        <StatCard
          title={t("overview.pendingHostApplications")}
          href="/admin/host-applications"
          value={overview.pendingHostApplications}
          highlight={overview.pendingHostApplications > 0}
        >
          {overview.pendingHostApplications > 0 ? t("overview.reviewNow") : t("overview.nothingWaiting")}
        </StatCard>
        <StatCard title={t("overview.auditEntries")} href="/admin/audit" value={overview.auditEntries}>
          {t("overview.auditHint")}
        </StatCard>
      </div>

      <section className="mt-8" aria-labelledby="users-by-role">
        <h2 id="users-by-role" className="mb-3 font-medium">
          {t("overview.usersByRole")}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {USER_ROLES.map((role) => (
            <li key={role}>
              <Link href={`/admin/users?role=${role}`} className="flex items-baseline justify-between gap-2 rounded-xl bg-white px-4 py-3 ring-1 ring-inset ring-porcelain-deep hover:ring-cobalt-500">
                <span className="text-sm">{tRoles(role)}</span>
                <span className="font-serif text-xl text-cobalt-900">{usersByRole[role]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section className="mt-8" aria-labelledby="recent-changes">
        <div className="mb-3 flex items-baseline justify-between gap-3">
          <h2 id="recent-changes" className="font-medium">
            {t("overview.recentChanges")}
          </h2>
          <Link href="/admin/audit" className="text-sm text-cobalt-700 hover:underline">
            {t("overview.allChanges")} →
          </Link>
        </div>
        <AuditList entries={overview.recentAudit} emptyText={t("audit.empty")} />
      </section>
    </AdminShell>
  );
}
