"use client";

import { useEffect, useRef } from "react";
import { LIVE_EVENT_TYPES, type RoomEvent } from "./room-state";

/**
 * One EventSource on the session's stream. The first connection resumes after the newest event
 * the server-rendered page reflects; on a reconnect the browser sends Last-Event-ID itself. No
 * session id, no stream.
 */
export function useLiveEvents(sessionId: string | null, renderedUpTo: string | null, onEvent: (event: RoomEvent) => void): void {
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  }, [onEvent]);

  useEffect(() => {
    if (sessionId === null) return;
    const query = renderedUpTo ? `?lastEventId=${encodeURIComponent(renderedUpTo)}` : "";
    const source = new EventSource(`/api/live/${encodeURIComponent(sessionId)}/events${query}`);
    const listener = (message: MessageEvent<string>) => {
      try {
        handler.current(JSON.parse(message.data) as RoomEvent);
      } catch {
        // A malformed frame is dropped; the stream goes on.
      }
    };
    for (const type of LIVE_EVENT_TYPES) source.addEventListener(type, listener);
    return () => source.close();
  }, [sessionId, renderedUpTo]);
}
