"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, SubmitButton } from "@/components/forms/field";
import { Link, useRouter } from "@/i18n/navigation";

export function SignInForm({ next, defaultIdentifier }: { next: string; defaultIdentifier?: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      redirect: false,
      identifier: String(form.get("identifier") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(next);
      router.refresh();
      return;
    }
    const [code, seconds] = (result?.error ?? "").split(":");
    if (code === "rate_limited") setError(t("errors.rate_limited", { minutes: Math.max(1, Math.ceil(Number(seconds) / 60)) }));
    else if (code === "invalid") setError(t("errors.invalid"));
    else setError(t("errors.generic"));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && (
        <p role="alert" className="rounded-lg bg-cinnabar/10 px-3 py-2 text-sm text-cinnabar">
          {error}
        </p>
      )}
      <Field name="identifier" label={t("identifier")} hint={t("identifierHint")} autoComplete="username" required defaultValue={defaultIdentifier} />
      <Field name="password" label={t("password")} type="password" autoComplete="current-password" required />
      <SubmitButton pending={pending}>{t("signIn")}</SubmitButton>
      <p className="text-sm text-ink-soft">
        {t("noAccount")}{" "}
        <Link href="/register" className="text-cobalt-700 hover:underline">
          {t("goSignUp")}
        </Link>
      </p>
    </form>
  );
}
