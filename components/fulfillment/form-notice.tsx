"use client";

import { useTranslations } from "next-intl";
import type { InventoryFormState } from "@/components/warehouse/form-state";

/** A refusal's text: fulfilment.errors first, then the shared `validation` namespace. */
export function useFulfilmentError() {
  const t = useTranslations();
  return (key: string, values?: Record<string, string | number>) => {
    if (t.has(`fulfilment.errors.${key}`)) return t(`fulfilment.errors.${key}`, values);
    if (t.has(`validation.${key}`)) return t(`validation.${key}`);
    return t("fulfilment.errors.invalid");
  };
}

/** The outcome line of a fulfilment form. */
export function FulfilmentNotice({ state, okText }: { state: InventoryFormState; okText?: string }) {
  const errorText = useFulfilmentError();
  if (state.status === "ok" && okText) {
    return (
      <p role="status" className="rounded-lg bg-celadon-50 px-3 py-2 text-sm text-celadon-800">
        {okText}
      </p>
    );
  }
  if (state.status === "error" && state.message && state.message !== "form") {
    return (
      <p role="alert" className="rounded-lg bg-cinnabar/10 px-3 py-2 text-sm text-cinnabar">
        {errorText(state.message, state.detail)}
      </p>
    );
  }
  return null;
}

/** The error under one field. */
export function FulfilmentFieldError({ state, name, id }: { state: InventoryFormState; name: string; id: string }) {
  const errorText = useFulfilmentError();
  const error = state.fieldErrors?.[name];
  if (!error) return null;
  return (
    <p id={id} role="alert" className="mt-1 text-xs text-cinnabar">
      {errorText(error, state.detail)}
    </p>
  );
}
