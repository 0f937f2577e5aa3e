"use client";

import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, startTransition, type TextareaHTMLAttributes } from "react";
import type { InventoryFormState } from "./form-state";

/**
 * Form pieces of the warehouse and enterprise stock consoles. Error keys come from the server
 * actions: first looked up in warehouseConsole.errors, then in the shared `validation` namespace,
 * with the refusal's details (e.g. how many pieces a bin holds) as values.
 */
export function useErrorText() {
  const t = useTranslations();
  return (key: string, values?: Record<string, string | number>) => {
    if (t.has(`warehouseConsole.errors.${key}`)) return t(`warehouseConsole.errors.${key}`, values);
    if (t.has(`validation.${key}`)) return t(`validation.${key}`);
    return t("warehouseConsole.errors.invalid");
  };
}

/** Input look without a width, for inputs sized by their place (table cells). */
export const inputBase =
  "rounded-lg border border-celadon-100 bg-white px-3 py-2 text-sm aria-[invalid]:border-cinnabar focus:border-cobalt-500 focus:outline-none disabled:bg-porcelain-deep";
export const inputClass = `w-full ${inputBase}`;

/**
 * An onSubmit that sends the form to its action without React's automatic form reset. That
 * reset puts every <select> back to the option it had when first rendered, so after a refused
 * submission the choices made would silently be lost (text inputs survive through their
 * defaultValue from the returned values; selects do not).
 */
export function submitWithoutReset(action: (data: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => action(data));
  };
}

/** The reader's locale, sent with forms whose action redirects (actions cannot read the route's locale). */
export function LocaleField() {
  return <input type="hidden" name="locale" value={useLocale()} />;
}

/** The outcome line of a form: ok text, or the translated refusal. */
export function FormNotice({ state, okText }: { state: InventoryFormState; okText?: string }) {
  const errorText = useErrorText();
  if (state.status === "ok" && okText) {
    return (
      <p role="status" className="rounded-lg bg-celadon-50 px-3 py-2 text-sm text-celadon-800">
        {okText}
      </p>
    );
  }
  if (state.status === "error" && state.message) {
    return (
      <p role="alert" className="rounded-lg bg-cinnabar/10 px-3 py-2 text-sm text-cinnabar">
        {errorText(state.message, state.detail)}
      </p>
    );
  }
  return null;
}

/** The error under one field, if the server named one for it. */
export function FieldError({ state, name, id }: { state: InventoryFormState; name: string; id: string }) {
  const errorText = useErrorText();
  const error = state.fieldErrors?.[name];
  if (!error) return null;
  return (
    <p id={id} role="alert" className="mt-1 text-xs text-cinnabar">
      {errorText(error, state.detail)}
    </p>
  );
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  state: InventoryFormState;
  /** Visually hide the label (tables, where a column header says it), keeping it for screen readers. */
  hideLabel?: boolean;
  className?: string;
}

function ids(name: string) {
  const id = `wf-${name.replace(/[^\w-]/g, "-")}`;
  return { id, errorId: `${id}-error`, hintId: `${id}-hint` };
}

function Described({ name, label, hint, state, hideLabel, className, children }: FieldProps & { children: (a11y: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode }) {
  const { id, errorId, hintId } = ids(name);
  const error = state.fieldErrors?.[name];
  return (
    <div className={className}>
      <label htmlFor={id} className={hideLabel ? "sr-only" : "mb-1 block text-sm font-medium"}>
        {label}
      </label>
      {children({ id, ...(error ? { "aria-invalid": true as const } : {}), ...(error ? { "aria-describedby": errorId } : hint ? { "aria-describedby": hintId } : {}) })}
      {hint && !error && (
        <p id={hintId} className="mt-1 text-xs text-ink-soft">
          {hint}
        </p>
      )}
      <FieldError state={state} name={name} id={errorId} />
    </div>
  );
}

/** A labelled input that shows its error next to it and what was typed after a refusal. */
export function TextField({ name, label, hint, state, hideLabel, className, defaultValue, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Described name={name} label={label} hint={hint} state={state} hideLabel={hideLabel} className={className}>
      {(a11y) => <input name={name} defaultValue={state.values?.[name] ?? defaultValue} className={inputClass} {...a11y} {...input} />}
    </Described>
  );
}

export function NumberField(props: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return <TextField type="number" inputMode="numeric" min={0} step={1} {...props} />;
}

export function SelectField({ name, label, hint, state, hideLabel, className, defaultValue, children, ...select }: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Described name={name} label={label} hint={hint} state={state} hideLabel={hideLabel} className={className}>
      {(a11y) => (
        <select name={name} defaultValue={state.values?.[name] ?? defaultValue} className={inputClass} {...a11y} {...select}>
          {children}
        </select>
      )}
    </Described>
  );
}

export function TextAreaField({ name, label, hint, state, hideLabel, className, defaultValue, ...area }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Described name={name} label={label} hint={hint} state={state} hideLabel={hideLabel} className={className}>
      {(a11y) => <textarea name={name} rows={2} defaultValue={state.values?.[name] ?? defaultValue} className={inputClass} {...a11y} {...area} />}
    </Described>
  );
}
