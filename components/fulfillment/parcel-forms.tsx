"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { markDeliveredAction, packOrderAction, shipOrderAction } from "@/app/[locale]/warehouse/orders/actions";
import { SubmitButton } from "@/components/forms/field";
import { inputClass, submitWithoutReset } from "@/components/warehouse/form-controls";
import type { InventoryFormState } from "@/components/warehouse/form-state";
import { CARRIERS } from "@/lib/fulfillment/carriers";
import { IDLE } from "@/lib/forms/state";
import { FulfilmentFieldError, FulfilmentNotice } from "./form-notice";

/**
 * The warehouse's next step for one order, as its status allows: pack (PICKING), ship with a
 * carrier and waybill number (PACKED), mark delivered (SHIPPED). After a step the page shows
 * the next one.
 */

export function PackForm({ orderId, weightGrams }: { orderId: string; weightGrams: number }) {
  const t = useTranslations("fulfilment.pack");
  const [state, action, pending] = useActionState<InventoryFormState, FormData>(packOrderAction, IDLE);
  const error = state.fieldErrors?.weightGrams;
  return (
    <form action={action} className="space-y-3" noValidate>
      <FulfilmentNotice state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <div>
        <label htmlFor="pack-weight" className="mb-1 block text-sm font-medium">
          {t("weight")}
        </label>
        <input
          id="pack-weight"
          name="weightGrams"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          placeholder={String(weightGrams)}
          defaultValue={state.values?.weightGrams}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "pack-weight-error" : "pack-weight-hint"}
          className={`${inputClass} max-w-40`}
        />
        {!error && (
          <p id="pack-weight-hint" className="mt-1 text-xs text-ink-soft">
            {t("weightHint", { grams: weightGrams })}
          </p>
        )}
        <FulfilmentFieldError state={state} name="weightGrams" id="pack-weight-error" />
      </div>
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}

export function ShipForm({ orderId }: { orderId: string }) {
  const t = useTranslations("fulfilment");
  const [state, action, pending] = useActionState<InventoryFormState, FormData>(shipOrderAction, IDLE);
  const carrierError = state.fieldErrors?.carrier;
  const trackingError = state.fieldErrors?.trackingNumber;
  return (
    <form onSubmit={submitWithoutReset(action)} className="space-y-3" noValidate>
      <FulfilmentNotice state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="ship-carrier" className="mb-1 block text-sm font-medium">
            {t("ship.carrier")}
          </label>
          <select id="ship-carrier" name="carrier" defaultValue={state.values?.carrier ?? ""} aria-invalid={carrierError ? true : undefined} aria-describedby={carrierError ? "ship-carrier-error" : undefined} className={inputClass}>
            <option value="" disabled>
              {t("ship.chooseCarrier")}
            </option>
            {CARRIERS.map((carrier) => (
              <option key={carrier} value={carrier}>
                {t(`carriers.${carrier}`)}
              </option>
            ))}
          </select>
          <FulfilmentFieldError state={state} name="carrier" id="ship-carrier-error" />
        </div>
        <div>
          <label htmlFor="ship-tracking" className="mb-1 block text-sm font-medium">
            {t("ship.trackingNumber")}
          </label>
          <input
            id="ship-tracking"
            name="trackingNumber"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={40}
            defaultValue={state.values?.trackingNumber}
            aria-invalid={trackingError ? true : undefined}
            aria-describedby={trackingError ? "ship-tracking-error" : "ship-tracking-hint"}
            className={`${inputClass} font-mono`}
          />
          {!trackingError && (
            <p id="ship-tracking-hint" className="mt-1 text-xs text-ink-soft">
              {t("ship.trackingHint")}
            </p>
          )}
          <FulfilmentFieldError state={state} name="trackingNumber" id="ship-tracking-error" />
        </div>
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
