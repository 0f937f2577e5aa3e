"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { addLikesAction } from "@/app/[locale]/(shop)/live/[id]/actions";

/** Taps are counted here and sent together, at most once a second. */
const SEND_EVERY_MS = 1_000;

/**
 * The heart: every tap counts at once on screen, and the taps are sent in batches so a fast
 * thumb does not become a request per tap.
 */
export function LikeButton({ sessionId, count, maxPerCall, onCounted }: { sessionId: string; count: number; maxPerCall: number; onCounted: (likeCount: number) => void }) {
  const t = useTranslations("live.likes");
  const locale = useLocale();
  const [unsent, setUnsent] = useState(0);
  const [burst, setBurst] = useState(0);
  const unsentRef = useRef(0);
  const sending = useRef(false);

  const flush = useCallback(async () => {
    if (sending.current || unsentRef.current === 0) return;
    const batch = Math.min(unsentRef.current, maxPerCall);
    sending.current = true;
    try {
      const answer = await addLikesAction({ sessionId, count: batch });
      if (answer.ok) onCounted(answer.likeCount);
    } catch {
      // A lost batch of likes is not worth an error message.
    } finally {
      unsentRef.current -= batch;
      setUnsent(unsentRef.current);
      sending.current = false;
    }
  }, [sessionId, maxPerCall, onCounted]);

  useEffect(() => {
    const timer = setInterval(() => void flush(), SEND_EVERY_MS);
    return () => clearInterval(timer);
  }, [flush]);

  const tap = () => {
    unsentRef.current += 1;
    setUnsent(unsentRef.current);
    setBurst((n) => n + 1);
  };

  return (
    <button
      type="button"
      onClick={tap}
      aria-label={t("label", { count: count + unsent })}
      data-testid="like-button"
      // Taps not yet sent: a page left sooner loses them.
      data-unsent={unsent}
      className="relative flex h-10 min-w-10 shrink-0 items-center justify-center gap-1 rounded-full bg-black/35 px-2.5 text-white ring-1 ring-white/20 transition active:scale-90 md:bg-cinnabar/10 md:text-cinnabar md:ring-cinnabar/20"
    >
      <svg key={burst} viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" className={burst > 0 ? "animate-[ping_0.4s_ease-out_1_reverse]" : ""}>
        <path d="M12 20.5s-7.5-4.6-7.5-10.1A4.4 4.4 0 0 1 12 7.6a4.4 4.4 0 0 1 7.5 2.8c0 5.5-7.5 10.1-7.5 10.1Z" fill="#e2574c" />
      </svg>
      <span className="text-xs font-semibold tabular-nums" data-testid="like-count">
        {compactCount(count + unsent, locale)}
      </span>
    </button>
  );
}

/** 12345 → "1.2万" / "12.3K": counts shown over the video stay short. */
export function compactCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(value);
}
