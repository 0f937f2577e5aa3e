"use client";

import type { ComponentProps } from "react";
import { FormMessage } from "@/components/forms/field";

/** What makes a form control the fulfilment forms': refusals are keys of fulfilment.errors first. */
export const FULFILMENT = { errors: "fulfilment.errors" } as const;

/** The outcome line of a fulfilment form; a refusal that only points at fields is left to the fields. */
export function FulfilmentNotice(props: ComponentProps<typeof FormMessage>) {
  return <FormMessage {...FULFILMENT} quietOnFieldErrors {...props} />;
}
