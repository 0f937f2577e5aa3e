"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { cancelOrderAction } from "@/app/[locale]/(shop)/checkout/actions";
import { FormError } from "@/components/checkout/form-error";
import { IDLE } from "@/lib/forms/state";

/** "Cancel order", asked twice: the first tap opens a confirmation saying what will happen. */
export function CancelOrder({ number, token, paid }: { number: string; token: string | null; paid: boolean }) {
  const t = useTranslations("orders.cancel");
  const locale = useLocale();
  const [confirming, setConfirming] = useState(false);
  const [state, action, pending] = useActionState(cancelOrderAction, IDLE);
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} className="rounded-full border border-cinnabar/40 px-4 py-2 text-sm text-cinnabar hover:bg-cinnabar/5">
        {t("button")}
      </button>
    );
  }
  return (
    <form action={action} className="w-full space-y-3 rounded-xl border border-cinnabar/30 bg-cinnabar/5 p-4" role="group" aria-label={t("button")}>
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="token" value={token ?? ""} />
      <input type="hidden" name="locale" value={locale} />
      <p className="text-sm">{paid ? t("confirmPaid") : t("confirm")}</p>
      <FormError message={state.status === "error" ? state.message : undefined} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className="rounded-full bg-cinnabar px-4 py-2 text-sm font-medium text-white hover:opacity-90 disabled:opacity-60">
          {pending ? t("pending") : t("yes")}
        </button>
        <button type="button" onClick={() => setConfirming(false)} className="rounded-full border border-ink-soft/30 px-4 py-2 text-sm hover:bg-white">
          {t("keep")}
        </button>
      </div>
    </form>
  );
}
