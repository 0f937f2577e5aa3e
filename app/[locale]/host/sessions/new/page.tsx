import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { hostShell, rtmpIngestUrl } from "@/components/host/host-page";
import { ScheduleForm } from "@/components/host/schedule-form";
import { requirePage } from "@/lib/auth/session";
import { DESCRIPTION_MAX, LINEUP_MAX, TITLE_MAX } from "@/lib/live/sessions";
import { dateToVillageLocal } from "@/lib/live/village-time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("hostConsole");
  return { title: `${t("form.heading")} · ${t("title")}`, robots: { index: false } };
}

const HALF_HOUR = 30 * 60_000;

export default async function ScheduleSessionPage({ params }: PageProps<"/[locale]/host/sessions/new">) {
  const { locale } = await params;
  await requirePage("/host/sessions/new", locale);
  const t = await getTranslations("hostConsole.form");
  // An hour from now, on the half hour: a plausible start the host adjusts.
  const defaultTime = dateToVillageLocal(new Date(Math.ceil((Date.now() + 60 * 60_000) / HALF_HOUR) * HALF_HOUR));
  return (
    <ConsoleShell {...await hostShell()}>
      <ConsoleHeading title={t("heading")} />
      <ScheduleForm defaultTime={defaultTime} limits={{ titleMax: TITLE_MAX, descriptionMax: DESCRIPTION_MAX, lineupMax: LINEUP_MAX }} rtmpUrl={rtmpIngestUrl()} />
    </ConsoleShell>
  );
}
