"use client";

import type { ComponentProps } from "react";
import {
  Field,
  FieldError as BaseFieldError,
  FormMessage,
  NumberField as BaseNumberField,
  SelectField as BaseSelectField,
  TextAreaField as BaseTextAreaField,
  useErrorText as useBaseErrorText,
} from "@/components/forms/field";

/**
 * The shared form controls with the warehouse and enterprise stock consoles' settings: error keys
 * from the server actions looked up first in warehouseConsole.errors (with the refusal's details,
 * e.g. how many pieces a bin holds, as values), and ids starting "wf-".
 */
const WAREHOUSE = { errors: "warehouseConsole.errors", idPrefix: "wf" } as const;

export function useErrorText() {
  return useBaseErrorText(WAREHOUSE.errors);
}

export function FormNotice(props: ComponentProps<typeof FormMessage>) {
  return <FormMessage errors={WAREHOUSE.errors} {...props} />;
}

export function FieldError(props: ComponentProps<typeof BaseFieldError>) {
  return <BaseFieldError errors={WAREHOUSE.errors} {...props} />;
}

export function TextField(props: ComponentProps<typeof Field>) {
  return <Field {...WAREHOUSE} {...props} />;
}

export function NumberField(props: ComponentProps<typeof BaseNumberField>) {
  return <BaseNumberField {...WAREHOUSE} {...props} />;
}

export function SelectField(props: ComponentProps<typeof BaseSelectField>) {
  return <BaseSelectField {...WAREHOUSE} {...props} />;
}

export function TextAreaField(props: ComponentProps<typeof BaseTextAreaField>) {
  return <BaseTextAreaField {...WAREHOUSE} {...props} />;
}
