import Image from "next/image";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SectionHeading } from "@/components/ui/section-heading";
import { Link } from "@/i18n/navigation";
import { localize } from "@/lib/i18n/localize";
import type { SessionCard } from "@/lib/live/listing";
import { StatusBadge } from "./status-badge";

/** The home page's strip of live sessions: what is on now, then what comes next. Nothing when there is neither. */
export async function HomeLiveSection({ sessions }: { sessions: SessionCard[] }) {
  if (sessions.length === 0) return null;
  const t = await getTranslations("live.home");
  const format = await getFormatter();
  const locale = await getLocale();
  return (
    <section className="mx-auto max-w-6xl px-4 pt-10" data-testid="home-live">
      <SectionHeading title={t("title")} href="/live" linkLabel={t("all")} />
      <ul className="-mx-4 flex snap-x gap-3 overflow-x-auto px-4 pb-2 md:mx-0 md:grid md:grid-cols-3 md:overflow-visible md:px-0">
        {sessions.map((session) => (
          <li key={session.id} className="w-[85%] shrink-0 snap-start md:w-auto">
            <article className="relative flex h-full gap-3 rounded-2xl bg-white p-3 shadow-sm ring-1 ring-porcelain-deep">
              <div className="relative aspect-[3/4] w-24 shrink-0 overflow-hidden rounded-xl bg-cobalt-900">
                {session.cover && <Image src={session.cover.url} alt={localize(locale, session.cover.altZh, session.cover.altEn)} fill sizes="96px" unoptimized className="object-cover" />}
                <span className="absolute left-1.5 top-1.5">
                  <StatusBadge status={session.status} />
                </span>
              </div>
              <div className="flex min-w-0 flex-col">
                <h3 className="line-clamp-2 font-medium leading-snug text-cobalt-900">
                  <Link href={`/live/${session.id}`} className="after:absolute after:inset-0">
                    {session.title}
                  </Link>
                </h3>
                <p className="mt-1 truncate text-xs text-ink-soft">{session.hostName}</p>
                <p className="mt-auto pt-2 text-sm font-medium text-cinnabar">
                  {session.status === "LIVE"
                    ? t("watchNow")
                    : t("startsAt", { time: format.dateTime(new Date(session.scheduledAt), { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" }) })}
                </p>
                <p className="text-xs text-ink-soft">{t("lineup", { count: session.lineupCount })}</p>
              </div>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
