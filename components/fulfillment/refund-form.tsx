"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { refundOrderAction } from "@/app/[locale]/warehouse/orders/actions";
import { Field, FieldError, inputBase, SubmitButton, submitWithoutReset, TextAreaField } from "@/components/forms/field";
import type { InventoryFormState } from "@/components/warehouse/form-state";
import { num, TableFrame, td, th } from "@/components/warehouse/ui";
import { REFUND_REASON_MAX } from "@/lib/fulfillment/refund-input";
import { IDLE } from "@/lib/forms/state";
import { formatFen, parseYuanToFen } from "@/lib/money/format";
import { FULFILMENT, FulfilmentNotice } from "./form-notice";

export interface RefundableLine {
  id: string;
  sku: string;
  name: string;
  enterprise: string;
  unitPriceFen: number;
  /** Pieces not yet refunded. */
  left: number;
}

/**
 * A full or partial refund: pieces per line (at most what is left of each), shipping and packing
 * to return, and the reason. The total shown is only a preview; the server prices the refund
 * from the order itself.
 */
export function RefundForm({ orderId, lines, shippingLeftFen }: { orderId: string; lines: RefundableLine[]; shippingLeftFen: number }) {
  const t = useTranslations("fulfilment.refund");
  const locale = useLocale() === "en" ? "en" : "zh-CN";
  const [state, action, pending] = useActionState<InventoryFormState, FormData>(refundOrderAction, IDLE);
  const [pieces, setPieces] = useState<Record<string, string>>({});
  const [shipping, setShipping] = useState("");
  const shown = state.status === "ok" ? IDLE : state;
  const previewFen =
    lines.reduce((sum, line) => {
      const n = Number(pieces[line.id] ?? "");
      return sum + (Number.isSafeInteger(n) && n > 0 ? Math.min(n, line.left) * line.unitPriceFen : 0);
    }, 0) + Math.min(parseYuanToFen(shipping) ?? 0, shippingLeftFen);

  return (
    <form onSubmit={submitWithoutReset(action)} className="space-y-4" noValidate>
      <FulfilmentNotice state={state} okText={state.result ? t("done", { amount: formatFen(Number(state.result.amountFen), locale) }) : undefined} />
      <input type="hidden" name="orderId" value={orderId} />
      <TableFrame label={t("title")}>
        <thead>
          <tr>
            <th scope="col" className={th}>{t("line")}</th>
            <th scope="col" className={`${th} ${num}`}>{t("unitPrice")}</th>
            <th scope="col" className={`${th} ${num}`}>{t("left")}</th>
            <th scope="col" className={`${th} ${num}`}>{t("pieces")}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => {
            const field = `lines.${index}.quantity`;
            const error = shown.fieldErrors?.[field];
            return (
              <tr key={line.id}>
                <td className={td}>
                  <span className="font-mono text-xs">{line.sku}</span>
                  <span className="block">{line.name}</span>
                  <span className="block text-xs text-ink-soft">{line.enterprise}</span>
                </td>
                <td className={`${td} ${num}`}>{formatFen(line.unitPriceFen, locale)}</td>
                <td className={`${td} ${num}`}>{line.left}</td>
                <td className={`${td} ${num}`}>
                  <input type="hidden" name={`lines.${index}.id`} value={line.id} />
                  <label htmlFor={`refund-${index}`} className="sr-only">
                    {t("piecesOf", { sku: line.sku })}
                  </label>
                  <input
                    id={`refund-${index}`}
                    name={field}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={line.left}
                    step={1}
                    disabled={line.left === 0}
                    value={pieces[line.id] ?? ""}
                    onChange={(event) => setPieces({ ...pieces, [line.id]: event.target.value })}
                    placeholder="0"
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `refund-${index}-error` : undefined}
                    className={`${inputBase} w-20 text-right`}
                  />
                  <FieldError state={shown} name={field} id={`refund-${index}-error`} {...FULFILMENT} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </TableFrame>
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <Field
          name="shipping"
          label={t("shipping")}
          hint={t("shippingHint", { amount: formatFen(shippingLeftFen, locale) })}
          state={shown}
          {...FULFILMENT}
          idPrefix="refund"
          inputMode="decimal"
          value={shipping}
          onChange={(event) => setShipping(event.target.value)}
          disabled={shippingLeftFen === 0}
          placeholder="0.00"
        />
        <TextAreaField name="reason" label={t("reason")} state={shown} {...FULFILMENT} idPrefix="refund" maxLength={REFUND_REASON_MAX} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
        <p className="text-sm tabular-nums text-ink-soft" aria-live="polite">
          {t("preview", { amount: formatFen(previewFen, locale) })}
        </p>
      </div>
    </form>
  );
}
