"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useActionState, useRef } from "react";
import { createPickListAction } from "@/app/[locale]/warehouse/orders/actions";
import { LocaleField, SubmitButton, submitWithoutReset } from "@/components/forms/field";
import type { InventoryFormState } from "@/components/warehouse/form-state";
import { secondaryButtonClass } from "@/components/warehouse/ui";
import { IDLE } from "@/lib/forms/state";
import { FulfilmentNotice } from "./form-notice";

/**
 * The queue of orders to pick as one form: the (server-rendered) rows carry an `orderId`
 * checkbox each; the chosen ones become a pick list. Ticks survive a refusal.
 */
export function PickListForm({ children }: { children: ReactNode }) {
  const t = useTranslations("fulfilment.queue");
  const [state, action, pending] = useActionState<InventoryFormState, FormData>(createPickListAction, IDLE);
  const form = useRef<HTMLFormElement>(null);
  const boxes = () => [...(form.current?.querySelectorAll<HTMLInputElement>('input[name="orderId"]') ?? [])];
  const toggleAll = () => {
    const all = boxes();
    const check = all.some((box) => !box.checked);
    for (const box of all) box.checked = check;
  };
  return (
    <form ref={form} onSubmit={submitWithoutReset(action)} className="space-y-4">
      <LocaleField />
      <FulfilmentNotice state={state} />
      {children}
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending}>{t("createPickList")}</SubmitButton>
        <button type="button" onClick={toggleAll} className={secondaryButtonClass}>
          {t("selectAll")}
        </button>
      </div>
    </form>
  );
}
