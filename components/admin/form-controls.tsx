"use client";

import { type ComponentProps, useEffect, useRef, useState } from "react";
import { Field, FormMessage, SelectField as BaseSelectField, TextAreaField as BaseTextAreaField } from "@/components/forms/field";
import { buttonClass, inputClass } from "./styles";

/**
 * The shared form controls with the admin console's settings: error keys looked up first in
 * `adminConsole.errors` (the admin's own rules), ok messages in `adminConsole.common`, the
 * console's input look, and ids starting "admin-" unless a form gives its own prefix.
 */
const ADMIN = { errors: "adminConsole.errors", idPrefix: "admin", inputClassName: inputClass } as const;

export function TextField(props: ComponentProps<typeof Field>) {
  return <Field {...ADMIN} {...props} />;
}

export function TextAreaField(props: ComponentProps<typeof BaseTextAreaField>) {
  return <BaseTextAreaField {...ADMIN} {...props} />;
}

export function SelectField(props: ComponentProps<typeof BaseSelectField>) {
  return <BaseSelectField {...ADMIN} {...props} />;
}

export function FormNotice(props: ComponentProps<typeof FormMessage>) {
  return <FormMessage errors={ADMIN.errors} okMessages="adminConsole.common" {...props} />;
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
