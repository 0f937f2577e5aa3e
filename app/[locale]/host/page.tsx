import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { hostShell } from "@/components/host/host-page";
import { SessionCard } from "@/components/host/session-card";
import { shownStatus } from "@/components/host/session-status";
import { buttonClass, EmptyLine, Panel, Stat } from "@/components/warehouse/ui";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { hostSessions } from "@/lib/live/figures";
import { formatFen, type Locale } from "@/lib/money/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("hostConsole");
  return { title: `${t("sessions.title")} · ${t("title")}`, robots: { index: false } };
}

/** The host's sessions: live now, upcoming (soonest first) and past, each with its sales and audience. */
export default async function HostSessionsPage({ params }: PageProps<"/[locale]/host">) {
  const { locale } = await params;
  const actor = await requirePage("/host", locale);
  const [sessions, t, format] = await Promise.all([hostSessions(db(), actor.id), getTranslations("hostConsole"), getFormatter()]);
  const now = Date.now();
  const live = sessions.filter((s) => s.status === "LIVE");
  const upcoming = sessions.filter((s) => shownStatus(s.status, s.scheduledAt, now) === "SCHEDULED").reverse();
  const past = sessions.filter((s) => !live.includes(s) && !upcoming.includes(s));
  const total = (pick: (s: (typeof sessions)[number]) => number) => sessions.reduce((sum, s) => sum + pick(s), 0);
  const groups = [
    { key: "live", items: live },
    { key: "upcoming", items: upcoming },
    { key: "past", items: past },
  ] as const;

  return (
    <ConsoleShell {...await hostShell()}>
      <ConsoleHeading title={t("sessions.title")}>
        <Link href="/host/sessions/new" className={buttonClass}>
          {t("sessions.schedule")}
        </Link>
      </ConsoleHeading>
      <p className="mb-6 max-w-prose text-sm text-ink-soft">{t("sessions.intro", { name: actor.name })}</p>
      <div className="mb-8 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat label={t("sessions.totalSessions")} value={format.number(sessions.length)} />
        <Stat label={t("figures.orders")} value={format.number(total((s) => s.orders))} />
        <Stat label={t("figures.gmv")} value={formatFen(total((s) => s.gmvFen), locale as Locale)} />
        <Stat label={t("figures.earnings")} value={formatFen(total((s) => s.hostEarningsFen), locale as Locale)} />
      </div>
      {sessions.length === 0 ? (
        <EmptyLine>{t("sessions.none")}</EmptyLine>
      ) : (
        <div className="space-y-6">
          {groups
            .filter((group) => group.items.length > 0)
            .map((group) => (
              <Panel key={group.key} title={t(`sessions.${group.key}`)} id={`sessions-${group.key}`}>
                <ul className="divide-y divide-porcelain-deep" data-testid={`sessions-${group.key}`}>
                  {group.items.map((session) => (
                    <SessionCard key={session.id} session={session} />
                  ))}
                </ul>
              </Panel>
            ))}
        </div>
      )}
    </ConsoleShell>
  );
}
