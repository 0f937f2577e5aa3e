"use client";

import { useTranslations } from "next-intl";
import type { InputHTMLAttributes, ReactNode } from "react";
import type { FormState } from "@/lib/forms/state";

/**
 * A labelled input whose error (a `validation` message key from the server) shows next to it,
 * and which shows again what was typed when the server refused the form.
 */
export function Field({
  name,
  label,
  hint,
  state,
  defaultValue,
  children,
  ...input
}: {
  name: string;
  label: string;
  hint?: string;
  state?: FormState;
  children?: ReactNode;
} & InputHTMLAttributes<HTMLInputElement>) {
  const t = useTranslations("validation");
  const error = state?.fieldErrors?.[name];
  const id = `field-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children ?? (
        <input
          id={id}
          name={name}
          defaultValue={state?.values?.[name] ?? defaultValue}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
          className="w-full rounded-lg border border-celadon-100 bg-white px-3 py-2 text-sm aria-[invalid]:border-cinnabar focus:border-cobalt-500 focus:outline-none"
          {...input}
        />
      )}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-ink-soft">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs text-cinnabar">
          {t(error)}
        </p>
      )}
    </div>
  );
}

/** The form-level outcome line under a form's title. */
export function FormMessage({ state, okText }: { state: FormState; okText?: string }) {
  const t = useTranslations("validation");
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
        {t(state.message)}
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
