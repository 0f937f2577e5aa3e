import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { HostFormState } from "@/components/host/form-state";
import { routing } from "@/i18n/routing";
import { formValues } from "@/lib/forms/state";

/** Pieces the host console's server actions share (not actions themselves). */

export const idField = z.string().trim().min(1).max(64);

/** A form's text field ("" when absent). */
export function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** The named text fields of a form, each "" when absent (a field the form did not show). */
export function textFields<N extends string>(formData: FormData, names: readonly N[]): Record<N, string> {
  return Object.fromEntries(names.map((name) => [name, text(formData, name)])) as Record<N, string>;
}

/** The locale a form was sent from (its hidden "locale" field), for redirects. */
export function formLocale(formData: FormData): (typeof routing.locales)[number] {
  const requested = text(formData, "locale");
  return routing.locales.find((l) => l === requested) ?? routing.defaultLocale;
}

/**
 * A domain refusal as form state: "invalid" with its details (field → message key) points at the
 * form's fields, renamed where the form calls them otherwise; any other code is the form's message.
 */
export function refused(formData: FormData, error: string, detail?: Record<string, string | number>, fieldNames: Record<string, string> = {}): HostFormState {
  const values = formValues(formData);
  if (error === "invalid" && detail) {
    const fieldErrors: Record<string, string> = {};
    for (const [field, key] of Object.entries(detail)) fieldErrors[fieldNames[field] ?? field] ??= String(key);
    return { status: "error", message: "form", fieldErrors, values };
  }
  return { status: "error", message: error, values, ...(detail ? { detail } : {}) };
}

/** Every host console page shows what just changed. */
export function refreshHostConsole(): void {
  revalidatePath("/[locale]/host", "layout");
}
