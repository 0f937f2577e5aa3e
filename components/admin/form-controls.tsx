"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, type SelectHTMLAttributes, type InputHTMLAttributes, type TextareaHTMLAttributes, useEffect, useRef, useState } from "react";
import type { FormState } from "@/lib/forms/state";
import { buttonClass, inputClass } from "./styles";

/**
 * Form controls of the admin console. Like components/forms/field.tsx (errors next to the
 * field, what was typed shown again after a refusal), but error keys are looked up first in
 * `adminConsole.errors` (the admin's own rules) and then in the generic `validation` namespace.
 */

export function useErrorText(): (key: string) => string {
  const own = useTranslations("adminConsole.errors");
  const generic = useTranslations("validation");
  return (key) => (own.has(key) ? own(key) : generic.has(key) ? generic(key) : generic("invalid"));
}

interface FieldFrameProps {
  name: string;
  label: string;
  hint?: string;
  state?: FormState;
  /** id prefix, when the same field name appears in several forms of one page. */
  idPrefix?: string;
}

function useField({ name, hint, state, idPrefix }: FieldFrameProps) {
  const errorText = useErrorText();
  const error = state?.fieldErrors?.[name];
  const id = `${idPrefix ?? "admin"}-${name}`;
  return {
    id,
    error: error ? errorText(error) : undefined,
    describedBy: error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  };
}

function FieldFrame({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-ink-soft">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs text-cinnabar">
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField({ name, label, hint, state, idPrefix, defaultValue, ...input }: FieldFrameProps & InputHTMLAttributes<HTMLInputElement>) {
  const field = useField({ name, label, hint, state, idPrefix });
  return (
    <FieldFrame id={field.id} label={label} hint={hint} error={field.error}>
      <input
        id={field.id}
        name={name}
        defaultValue={state?.values?.[name] ?? defaultValue}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={field.describedBy}
        className={inputClass}
        {...input}
      />
    </FieldFrame>
  );
}

export function TextAreaField({ name, label, hint, state, idPrefix, defaultValue, ...input }: FieldFrameProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const field = useField({ name, label, hint, state, idPrefix });
  return (
    <FieldFrame id={field.id} label={label} hint={hint} error={field.error}>
      <textarea
        id={field.id}
        name={name}
        defaultValue={state?.values?.[name] ?? defaultValue}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={field.describedBy}
        className={inputClass}
        {...input}
      />
    </FieldFrame>
  );
}

export function SelectField({
  name,
  label,
  hint,
  state,
  idPrefix,
  defaultValue,
  options,
  ...select
}: FieldFrameProps & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  const field = useField({ name, label, hint, state, idPrefix });
  const shown = state?.values?.[name] ?? defaultValue;
  return (
    <FieldFrame id={field.id} label={label} hint={hint} error={field.error}>
      {/* React applies a select's defaultValue only when it mounts, and resets the form after each
          action: remounting on the value to show keeps the choice that was refused. */}
      <select
        key={String(shown)}
        id={field.id}
        name={name}
        defaultValue={shown}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={field.describedBy}
        className={inputClass}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** The form's overall outcome: a success line, or the refusal (form-level error key). */
export function FormNotice({ state, okText }: { state: FormState; okText?: string }) {
  const errorText = useErrorText();
  const t = useTranslations("adminConsole.common");
  if (state.status === "ok") {
    const text = state.message ? t(state.message as "saved") : okText;
    return text ? (
      <p role="status" className="rounded-lg bg-celadon-50 px-3 py-2 text-sm text-celadon-800">
        {text}
      </p>
    ) : null;
  }
  if (state.status === "error" && state.message) {
    return (
      <p role="alert" className="rounded-lg bg-cinnabar/10 px-3 py-2 text-sm text-cinnabar">
        {errorText(state.message)}
      </p>
    );
  }
  return null;
}

/**
 * A submit button that asks first: the first press shows what will happen and a confirm and a
 * cancel button (focus moves to confirm; Escape or cancel goes back). Works with the keyboard.
 */
export function ConfirmSubmit({
  label,
  warning,
  confirmLabel,
  cancelLabel,
  pending,
  tone = "danger",
  name,
  value,
}: {
  label: string;
  warning: string;
  confirmLabel: string;
  cancelLabel: string;
  pending?: boolean;
  tone?: "danger" | "primary";
  name?: string;
  value?: string;
}) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  useEffect(() => {
    if (!pending) setAsking(false);
  }, [pending]);
  if (!asking) {
    return (
      <button ref={openRef} type="button" onClick={() => setAsking(true)} className={tone === "danger" ? buttonClass.dangerOutline : buttonClass.secondary}>
        {label}
      </button>
    );
  }
  return (
    <div
      className="w-full space-y-3 rounded-xl border border-cinnabar/30 bg-cinnabar/5 p-3"
      onKeyDown={(event) => {
        if (event.key === "Escape") setAsking(false);
      }}
    >
      <p className="text-sm text-ink">{warning}</p>
      <div className="flex flex-wrap gap-2">
        <button ref={confirmRef} type="submit" name={name} value={value} disabled={pending} className={tone === "danger" ? buttonClass.danger : buttonClass.primary}>
          {confirmLabel}
        </button>
        <button type="button" onClick={() => setAsking(false)} className={buttonClass.secondary}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
