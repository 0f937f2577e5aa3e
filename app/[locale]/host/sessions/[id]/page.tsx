import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { ChatPanel } from "@/components/host/chat-panel";
import { DealForm, RunningDeals } from "@/components/host/deal-panel";
import { hostShell, rtmpIngestUrl } from "@/components/host/host-page";
import { LineupBoard } from "@/components/host/lineup-board";
import { LiveEventsProvider } from "@/components/host/live-events";
import { LiveFigures } from "@/components/host/live-figures";
import { SessionControls, StreamPanel } from "@/components/host/session-controls";
import { SessionStatusBadge } from "@/components/host/session-status";
import { Badge, linkClass, num, Panel, TableFrame, td, th } from "@/components/warehouse/ui";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { localize } from "@/lib/i18n/localize";
import { CHAT_MAX_LENGTH, mutedViewers, recentChat } from "@/lib/live/chat";
import { activeDeals, DEAL_LIMITS, sessionDeals } from "@/lib/live/deals";
import { latestLiveEventId } from "@/lib/live/events";
import { sessionFigures } from "@/lib/live/figures";
import { LINEUP_MAX } from "@/lib/live/sessions";
import { formatFen, type Locale } from "@/lib/money/format";
import { controlRoomSession } from "@/lib/live/host-console";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("hostConsole");
  return { title: `${t("room.title")} · ${t("title")}`, robots: { index: false } };
}

/**
 * A session's control room, for its own host only (any other session is "not found"): the video
 * source, going live and ending, the line-up with one-click pins, flash deals, chat moderation and
 * the figures, kept current by the session's event stream.
 */
export default async function ControlRoomPage({ params }: PageProps<"/[locale]/host/sessions/[id]">) {
  const { locale, id } = await params;
  const actor = await requirePage("/host/sessions/[id]", locale, `/host/sessions/${id}`);
  // The stream resumes after the newest event read here, before anything else is: whatever
  // happens while the page is rendered then arrives over the stream (at worst twice, never lost).
  const lastEventId = id.length <= 64 ? await latestLiveEventId(db(), id) : null;
  const session = await controlRoomSession(db(), id, actor.id);
  if (!session) notFound();
  // Running deals first: reading them ends the lapsed ones, which the history then shows ended.
  const running = await activeDeals(db(), session.id);
  const [figures, deals, chat, muted] = await Promise.all([sessionFigures(db(), session.id), sessionDeals(db(), session.id), recentChat(db(), session.id, 100), mutedViewers(db(), session.id)]);
  const [t, format] = await Promise.all([getTranslations("hostConsole"), getFormatter()]);
  const live = session.status === "LIVE";
  const open = live || session.status === "SCHEDULED";
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const past = deals.filter((deal) => deal.status === "ENDED");

  return (
    <ConsoleShell {...await hostShell()}>
      <Link href="/host" className="mb-2 inline-block text-sm text-ink-soft hover:text-cobalt-700">
        ← {t("room.back")}
      </Link>
      <ConsoleHeading title={session.title}>
        <SessionStatusBadge status={session.status} scheduledAt={session.scheduledAt} />
        <Link href={`/live/${session.id}`} target="_blank" className={`${linkClass} text-sm`}>
          {t("room.publicRoom")} ↗
        </Link>
      </ConsoleHeading>
      <p className="-mt-3 mb-6 text-sm text-ink-soft">
        {t("room.scheduledFor", { when: when(session.scheduledAt) })} · {t(`ingest.${session.ingest}`)}
        {session.startedAt && ` · ${t("room.startedAt", { when: when(session.startedAt) })}`}
        {session.endedAt && ` · ${t("room.endedAt", { when: when(session.endedAt) })}`}
      </p>

      <LiveEventsProvider sessionId={session.id} lastEventId={lastEventId === null ? null : lastEventId.toString()}>
        {figures && <LiveFigures figures={figures} live={live} />}
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start">
          <div className="min-w-0 space-y-6">
            <Panel title={t("room.video")} id="room-video">
              <p className="mb-4 text-sm text-ink-soft">{t(`room.explain.${session.status === "SCHEDULED" ? `SCHEDULED_${session.ingest}` : session.status}`)}</p>
              <div className="space-y-5">
                <SessionControls sessionId={session.id} status={session.status} ingest={session.ingest} />
                <StreamPanel
                  sessionId={session.id}
                  status={session.status}
                  ingest={session.ingest}
                  rtmpUrl={rtmpIngestUrl()}
                  streamKeyHint={session.streamKeyHint}
                  playbackUrl={session.playbackUrl}
                />
              </div>
            </Panel>

            <Panel title={t("lineup.title")} id="room-lineup">
              <LineupBoard sessionId={session.id} lineup={session.lineup} pinnedProductId={session.pinnedProductId} live={live} editable={open} max={LINEUP_MAX} />
            </Panel>

            <Panel title={t("deals.title")} id="room-deals">
              <div className="space-y-6">
                {live ? (
                  <DealForm sessionId={session.id} lineup={session.lineup} limits={{ maxQuota: DEAL_LIMITS.maxQuota, maxPerBuyer: DEAL_LIMITS.maxPerBuyer, maxMinutes: DEAL_LIMITS.maxSeconds / 60 }} />
                ) : (
                  <p className="text-sm text-ink-soft">{t("deals.whenLive")}</p>
                )}
                <div>
                  <h3 className="mb-2 text-sm font-medium">{t("deals.running")}</h3>
                  <RunningDeals deals={running} />
                </div>
                {past.length > 0 && (
                  <div>
                    <h3 className="mb-2 text-sm font-medium">{t("deals.history")}</h3>
                    <TableFrame label={t("deals.history")}>
                      <thead>
                        <tr>
                          <th scope="col" className={th}>{t("deals.product")}</th>
                          <th scope="col" className={`${th} ${num}`}>{t("deals.price")}</th>
                          <th scope="col" className={`${th} ${num}`}>{t("deals.quota")}</th>
                          <th scope="col" className={`${th} ${num}`}>{t("deals.claimed")}</th>
                          <th scope="col" className={`${th} ${num}`}>{t("deals.ordered")}</th>
                          <th scope="col" className={`${th} ${num}`}>{t("deals.returned")}</th>
                          <th scope="col" className={th}>{t("deals.startedAt")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {past.map((deal) => (
                          <tr key={deal.dealId} data-testid="past-deal">
                            <td className={td}>
                              {localize(locale, deal.productNameZh, deal.productNameEn)}
                              <span className="block text-xs text-ink-soft">{localize(locale, deal.variantNameZh, deal.variantNameEn)}</span>
                            </td>
                            <td className={`${td} ${num}`}>{formatFen(deal.priceFen, locale as Locale)}</td>
                            <td className={`${td} ${num}`}>{deal.quota}</td>
                            <td className={`${td} ${num}`}>{deal.claimed}</td>
                            <td className={`${td} ${num}`}>{deal.ordered}</td>
                            <td className={`${td} ${num}`}>{deal.returned}</td>
                            <td className={`${td} whitespace-nowrap text-xs`}>{format.dateTime(deal.startsAt, { timeStyle: "short" })}</td>
                          </tr>
                        ))}
                      </tbody>
                    </TableFrame>
                  </div>
                )}
              </div>
            </Panel>
          </div>

          <aside className="min-w-0 lg:sticky lg:top-20">
            <Panel title={t("chat.title")} id="room-chat" actions={muted.length > 0 ? <Badge tone="warn">{t("chat.mutedCount", { count: muted.length })}</Badge> : undefined}>
              <ChatPanel sessionId={session.id} hostId={actor.id} initial={chat} muted={muted} open={open} maxLength={CHAT_MAX_LENGTH} />
            </Panel>
          </aside>
        </div>
      </LiveEventsProvider>
    </ConsoleShell>
  );
}
