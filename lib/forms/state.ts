import type { z } from "zod";

/**
 * What a form's server action returns to useActionState: field errors as message keys of the
 * `validation` namespace (zod schemas use those keys as their messages), the values as typed so
 * the form can show them again, and an overall outcome.
 */
export interface FormState {
  status: "idle" | "ok" | "error";
  /** A key of the `validation` namespace, or of the form's own namespace via `messageNamespace`. */
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
}

export const IDLE: FormState = { status: "idle" };
export const FORBIDDEN: FormState = { status: "error", message: "forbidden" };

/** The submitted text fields of a form, to echo back on error. Files are left out. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}

/** The first issue of each field, as a message key ("identifier.invalid"). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    errors[field] ??= messageKey(issue.message);
  }
  return errors;
}

/** zod's own messages (for built-in checks) are English sentences; map them to generic keys. */
function messageKey(message: string): string {
  return /^[a-z][a-zA-Z]*(\.[a-zA-Z]+)*$/.test(message) ? message : "invalid";
}

export function invalidForm(formData: FormData, error: z.ZodError): FormState {
  return { status: "error", message: "form", fieldErrors: fieldErrors(error), values: formValues(formData) };
}
