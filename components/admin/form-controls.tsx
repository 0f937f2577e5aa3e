"use client";

import type { ComponentProps } from "react";
import { ConfirmSubmit as BaseConfirmSubmit } from "@/components/forms/confirm-submit";
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

/** The shared asking submit button in the admin console's button styles. */
export function ConfirmSubmit({ tone = "danger", ...props }: Omit<ComponentProps<typeof BaseConfirmSubmit>, "classes"> & { tone?: "danger" | "primary" }) {
  return (
    <BaseConfirmSubmit
      {...props}
      classes={{ open: tone === "danger" ? buttonClass.dangerOutline : buttonClass.secondary, confirm: tone === "danger" ? buttonClass.danger : buttonClass.primary, cancel: buttonClass.secondary }}
    />
  );
}
