import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/warehouse/ui";
import type { LiveSessionStatus } from "@/lib/db/generated/client";
import { START_WINDOW_MS } from "@/lib/live/sessions";

export type ShownStatus = LiveSessionStatus | "MISSED";

/** A scheduled session nobody went live with in time can no longer start: it reads as missed. */
export function shownStatus(status: LiveSessionStatus, scheduledAt: Date, now = Date.now()): ShownStatus {
  return status === "SCHEDULED" && scheduledAt.getTime() < now - START_WINDOW_MS ? "MISSED" : status;
}

const TONE: Record<ShownStatus, Tone> = { SCHEDULED: "info", LIVE: "danger", ENDED: "neutral", CANCELLED: "neutral", MISSED: "warn" };

export function SessionStatusBadge({ status, scheduledAt }: { status: LiveSessionStatus; scheduledAt: Date }) {
  const t = useTranslations("hostConsole.status");
  const shown = shownStatus(status, scheduledAt);
  return (
    <Badge tone={TONE[shown]}>
      {shown === "LIVE" && <span aria-hidden="true" className="mr-1.5 size-1.5 animate-pulse rounded-full bg-cinnabar" />}
      {t(shown)}
    </Badge>
  );
}
