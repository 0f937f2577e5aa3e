"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { reviewHostApplicationAction } from "@/app/[locale]/admin/host-applications/actions";
import { IDLE } from "@/lib/forms/state";
import { FormNotice, TextAreaField } from "./form-controls";
import { buttonClass } from "./styles";

/** Approve (the applicant becomes a host at their next request) or reject with a note. */
export function HostApplicationReviewForm({ applicationId, applicantName }: { applicationId: string; applicantName: string }) {
  const t = useTranslations("adminConsole.hostApplications");
  const [state, action, pending] = useActionState(reviewHostApplicationAction, IDLE);
  return (
    <form action={action} className="space-y-3" noValidate aria-label={t("reviewFormLabel", { name: applicantName })}>
      <FormNotice state={state} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <TextAreaField name="note" label={t("note")} hint={t("noteHint")} state={state} idPrefix={`review-${applicationId}`} rows={2} maxLength={500} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="decision" value="approve" disabled={pending} className={buttonClass.primary}>
          {t("approve")}
        </button>
        <button type="submit" name="decision" value="reject" disabled={pending} className={buttonClass.dangerOutline}>
          {t("reject")}
        </button>
      </div>
    </form>
  );
}
