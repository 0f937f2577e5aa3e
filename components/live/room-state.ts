import type { LiveSessionStatus } from "@/lib/db/generated/client";
import type { ChatPayload, DealPayload, LiveEventPayloads, LiveEventType } from "@/lib/live/event-types";

/**
 * The live room's state and how each event of the session's stream changes it: a pure reducer,
 * so the page's client components stay thin and the rules are tested without a browser.
 */

/** Every event type the stream carries, to subscribe to each by name. */
export const LIVE_EVENT_TYPES = [
  "live",
  "ended",
  "pin",
  "unpin",
  "deal.started",
  "deal.stock",
  "deal.ended",
  "chat",
  "chat.deleted",
  "likes",
  "viewers",
  "purchase",
] as const satisfies readonly LiveEventType[];
// Fails to compile when event-types.ts gains a type this list does not name.
const allTypesListed: Exclude<LiveEventType, (typeof LIVE_EVENT_TYPES)[number]> extends never ? true : never = true;
void allTypesListed;

/** One event as the stream sends it (LiveEventRecord after JSON). */
export type RoomEvent = {
  [T in LiveEventType]: { id: string; type: T; payload: LiveEventPayloads[T]; streamOffsetMs: number | null; createdAt: string };
}[LiveEventType];

export type RoomDeal = DealPayload & { streamOffsetMs: number | null };

export interface PurchaseNotice extends Readonly<LiveEventPayloads["purchase"]> {
  id: string;
}

export interface RoomState {
  status: LiveSessionStatus;
  startedAt: string | null;
  playbackUrl: string | null;
  replayUrl: string | null;
  pinnedProductId: string | null;
  deals: RoomDeal[];
  /**
   * Latest pieces left per deal. Stock news is shown at once while a deal's start waits for the
   * video, so it is kept here for a deal not on screen yet.
   */
  stock: Record<string, number>;
  chat: ChatPayload[];
  likeCount: number;
  viewers: number;
  notices: PurchaseNotice[];
}

/** Chat lines kept in the room (the oldest fall off). */
export const CHAT_KEPT = 100;
/** Purchase notices on screen at once. */
export const NOTICES_KEPT = 3;

export type RoomAction =
  | { kind: "event"; event: RoomEvent }
  | { kind: "chat.posted"; message: ChatPayload }
  | { kind: "likes.counted"; likeCount: number }
  | { kind: "deal.remaining"; dealId: string; remaining: number }
  | { kind: "notice.dismiss"; id: string };

/**
 * Whether an arriving event is one not seen yet (ids only grow). Checked on arrival, not when
 * applied: an event held for the video is applied after later ones that were not held.
 */
export function isNewerEvent(id: string, seenUpTo: string | null): boolean {
  return seenUpTo === null || BigInt(id) > BigInt(seenUpTo);
}

function withMessage(chat: ChatPayload[], message: ChatPayload): ChatPayload[] {
  if (chat.some((m) => m.messageId === message.messageId)) return chat;
  return [...chat, message].slice(-CHAT_KEPT);
}

export function roomReducer(state: RoomState, action: RoomAction): RoomState {
  switch (action.kind) {
    case "chat.posted":
      return { ...state, chat: withMessage(state.chat, action.message) };
    case "likes.counted":
      return { ...state, likeCount: Math.max(state.likeCount, action.likeCount) };
    case "deal.remaining":
      return {
        ...state,
        stock: { ...state.stock, [action.dealId]: action.remaining },
        deals: state.deals.map((d) => (d.dealId === action.dealId ? { ...d, remaining: action.remaining } : d)),
      };
    case "notice.dismiss":
      return { ...state, notices: state.notices.filter((n) => n.id !== action.id) };
    case "event":
      return applyEvent(state, action.event);
  }
}

function applyEvent(state: RoomState, event: RoomEvent): RoomState {
  switch (event.type) {
    case "live":
      return { ...state, status: "LIVE", startedAt: event.payload.startedAt, playbackUrl: event.payload.playbackUrl };
    case "ended":
      return { ...state, status: "ENDED", replayUrl: event.payload.replayUrl, pinnedProductId: null, deals: [] };
    case "pin":
      return { ...state, pinnedProductId: event.payload.productId };
    case "unpin":
      return state.pinnedProductId === event.payload.productId ? { ...state, pinnedProductId: null } : state;
    case "deal.started": {
      const deal = { ...event.payload, remaining: state.stock[event.payload.dealId] ?? event.payload.remaining, streamOffsetMs: event.streamOffsetMs };
      return { ...state, deals: [...state.deals.filter((d) => d.dealId !== deal.dealId), deal] };
    }
    case "deal.stock":
      return roomReducer(state, { kind: "deal.remaining", dealId: event.payload.dealId, remaining: event.payload.remaining });
    case "deal.ended":
      return { ...state, deals: state.deals.filter((d) => d.dealId !== event.payload.dealId) };
    case "chat":
      return { ...state, chat: withMessage(state.chat, event.payload) };
    case "chat.deleted":
      return { ...state, chat: state.chat.filter((m) => m.messageId !== event.payload.messageId) };
    case "likes":
      return { ...state, likeCount: Math.max(state.likeCount, event.payload.count) };
    case "viewers":
      return { ...state, viewers: event.payload.count };
    case "purchase":
      return { ...state, notices: [...state.notices, { ...event.payload, id: event.id }].slice(-NOTICES_KEPT) };
  }
}

/**
 * Events that belong to a moment on the video: shown when the viewer's (delayed) video reaches
 * it. Chat, likes and viewer counts are conversation, shown as they come; stock left must be
 * current for whoever is about to claim.
 */
const VIDEO_TIMED = new Set<LiveEventType>(["pin", "unpin", "deal.started", "deal.ended", "purchase", "ended"]);

/** Longest an event waits for the video, so a stalled or absent player never hides it for long. */
export const SYNC_MAX_WAIT_MS = 8_000;

export interface Waiting {
  event: RoomEvent;
  arrivedAt: number;
}

export function waitsForVideo(event: RoomEvent): boolean {
  return event.streamOffsetMs !== null && VIDEO_TIMED.has(event.type);
}

/**
 * Splits the waiting events into those to show now and those still ahead of the video.
 * `playingOffsetMs` is where the video is on the session's timeline, null when no video plays
 * (then everything is due). Order is kept: an event never overtakes one that arrived before it.
 */
export function releaseDue(waiting: Waiting[], playingOffsetMs: number | null, now: number): { due: RoomEvent[]; waiting: Waiting[] } {
  let cut = 0;
  waiting.forEach((item, index) => {
    const reached = playingOffsetMs === null || (item.event.streamOffsetMs ?? 0) <= playingOffsetMs;
    if (reached || now - item.arrivedAt >= SYNC_MAX_WAIT_MS) cut = index + 1;
  });
  return { due: waiting.slice(0, cut).map((item) => item.event), waiting: waiting.slice(cut) };
}

/** Which pin of the recording was current at a moment of it: the last one at or before it (null before the first). */
export function pinIndexAt(timeline: readonly { offsetMs: number }[], offsetMs: number): number | null {
  let current: number | null = null;
  timeline.forEach((pin, index) => {
    if (pin.offsetMs <= offsetMs) current = index;
  });
  return current;
}
