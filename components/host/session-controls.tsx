"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { regenerateStreamKeyAction, startStopSessionAction } from "@/app/[locale]/host/sessions/[id]/actions";
import { ConfirmSubmit } from "@/components/forms/confirm-submit";
import { buttonClass, secondaryButtonClass } from "@/components/warehouse/ui";
import type { LiveIngest, LiveSessionStatus } from "@/lib/db/generated/client";
import { IDLE } from "@/lib/forms/state";
import { CopyField } from "./copy-field";
import { FormNotice } from "./form-controls";
import type { HostFormState } from "./form-state";
import { dangerButton } from "./ui";

/** Going live and ending by hand: how an EXTERNAL session starts, and a way out for a stuck RTMP one. */
export function SessionControls({ sessionId, status, ingest }: { sessionId: string; status: LiveSessionStatus; ingest: LiveIngest }) {
  const t = useTranslations("hostConsole.room");
  const tc = useTranslations("hostConsole");
  const [state, action, pending] = useActionState<HostFormState, FormData>(startStopSessionAction, IDLE);
  const canStart = status === "SCHEDULED" && ingest === "EXTERNAL";
  if (!canStart && status !== "LIVE") return null;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="sessionId" value={sessionId} />
      <FormNotice state={state.status === "error" ? state : IDLE} />
      {canStart ? (
        <button type="submit" name="intent" value="start" disabled={pending} className={buttonClass}>
          {t("goLive")}
        </button>
      ) : (
        <>
          <ConfirmSubmit
            label={t("end")}
            warning={t("endQuestion")}
            confirmLabel={t("endConfirm")}
            cancelLabel={tc("cancel")}
            name="intent"
            value="end"
            pending={pending}
            classes={{ open: dangerButton, confirm: dangerButton, cancel: secondaryButtonClass }}
          />
          {ingest === "RTMP" && <p className="text-xs text-ink-soft">{t("endRtmpHint")}</p>}
        </>
      )}
    </form>
  );
}

/**
 * Where the video comes from. RTMP: the address and the key to paste into the encoder; the key is
 * shown in full only right after it was generated (it is stored hashed), otherwise its last
 * characters tell which key is current. EXTERNAL: the HLS address viewers play.
 */
export function StreamPanel({
  sessionId,
  status,
  ingest,
  rtmpUrl,
  streamKeyHint,
  playbackUrl,
}: {
  sessionId: string;
  status: LiveSessionStatus;
  ingest: LiveIngest;
  rtmpUrl: string;
  streamKeyHint: string | null;
  playbackUrl: string | null;
}) {
  const t = useTranslations("hostConsole.stream");
  const tc = useTranslations("hostConsole");
  const [state, action, pending] = useActionState<HostFormState, FormData>(regenerateStreamKeyAction, IDLE);
  if (ingest === "EXTERNAL") {
    return playbackUrl ? <CopyField label={t("playbackUrl")} value={playbackUrl} testId="playback-url" /> : null;
  }
  const fresh = state.status === "ok" ? state.result?.streamKey : undefined;
  return (
    <div className="space-y-4">
      <CopyField label={t("rtmpUrl")} value={rtmpUrl} testId="rtmp-url" />
      {fresh ? (
        <div className="space-y-2">
          <CopyField label={t("streamKey")} value={fresh} testId="stream-key" />
          <p role="status" className="text-sm text-amber-800">
            {t("keyOnce")}
          </p>
        </div>
      ) : (
        <div>
          <p className="text-xs text-ink-soft">{t("streamKey")}</p>
          <p className="mt-1 font-mono text-sm text-cobalt-900" data-testid="stream-key-hint">
            {streamKeyHint ? t("hint", { hint: streamKeyHint }) : t("noKey")}
          </p>
          <p className="mt-1 text-xs text-ink-soft">{t("hintExplain")}</p>
        </div>
      )}
      {status === "SCHEDULED" && (
        <form action={action} className="space-y-2">
          <input type="hidden" name="sessionId" value={sessionId} />
          <FormNotice state={state.status === "error" ? state : IDLE} />
          <ConfirmSubmit
            label={t("regenerate")}
            warning={t("regenerateQuestion")}
            confirmLabel={t("regenerateConfirm")}
            cancelLabel={tc("cancel")}
            pending={pending}
            classes={{ open: secondaryButtonClass, confirm: buttonClass, cancel: secondaryButtonClass }}
          />
        </form>
      )}
      {status === "SCHEDULED" && <p className="text-xs text-ink-soft">{t("rtmpHowTo")}</p>}
    </div>
  );
}
