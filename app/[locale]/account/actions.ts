"use server";

import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/identifier";
import { applyAsHost } from "@/lib/auth/host-applications";
import { authorizeAction } from "@/lib/auth/session";
import { changePassword } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { FORBIDDEN, type FormState, formValues, invalidForm } from "@/lib/forms/state";
import { revalidatePath } from "next/cache";

const changePasswordSchema = z.object({ currentPassword: z.string().min(1, { message: "required" }).max(128), newPassword: newPasswordSchema });

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await authorizeAction("account.changePassword");
  if (!actor) return FORBIDDEN;
  const parsed = changePasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(formData, parsed.error);
  const result = await changePassword(db(), { userId: actor.id, ...parsed.data });
  if (!result.ok) return { status: "error", message: "form", fieldErrors: { currentPassword: result.error } };
  return { status: "ok" };
}

const applySchema = z.object({ motivation: z.string().trim().min(10, { message: "hostApplication.tooShort" }).max(1000, { message: "tooLong" }) });

export async function applyAsHostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await authorizeAction("account.applyAsHost");
  if (!actor) return FORBIDDEN;
  const parsed = applySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(formData, parsed.error);
  const result = await applyAsHost(db(), { userId: actor.id, motivation: parsed.data.motivation });
  if (!result.ok) return { status: "error", message: result.error, values: formValues(formData) };
  revalidatePath("/[locale]/account", "page");
  return { status: "ok" };
}
