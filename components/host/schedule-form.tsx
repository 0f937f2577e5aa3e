"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { scheduleSessionAction } from "@/app/[locale]/host/sessions/actions";
import { LocaleField, SubmitButton, submitWithoutReset } from "@/components/forms/field";
import { Panel, secondaryButtonClass } from "@/components/warehouse/ui";
import { Link } from "@/i18n/navigation";
import { IDLE } from "@/lib/forms/state";
import { CopyField } from "./copy-field";
import { FieldError, FormNotice, TextAreaField, TextField } from "./form-controls";
import type { HostFormState } from "./form-state";
import { LineupPicker } from "./lineup-picker";

export interface ScheduleLimits {
  titleMax: number;
  descriptionMax: number;
  lineupMax: number;
}

/**
 * Schedule a session: what it is, when (village time), how the video arrives (the village's RTMP
 * server, or an external service's HLS address) and the line-up. An RTMP session's key is shown
 * here once, right after scheduling.
 */
export function ScheduleForm({ defaultTime, limits, rtmpUrl }: { defaultTime: string; limits: ScheduleLimits; rtmpUrl: string }) {
  const t = useTranslations("hostConsole.form");
  const [state, action, pending] = useActionState<HostFormState, FormData>(scheduleSessionAction, IDLE);
  const [ingest, setIngest] = useState<"RTMP" | "EXTERNAL">("RTMP");
  const scheduled = state.status === "ok" ? state.result : undefined;

  if (scheduled?.sessionId && scheduled.streamKey) {
    return (
      <Panel title={t("scheduledTitle")}>
        <div className="space-y-4" data-testid="scheduled">
          <p role="status" className="rounded-lg bg-celadon-50 px-3 py-2 text-sm text-celadon-800">
            {t("scheduledRtmp")}
          </p>
          <CopyField label={t("rtmpUrl")} value={rtmpUrl} testId="rtmp-url" />
          <CopyField label={t("streamKey")} value={scheduled.streamKey} testId="stream-key" />
          <p className="text-sm text-amber-800">{t("keyOnce")}</p>
          <Link href={`/host/sessions/${scheduled.sessionId}`} className={secondaryButtonClass}>
            {t("openRoom")} →
          </Link>
        </div>
      </Panel>
    );
  }

  return (
    <form onSubmit={submitWithoutReset(action)} noValidate className="space-y-6">
      <LocaleField />
      <FormNotice state={state} />
      <Panel title={t("about")}>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField name="title" label={t("title")} state={state} maxLength={limits.titleMax} required className="md:col-span-2" />
          <TextField name="scheduledAt" label={t("scheduledAt")} hint={t("scheduledAtHint")} type="datetime-local" state={state} defaultValue={defaultTime} required />
          <TextField name="coverUrl" label={t("coverUrl")} hint={t("coverUrlHint")} type="url" inputMode="url" state={state} maxLength={1000} />
          <TextAreaField name="description" label={t("description")} state={state} rows={4} maxLength={limits.descriptionMax} className="md:col-span-2" />
        </div>
      </Panel>

      <Panel title={t("video")}>
        <fieldset className="space-y-3">
          <legend className="sr-only">{t("video")}</legend>
          {(["RTMP", "EXTERNAL"] as const).map((value) => (
            <label key={value} className="flex cursor-pointer items-start gap-3 rounded-xl border border-porcelain-deep p-3 has-[:checked]:border-cobalt-500 has-[:checked]:bg-cobalt-50/40">
              <input type="radio" name="ingest" value={value} checked={ingest === value} onChange={() => setIngest(value)} className="mt-1 size-4 accent-cobalt-700" />
              <span>
                <span className="block text-sm font-medium">{t(`ingest.${value}`)}</span>
                <span className="block text-xs text-ink-soft">{t(`ingestHint.${value}`)}</span>
              </span>
            </label>
          ))}
          <FieldError state={state} name="ingest" id="hf-ingest-error" />
        </fieldset>
        {ingest === "EXTERNAL" && (
          <TextField name="playbackUrl" label={t("playbackUrl")} hint={t("playbackUrlHint")} type="url" inputMode="url" state={state} maxLength={1000} required className="mt-4" />
        )}
      </Panel>

      <Panel title={t("lineup")}>
        <p className="-mt-2 mb-4 text-sm text-ink-soft">{t("lineupHint", { max: limits.lineupMax })}</p>
        <LineupPicker initial={[]} max={limits.lineupMax} state={state} />
      </Panel>

      <div className="flex flex-wrap items-center justify-end gap-3">
        <Link href="/host" className={secondaryButtonClass}>
          {t("cancel")}
        </Link>
        <SubmitButton pending={pending}>{pending ? t("scheduling") : t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
