"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { applyAsHostAction, changePasswordAction } from "@/app/[locale]/account/actions";
import { Field, FormMessage, SubmitButton } from "@/components/forms/field";
import { IDLE } from "@/lib/forms/state";

export function ChangePasswordForm() {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(changePasswordAction, IDLE);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} okText={t("passwordChanged")} />
      <Field name="currentPassword" label={t("currentPassword")} type="password" autoComplete="current-password" required state={{ ...state, values: {} }} />
      <Field name="newPassword" label={t("newPassword")} type="password" autoComplete="new-password" required minLength={8} state={{ ...state, values: {} }} />
      <SubmitButton pending={pending}>{t("changePassword")}</SubmitButton>
    </form>
  );
}

export function HostApplicationForm() {
  const t = useTranslations("auth.hostApplication");
  const tv = useTranslations("validation");
  const [state, action, pending] = useActionState(applyAsHostAction, IDLE);
  if (state.status === "ok") return <p role="status" className="text-sm text-celadon-800">{t("submitted")}</p>;
  const error = state.fieldErrors?.motivation;
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <label htmlFor="motivation" className="block text-sm font-medium">
        {t("motivation")}
      </label>
      <textarea
        id="motivation"
        name="motivation"
        rows={4}
        maxLength={1000}
        defaultValue={state.values?.motivation}
        aria-invalid={error ? true : undefined}
        className="w-full rounded-lg border border-celadon-100 bg-white px-3 py-2 text-sm aria-[invalid]:border-cinnabar"
      />
      {error && <p role="alert" className="text-xs text-cinnabar">{tv(error)}</p>}
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/" })} className="rounded-full border border-ink-soft/30 px-4 py-2 text-sm hover:bg-porcelain-deep">
      {label}
    </button>
  );
}
