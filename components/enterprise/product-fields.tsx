"use client";

import { useTranslations } from "next-intl";
import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { inputClass, secondaryButton } from "./styles";

/**
 * Labelled inputs of the product console, whose errors (message keys of `productValidation`)
 * show under the field, tied to it with aria-describedby.
 */

export function fieldId(name: string): string {
  return `field-${name.replace(/\./g, "-")}`;
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  const t = useTranslations("productValidation");
  if (!error) return null;
  return (
    <p id={`${id}-error`} role="alert" className="text-xs text-cinnabar">
      {t(error)}
    </p>
  );
}

function Frame({ id, label, hint, error, children, className = "" }: { id: string; label: string; hint?: string; error?: string; children: ReactNode; className?: string }) {
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-ink-soft">
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}

const describedBy = (id: string, error?: string, hint?: string) => (error ? `${id}-error` : hint ? `${id}-hint` : undefined);

export function TextField({
  name,
  label,
  hint,
  error,
  className,
  ...input
}: { name: string; label: string; hint?: string; error?: string; className?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = fieldId(name);
  return (
    <Frame id={id} label={label} hint={hint} error={error} className={className}>
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} className={inputClass} {...input} />
    </Frame>
  );
}

export function TextArea({
  name,
  label,
  hint,
  error,
  className,
  ...input
}: { name: string; label: string; hint?: string; error?: string; className?: string } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = fieldId(name);
  return (
    <Frame id={id} label={label} hint={hint} error={error} className={className}>
      <textarea id={id} name={name} rows={3} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} className={inputClass} {...input} />
    </Frame>
  );
}

export function SelectField({
  name,
  label,
  hint,
  error,
  className,
  options,
  placeholder,
  ...select
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  className?: string;
  options: { value: string; label: string }[];
  placeholder?: string;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = fieldId(name);
  return (
    <Frame id={id} label={label} hint={hint} error={error} className={className}>
      <select id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} className={inputClass} {...select}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** The form-level outcome line (a `productValidation` key on error, a sentence on success). */
export function ProductFormMessage({ status, message, okText }: { status: "idle" | "ok" | "error"; message?: string; okText?: string }) {
  const t = useTranslations("productValidation");
  if (status === "ok" && okText)
    return (
      <p role="status" className="rounded-lg bg-celadon-50 px-3 py-2 text-sm text-celadon-800">
        {okText}
      </p>
    );
  if (status === "error" && message)
    return (
      <p role="alert" className="rounded-lg bg-cinnabar/10 px-3 py-2 text-sm text-cinnabar">
        {t(message)}
      </p>
    );
  return null;
}

/**
 * A file input shown as a button in the page's language (the browser's own "Choose File" text
 * follows the browser's language instead), with the chosen file's name beside it. The input
 * stays in the form, focusable, with the button as its label.
 */
export function FileInput({
  id,
  name,
  buttonLabel,
  noFile,
  fileName,
  error,
  hintId,
  ref,
  ...input
}: {
  ref?: Ref<HTMLInputElement>;
  id: string;
  name: string;
  buttonLabel: string;
  noFile: string;
  fileName?: string | null;
  error?: string;
  hintId?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "id" | "name">) {
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-3">
      <input
        ref={ref}
        id={id}
        name={name}
        type="file"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hintId}
        className="peer sr-only"
        {...input}
      />
      <label
        htmlFor={id}
        className={`${secondaryButton} cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-cobalt-500`}
      >
        {buttonLabel}
      </label>
      <span className="min-w-0 break-all text-sm text-ink-soft">{fileName || noFile}</span>
    </div>
  );
}
