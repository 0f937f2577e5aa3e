"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { recordBreakageAction } from "@/app/[locale]/warehouse/breakage/actions";
import { SubmitButton, submitWithoutReset } from "@/components/forms/field";
import { IDLE } from "@/lib/forms/state";
import { BREAKAGE_REASONS } from "@/lib/inventory/breakage-reasons";
import { FormNotice, NumberField, SelectField, TextAreaField, TextField } from "./form-controls";
import type { InventoryFormState } from "./form-state";

/** Record broken pieces: SKU and bin by their codes (typed or scanned), how many, why. */
export function BreakageForm({ bins, defaults }: { bins: string[]; defaults: { sku?: string; bin?: string } }) {
  const t = useTranslations("warehouseConsole");
  const [state, action, pending] = useActionState<InventoryFormState, FormData>(recordBreakageAction, IDLE);
  // After a refusal the form keeps what was typed and chosen; after a success it starts afresh.
  const shown = state.status === "ok" ? IDLE : state;
  const form = useRef<HTMLFormElement>(null);
  const reference = state.status === "ok" ? state.result?.reference : undefined;
  useEffect(() => {
    if (reference) form.current?.reset();
  }, [reference]);
  return (
    <form ref={form} onSubmit={submitWithoutReset(action)} className="space-y-4" noValidate>
      <FormNotice state={state} okText={state.result ? t("breakage.recorded", { reference: String(state.result.reference) }) : undefined} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="sku" label={t("breakage.sku")} hint={t("breakage.skuHint")} state={shown} defaultValue={defaults.sku} autoComplete="off" spellCheck={false} maxLength={64} required />
        <TextField name="bin" label={t("breakage.bin")} state={shown} defaultValue={defaults.bin} list="breakage-bins" autoComplete="off" spellCheck={false} maxLength={20} required />
        <datalist id="breakage-bins">
          {bins.map((code) => (
            <option key={code} value={code} />
          ))}
        </datalist>
        <NumberField name="quantity" label={t("breakage.quantity")} state={shown} min={1} max={100000} defaultValue="1" required />
        <SelectField name="reason" label={t("breakage.reason")} state={shown} defaultValue="HANDLING">
          {BREAKAGE_REASONS.map((reason) => (
            <option key={reason} value={reason}>
              {t(`breakageReasons.${reason}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField name="note" label={`${t("breakage.note")} (${t("common.optional")})`} state={shown} maxLength={300} />
      <SubmitButton pending={pending}>{t("breakage.submit")}</SubmitButton>
    </form>
  );
}
