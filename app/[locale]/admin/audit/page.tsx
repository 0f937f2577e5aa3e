import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/admin-shell";
import { FilterActions } from "@/components/admin/filter-actions";
import { AuditList } from "@/components/admin/audit-list";
import { inputClass } from "@/components/admin/styles";
import { listHref, Pager } from "@/components/admin/pager";
import { ConsoleHeading } from "@/components/console/console-shell";
import { Link } from "@/i18n/navigation";
import { describeAuditSubject, listAudit, listAuditActors } from "@/lib/admin/audit";
import { AUDIT_TARGET_TYPES, auditQuerySchema, searchParamsObject } from "@/lib/admin/schemas";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminConsole");
  return { title: `${t("audit.title")} · ${t("title")}`, robots: { index: false } };
}

export default async function AdminAuditPage({ params, searchParams }: PageProps<"/[locale]/admin/audit">) {
  const { locale } = await params;
  await requirePage("/admin/audit", locale);
  const query = auditQuerySchema.parse(searchParamsObject(await searchParams));
  const t = await getTranslations("adminConsole");
  const subjectId = query.user ?? query.target;
  const [result, actors, subject] = await Promise.all([
    listAudit(db(), { targetType: query.targetType, actorId: query.actor, targetId: query.target, userId: query.user, page: query.page }),
    listAuditActors(db()),
    subjectId ? describeAuditSubject(db(), subjectId) : null,
  ]);
  const filtered = !!(query.targetType || query.actor || query.target || query.user);
  return (
    <AdminShell>
      <ConsoleHeading title={t("audit.title")} />
      <p className="mb-4 max-w-prose text-sm text-ink-soft">{t("audit.intro")}</p>
      <form method="get" aria-label={t("audit.filterLabel")} className="mb-5 grid gap-3 rounded-2xl bg-white p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        {query.target && <input type="hidden" name="target" value={query.target} />}
        {query.user && <input type="hidden" name="user" value={query.user} />}
        <div className="space-y-1">
          <label htmlFor="audit-target-type" className="block text-sm font-medium">
            {t("audit.targetType")}
          </label>
          <select id="audit-target-type" name="targetType" defaultValue={query.targetType ?? ""} className={inputClass}>
            <option value="">{t("common.all")}</option>
            {AUDIT_TARGET_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`audit.targetTypes.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="audit-actor" className="block text-sm font-medium">
            {t("audit.actor")}
          </label>
          <select id="audit-actor" name="actor" defaultValue={query.actor ?? ""} className={inputClass}>
            <option value="">{t("common.all")}</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
        </div>
        <FilterActions clearHref="/admin/audit" filtered={filtered} />
        {subjectId && (
          <p className="text-sm sm:col-span-3">
            {t("audit.onlyAbout", { name: subject ?? subjectId })}{" "}
            <Link href={listHref("/admin/audit", { targetType: query.targetType, actor: query.actor })} className="text-cobalt-700 hover:underline">
              {t("audit.showAll")}
            </Link>
          </p>
        )}
      </form>
      <p className="mb-3 text-sm text-ink-soft">{t("audit.count", { count: result.total })}</p>
      <AuditList entries={result.items} emptyText={filtered ? t("audit.noneFiltered") : t("audit.empty")} />
      <Pager
        page={result.page}
        pageCount={result.pageCount}
        href={(page) => listHref("/admin/audit", { targetType: query.targetType, actor: query.actor, target: query.target, user: query.user, page })}
      />
    </AdminShell>
  );
}
