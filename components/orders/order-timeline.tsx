import { getFormatter, getTranslations } from "next-intl/server";
import type { OrderStatus } from "@/lib/db/generated/client";

export interface TimelineEvent {
  kind: string;
  actorKind: string;
  toStatus: OrderStatus;
  note: string | null;
  createdAt: Date;
}

/**
 * An order's history, oldest first, as a vertical timeline. Times are shown in the village's
 * time zone (Asia/Shanghai, set in i18n/request.ts) whatever the server's zone is. Event kinds
 * without a label (added later by some workflow) fall back to the status they led to.
 */
export async function OrderTimeline({ events }: { events: readonly TimelineEvent[] }) {
  const [t, tn, format] = await Promise.all([getTranslations("orderCommon"), getTranslations("orders.eventNote"), getFormatter()]);
  const label = (event: TimelineEvent) => (t.has(`event.${event.kind}`) ? t(`event.${event.kind}`) : t(`status.${event.toStatus}`));
  const actor = (kind: string) => (t.has(`actor.${kind}`) ? t(`actor.${kind}`) : kind);
  // Workflows note a reason code ("cancelled", "sold_out_after_expiry"); staff may write their own words.
  const note = (text: string) => (/^[a-z_]+$/.test(text) && tn.has(text) ? tn(text) : text);
  return (
    <ol className="relative space-y-4 border-l border-celadon-100 pl-5">
      {events.map((event, index) => (
        <li key={`${event.createdAt.toISOString()}-${index}`} className="relative">
          <span aria-hidden="true" className={`absolute -left-[1.6rem] top-1.5 size-2.5 rounded-full ring-4 ring-white ${index === events.length - 1 ? "bg-cobalt-500" : "bg-celadon-300"}`} />
          <p className="text-sm font-medium text-ink">{label(event)}</p>
          <p className="text-xs text-ink-soft">
            <time dateTime={event.createdAt.toISOString()}>{format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
            {" · "}
            {actor(event.actorKind)}
          </p>
          {event.note ? <p className="mt-1 text-sm text-ink-soft">{note(event.note)}</p> : null}
        </li>
      ))}
    </ol>
  );
}
