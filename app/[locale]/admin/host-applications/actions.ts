"use server";

import { revalidatePath } from "next/cache";
import { reviewHostApplication } from "@/lib/admin/host-applications";
import { reviewHostApplicationSchema } from "@/lib/admin/schemas";
import { authorizeAction } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { FORBIDDEN, type FormState, formValues, invalidForm } from "@/lib/forms/state";

export async function reviewHostApplicationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await authorizeAction("hostApplication.review");
  if (!actor) return FORBIDDEN;
  const parsed = reviewHostApplicationSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(formData, parsed.error);
  const { applicationId, decision, note } = parsed.data;
  const result = await reviewHostApplication(db(), { applicationId, reviewerId: actor.id, approve: decision === "approve", note });
  if (!result.ok) {
    return result.error === "application.noteRequired"
      ? { status: "error", message: "form", fieldErrors: { note: result.error }, values: formValues(formData) }
      : { status: "error", message: result.error };
  }
  revalidatePath("/[locale]/admin", "layout");
  return { status: "ok", message: decision === "approve" ? "approved" : "rejected" };
}
