"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { registerAction } from "@/app/[locale]/(shop)/register/actions";
import { Field, FormMessage, SubmitButton } from "@/components/forms/field";
import { Link } from "@/i18n/navigation";
import { IDLE } from "@/lib/forms/state";

export function RegisterForm() {
  const t = useTranslations("auth");
  const locale = useLocale();
  const [state, action, pending] = useActionState(registerAction, IDLE);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <Field name="name" label={t("name")} autoComplete="name" required maxLength={40} state={state} />
      <Field name="identifier" label={t("identifier")} hint={t("identifierHint")} autoComplete="username" required state={state} />
      <Field name="password" label={t("password")} type="password" autoComplete="new-password" required minLength={8} state={{ ...state, values: {} }} />
      <SubmitButton pending={pending}>{t("signUp")}</SubmitButton>
      <p className="text-sm text-ink-soft">
        {t("haveAccount")}{" "}
        <Link href="/login" className="text-cobalt-700 hover:underline">
          {t("goSignIn")}
        </Link>
      </p>
    </form>
  );
}
