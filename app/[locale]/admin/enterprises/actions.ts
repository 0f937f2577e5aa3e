"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getPathname } from "@/i18n/navigation";
import { createEnterprise, setEnterpriseStatus, updateEnterprise } from "@/lib/admin/enterprises";
import { enterpriseContentSchema, enterpriseCreateSchema, enterpriseStatusSchema, idSchema } from "@/lib/admin/schemas";
import { authorizeAction } from "@/lib/auth/session";
import { routing } from "@/i18n/routing";
import { catalogTags, invalidateProduct } from "@/lib/catalog/cache";
import { db } from "@/lib/db/client";
import { FORBIDDEN, type FormState, formValues, invalidForm } from "@/lib/forms/state";

/**
 * The storefront after an enterprise changed: cached reads carry the catalog tag; the
 * enterprise's page and its products' pages are cached whole, so they are dropped by path too
 * (in both languages) and re-render on their next visit.
 */
function refreshStorefront(enterpriseSlug: string, productSlugs: string[] = []): void {
  revalidateTag(catalogTags.catalog, { expire: 0 });
  for (const slug of productSlugs) invalidateProduct(slug);
  for (const locale of routing.locales) revalidatePath(`/${locale}/enterprises/${enterpriseSlug}`);
}

function refreshAdmin(): void {
  revalidatePath("/[locale]/admin", "layout");
}

const createSchema = enterpriseCreateSchema.extend({ locale: z.enum(routing.locales) });

export async function createEnterpriseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await authorizeAction("enterprise.create");
  if (!actor) return FORBIDDEN;
  const parsed = createSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(formData, parsed.error);
  const { locale, ...enterprise } = parsed.data;
  const result = await createEnterprise(db(), { actorId: actor.id, enterprise });
  if (!result.ok) return { status: "error", message: "form", fieldErrors: { slug: result.error }, values: formValues(formData) };
  refreshStorefront(result.slug);
  refreshAdmin();
  redirect(getPathname({ href: { pathname: `/admin/enterprises/${result.enterpriseId}`, query: { created: "1" } }, locale }));
}

const updateSchema = enterpriseContentSchema.extend({ enterpriseId: idSchema });

export async function updateEnterpriseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await authorizeAction("enterprise.update");
  if (!actor) return FORBIDDEN;
  const parsed = updateSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(formData, parsed.error);
  const { enterpriseId, ...enterprise } = parsed.data;
  const result = await updateEnterprise(db(), { actorId: actor.id, enterpriseId, enterprise });
  if (!result.ok) return { status: "error", message: result.error, values: formValues(formData) };
  if (result.changed.length === 0) return { status: "ok", message: "noChanges" };
  refreshStorefront(result.slug, result.productSlugs);
  refreshAdmin();
  return { status: "ok", message: "saved" };
}

export async function setEnterpriseStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await authorizeAction("enterprise.setStatus");
  if (!actor) return FORBIDDEN;
  const parsed = enterpriseStatusSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(formData, parsed.error);
  const result = await setEnterpriseStatus(db(), { actorId: actor.id, ...parsed.data });
  if (!result.ok) return { status: "error", message: result.error };
  // The enterprise's page and every one of its products leave (or return to) the storefront now.
  refreshStorefront(result.slug, result.productSlugs);
  refreshAdmin();
  return { status: "ok", message: parsed.data.status === "SUSPENDED" ? "suspended" : "reactivated" };
}
