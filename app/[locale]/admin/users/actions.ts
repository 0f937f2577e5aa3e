"use server";

import { revalidatePath } from "next/cache";
import { addMembershipSchema, removeMembershipSchema, setDisabledSchema, setRoleSchema } from "@/lib/admin/schemas";
import { addMembership, removeMembership, setDisabled, setRole } from "@/lib/admin/users";
import { authorizeAction } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { FORBIDDEN, type FormState, formValues, invalidForm } from "@/lib/forms/state";

function refreshAdmin(): void {
  revalidatePath("/[locale]/admin", "layout");
}

export async function setRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await authorizeAction("user.setRole");
  if (!actor) return FORBIDDEN;
  const parsed = setRoleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(formData, parsed.error);
  const result = await setRole(db(), { actorId: actor.id, ...parsed.data });
  if (!result.ok) {
    const field = result.error === "user.membershipRequired" || result.error === "enterprise.notFound" ? "enterpriseId" : "role";
    return { status: "error", message: "form", fieldErrors: { [field]: result.error }, values: formValues(formData) };
  }
  refreshAdmin();
  return { status: "ok", message: "roleChanged" };
}

export async function addMembershipAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await authorizeAction("user.setMembership");
  if (!actor) return FORBIDDEN;
  const parsed = addMembershipSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(formData, parsed.error);
  const result = await addMembership(db(), { actorId: actor.id, ...parsed.data });
  if (!result.ok) {
    const field = result.error === "membership.notStaff" || result.error === "user.notFound" ? "form" : "enterpriseId";
    return field === "form"
      ? { status: "error", message: result.error, values: formValues(formData) }
      : { status: "error", message: "form", fieldErrors: { enterpriseId: result.error }, values: formValues(formData) };
  }
  refreshAdmin();
  return { status: "ok", message: result.changed === "added" ? "membershipAdded" : "membershipChanged" };
}

export async function removeMembershipAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await authorizeAction("user.setMembership");
  if (!actor) return FORBIDDEN;
  const parsed = removeMembershipSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(formData, parsed.error);
  const result = await removeMembership(db(), { actorId: actor.id, ...parsed.data });
  if (!result.ok) return { status: "error", message: result.error };
  refreshAdmin();
  return { status: "ok", message: "membershipRemoved" };
}

export async function setDisabledAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await authorizeAction("user.setDisabled");
  if (!actor) return FORBIDDEN;
  const parsed = setDisabledSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(formData, parsed.error);
  const result = await setDisabled(db(), { actorId: actor.id, ...parsed.data });
  if (!result.ok) return { status: "error", message: result.error };
  refreshAdmin();
  return { status: "ok", message: parsed.data.disabled ? "disabled" : "enabled" };
}
