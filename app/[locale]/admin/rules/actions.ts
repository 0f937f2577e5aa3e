"use server";

import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { FORBIDDEN, type FormState, invalidForm } from "@/lib/forms/state";
import { rulesFormSchema, rulesToFormValues, updateCommerceRules } from "@/lib/settlement/rules-admin";

export async function saveCommerceRulesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await authorizeAction("commerceRules.update");
  if (!actor) return FORBIDDEN;
  const parsed = rulesFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(formData, parsed.error);
  const { changed } = await updateCommerceRules(db(), { actorId: actor.id, rules: parsed.data });
  // The values as stored ("8" becomes "8.00"), so the form shows what is now in force.
  const values = rulesToFormValues(parsed.data);
  if (changed.length === 0) return { status: "ok", message: "noChanges", values };
  revalidatePath("/[locale]/admin", "layout");
  return { status: "ok", message: "saved", values };
}
