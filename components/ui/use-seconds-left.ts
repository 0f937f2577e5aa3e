"use client";

import { useEffect, useState } from "react";

/**
 * Whole seconds left until `until` (an ISO time), ticking every second; 0 once it has come. Null
 * until the component is mounted: the server's clock is not the reader's, so the first render
 * shows no time rather than a wrong one.
 */
export function useSecondsLeft(until: string): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now === null ? null : Math.max(0, Math.ceil((Date.parse(until) - now) / 1000));
}
