import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/admin-shell";
import { FilterActions } from "@/components/admin/filter-actions";
import { Badge, roleTone } from "@/components/admin/badges";
import { inputClass } from "@/components/admin/styles";
import { listHref, Pager } from "@/components/admin/pager";
import { ConsoleHeading } from "@/components/console/console-shell";
import { Link } from "@/i18n/navigation";
import { searchParamsObject, USER_ROLES, userListQuerySchema } from "@/lib/admin/schemas";
import { listUsers } from "@/lib/admin/users";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { localize } from "@/lib/i18n/localize";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminConsole");
  return { title: `${t("users.title")} · ${t("title")}`, robots: { index: false } };
}

export default async function AdminUsersPage({ params, searchParams }: PageProps<"/[locale]/admin/users">) {
  const { locale } = await params;
  await requirePage("/admin/users", locale);
  const query = userListQuerySchema.parse(searchParamsObject(await searchParams));
  const t = await getTranslations("adminConsole");
  const tRoles = await getTranslations("auth.roles");
  const result = await listUsers(db(), query);
  const filtered = !!query.q || !!query.role;
  return (
    <AdminShell>
      <ConsoleHeading title={t("users.title")} />
      <form method="get" role="search" aria-label={t("users.searchLabel")} className="mb-5 grid gap-3 rounded-2xl bg-white p-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
        <div className="space-y-1">
          <label htmlFor="users-q" className="block text-sm font-medium">
            {t("users.search")}
          </label>
          <input id="users-q" name="q" type="search" defaultValue={query.q} placeholder={t("users.searchPlaceholder")} className={inputClass} />
        </div>
        <div className="space-y-1">
          <label htmlFor="users-role" className="block text-sm font-medium">
            {t("users.role")}
          </label>
          <select id="users-role" name="role" defaultValue={query.role ?? ""} className={inputClass}>
            <option value="">{t("common.all")}</option>
            {USER_ROLES.map((role) => (
              <option key={role} value={role}>
                {tRoles(role)}
              </option>
            ))}
          </select>
        </div>
        <FilterActions clearHref="/admin/users" filtered={filtered} />
      </form>
      <p className="mb-3 text-sm text-ink-soft" data-testid="users-count">
        {t("users.count", { count: result.total })}
      </p>
      {result.items.length === 0 ? (
        <p className="rounded-xl bg-white px-4 py-6 text-center text-sm text-ink-soft">{t("users.none")}</p>
      ) : (
        <ul className="divide-y divide-porcelain-deep overflow-hidden rounded-xl bg-white">
          {result.items.map((user) => (
            <li key={user.id}>
              <Link
                href={`/admin/users/${user.id}`}
                className="grid gap-1 px-4 py-3 hover:bg-cobalt-50/60 focus-visible:bg-cobalt-50 sm:grid-cols-[minmax(0,1.4fr)_minmax(0,1.4fr)_minmax(0,1fr)] sm:items-center sm:gap-4"
              >
                <span className="min-w-0">
                  <span className="block truncate font-medium text-cobalt-900">{user.name}</span>
                  <span className="block truncate text-xs text-ink-soft">{[user.email, user.phone].filter(Boolean).join(" · ")}</span>
                </span>
                <span className="flex flex-wrap items-center gap-1">
                  <Badge tone={roleTone(user.role)}>{tRoles(user.role)}</Badge>
                  {user.disabled && <Badge tone="warn">{t("users.disabledBadge")}</Badge>}
                </span>
                <span className="truncate text-xs text-ink-soft">
                  {user.memberships.map((m) => t("users.membershipShort", { enterprise: localize(locale, m.enterprise.nameZh, m.enterprise.nameEn), role: t(`memberRoles.${m.role}`) })).join(" · ")}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pager page={result.page} pageCount={result.pageCount} href={(page) => listHref("/admin/users", { q: query.q, role: query.role, page })} />
    </AdminShell>
  );
}
