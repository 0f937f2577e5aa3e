import { useTranslations } from "next-intl";
import type { LiveSessionStatus } from "@/lib/db/generated/client";

const STYLE: Record<LiveSessionStatus, string> = {
  LIVE: "bg-cinnabar text-white",
  SCHEDULED: "bg-cobalt-700 text-white",
  ENDED: "bg-ink/70 text-white",
  CANCELLED: "bg-ink/50 text-white",
};

/** 直播中 / 预告 / 回放 / 已取消, with a beating dot while live. */
export function StatusBadge({ status, replay = true }: { status: LiveSessionStatus; replay?: boolean }) {
  const t = useTranslations("live.status");
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-[11px] font-semibold ${STYLE[status]}`} data-testid="live-status">
      {status === "LIVE" && (
        <span className="relative flex h-1.5 w-1.5" aria-hidden="true">
          <span className="absolute inline-flex h-full w-full animate-ping rounded-full bg-white opacity-75" />
          <span className="relative inline-flex h-1.5 w-1.5 rounded-full bg-white" />
        </span>
      )}
      {status === "ENDED" && !replay ? t("ENDED_PLAIN") : t(status)}
    </span>
  );
}
