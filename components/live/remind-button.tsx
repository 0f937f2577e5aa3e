"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { setReminderAction } from "@/app/[locale]/(shop)/live/[id]/actions";
import { Link } from "@/i18n/navigation";

/** "Remind me" for an upcoming session: a toggle for signed-in shoppers, a sign-in link for guests. */
export function RemindButton({
  sessionId,
  reminded,
  signedIn,
  signInHref,
  tone = "light",
}: {
  sessionId: string;
  reminded: boolean;
  signedIn: boolean;
  signInHref: string;
  /** "dark" over a picture or the video. */
  tone?: "light" | "dark";
}) {
  const t = useTranslations("live.remind");
  const te = useTranslations("live.errors");
  const [on, setOn] = useState(reminded);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const base = "inline-flex h-9 items-center gap-1.5 rounded-full px-4 text-sm font-medium transition";

  if (!signedIn) {
    return (
      <Link href={signInHref} className={`${base} ${tone === "dark" ? "bg-white/90 text-cobalt-900" : "border border-cobalt-700 text-cobalt-700 hover:bg-cobalt-50"}`}>
        <Bell /> {t("signIn")}
      </Link>
    );
  }

  const toggle = () =>
    startTransition(async () => {
      setError(null);
      try {
        const answer = await setReminderAction({ sessionId, on: !on });
        if (answer.ok) setOn(answer.on);
        else setError(te(answer.error, { seconds: 0, limit: 0 }));
      } catch {
        setError(te("failed", { seconds: 0, limit: 0 }));
      }
    });

  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        onClick={toggle}
        aria-pressed={on}
        disabled={pending}
        data-testid="remind-button"
        className={`${base} ${
          on ? "bg-celadon-100 text-celadon-800 ring-1 ring-celadon-300" : tone === "dark" ? "bg-white text-cobalt-900 hover:bg-cobalt-50" : "bg-cobalt-700 text-white hover:bg-cobalt-900"
        } disabled:opacity-60`}
      >
        <Bell filled={on} /> {on ? t("on") : t("off")}
      </button>
      {error && (
        <span role="alert" className="text-xs text-cinnabar">
          {error}
        </span>
      )}
    </span>
  );
}

function Bell({ filled = false }: { filled?: boolean }) {
  return (
    <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" fill={filled ? "currentColor" : "none"} stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round">
      <path d="M10 3a4.5 4.5 0 0 0-4.5 4.5v3L4 13.5h12L14.5 10.5v-3A4.5 4.5 0 0 0 10 3Z" />
      <path d="M8.3 16a1.8 1.8 0 0 0 3.4 0" fill="none" strokeLinecap="round" />
    </svg>
  );
}
