import Image from "next/image";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { localize } from "@/lib/i18n/localize";
import type { SessionCard as Card } from "@/lib/live/listing";
import { RemindButton } from "./remind-button";
import { StatusBadge } from "./status-badge";

const WHEN = { month: "long", day: "numeric", weekday: "short", hour: "2-digit", minute: "2-digit" } as const;

/**
 * A session in the listing: cover with its state, title, host, time (village time), the first
 * pieces of its line-up, and "remind me" for one to come.
 */
export async function SessionCard({ session, signedIn, priority = false }: { session: Card; signedIn: boolean; priority?: boolean }) {
  const t = await getTranslations("live.card");
  const format = await getFormatter();
  const locale = await getLocale();
  const href = `/live/${session.id}`;
  const when =
    session.status === "LIVE" && session.startedAt
      ? t("startedAt", { time: format.dateTime(new Date(session.startedAt), { hour: "2-digit", minute: "2-digit" }) })
      : session.status === "ENDED" && session.endedAt
        ? t("endedAt", { time: format.dateTime(new Date(session.endedAt), WHEN) })
        : t("startsAt", { time: format.dateTime(new Date(session.scheduledAt), WHEN) });

  return (
    <article className="group relative flex h-full flex-col overflow-hidden rounded-3xl bg-white shadow-sm ring-1 ring-porcelain-deep" data-testid="session-card">
      <div className="relative aspect-[4/3] overflow-hidden bg-cobalt-900">
        {session.cover && (
          <Image
            src={session.cover.url}
            alt={localize(locale, session.cover.altZh, session.cover.altEn)}
            fill
            priority={priority}
            sizes="(min-width: 1024px) 30vw, (min-width: 640px) 45vw, 92vw"
            unoptimized
            className="object-cover transition duration-300 group-hover:scale-[1.03]"
          />
        )}
        <div className="absolute inset-0 bg-gradient-to-t from-black/55 via-transparent to-transparent" />
        <div className="absolute left-3 top-3">
          <StatusBadge status={session.status} />
        </div>
        <p className="absolute inset-x-3 bottom-3 text-sm font-medium text-white" data-testid="session-time">
          {when}
        </p>
      </div>
      <div className="flex flex-1 flex-col gap-3 p-4">
        <div>
          <h3 className="font-serif text-lg leading-snug text-cobalt-900">
            <Link href={href} className="after:absolute after:inset-0">
              {session.title}
            </Link>
          </h3>
          <p className="mt-1 text-sm text-ink-soft">{session.hostName}</p>
        </div>
        {session.lineup.length > 0 && (
          <div className="flex items-center gap-2">
            <ul className="flex -space-x-2" aria-label={t("lineup", { count: session.lineupCount })}>
              {session.lineup.map((product) => (
                <li key={product.id} className="relative h-10 w-10 overflow-hidden rounded-full bg-porcelain-deep ring-2 ring-white">
                  {product.image && <Image src={product.image.url} alt={localize(locale, product.nameZh, product.nameEn)} fill sizes="40px" unoptimized className="object-cover" />}
                </li>
              ))}
            </ul>
            <span className="text-xs text-ink-soft">{t("lineup", { count: session.lineupCount })}</span>
          </div>
        )}
        <div className="relative z-10 mt-auto flex flex-wrap items-center gap-2">
          {session.status === "SCHEDULED" ? (
            <RemindButton sessionId={session.id} reminded={session.reminded} signedIn={signedIn} signInHref="/login?next=%2Flive" />
          ) : (
            <Link href={href} className={`inline-flex h-9 items-center rounded-full px-4 text-sm font-medium ${session.status === "LIVE" ? "bg-cinnabar text-white hover:bg-cinnabar/90" : "border border-cobalt-700 text-cobalt-700 hover:bg-cobalt-50"}`}>
              {session.status === "LIVE" ? t("watch") : t("watchReplay")}
            </Link>
          )}
        </div>
      </div>
    </article>
  );
}
