"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setThresholdAction } from "@/app/[locale]/enterprise/stock/actions";
import { IDLE } from "@/lib/forms/state";
import { inputBase } from "@/components/forms/field";
import { useErrorText } from "./form-controls";
import type { InventoryFormState } from "./form-state";

/** The low-stock threshold of one SKU, edited in its table row. */
export function ThresholdForm({ enterpriseId, variantId, sku, threshold }: { enterpriseId: string; variantId: string; sku: string; threshold: number }) {
  const t = useTranslations("warehouseConsole");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState<InventoryFormState, FormData>(setThresholdAction, IDLE);
  const id = `threshold-${variantId}`;
  const error = state.status === "error" ? (state.fieldErrors?.threshold ?? state.message) : undefined;
  return (
    <form action={action} className="flex items-start justify-end gap-2">
      <input type="hidden" name="enterpriseId" value={enterpriseId} />
      <input type="hidden" name="variantId" value={variantId} />
      <div>
        <label htmlFor={id} className="sr-only">
          {t("stock.thresholdLabel", { sku })}
        </label>
        <input
          id={id}
          name="threshold"
          type="number"
          inputMode="numeric"
          min={0}
          max={100000}
          step={1}
          defaultValue={state.values?.threshold ?? threshold}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={`${inputBase} w-20 py-1 text-right tabular-nums`}
        />
        {error && (
          <p id={`${id}-error`} role="alert" className="mt-1 max-w-40 text-xs text-cinnabar">
            {errorText(error)}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending} className="rounded-full border border-cobalt-500/40 px-3 py-1 text-xs font-medium text-cobalt-700 hover:bg-cobalt-50 disabled:opacity-60">
        {t("common.save")}
      </button>
      <span role="status" className="w-12 pt-1 text-xs text-celadon-800">
        {state.status === "ok" && !pending ? t("stock.thresholdSaved") : ""}
      </span>
    </form>
  );
}
