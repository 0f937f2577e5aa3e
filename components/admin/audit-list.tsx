import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { AUDIT_ACTIONS, type AuditListEntry } from "@/lib/admin/audit";

/**
 * Audit entries as sentences ("Co-op admin changed the role of Xiaonan: Shopper → Host"), with
 * their details spelled out: roles, statuses and field names translated, long texts shortened.
 */

const ENTERPRISE_FIELDS = ["nameZh", "nameEn", "taglineZh", "taglineEn", "storyZh", "storyEn", "foundedYear", "productionLines"] as const;

function str(value: unknown): string | null {
  return typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : null;
}

function shorten(value: unknown, max = 80): string {
  const text = str(value);
  if (text === null || text === "") return "—";
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function isMembership(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function targetHref(entry: AuditListEntry): string | null {
  if (entry.targetType === "user") return `/admin/users/${entry.targetId}`;
  if (entry.targetType === "enterprise") return `/admin/enterprises/${entry.targetId}`;
  if (entry.targetType === "commerceRules") return "/admin/rules";
  const userId = str(entry.details.userId);
  return entry.targetType === "hostApplication" && userId ? `/admin/users/${userId}` : null;
}

export async function AuditList({ entries, emptyText }: { entries: AuditListEntry[]; emptyText: string }) {
  const t = await getTranslations("adminConsole.audit");
  const tRoles = await getTranslations("auth.roles");
  const tMember = await getTranslations("adminConsole.memberRoles");
  const tStatus = await getTranslations("adminConsole.enterpriseStatus");
  const tFields = await getTranslations("adminConsole.enterprises.fields");
  const format = await getFormatter();
  const locale = await getLocale();
  /** A bilingual name kept in the entry (`label`/`labelEn`, `enterprise`/`enterpriseEn`), in the page's language. */
  const name = (details: Record<string, unknown>, zhKey: string, enKey: string, max = 60) =>
    shorten(locale === "en" && str(details[enKey]) ? details[enKey] : details[zhKey], max);

  if (entries.length === 0) return <p className="rounded-xl bg-white px-4 py-6 text-center text-sm text-ink-soft">{emptyText}</p>;

  const role = (value: unknown) => {
    const key = str(value);
    return key && tRoles.has(key) ? tRoles(key) : shorten(value);
  };
  const memberRole = (value: unknown) => {
    const key = str(value);
    return key && tMember.has(key) ? tMember(key) : shorten(value);
  };
  const status = (value: unknown) => {
    const key = str(value);
    return key && tStatus.has(key) ? tStatus(key) : shorten(value);
  };

  function change(label: string, before: string, after: string): ReactNode {
    return (
      <>
        <span className="text-ink-soft">{t("fieldLabel", { field: label })}</span>
        <span className="line-through decoration-ink-soft/50">{before}</span> → <span className="font-medium">{after}</span>
      </>
    );
  }

  function detailLines(entry: AuditListEntry): ReactNode[] {
    const d = entry.details;
    const lines: ReactNode[] = [];
    switch (entry.action) {
      case "enterprise.created":
        lines.push(t("labelled", { label: t("slug"), value: `/enterprises/${shorten(d.slug)}` }));
        break;
      case "enterprise.updated": {
        const before = (d.before ?? {}) as Record<string, unknown>;
        const after = (d.after ?? {}) as Record<string, unknown>;
        for (const field of ENTERPRISE_FIELDS) if (field in after) lines.push(change(tFields(field), shorten(before[field]), shorten(after[field])));
        break;
      }
      case "enterprise.status.changed":
        lines.push(change(t("status"), status(d.before), status(d.after)));
        break;
      case "user.role.changed":
        lines.push(change(t("role"), role(d.before), role(d.after)));
        if (isMembership(d.addedMembership)) lines.push(t("alsoJoined", { enterprise: name(d.addedMembership, "enterprise", "enterpriseEn"), role: memberRole(d.addedMembership.role) }));
        if (Array.isArray(d.removedMemberships) && d.removedMemberships.length) {
          const names = d.removedMemberships.filter(isMembership).map((m) => name(m, "enterprise", "enterpriseEn"));
          lines.push(t("alsoLeft", { enterprises: format.list(names) }));
        }
        break;
      case "user.membership.added":
      case "user.membership.removed":
        lines.push(t("labelled", { label: t("memberRole"), value: memberRole(d.role) }));
        break;
      case "user.membership.changed":
        lines.push(change(t("memberRole"), memberRole(d.before), memberRole(d.after)));
        break;
      case "hostApplication.approved":
      case "hostApplication.rejected":
        if (str(d.before) !== str(d.after)) lines.push(change(t("role"), role(d.before), role(d.after)));
        else if (entry.action === "hostApplication.approved") lines.push(t("roleKept", { role: role(d.after) }));
        break;
      case "user.disabled":
      case "user.enabled":
        break;
      default:
        lines.push(<code className="break-all text-xs">{JSON.stringify(d)}</code>);
    }
    const note = str(d.note);
    if (note) lines.push(t("labelled", { label: t("note"), value: note }));
    return lines;
  }

  return (
    <ol className="divide-y divide-porcelain-deep overflow-hidden rounded-xl bg-white">
      {entries.map((entry) => {
        const known = (AUDIT_ACTIONS as readonly string[]).includes(entry.action);
        const label = name(entry.details, "label", "labelEn");
        const summary = known ? t(`summary.${entry.action}` as "summary.user.disabled", { label, enterprise: name(entry.details, "enterprise", "enterpriseEn") }) : entry.action;
        const href = targetHref(entry);
        const lines = detailLines(entry);
        return (
          <li key={entry.id} className="grid gap-1 px-4 py-3 sm:grid-cols-[11rem_1fr] sm:gap-4" data-testid="audit-entry" data-action={entry.action}>
            <div className="text-xs text-ink-soft">
              <time dateTime={entry.createdAt.toISOString()}>{format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
              <p className="truncate">{entry.actor?.name ?? t("system")}</p>
            </div>
            <div className="min-w-0 text-sm">
              <p>
                {href ? (
                  <Link href={href} className="text-cobalt-700 hover:underline">
                    {summary}
                  </Link>
                ) : (
                  summary
                )}
              </p>
              {lines.length > 0 && (
                <ul className="mt-1 space-y-0.5 text-xs text-ink">
                  {lines.map((line, index) => (
                    <li key={index} className="break-words">
                      {line}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
