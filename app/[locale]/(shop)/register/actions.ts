"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { getPathname } from "@/i18n/navigation";
import { identifierSchema, newPasswordSchema } from "@/lib/auth/identifier";
import { registerShopper } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { type FormState, formValues, invalidForm } from "@/lib/forms/state";

const registerSchema = z.object({
  name: z.string().trim().min(1, { message: "name.required" }).max(40, { message: "tooLong" }),
  identifier: identifierSchema,
  password: newPasswordSchema,
  locale: z.enum(["zh-CN", "en"]),
});

export async function registerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = registerSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(formData, parsed.error);
  const result = await registerShopper(db(), parsed.data);
  if (!result.ok) return { status: "error", message: "form", fieldErrors: { identifier: "identifier.taken" }, values: formValues(formData) };
  const identifier = parsed.data.identifier.kind === "email" ? parsed.data.identifier.email : parsed.data.identifier.phone;
  redirect(getPathname({ href: { pathname: "/login", query: { identifier } }, locale: parsed.data.locale }));
}
