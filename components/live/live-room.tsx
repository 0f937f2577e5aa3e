"use client";

import Image from "next/image";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { type RefObject, useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { Link } from "@/i18n/navigation";
import { localize } from "@/lib/i18n/localize";
import type { LiveRoom, RoomProduct } from "@/lib/live/listing";
import { ChatComposer, ChatList } from "./chat";
import { clockOf, Countdown } from "./countdown";
import { DealCard } from "./deal-card";
import { compactCount, LikeButton } from "./like-button";
import { Player, type PlayerClock } from "./player";
import { ProductOffer } from "./product-offer";
import { PurchaseNotices } from "./purchase-notices";
import { RemindButton } from "./remind-button";
import { ReplayTimeline } from "./replay-timeline";
import { isNewerEvent, pinIndexAt, releaseDue, type RoomEvent, roomReducer, type RoomState, type Waiting, waitsForVideo } from "./room-state";
import { Shelf, ShelfButton } from "./shelf";
import { StatusBadge } from "./status-badge";
import { useLiveEvents } from "./use-live-events";

/** How often held events are checked against the video's position. */
const SYNC_TICK_MS = 250;

export interface LiveRoomViewProps {
  room: LiveRoom;
  signedIn: boolean;
  signInHref: string;
  chatMaxLength: number;
  likesPerCall: number;
}

function initialState(room: LiveRoom): RoomState {
  return {
    status: room.status,
    startedAt: room.startedAt,
    playbackUrl: room.playbackUrl,
    replayUrl: room.replayUrl,
    pinnedProductId: room.pinnedProductId,
    deals: room.deals,
    stock: {},
    chat: room.chat,
    likeCount: room.likeCount,
    viewers: room.viewers,
    notices: [],
  };
}

/**
 * The live room. On a phone: the video fills the screen with the host bar on top, the pinned
 * product and deals at the bottom left, chat and its input at the bottom, and the shelf as a
 * bottom sheet. On a desktop: the video on the left, a side panel with the same parts on the
 * right. State comes from the server's render and then from the session's event stream; events
 * that belong to a moment on the video wait until this viewer's (delayed) video reaches it.
 */
export function LiveRoomView({ room, signedIn, signInHref, chatMaxLength, likesPerCall }: LiveRoomViewProps) {
  const t = useTranslations("live.room");
  const locale = useLocale();
  const format = useFormatter();
  const [state, dispatch] = useReducer(roomReducer, room, initialState);
  const [shelfOpen, setShelfOpen] = useState(false);
  const [replayAt, setReplayAt] = useState(0);
  const [replayLength, setReplayLength] = useState<number | null>(null);
  const onReplayTime = useCallback((offsetMs: number, durationMs: number | null) => {
    setReplayAt(offsetMs);
    setReplayLength(durationMs);
  }, []);
  const clockRef = useRef<PlayerClock | null>(null);
  const waiting = useRef<Waiting[]>([]);
  const seenUpTo = useRef(room.latestEventId);

  const onEvent = useCallback((event: RoomEvent) => {
    if (!isNewerEvent(event.id, seenUpTo.current)) return;
    seenUpTo.current = event.id;
    if (waitsForVideo(event)) waiting.current.push({ event, arrivedAt: Date.now() });
    else dispatch({ kind: "event", event });
  }, []);
  useLiveEventsWhileOpen(room, onEvent);

  useEffect(() => {
    const timer = setInterval(() => {
      if (waiting.current.length === 0) return;
      const step = releaseDue(waiting.current, clockRef.current?.playingOffsetMs() ?? null, Date.now());
      waiting.current = step.waiting;
      for (const event of step.due) dispatch({ kind: "event", event });
    }, SYNC_TICK_MS);
    return () => clearInterval(timer);
  }, []);

  const products = useMemo(() => new Map(room.products.map((p) => [p.id, p])), [room.products]);
  const replaying = state.status === "ENDED" && state.replayUrl !== null;
  const replayIndex = replaying ? pinIndexAt(room.timeline, replayAt) : null;
  const pinnedId = state.status === "ENDED" ? (replayIndex === null ? null : (room.timeline[replayIndex]?.productId ?? null)) : state.pinnedProductId;
  const pinned = pinnedId ? products.get(pinnedId) : undefined;
  const chatOpen = state.status === "SCHEDULED" || state.status === "LIVE";
  const likeable = chatOpen;
  const dismiss = useCallback((id: string) => dispatch({ kind: "notice.dismiss", id }), []);
  const onLikes = useCallback((likeCount: number) => dispatch({ kind: "likes.counted", likeCount }), []);
  const onRemaining = useCallback((dealId: string, remaining: number) => dispatch({ kind: "deal.remaining", dealId, remaining }), []);

  return (
    <div
      data-testid="live-room"
      data-status={state.status}
      className="fixed inset-0 z-40 overflow-hidden bg-cobalt-900 md:relative md:inset-auto md:z-auto md:mx-auto md:grid md:h-[calc(100dvh-4.5rem)] md:min-h-[560px] md:max-w-7xl md:grid-cols-[minmax(0,1fr)_380px] md:gap-5 md:bg-transparent md:px-4 md:py-5 lg:grid-cols-[minmax(0,1fr)_420px]"
    >
      <section className="absolute inset-0 md:relative md:overflow-hidden md:rounded-3xl md:bg-cobalt-900" aria-label={room.title}>
        <Stage
          room={room}
          state={state}
          signedIn={signedIn}
          signInHref={signInHref}
          clockRef={clockRef}
          onReplayTime={onReplayTime}
        />
        <header className="absolute inset-x-0 top-0 z-10 flex items-center gap-2 bg-gradient-to-b from-black/60 to-transparent px-3 pb-8 pt-[max(env(safe-area-inset-top),0.75rem)] text-white">
          <Link href="/live" aria-label={t("back")} className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-black/30 md:hidden">
            <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
              <path d="m12 4-6 6 6 6" />
            </svg>
          </Link>
          <div className="flex min-w-0 items-center gap-2 rounded-full bg-black/30 py-1 pl-1 pr-3">
            <span className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-celadon-100 text-sm font-semibold text-cobalt-900" aria-hidden="true">
              {room.hostName.slice(0, 1)}
            </span>
            <span className="min-w-0">
              <span className="block truncate text-sm font-semibold leading-tight" data-testid="host-name">
                {room.hostName}
              </span>
              <span className="block truncate text-[11px] leading-tight text-white/80">{room.title}</span>
            </span>
          </div>
          <div className="ml-auto flex shrink-0 items-center gap-1.5 text-xs">
            <StatusBadge status={state.status} replay={replaying} />
            {state.status === "LIVE" && (
              <span className="rounded-full bg-black/30 px-2 py-1 tabular-nums" data-testid="viewer-count">
                {t("viewers", { count: state.viewers })}
              </span>
            )}
            <span className="hidden rounded-full bg-black/30 px-2 py-1 tabular-nums sm:inline">{t("likes", { count: compactCount(state.likeCount, locale) })}</span>
          </div>
        </header>
        <div className="absolute left-3 top-20 z-10">
          <PurchaseNotices notices={state.notices} onDismiss={dismiss} />
        </div>
      </section>

      <aside className="absolute inset-x-0 bottom-0 z-10 flex max-h-[80%] flex-col gap-2 bg-gradient-to-t from-black/70 via-black/35 to-transparent px-3 pb-[max(env(safe-area-inset-bottom),0.75rem)] pt-12 md:static md:max-h-none md:min-h-0 md:gap-3 md:overflow-y-auto md:bg-none md:p-0">
        {(state.deals.length > 0 || pinned) && (
          <div className="flex w-[17.5rem] max-w-[78%] flex-col gap-2 md:w-full md:max-w-none">
            {state.deals.map((deal) => (
              <DealCard key={deal.dealId} deal={deal} signedIn={signedIn} signInHref={signInHref} onRemaining={onRemaining} />
            ))}
            {pinned && <ProductOffer key={pinned.id} product={pinned} sessionId={room.id} pinned />}
          </div>
        )}
        {state.status === "ENDED" && (
          <ReplayTimeline timeline={room.timeline} products={products} current={replayIndex} onSeek={replaying ? (offset) => clockRef.current?.seekTo(offset) : null} />
        )}
        <Shelf products={room.products} sessionId={room.id} open={shelfOpen} onClose={() => setShelfOpen(false)} />
        <div className={`flex flex-col gap-2 md:h-[38%] md:min-h-[14rem] md:shrink-0 md:rounded-2xl md:bg-white md:p-4 ${chatOpen ? "" : "md:hidden"}`}>
          {chatOpen && (
            <>
              <h2 className="hidden text-sm font-semibold text-cobalt-900 md:block">{t("chat")}</h2>
              <ChatList messages={state.chat} />
            </>
          )}
          <div className="flex items-center gap-2">
            <ShelfButton count={room.products.length} onOpen={() => setShelfOpen(true)} />
            {chatOpen ? (
              <ChatComposer sessionId={room.id} maxLength={chatMaxLength} signedIn={signedIn} signInHref={signInHref} onPosted={(message) => dispatch({ kind: "chat.posted", message })} />
            ) : replaying && replayLength ? (
              // The video's own controls sit under the overlays on a phone: the replay gets a slider here.
              <label className="flex min-w-0 flex-1 items-center gap-2 text-[11px] tabular-nums text-white/90 md:hidden">
                <span>{clockOf(replayAt)}</span>
                <input
                  type="range"
                  min={0}
                  max={Math.round(replayLength)}
                  step={1000}
                  value={Math.round(replayAt)}
                  onChange={(event) => clockRef.current?.seekTo(Number(event.target.value))}
                  aria-label={t("seek")}
                  className="min-w-0 flex-1 accent-white"
                />
                <span>{clockOf(replayLength)}</span>
              </label>
            ) : (
              <p className="min-w-0 flex-1 truncate text-xs text-white/80 md:hidden">
                {state.status === "ENDED" && room.endedAt ? t("endedAt", { time: format.dateTime(new Date(room.endedAt), { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" }) }) : ""}
              </p>
            )}
            {likeable && <LikeButton sessionId={room.id} count={state.likeCount} maxPerCall={likesPerCall} onCounted={onLikes} />}
          </div>
        </div>
      </aside>
    </div>
  );
}

/** Scheduled and live sessions listen to their stream; an ended or cancelled one has nothing more to say. */
function useLiveEventsWhileOpen(room: LiveRoom, onEvent: (event: RoomEvent) => void) {
  const open = room.status === "SCHEDULED" || room.status === "LIVE";
  useLiveEvents(open ? room.id : null, room.latestEventId, onEvent);
}

function Stage({
  room,
  state,
  signedIn,
  signInHref,
  clockRef,
  onReplayTime,
}: {
  room: LiveRoom;
  state: RoomState;
  signedIn: boolean;
  signInHref: string;
  clockRef: RefObject<PlayerClock | null>;
  onReplayTime: (offsetMs: number, durationMs: number | null) => void;
}) {
  const t = useTranslations("live.room");
  const format = useFormatter();
  const locale = useLocale();
  const poster = room.cover?.url;

  if (state.status === "LIVE" && state.playbackUrl) {
    return <Player key={state.playbackUrl} src={state.playbackUrl} mode="live" startedAt={state.startedAt} poster={poster} clockRef={clockRef} />;
  }
  if (state.status === "ENDED" && state.replayUrl) {
    return <Player key={state.replayUrl} src={state.replayUrl} mode="replay" startedAt={state.startedAt} poster={poster} clockRef={clockRef} onTime={onReplayTime} />;
  }

  return (
    <div className="absolute inset-0">
      {room.cover && (
        <Image src={room.cover.url} alt={localize(locale, room.cover.altZh, room.cover.altEn)} fill priority sizes="(min-width: 768px) 60vw, 100vw" unoptimized className="object-cover opacity-60 blur-[2px]" />
      )}
      <div className="absolute inset-0 bg-gradient-to-b from-cobalt-900/70 via-cobalt-900/40 to-cobalt-900/80" />
      <div className="absolute inset-x-0 top-[16%] flex flex-col items-center px-6 text-center text-white md:top-1/2 md:-translate-y-1/2">
        <h1 className="max-w-md font-serif text-2xl leading-snug md:text-3xl">{room.title}</h1>
        {state.status === "SCHEDULED" && (
          <>
            <p className="mt-3 text-sm text-white/85">{t("startsAt", { time: format.dateTime(new Date(room.scheduledAt), { month: "long", day: "numeric", weekday: "short", hour: "2-digit", minute: "2-digit" }) })}</p>
            <p className="mt-4 text-xs uppercase tracking-widest text-white/70">{t("countdown")}</p>
            <Countdown to={room.scheduledAt} className="mt-1 font-serif text-4xl text-white md:text-5xl" />
            <div className="mt-5">
              <RemindButton sessionId={room.id} reminded={room.reminded} signedIn={signedIn} signInHref={signInHref} tone="dark" />
            </div>
          </>
        )}
        {state.status === "LIVE" && <p className="mt-4 text-sm text-white/85">{t("waitingForStream")}</p>}
        {state.status === "ENDED" && (
          <div className="mt-4 space-y-1" data-testid="ended-state">
            <p className="text-base font-medium">{t("ended")}</p>
            <p className="text-sm text-white/80">{t("replayUnavailable")}</p>
          </div>
        )}
        {state.status === "CANCELLED" && <p className="mt-4 text-base font-medium">{t("cancelled")}</p>}
        {room.description && state.status !== "LIVE" && <p className="mt-5 hidden max-w-lg text-sm leading-relaxed text-white/80 md:block">{room.description}</p>}
      </div>
    </div>
  );
}
