"use client";

import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { LiveEventPayloads, LiveEventType } from "@/lib/live/event-types";

/**
 * The control room's one connection to the session's event stream (/api/live/[id]/events). Parts
 * of the page subscribe to the events they show at once (viewers, likes, stock left, chat); the
 * events that change what the server renders (going live, pins, deals starting and ending,
 * purchases and so the sales figures) refresh the page's server data instead.
 */

/** One event of the stream, its payload typed by its type. */
export type LiveMessage = { [T in LiveEventType]: { type: T; payload: LiveEventPayloads[T] } }[LiveEventType];
type Handler = (message: LiveMessage) => void;

const EVENT_TYPES: LiveEventType[] = ["live", "ended", "pin", "unpin", "deal.started", "deal.stock", "deal.ended", "chat", "chat.deleted", "likes", "viewers", "purchase"];
const REFRESHING = new Set<LiveEventType>(["live", "ended", "pin", "unpin", "deal.started", "deal.ended", "purchase"]);
/** Several events in a burst (a deal selling out) refresh once. */
const REFRESH_DELAY_MS = 400;

const Subscribers = createContext<Set<Handler> | null>(null);
const Connected = createContext(false);

/**
 * Opens the stream after `lastEventId`, the newest event the server-rendered page already
 * reflects, so nothing published in between is lost; EventSource resumes by itself after a drop.
 */
export function LiveEventsProvider({ sessionId, lastEventId, children }: { sessionId: string; lastEventId: string | null; children: ReactNode }) {
  const router = useRouter();
  const [subscribers] = useState(() => new Set<Handler>());
  const [connected, setConnected] = useState(false);
  // The first render's position only: later renders (after a refresh) must not reconnect.
  const startAfter = useRef(lastEventId);

  useEffect(() => {
    // The host's own control room is not one of the session's viewers.
    const query = new URLSearchParams({ audience: "console", ...(startAfter.current ? { lastEventId: startAfter.current } : {}) });
    const source = new EventSource(`/api/live/${sessionId}/events?${query}`);
    let refresh: ReturnType<typeof setTimeout> | undefined;
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    const listeners = EVENT_TYPES.map((type) => {
      const listener = (message: MessageEvent<string>) => {
        const { payload } = JSON.parse(message.data) as { payload: unknown };
        const event = { type, payload } as LiveMessage;
        for (const handler of subscribers) handler(event);
        if (REFRESHING.has(type)) {
          clearTimeout(refresh);
          refresh = setTimeout(() => router.refresh(), REFRESH_DELAY_MS);
        }
      };
      source.addEventListener(type, listener);
      return [type, listener] as const;
    });
    return () => {
      clearTimeout(refresh);
      for (const [type, listener] of listeners) source.removeEventListener(type, listener);
      source.close();
    };
  }, [sessionId, subscribers, router]);

  return (
    <Subscribers.Provider value={subscribers}>
      <Connected.Provider value={connected}>{children}</Connected.Provider>
    </Subscribers.Provider>
  );
}

/** Calls `handler` for every event of the stream while the component is shown. */
export function useLiveEvents(handler: Handler): void {
  const subscribers = useContext(Subscribers);
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!subscribers) return;
    const forward: Handler = (message) => latest.current(message);
    subscribers.add(forward);
    return () => {
      subscribers.delete(forward);
    };
  }, [subscribers]);
}

/** Whether the stream is connected now (figures shown are live). */
export function useLiveConnected(): boolean {
  return useContext(Connected);
}
