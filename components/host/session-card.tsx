import { useFormatter, useLocale, useTranslations } from "next-intl";
import { LineThumb } from "@/components/orders/line-thumb";
import { linkClass, secondaryButtonClass } from "@/components/warehouse/ui";
import { Link } from "@/i18n/navigation";
import type { HostSession } from "@/lib/live/figures";
import { formatFen, type Locale } from "@/lib/money/format";
import { SessionStatusBadge } from "./session-status";

/** One session in the host's list: when, how, its status, and what it sold. */
export function SessionCard({ session }: { session: HostSession }) {
  const t = useTranslations("hostConsole");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const figures = [
    { key: "orders", label: t("figures.orders"), value: format.number(session.orders) },
    { key: "gmv", label: t("figures.gmv"), value: formatFen(session.gmvFen, locale) },
    { key: "earnings", label: t("figures.earnings"), value: formatFen(session.hostEarningsFen, locale) },
    { key: "peak", label: t("figures.peakViewers"), value: format.number(session.peakViewers) },
  ];
  return (
    <li className="flex flex-col gap-4 py-4 first:pt-0 last:pb-0 md:flex-row md:items-center" data-testid="host-session">
      <div className="flex min-w-0 flex-1 items-start gap-4">
        <LineThumb image={session.coverUrl ? { url: session.coverUrl } : null} alt="" size={72} />
        <div className="min-w-0">
          <p className="flex flex-wrap items-center gap-2">
            <Link href={`/host/sessions/${session.id}`} className="font-medium text-cobalt-900 underline-offset-2 hover:underline">
              {session.title}
            </Link>
            <SessionStatusBadge status={session.status} scheduledAt={session.scheduledAt} />
          </p>
          <p className="mt-1 text-sm text-ink-soft">
            {format.dateTime(session.scheduledAt, { dateStyle: "medium", timeStyle: "short" })} · {t(`ingest.${session.ingest}`)}
          </p>
          <Link href={`/live/${session.id}`} className={`${linkClass} text-xs`}>
            {t("sessions.publicRoom")}
          </Link>
        </div>
      </div>
      <dl className="grid grid-cols-4 gap-3 text-sm md:w-[26rem] md:shrink-0">
        {figures.map((figure) => (
          <div key={figure.key} className="min-w-0" data-testid={`session-${figure.key}`}>
            <dt className="truncate text-xs text-ink-soft">{figure.label}</dt>
            <dd className="truncate font-medium tabular-nums text-cobalt-900">{figure.value}</dd>
          </div>
        ))}
      </dl>
      <Link href={`/host/sessions/${session.id}`} className={`${secondaryButtonClass} justify-center md:w-32 md:shrink-0`} aria-label={t("sessions.openNamed", { title: session.title })}>
        {session.status === "LIVE" || session.status === "SCHEDULED" ? t("sessions.open") : t("sessions.review")}
      </Link>
    </li>
  );
}
