import type { FormState } from "@/lib/forms/state";

/**
 * The shared FormState plus the values a refusal's message needs ("this bin holds only {inBin}")
 * and, after success, what the success message needs. Keys are looked up in
 * warehouseConsole.errors first, then in `validation`.
 */
export interface InventoryFormState extends FormState {
  detail?: Record<string, string | number>;
  result?: Record<string, string | number>;
}

/**
 * The locale a form was sent from (its hidden "locale" field): server actions cannot read the
 * [locale] route segment, and redirects must stay in the reader's language.
 */
export function formLocale(formData: FormData): "zh-CN" | "en" {
  return formData.get("locale") === "en" ? "en" : "zh-CN";
}
