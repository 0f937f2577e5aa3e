"use client";

import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, startTransition, type TextareaHTMLAttributes } from "react";
import type { FormState } from "@/lib/forms/state";

/**
 * The form controls of the shop and of every console: a labelled field whose error (a message
 * key from the server) shows next to it and which shows again what was typed when the server
 * refused the form, the form's outcome line, and the submit button.
 *
 * Error keys are looked up first in the form's own `errors` namespace (e.g.
 * "adminConsole.errors"), with the refusal's details as values ("this bin holds only {inBin}"),
 * then in the shared `validation` namespace; an unknown key reads as the own namespace's
 * `invalid` text, else validation's.
 */

/** A form's state as the consoles' actions return it: plus the values a refusal's message needs. */
export type FieldState = FormState & { detail?: Record<string, string | number> };

/** Input look without a width, for inputs sized by their place (table cells). */
export const inputBase =
  "rounded-lg border border-celadon-100 bg-white px-3 py-2 text-sm aria-[invalid]:border-cinnabar focus:border-cobalt-500 focus:outline-none disabled:bg-porcelain-deep";
export const inputClass = `w-full ${inputBase}`;

export function useErrorText(errors?: string) {
  const t = useTranslations();
  return (key: string, values?: Record<string, string | number>) => {
    if (errors && t.has(`${errors}.${key}`)) return t(`${errors}.${key}`, values);
    if (t.has(`validation.${key}`)) return t(`validation.${key}`);
    return errors && t.has(`${errors}.invalid`) ? t(`${errors}.invalid`) : t("validation.invalid");
  };
}

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

/** The error under one field, if the server named one for it (for inputs laid out by hand, e.g. in table cells). */
export function FieldError({ state, name, id, errors, className = "mt-1" }: { state?: FieldState; name: string; id: string; errors?: string; className?: string }) {
  const errorText = useErrorText(errors);
  const error = state?.fieldErrors?.[name];
  if (!error) return null;
  return (
    <p id={id} role="alert" className={`${className} text-xs text-cinnabar`}>
      {errorText(error, state?.detail)}
    </p>
  );
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  state?: FieldState;
  /** The form's own namespace of error keys, looked up before `validation`. */
  errors?: string;
  /** Starts the control's id ("field" unless given): set it when one page shows the same name in several forms. */
  idPrefix?: string;
  /** The input's look; the shop's and warehouse's unless a console has its own. */
  inputClassName?: string;
  /** Classes of the field's box (its width in a row). */
  className?: string;
}

type A11y = { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string };

/** The label, the control (given its id and aria wiring), and the hint or the error under it. */
function Described({ name, label, hint, state, errors, idPrefix = "field", className, children }: FieldProps & { children: (a11y: A11y) => ReactNode }) {
  const id = `${idPrefix}-${name.replace(/[^\w-]/g, "-")}`;
  const error = state?.fieldErrors?.[name];
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className={className ? `space-y-1 ${className}` : "space-y-1"}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children({ id, name, ...(error ? { "aria-invalid": true as const } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) })}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-ink-soft">
          {hint}
        </p>
      )}
      <FieldError state={state} name={name} id={`${id}-error`} errors={errors} className="" />
    </div>
  );
}

/**
 * A labelled input. With a `prefix` or `suffix` (a unit: ¥ before, g / % / minutes after) the
 * unit stands inside the input's box.
 */
export function Field({
  name,
  label,
  hint,
  state,
  errors,
  idPrefix,
  inputClassName = inputClass,
  className,
  prefix,
  suffix,
  defaultValue,
  ...input
}: FieldProps & { prefix?: string; suffix?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Described name={name} label={label} hint={hint} state={state} errors={errors} idPrefix={idPrefix} className={className}>
      {(a11y) => {
        const control = (
          <input
            // A controlled input (given its value) takes no default.
            defaultValue={input.value === undefined ? (state?.values?.[name] ?? defaultValue) : undefined}
            className={prefix || suffix ? `${inputClassName} tabular-nums ${prefix ? "pl-7" : ""} ${suffix ? "pr-16" : ""}` : inputClassName}
            {...a11y}
            {...input}
          />
        );
        if (!prefix && !suffix) return control;
        return (
          <div className="relative">
            {prefix && <span className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-sm text-ink-soft">{prefix}</span>}
            {control}
            {suffix && <span className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-sm text-ink-soft">{suffix}</span>}
          </div>
        );
      }}
    </Described>
  );
}

export function NumberField(props: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return <Field type="number" inputMode="numeric" min={0} step={1} {...props} />;
}

export function TextAreaField({ name, label, hint, state, errors, idPrefix, inputClassName = inputClass, className, defaultValue, ...area }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Described name={name} label={label} hint={hint} state={state} errors={errors} idPrefix={idPrefix} className={className}>
      {(a11y) => <textarea rows={2} defaultValue={state?.values?.[name] ?? defaultValue} className={inputClassName} {...a11y} {...area} />}
    </Described>
  );
}

/** A labelled select, of `options` or of the option elements given as children. */
export function SelectField({
  name,
  label,
  hint,
  state,
  errors,
  idPrefix,
  inputClassName = inputClass,
  className,
  defaultValue,
  options,
  children,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options?: { value: string; label: string }[] }) {
  const shown = state?.values?.[name] ?? defaultValue;
  return (
    <Described name={name} label={label} hint={hint} state={state} errors={errors} idPrefix={idPrefix} className={className}>
      {/* React applies a select's defaultValue only when it mounts, and resets the form after each
          action: remounting on the value to show keeps the choice that was refused. */}
      {(a11y) => (
        <select key={String(shown)} defaultValue={shown} className={inputClassName} {...a11y} {...select}>
          {options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {children}
        </select>
      )}
    </Described>
  );
}

/**
 * The form's outcome line under its title: `okText` (or, with `okMessages`, the ok message key
 * the action returned, in that namespace), or the refusal. With `quietOnFieldErrors` a refusal
 * that only points at fields ("form") shows nothing here: the fields say it.
 */
export function FormMessage({ state, okText, okMessages, errors, quietOnFieldErrors }: { state: FieldState; okText?: string; okMessages?: string; errors?: string; quietOnFieldErrors?: boolean }) {
  const t = useTranslations();
  const errorText = useErrorText(errors);
  if (state.status === "ok") {
    const text = okMessages && state.message ? t(`${okMessages}.${state.message}`) : okText;
    return text ? (
      <p role="status" className="rounded-lg bg-celadon-50 px-3 py-2 text-sm text-celadon-800">
        {text}
      </p>
    ) : null;
  }
  if (state.status === "error" && state.message && !(quietOnFieldErrors && state.message === "form")) {
    return (
      <p role="alert" className="rounded-lg bg-cinnabar/10 px-3 py-2 text-sm text-cinnabar">
        {errorText(state.message, state.detail)}
      </p>
    );
  }
  return null;
}

export function SubmitButton({ children, pending }: { children: ReactNode; pending?: boolean }) {
  return (
    <button
      type="submit"
      disabled={pending}
      className="rounded-full bg-cobalt-700 px-5 py-2 text-sm font-medium text-white hover:bg-cobalt-900 disabled:opacity-60"
    >
      {children}
    </button>
  );
}
