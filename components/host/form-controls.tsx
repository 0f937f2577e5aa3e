"use client";

import type { ComponentProps } from "react";
import { Field, FieldError as BaseFieldError, FormMessage, NumberField as BaseNumberField, SelectField as BaseSelectField, TextAreaField as BaseTextAreaField } from "@/components/forms/field";

/**
 * The shared form controls with the host console's settings: error keys from its actions looked
 * up first in hostConsole.errors, ids starting "hf-".
 */
const HOST = { errors: "hostConsole.errors", idPrefix: "hf" } as const;

export function FormNotice(props: ComponentProps<typeof FormMessage>) {
  return <FormMessage errors={HOST.errors} {...props} />;
}

export function FieldError(props: ComponentProps<typeof BaseFieldError>) {
  return <BaseFieldError errors={HOST.errors} {...props} />;
}

export function TextField(props: ComponentProps<typeof Field>) {
  return <Field {...HOST} {...props} />;
}

export function NumberField(props: ComponentProps<typeof BaseNumberField>) {
  return <BaseNumberField {...HOST} {...props} />;
}

export function SelectField(props: ComponentProps<typeof BaseSelectField>) {
  return <BaseSelectField {...HOST} {...props} />;
}

export function TextAreaField(props: ComponentProps<typeof BaseTextAreaField>) {
  return <BaseTextAreaField {...HOST} {...props} />;
}
