import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/admin-shell";
import { applicationStatusTone, Badge, roleTone } from "@/components/admin/badges";
import { HostApplicationReviewForm } from "@/components/admin/host-application-review";
import { ConsoleHeading } from "@/components/console/console-shell";
import { Link } from "@/i18n/navigation";
import { listHostApplications } from "@/lib/admin/host-applications";
import { HOST_APPLICATION_STATUSES, hostApplicationQuerySchema, searchParamsObject } from "@/lib/admin/schemas";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminConsole");
  return { title: `${t("hostApplications.title")} · ${t("title")}`, robots: { index: false } };
}

export default async function AdminHostApplicationsPage({ params, searchParams }: PageProps<"/[locale]/admin/host-applications">) {
  const { locale } = await params;
  await requirePage("/admin/host-applications", locale);
  const { status } = hostApplicationQuerySchema.parse(searchParamsObject(await searchParams));
  const t = await getTranslations("adminConsole");
  const tRoles = await getTranslations("auth.roles");
  const format = await getFormatter();
  const applications = await listHostApplications(db(), { status });
  const tabs = [{ value: undefined, label: t("common.all") }, ...HOST_APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`hostApplicationStatus.${s}`) }))];
  return (
    <AdminShell>
      <ConsoleHeading title={t("hostApplications.title")} />
      <p className="mb-4 max-w-prose text-sm text-ink-soft">{t("hostApplications.intro")}</p>
      <nav aria-label={t("hostApplications.filterLabel")} className="mb-5 flex flex-wrap gap-2">
        {tabs.map((tab) => {
          const current = tab.value === status;
          return (
            <Link
              key={tab.label}
              href={tab.value ? `/admin/host-applications?status=${tab.value}` : "/admin/host-applications"}
              aria-current={current ? "page" : undefined}
              className={`inline-flex min-h-10 items-center rounded-full px-4 py-2 text-sm ${current ? "bg-cobalt-700 text-white" : "bg-white text-ink ring-1 ring-inset ring-celadon-100 hover:ring-cobalt-500"}`}
            >
              {tab.label}
            </Link>
          );
        })}
      </nav>
      {applications.length === 0 ? (
        <p className="rounded-xl bg-white px-4 py-6 text-center text-sm text-ink-soft">{t("hostApplications.none")}</p>
      ) : (
        <ul className="space-y-4">
          {applications.map((application) => (
            <li key={application.id}>
              <article aria-labelledby={`application-${application.id}`} className="rounded-2xl bg-white p-5" data-testid="host-application">
                <header className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0">
                    <h2 id={`application-${application.id}`} className="font-medium">
                      <Link href={`/admin/users/${application.user.id}`} className="text-cobalt-700 hover:underline">
                        {application.user.name}
                      </Link>
                    </h2>
                    <p className="truncate text-xs text-ink-soft">{[application.user.email, application.user.phone].filter(Boolean).join(" · ")}</p>
                  </div>
                  <div className="flex flex-wrap items-center gap-1">
                    <Badge tone={applicationStatusTone(application.status)}>{t(`hostApplicationStatus.${application.status}`)}</Badge>
                    <Badge tone={roleTone(application.user.role)}>{tRoles(application.user.role)}</Badge>
                    {application.user.disabled && <Badge tone="warn">{t("users.disabledBadge")}</Badge>}
                  </div>
                </header>
                <p className="mt-1 text-xs text-ink-soft">{t("hostApplications.submitted", { date: format.dateTime(application.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}</p>
                <blockquote className="mt-3 whitespace-pre-wrap rounded-xl bg-porcelain px-4 py-3 text-sm">{application.motivation}</blockquote>
                <div className="mt-4">
                  {application.status === "PENDING" ? (
                    <>
                      {application.user.role !== "SHOPPER" && (
                        <p className="mb-3 text-xs text-cinnabar">{t("hostApplications.notShopperAnymore", { role: tRoles(application.user.role) })}</p>
                      )}
                      <HostApplicationReviewForm applicationId={application.id} applicantName={application.user.name} />
                    </>
                  ) : (
                    <p className="text-sm text-ink-soft">
                      {t("hostApplications.reviewedBy", {
                        name: application.reviewedBy?.name ?? t("audit.system"),
                        date: application.reviewedAt ? format.dateTime(application.reviewedAt, { dateStyle: "medium", timeStyle: "short" }) : "—",
                      })}
                      {application.reviewNote && (
                        <span className="mt-1 block text-ink">{t("audit.labelled", { label: t("audit.note"), value: application.reviewNote })}</span>
                      )}
                    </p>
                  )}
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
    </AdminShell>
  );
}
