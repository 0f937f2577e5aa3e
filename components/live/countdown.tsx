"use client";

import { useTranslations } from "next-intl";
import { useSecondsLeft } from "@/components/ui/use-seconds-left";

/** Time left until a moment, ticking every second; "starting soon" once it has come. */
export function Countdown({ to, className = "" }: { to: string; className?: string }) {
  const t = useTranslations("live.countdown");
  const left = useSecondsLeft(to);
  if (left === null) return <span className={className} aria-hidden="true">&nbsp;</span>;
  if (left === 0) return <span className={className}>{t("soon")}</span>;
  const days = Math.floor(left / 86_400);
  const clock = [Math.floor((left % 86_400) / 3600), Math.floor((left % 3600) / 60), left % 60].map((n) => String(n).padStart(2, "0")).join(":");
  return (
    <span className={`tabular-nums ${className}`} data-testid="countdown" role="timer">
      {days > 0 ? t("daysAndClock", { days, clock }) : clock}
    </span>
  );
}

/** mm:ss of a stream offset, for deals' time left and the replay timeline. */
export function clockOf(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  const mmss = `${String(Math.floor((seconds % 3600) / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}
