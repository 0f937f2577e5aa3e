import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/admin-shell";
import { AuditList } from "@/components/admin/audit-list";
import { applicationStatusTone, Badge, enterpriseStatusTone, roleTone } from "@/components/admin/badges";
import { AddMembershipForm, DisableForm, RemoveMembershipForm, RoleForm } from "@/components/admin/user-forms";
import { ConsoleHeading } from "@/components/console/console-shell";
import { Link } from "@/i18n/navigation";
import { listAudit } from "@/lib/admin/audit";
import { listEnterpriseOptions } from "@/lib/admin/enterprises";
import { idSchema } from "@/lib/admin/schemas";
import { getUser } from "@/lib/admin/users";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { localize } from "@/lib/i18n/localize";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminConsole");
  return { title: `${t("users.detailTitle")} · ${t("title")}`, robots: { index: false } };
}

export default async function AdminUserPage({ params }: PageProps<"/[locale]/admin/users/[id]">) {
  const { locale, id } = await params;
  const actor = await requirePage("/admin/users/[id]", locale, `/admin/users/${encodeURIComponent(id)}`);
  const parsedId = idSchema.safeParse(id);
  if (!parsedId.success) notFound();
  const [user, enterprises, history] = await Promise.all([
    getUser(db(), parsedId.data),
    listEnterpriseOptions(db()),
    listAudit(db(), { userId: parsedId.data, pageSize: 10 }),
  ]);
  if (!user) notFound();
  const t = await getTranslations("adminConsole");
  const tRoles = await getTranslations("auth.roles");
  const format = await getFormatter();
  const isSelf = user.id === actor.id;
  const enterpriseOptions = enterprises.map((e) => ({
    id: e.id,
    name: `${localize(locale, e.nameZh, e.nameEn)}${e.status === "SUSPENDED" ? ` · ${t("enterpriseStatus.SUSPENDED")}` : ""}`,
  }));
  return (
    <AdminShell>
      <Link href="/admin/users" className="text-sm text-cobalt-700 hover:underline">
        ← {t("users.backToList")}
      </Link>
      <div className="mt-3">
        <ConsoleHeading title={user.name}>
          <Badge tone={roleTone(user.role)}>{tRoles(user.role)}</Badge>
          {user.disabled && <Badge tone="warn">{t("users.disabledBadge")}</Badge>}
          {isSelf && <Badge tone="muted">{t("users.you")}</Badge>}
        </ConsoleHeading>
      </div>
      <dl className="mb-6 grid gap-x-6 gap-y-2 rounded-2xl bg-white p-5 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-xs text-ink-soft">{t("users.email")}</dt>
          <dd className="break-all">{user.email ?? "—"}</dd>
        </div>
        <div>
          <dt className="text-xs text-ink-soft">{t("users.phone")}</dt>
          <dd>{user.phone ?? "—"}</dd>
        </div>
        <div>
          <dt className="text-xs text-ink-soft">{t("users.joined")}</dt>
          <dd>{format.dateTime(user.createdAt, { dateStyle: "medium" })}</dd>
        </div>
      </dl>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="user-role" className="rounded-2xl bg-white p-5">
          <h2 id="user-role" className="mb-3 font-medium">
            {t("users.roleTitle")}
          </h2>
          <RoleForm userId={user.id} role={user.role} hasMemberships={user.memberships.length > 0} isSelf={isSelf} enterprises={enterpriseOptions} />
        </section>

        <section aria-labelledby="user-memberships" className="rounded-2xl bg-white p-5">
          <h2 id="user-memberships" className="mb-3 font-medium">
            {t("users.membershipsTitle")}
          </h2>
          {user.memberships.length === 0 ? (
            <p className="mb-3 text-sm text-ink-soft">{t("users.noMemberships")}</p>
          ) : (
            <ul className="mb-4 divide-y divide-porcelain-deep">
              {user.memberships.map((membership) => {
                const name = localize(locale, membership.enterprise.nameZh, membership.enterprise.nameEn);
                return (
                  <li key={membership.enterprise.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                    <div>
                      <Link href={`/admin/enterprises/${membership.enterprise.id}`} className="font-medium text-cobalt-700 hover:underline">
                        {name}
                      </Link>
                      <p className="mt-1 flex gap-1">
                        <Badge tone="info">{t(`memberRoles.${membership.role}`)}</Badge>
                        {membership.enterprise.status !== "ACTIVE" && (
                          <Badge tone={enterpriseStatusTone(membership.enterprise.status)}>{t(`enterpriseStatus.${membership.enterprise.status}`)}</Badge>
                        )}
                      </p>
                    </div>
                    {/* A staff member's only enterprise is not removed here: changing the role says what they become. */}
                    {!(user.role === "ENTERPRISE_STAFF" && user.memberships.length === 1) && (
                      <RemoveMembershipForm userId={user.id} enterpriseId={membership.enterprise.id} enterpriseName={name} />
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {user.role === "ENTERPRISE_STAFF" ? (
            <AddMembershipForm userId={user.id} enterprises={enterpriseOptions} />
          ) : (
            <p className="text-xs text-ink-soft">{t("users.membershipsOnlyStaff")}</p>
          )}
          {user.role === "ENTERPRISE_STAFF" && user.memberships.length === 1 && <p className="mt-3 text-xs text-ink-soft">{t("users.lastMembershipHint")}</p>}
        </section>

        <section aria-labelledby="user-account" className="rounded-2xl bg-white p-5">
          <h2 id="user-account" className="mb-3 font-medium">
            {t("users.accountTitle")}
          </h2>
          {isSelf ? (
            <p className="text-sm text-ink-soft">{t("users.selfDisableHint")}</p>
          ) : (
            <DisableForm userId={user.id} disabled={user.disabled} name={user.name} />
          )}
        </section>

        <section aria-labelledby="user-host-applications" className="rounded-2xl bg-white p-5">
          <h2 id="user-host-applications" className="mb-3 font-medium">
            {t("users.hostApplicationsTitle")}
          </h2>
          {user.hostApplications.length === 0 ? (
            <p className="text-sm text-ink-soft">{t("users.noHostApplications")}</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {user.hostApplications.map((application) => (
                <li key={application.id} className="flex flex-wrap items-center gap-2">
                  <Badge tone={applicationStatusTone(application.status)}>{t(`hostApplicationStatus.${application.status}`)}</Badge>
                  <span className="text-ink-soft">{format.dateTime(application.createdAt, { dateStyle: "medium" })}</span>
                  {application.reviewNote && <span className="basis-full text-xs text-ink-soft">{t("audit.labelled", { label: t("audit.note"), value: application.reviewNote })}</span>}
                </li>
              ))}
            </ul>
          )}
          {user.hostApplications.some((a) => a.status === "PENDING") && (
            <Link href="/admin/host-applications?status=PENDING" className="mt-3 inline-block text-sm text-cobalt-700 hover:underline">
              {t("users.reviewApplication")} →
            </Link>
          )}
        </section>
      </div>

      <section aria-labelledby="user-history" className="mt-8">
        <div className="mb-3 flex items-baseline justify-between gap-3">
          <h2 id="user-history" className="font-medium">
            {t("users.history")}
          </h2>
          <Link href={`/admin/audit?user=${user.id}`} className="text-sm text-cobalt-700 hover:underline">
            {t("overview.allChanges")} →
          </Link>
        </div>
        <AuditList entries={history.items} emptyText={t("audit.empty")} />
      </section>
    </AdminShell>
  );
}
