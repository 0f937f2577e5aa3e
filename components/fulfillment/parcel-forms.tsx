"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { markDeliveredAction, packOrderAction, shipOrderAction } from "@/app/[locale]/warehouse/orders/actions";
import { Field, inputClass, NumberField, SelectField, SubmitButton, submitWithoutReset } from "@/components/forms/field";
import type { InventoryFormState } from "@/components/warehouse/form-state";
import { CARRIERS } from "@/lib/fulfillment/carriers";
import { IDLE } from "@/lib/forms/state";
import { FULFILMENT, FulfilmentNotice } from "./form-notice";

/**
 * The warehouse's next step for one order, as its status allows: pack (PICKING), ship with a
 * carrier and waybill number (PACKED), mark delivered (SHIPPED). After a step the page shows
 * the next one.
 */

export function PackForm({ orderId, weightGrams }: { orderId: string; weightGrams: number }) {
  const t = useTranslations("fulfilment.pack");
  const [state, action, pending] = useActionState<InventoryFormState, FormData>(packOrderAction, IDLE);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FulfilmentNotice state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <NumberField
        name="weightGrams"
        label={t("weight")}
        hint={t("weightHint", { grams: weightGrams })}
        state={state}
        {...FULFILMENT}
        idPrefix="pack"
        min={1}
        placeholder={String(weightGrams)}
        inputClassName={`${inputClass} max-w-40`}
      />
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}

export function ShipForm({ orderId }: { orderId: string }) {
  const t = useTranslations("fulfilment");
  const [state, action, pending] = useActionState<InventoryFormState, FormData>(shipOrderAction, IDLE);
  return (
    <form onSubmit={submitWithoutReset(action)} className="space-y-3" noValidate>
      <FulfilmentNotice state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField name="carrier" label={t("ship.carrier")} state={state} {...FULFILMENT} idPrefix="ship" defaultValue="">
          <option value="" disabled>
            {t("ship.chooseCarrier")}
          </option>
          {CARRIERS.map((carrier) => (
            <option key={carrier} value={carrier}>
              {t(`carriers.${carrier}`)}
            </option>
          ))}
        </SelectField>
        <Field
          name="trackingNumber"
          label={t("ship.trackingNumber")}
          hint={t("ship.trackingHint")}
          state={state}
          {...FULFILMENT}
          idPrefix="ship"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          inputClassName={`${inputClass} font-mono`}
        />
      </div>
      <SubmitButton pending={pending}>{t("ship.submit")}</SubmitButton>
    </form>
  );
}

export function DeliverForm({ orderId, cashOnDelivery }: { orderId: string; cashOnDelivery: boolean }) {
  const t = useTranslations("fulfilment.deliver");
  const [state, action, pending] = useActionState<InventoryFormState, FormData>(markDeliveredAction, IDLE);
  return (
    <form action={action} className="space-y-3">
      <FulfilmentNotice state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <p className="text-sm text-ink-soft">{cashOnDelivery ? t("introCod") : t("intro")}</p>
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}
