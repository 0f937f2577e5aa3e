"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useRef, useState } from "react";
import { announceReceiptAction } from "@/app/[locale]/enterprise/inbound/new/actions";
import { inputClass, LocaleField, SubmitButton, submitWithoutReset } from "@/components/forms/field";
import { IDLE } from "@/lib/forms/state";
import { FieldError, FormNotice, TextAreaField } from "./form-controls";
import type { InventoryFormState } from "./form-state";
import { secondaryButtonClass } from "./ui";

export interface AnnounceOption {
  id: string;
  label: string;
}

interface Row {
  key: number;
  variantId: string;
  quantity: string;
}

/**
 * The shipment editor: one row per SKU (a select of the enterprise's own SKUs and a number of
 * pieces), rows added and removed with buttons. Rows live in React state, so what was typed
 * stays when the server refuses the form; errors show on the row they concern.
 */
export function AnnounceForm({ enterpriseId, options, initial }: { enterpriseId: string; options: AnnounceOption[]; initial: { variantId: string; quantity: string }[] }) {
  const t = useTranslations("warehouseConsole.announce");
  const tc = useTranslations("warehouseConsole.common");
  const [state, action, pending] = useActionState<InventoryFormState, FormData>(announceReceiptAction, IDLE);
  const nextKey = useRef(initial.length + 1);
  const [rows, setRows] = useState<Row[]>(() => (initial.length ? initial : [{ variantId: "", quantity: "" }]).map((r, i) => ({ key: i, ...r })));
  const baseId = useId();
  const total = rows.reduce((sum, r) => sum + (/^\d+$/.test(r.quantity) ? Number(r.quantity) : 0), 0);

  const update = (key: number, patch: Partial<Row>) => setRows((current) => current.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => {
    const key = nextKey.current++;
    setRows((current) => [...current, { key, variantId: "", quantity: "" }]);
    // Focus the new row's SKU select once it is rendered.
    requestAnimationFrame(() => document.getElementById(`${baseId}-sku-${key}`)?.focus());
  };
  const remove = (key: number, index: number) => {
    setRows((current) => current.filter((r) => r.key !== key));
    requestAnimationFrame(() => document.getElementById(`${baseId}-sku-${rows[index === 0 ? 1 : index - 1]?.key}`)?.focus());
  };

  return (
    <form
      // Rows are React state; a form reset would put their selects back to "choose a SKU".
      onSubmit={submitWithoutReset(action)}
      className="space-y-5"
      noValidate
    >
      <FormNotice state={state} />
      <input type="hidden" name="enterpriseId" value={enterpriseId} />
      <LocaleField />
      <fieldset className="space-y-3">
        <legend className="sr-only">{t("title")}</legend>
        {rows.map((row, index) => {
          const skuName = `lines.${index}.variantId`;
          const qtyName = `lines.${index}.quantity`;
          const skuError = state.fieldErrors?.[skuName];
          const qtyError = state.fieldErrors?.[qtyName];
          return (
            <div key={row.key} className="grid grid-cols-[1fr_6.5rem_auto] items-start gap-2 rounded-xl border border-porcelain-deep p-3 sm:grid-cols-[1fr_8rem_auto]" data-testid="announce-row">
              <div className="min-w-0">
                <label htmlFor={`${baseId}-sku-${row.key}`} className="mb-1 block text-xs font-medium text-ink-soft">
                  {t("line", { line: index + 1 })} · {t("sku")}
                </label>
                <select
                  id={`${baseId}-sku-${row.key}`}
                  name={skuName}
                  value={row.variantId}
                  onChange={(event) => update(row.key, { variantId: event.target.value })}
                  aria-invalid={skuError ? true : undefined}
                  aria-describedby={skuError ? `${baseId}-sku-${row.key}-error` : undefined}
                  className={inputClass}
                >
                  <option value="">{t("chooseSku")}</option>
                  {options.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.label}
                    </option>
                  ))}
                </select>
                <FieldError state={state} name={skuName} id={`${baseId}-sku-${row.key}-error`} />
              </div>
              <div>
                <label htmlFor={`${baseId}-qty-${row.key}`} className="mb-1 block text-xs font-medium text-ink-soft">
                  {t("quantity")}
                </label>
                <input
                  id={`${baseId}-qty-${row.key}`}
                  name={qtyName}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={100000}
                  step={1}
                  value={row.quantity}
                  onChange={(event) => update(row.key, { quantity: event.target.value })}
                  aria-invalid={qtyError ? true : undefined}
                  aria-describedby={qtyError ? `${baseId}-qty-${row.key}-error` : undefined}
                  className={`${inputClass} text-right tabular-nums`}
                />
                <FieldError state={state} name={qtyName} id={`${baseId}-qty-${row.key}-error`} />
              </div>
              <button
                type="button"
                onClick={() => remove(row.key, index)}
                disabled={rows.length === 1}
                aria-label={t("removeLine", { line: index + 1 })}
                className="mt-5 rounded-full px-3 py-2 text-lg leading-none text-ink-soft hover:bg-porcelain-deep hover:text-cinnabar disabled:opacity-30"
              >
                ×
              </button>
            </div>
          );
        })}
      </fieldset>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <button type="button" onClick={add} className={secondaryButtonClass}>
          + {t("addLine")}
        </button>
        <p className="text-sm tabular-nums text-ink-soft" aria-live="polite">
          {t("totalPieces", { count: total })}
        </p>
      </div>
      <TextAreaField name="note" label={`${t("note")} (${tc("optional")})`} hint={t("noteHint")} state={state} maxLength={500} />
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}
