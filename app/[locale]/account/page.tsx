import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm, HostApplicationForm, SignOutButton } from "@/components/auth/account-forms";
import { ReminderList } from "@/components/live/reminder-list";
import { Link } from "@/i18n/navigation";
import { latestHostApplication } from "@/lib/auth/host-applications";
import { canEnterArea } from "@/lib/auth/policy";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { remindersOf } from "@/lib/live/reminders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("account"), robots: { index: false } };
}

const CONSOLES = [
  { area: "host", href: "/host" },
  { area: "enterprise", href: "/enterprise" },
  { area: "warehouse", href: "/warehouse" },
  { area: "admin", href: "/admin" },
] as const;

export default async function AccountPage({ params }: PageProps<"/[locale]/account">) {
  const { locale } = await params;
  const actor = await requirePage("/account", locale);
  const t = await getTranslations("auth");
  const tc = await getTranslations();
  const [application, reminders] = await Promise.all([
    actor.role === "SHOPPER" ? latestHostApplication(db(), actor.id) : null,
    remindersOf(db(), actor.id),
  ]);
  const consoles = CONSOLES.filter((c) => canEnterArea(actor, c.area));
  return (
    <div className="mx-auto max-w-2xl space-y-8 px-4 py-10">
      <header className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="font-serif text-2xl text-cobalt-900">{t("account")}</h1>
          <p className="mt-1 text-sm text-ink-soft">
            {t("signedInAs", { name: actor.name })} · {t(`roles.${actor.role}`)}
          </p>
        </div>
        <SignOutButton label={t("signOut")} />
      </header>
      <nav className="flex flex-wrap gap-3 text-sm">
        <Link href="/orders" className="rounded-full bg-white px-4 py-2 ring-1 ring-celadon-100 hover:ring-cobalt-500">
          {tc("orders.list.accountLink")} →
        </Link>
        <Link href="/account/addresses" className="rounded-full bg-white px-4 py-2 ring-1 ring-celadon-100 hover:ring-cobalt-500">
          {tc("addresses.accountLink")} →
        </Link>
      </nav>
      {consoles.length > 0 && (
        <nav className="flex flex-wrap gap-3">
          {consoles.map((c) => (
            <Link key={c.area} href={c.href} className="rounded-full bg-cobalt-700 px-4 py-2 text-sm font-medium text-white hover:bg-cobalt-900">
              {t(`consoles.${c.area}`)} →
            </Link>
          ))}
        </nav>
      )}
      <ReminderList reminders={reminders} />
      <section className="rounded-2xl bg-white p-6">
        <h2 className="mb-4 font-medium">{t("changePassword")}</h2>
        <ChangePasswordForm />
      </section>
      {actor.role === "SHOPPER" && (
        <section className="rounded-2xl bg-white p-6">
          <h2 className="mb-2 font-medium">{t("hostApplication.title")}</h2>
          {application?.status === "PENDING" ? (
            <p className="text-sm text-ink-soft">{t("hostApplication.pending")}</p>
          ) : (
            <>
              <p className="mb-4 text-sm text-ink-soft">{t("hostApplication.body")}</p>
              {application?.status === "REJECTED" && <p className="mb-3 text-sm text-cinnabar">{t("hostApplication.rejected")}</p>}
              <HostApplicationForm />
            </>
          )}
        </section>
      )}
    </div>
  );
}
