"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { useSecondsLeft } from "@/components/ui/use-seconds-left";

/**
 * How long a claimed flash-deal piece stays held, ticking every second. When the hold runs out
 * the page is rendered again from the server, which no longer lists the piece or counts it.
 */
export function HoldCountdown({ expiresAt }: { expiresAt: string }) {
  const t = useTranslations("cart.deal");
  const router = useRouter();
  const left = useSecondsLeft(expiresAt);
  useEffect(() => {
    if (left === 0) router.refresh();
  }, [left, router]);

  if (left === null) return <span aria-hidden="true">&nbsp;</span>;
  if (left === 0) return <span data-testid="hold-countdown">{t("holdOver")}</span>;
  const clock = `${String(Math.floor(left / 60)).padStart(2, "0")}:${String(left % 60).padStart(2, "0")}`;
  return (
    <span data-testid="hold-countdown" role="timer" aria-live="off">
      {t.rich("heldFor", { time: () => <span className="font-semibold tabular-nums">{clock}</span> })}
    </span>
  );
}
