"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef, useState } from "react";
import { openStocktakeAction } from "@/app/[locale]/warehouse/stocktakes/actions";
import { addStocktakeLineAction, cancelStocktakeAction, refreshStocktakeAction, saveCountsAction } from "@/app/[locale]/warehouse/stocktakes/[id]/actions";
import { inputBase, LocaleField, SubmitButton } from "@/components/forms/field";
import { IDLE } from "@/lib/forms/state";
import { FieldError, FormNotice, TextField } from "./form-controls";
import type { InventoryFormState } from "./form-state";
import { buttonClass, Delta, num, secondaryButtonClass, TableFrame, td, th } from "./ui";

/** Start counting a bin or a SKU, by its code. */
export function OpenStocktakeForm() {
  const t = useTranslations("warehouseConsole.stocktakes");
  const [state, action, pending] = useActionState<InventoryFormState, FormData>(openStocktakeAction, IDLE);
  const scope = state.values?.scope ?? "bin";
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormNotice state={state} />
      <LocaleField />
      <fieldset>
        <legend className="mb-1 text-sm font-medium">{t("scope")}</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {(["bin", "sku"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2 py-1">
              <input type="radio" name="scope" value={value} defaultChecked={scope === value} className="size-4 accent-cobalt-700" />
              {value === "bin" ? t("scopeBin") : t("scopeSku")}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-start gap-3">
        <TextField name="code" label={t("code")} hint={t("codeHint")} state={state} autoComplete="off" spellCheck={false} maxLength={64} className="w-full max-w-xs" />
        <div className="sm:pt-6">
          <SubmitButton pending={pending}>{t("open")}</SubmitButton>
        </div>
      </div>
    </form>
  );
}

/** One button that starts counting a given bin or SKU (from the bins and stock pages). */
export function OpenStocktakeButton({ scope, code, label }: { scope: "bin" | "sku"; code: string; label: string }) {
  const [state, action, pending] = useActionState<InventoryFormState, FormData>(openStocktakeAction, IDLE);
  return (
    <form action={action} className="inline-flex flex-col gap-1">
      <input type="hidden" name="scope" value={scope} />
      <LocaleField />
      <input type="hidden" name="code" value={code} />
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {label}
      </button>
      <FormNotice state={state.fieldErrors?.code ? { status: "error", message: state.fieldErrors.code } : state} />
    </form>
  );
}

export interface CountLine {
  id: string;
  binCode: string;
  sku: string;
  name: string;
  enterprise: string;
  expected: number;
  counted: number | null;
  /** What the bin holds now, when it differs from `expected`. */
  movedTo: number | null;
}

/**
 * The count sheet: one number per line, the variance shown as it is typed. "Save" keeps the
 * counts; "Post" saves and posts them.
 */
export function CountsForm({ stocktakeId, lines }: { stocktakeId: string; lines: CountLine[] }) {
  const t = useTranslations("warehouseConsole.stocktake");
  const tc = useTranslations("warehouseConsole.common");
  const [state, action, pending] = useActionState<InventoryFormState, FormData>(saveCountsAction, IDLE);
  // Typed counts by line and snapshot: a line that is added, or refreshed to a new expected
  // quantity, starts from the server's value, while other lines keep what was typed.
  const [typed, setTyped] = useState<Record<string, string>>({});
  const keyOf = (line: CountLine) => `${line.id}:${line.expected}`;
  const countOf = (line: CountLine) => typed[keyOf(line)] ?? (line.counted === null ? "" : String(line.counted));
  const variance = (line: CountLine) => {
    const typed = countOf(line);
    return /^\d+$/.test(typed) ? Number(typed) - line.expected : null;
  };
  const net = lines.reduce((sum, l) => sum + (variance(l) ?? 0), 0);
  // An outcome (e.g. "stock moved") concerns the snapshot it was submitted against; once the
  // lines are refreshed or added to, it no longer applies.
  const snapshot = lines.map(keyOf).join(",");
  const submittedSnapshot = useRef(snapshot);
  const shown: InventoryFormState = submittedSnapshot.current === snapshot ? state : IDLE;
  return (
    <form action={action} onSubmit={() => (submittedSnapshot.current = snapshot)} className="space-y-4" noValidate>
      <FormNotice state={shown} okText={shown.result?.intent === "save" ? t("saved") : undefined} />
      <input type="hidden" name="stocktakeId" value={stocktakeId} />
      <LocaleField />
      <TableFrame>
        <thead>
          <tr>
            <th scope="col" className={th}>{tc("bin")}</th>
            <th scope="col" className={th}>{tc("sku")}</th>
            <th scope="col" className={`${th} ${num}`}>{t("expected")}</th>
            <th scope="col" className={`${th} ${num}`}>{t("counted")}</th>
            <th scope="col" className={`${th} ${num}`}>{t("variance")}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => {
            const name = `lines.${index}.counted`;
            const id = `count-${line.id}`;
            const error = shown.fieldErrors?.[name];
            const v = variance(line);
            return (
              <tr key={line.id} data-testid="count-line">
                <td className={`${td} font-mono text-xs`}>{line.binCode}</td>
                <td className={td}>
                  <span className="font-mono text-xs">{line.sku}</span>
                  <span className="block max-w-64 truncate text-xs text-ink-soft">
                    {line.name} · {line.enterprise}
                  </span>
                </td>
                <td className={`${td} ${num}`}>
                  {line.expected}
                  {line.movedTo !== null && <span className="block text-xs text-amber-800">{t("now", { count: line.movedTo })}</span>}
                </td>
                <td className={`${td} py-1`}>
                  <input type="hidden" name={`lines.${index}.lineId`} value={line.id} />
                  <label htmlFor={id} className="sr-only">
                    {t("countedLabel", { bin: line.binCode, sku: line.sku })}
                  </label>
                  <input
                    id={id}
                    name={name}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    step={1}
                    value={countOf(line)}
                    onChange={(event) => setTyped((current) => ({ ...current, [keyOf(line)]: event.target.value }))}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${id}-error` : undefined}
                    className={`${inputBase} ml-auto block w-24 text-right tabular-nums`}
                  />
                  <FieldError state={shown} name={name} id={`${id}-error`} />
                </td>
                <td className={`${td} ${num} font-medium`}>{v === null ? <span className="text-ink-soft">{tc("none")}</span> : <Delta value={v} />}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4} className={`${td} text-right text-sm font-medium`}>
              {t("net")}
            </th>
            <td className={`${td} ${num} font-semibold`}>
              <Delta value={net} />
            </td>
          </tr>
        </tfoot>
      </TableFrame>
      <p className="text-sm text-ink-soft">{t("postHint")}</p>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="save" disabled={pending} className={secondaryButtonClass}>
          {t("save")}
        </button>
        <button
          type="submit"
          name="intent"
          value="post"
          disabled={pending}
          className={buttonClass}
          onClick={(event) => {
            if (!window.confirm(t("postConfirm"))) event.preventDefault();
          }}
        >
          {t("post")}
        </button>
      </div>
    </form>
  );
}

/** Add a line for a SKU found in a bin where the system did not expect it. */
export function AddLineForm({ stocktakeId, fixedBin, fixedSku }: { stocktakeId: string; fixedBin?: string; fixedSku?: string }) {
  const t = useTranslations("warehouseConsole.stocktake");
  const [state, action, pending] = useActionState<InventoryFormState, FormData>(addStocktakeLineAction, IDLE);
  const shown = state.status === "ok" ? IDLE : state;
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormNotice state={state} okText={t("added")} />
      <input type="hidden" name="stocktakeId" value={stocktakeId} />
      <div className="flex flex-wrap items-start gap-3">
        {fixedBin ? <input type="hidden" name="bin" value={fixedBin} /> : <TextField name="bin" label={t("addLineBin")} state={shown} autoComplete="off" spellCheck={false} maxLength={20} className="w-36" />}
        {fixedSku ? <input type="hidden" name="sku" value={fixedSku} /> : <TextField name="sku" label={t("addLineSku")} state={shown} autoComplete="off" spellCheck={false} maxLength={64} className="w-56" />}
        <div className="pt-6">
          <SubmitButton pending={pending}>{t("add")}</SubmitButton>
        </div>
      </div>
    </form>
  );
}

/**
 * Shown while some lines' stock moved since the snapshot; stays mounted (rendering nothing) when
 * there are none, so its outcome message survives the refresh that made the warning go away.
 */
export function RefreshStocktakeNotice({ stocktakeId, stale }: { stocktakeId: string; stale: number }) {
  const t = useTranslations("warehouseConsole.stocktake");
  const [state, action, pending] = useActionState<InventoryFormState, FormData>(refreshStocktakeAction, IDLE);
  if (stale === 0 && state.status === "idle") return null;
  return (
    <div className="mb-6 rounded-2xl bg-amber-50 p-4 sm:p-6">
      {stale > 0 && (
        <p role="alert" className="mb-3 text-sm text-amber-900">
          {t("stale", { count: stale })}
        </p>
      )}
      <form action={action} className="space-y-2">
        <input type="hidden" name="stocktakeId" value={stocktakeId} />
        <FormNotice state={state} okText={state.result ? t("refreshed", { count: Number(state.result.refreshed) }) : undefined} />
        {stale > 0 && (
          <button type="submit" disabled={pending} className={secondaryButtonClass}>
            {t("refresh")}
          </button>
        )}
      </form>
    </div>
  );
}

export function CancelStocktakeButton({ stocktakeId }: { stocktakeId: string }) {
  const t = useTranslations("warehouseConsole.stocktake");
  const [state, action, pending] = useActionState<InventoryFormState, FormData>(cancelStocktakeAction, IDLE);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="stocktakeId" value={stocktakeId} />
      <FormNotice state={state} okText={t("cancelled")} />
      {state.status !== "ok" && (
        <button type="submit" disabled={pending} className="rounded-full px-4 py-2 text-sm text-cinnabar hover:bg-cinnabar/10 disabled:opacity-60">
          {t("cancel")}
        </button>
      )}
    </form>
  );
}
