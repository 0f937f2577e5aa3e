"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { receiveReceiptAction } from "@/app/[locale]/warehouse/receipts/[id]/actions";
import { inputClass, LocaleField, SubmitButton, submitWithoutReset } from "@/components/forms/field";
import { IDLE } from "@/lib/forms/state";
import { FieldError, FormNotice, TextAreaField } from "./form-controls";
import type { InventoryFormState } from "./form-state";

export interface ReceiveLine {
  id: string;
  sku: string;
  name: string;
  announced: number;
  /** Bins that already hold this SKU, largest first: the first is the default. */
  binsWithSku: { id: string; code: string; quantity: number }[];
}

/**
 * Receiving a shipment, line by line: good and broken pieces and the bin for the good ones.
 * Defaults assume everything arrived whole into the SKU's usual bin; errors show on the line.
 */
export function ReceiveForm({ receiptId, lines, bins }: { receiptId: string; lines: ReceiveLine[]; bins: { id: string; code: string }[] }) {
  const t = useTranslations("warehouseConsole.receive");
  const tc = useTranslations("warehouseConsole.common");
  const [state, action, pending] = useActionState<InventoryFormState, FormData>(receiveReceiptAction, IDLE);
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const a11y = (name: string) => {
    const error = state.fieldErrors?.[name];
    return { id: `rf-${name.replaceAll(".", "-")}`, "aria-invalid": error ? true : undefined, "aria-describedby": error ? `rf-${name.replaceAll(".", "-")}-error` : undefined };
  };
  return (
    <form onSubmit={submitWithoutReset(action)} className="space-y-5" noValidate>
      <FormNotice state={state} />
      <input type="hidden" name="receiptId" value={receiptId} />
      <LocaleField />
      <p className="text-sm text-ink-soft">{t("hint")}</p>
      <ol className="space-y-3">
        {lines.map((line, index) => {
          const name = (field: string) => `lines.${index}.${field}`;
          return (
            <li key={line.id} className="grid gap-3 rounded-xl border border-porcelain-deep p-3 md:grid-cols-[minmax(0,1fr)_6rem_6rem_10rem] md:items-start" data-testid="receive-line">
              <input type="hidden" name={name("lineId")} value={line.id} />
              <div className="min-w-0">
                <p className="font-mono text-sm font-medium">{line.sku}</p>
                <p className="text-sm">{line.name}</p>
                <p className="text-xs text-ink-soft">
                  {t("announced")}: {tc("pieces", { count: line.announced })}
                </p>
              </div>
              <div className="grid grid-cols-3 gap-3 md:contents">
                <div>
                  <label htmlFor={a11y(name("good")).id} className="mb-1 block text-xs font-medium text-ink-soft">
                    {t("good")}
                  </label>
                  <input
                    {...a11y(name("good"))}
                    name={name("good")}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={line.announced}
                    defaultValue={value(name("good"), String(line.announced))}
                    aria-label={t("goodLabel", { sku: line.sku })}
                    className={`${inputClass} text-right tabular-nums`}
                  />
                  <FieldError state={state} name={name("good")} id={`${a11y(name("good")).id}-error`} />
                </div>
                <div>
                  <label htmlFor={a11y(name("broken")).id} className="mb-1 block text-xs font-medium text-ink-soft">
                    {t("broken")}
                  </label>
                  <input
                    {...a11y(name("broken"))}
                    name={name("broken")}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={line.announced}
                    defaultValue={value(name("broken"), "0")}
                    aria-label={t("brokenLabel", { sku: line.sku })}
                    className={`${inputClass} text-right tabular-nums`}
                  />
                  <FieldError state={state} name={name("broken")} id={`${a11y(name("broken")).id}-error`} />
                </div>
                <div>
                  <label htmlFor={a11y(name("binId")).id} className="mb-1 block text-xs font-medium text-ink-soft">
                    {t("bin")}
                  </label>
                  <select
                    {...a11y(name("binId"))}
                    name={name("binId")}
                    defaultValue={value(name("binId"), line.binsWithSku[0]?.id ?? "")}
                    aria-label={t("binLabel", { sku: line.sku })}
                    className={`${inputClass} font-mono`}
                  >
                    <option value="">{t("chooseBin")}</option>
                    {line.binsWithSku.length > 0 && (
                      <optgroup label={t("binsWithSku")}>
                        {line.binsWithSku.map((bin) => (
                          <option key={bin.id} value={bin.id}>
                            {bin.code} ({bin.quantity})
                          </option>
                        ))}
                      </optgroup>
                    )}
                    <optgroup label={t("allBins")}>
                      {bins.map((bin) => (
                        <option key={bin.id} value={bin.id}>
                          {bin.code}
                        </option>
                      ))}
                    </optgroup>
                  </select>
                  <FieldError state={state} name={name("binId")} id={`${a11y(name("binId")).id}-error`} />
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <TextAreaField name="note" label={`${t("note")} (${tc("optional")})`} state={state} maxLength={500} />
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}
