import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { RemindedSession } from "@/lib/live/reminders";
import { RemindButton } from "./remind-button";
import { StatusBadge } from "./status-badge";

/** The account page's "my reminders": sessions the shopper asked to be reminded of, soonest first. */
export async function ReminderList({ reminders }: { reminders: RemindedSession[] }) {
  const t = await getTranslations("live.reminders");
  const format = await getFormatter();
  return (
    <section className="rounded-2xl bg-white p-6" data-testid="my-reminders">
      <h2 className="mb-4 font-medium">{t("title")}</h2>
      {reminders.length === 0 ? (
        <p className="text-sm text-ink-soft">
          {t("empty")}{" "}
          <Link href="/live" className="text-cobalt-700 hover:underline">
            {t("browse")} →
          </Link>
        </p>
      ) : (
        <ul className="divide-y divide-porcelain-deep">
          {reminders.map((reminder) => (
            <li key={reminder.sessionId} className="flex flex-wrap items-center justify-between gap-3 py-3 first:pt-0 last:pb-0">
              <div className="min-w-0">
                <p className="flex items-center gap-2">
                  <StatusBadge status={reminder.status} />
                  <Link href={`/live/${reminder.sessionId}`} className="truncate font-medium text-cobalt-900 hover:underline">
                    {reminder.title}
                  </Link>
                </p>
                <p className="mt-1 text-sm text-ink-soft">
                  {format.dateTime(reminder.scheduledAt, { month: "long", day: "numeric", weekday: "short", hour: "2-digit", minute: "2-digit" })} · {reminder.hostName}
                </p>
              </div>
              {reminder.status === "SCHEDULED" && <RemindButton sessionId={reminder.sessionId} reminded signedIn signInHref="/login?next=%2Faccount" />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
