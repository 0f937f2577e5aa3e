"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center">
      <div className="rounded-3xl border border-dashed border-cinnabar/40 bg-white px-6 py-14">
        <h1 className="font-serif text-2xl text-cobalt-900">{t("errorTitle")}</h1>
        <p className="mt-2 text-sm text-ink-soft">{t("errorBody")}</p>
        {error.digest && <p className="mt-2 font-mono text-xs text-ink-soft">{error.digest}</p>}
        <button type="button" onClick={reset} className="mt-6 rounded-full bg-cobalt-700 px-5 py-2 text-sm font-medium text-white">
          {t("retry")}
        </button>
      </div>
    </div>
  );
}
