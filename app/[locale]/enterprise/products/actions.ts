"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { authorizeAction } from "@/lib/auth/session";
import { deleteStoredImage, processProductImage } from "@/lib/catalog/admin/images";
import {
  addProductImage,
  createProduct,
  makeCoverImage,
  type ProductWriteError,
  removeProductImage,
  setProductStatus,
  updateProduct,
} from "@/lib/catalog/admin/products";
import { nestProductForm, productFormSchema, productStatusSchema } from "@/lib/catalog/admin/schemas";
import { invalidateProduct } from "@/lib/catalog/cache";
import { db } from "@/lib/db/client";
import { FORBIDDEN, type FormState, formValues, invalidForm } from "@/lib/forms/state";
import { logError } from "@/lib/log";

/**
 * Enterprise staff's product writes. Each action authorizes first, on the enterprise named in
 * the form (the domain then only finds products of that enterprise, so another enterprise's
 * product id is "not found"), validates, calls one domain function, and on success invalidates
 * the storefront's cache for the product so shoppers see the change at once.
 */

const idField = z.string().trim().min(1).max(40);
const text = (formData: FormData, name: string): string => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

function afterWrite(slug: string): void {
  invalidateProduct(slug);
  revalidatePath("/[locale]/enterprise/products", "layout");
}

function writeErrorState(formData: FormData, error: ProductWriteError): FormState {
  const values = formValues(formData);
  const field = (name: string, key: string): FormState => ({ status: "error", message: "form", fieldErrors: { [name]: key }, values });
  switch (error.code) {
    case "notFound":
      return { status: "error", message: "notFound", values };
    case "categoryUnknown":
      return field("categorySlug", "category.unknown");
    case "glazeUnknown":
      return field("glazeSlug", "glaze.unknown");
    case "skuTaken":
      return field(`variants.${error.index}.sku`, "sku.taken");
    case "skuLocked":
      return field(`variants.${error.index}.sku`, "sku.locked");
    case "variantUnknown":
      return field(`variants.${error.index}.sku`, "variants.unknown");
    case "tooManyVariants":
      return field("variants", "variants.max");
    case "needsActiveVariant":
      return field("variants", "variants.needsActive");
  }
}

export async function createProductAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const enterpriseId = text(formData, "enterpriseId");
  const actor = await authorizeAction("product.create", { enterpriseId });
  if (!actor) return FORBIDDEN;
  const parsed = productFormSchema.safeParse(nestProductForm(formValues(formData)));
  if (!parsed.success) return invalidForm(formData, parsed.error);
  const result = await createProduct(db(), enterpriseId, parsed.data);
  if (!result.ok) return writeErrorState(formData, result.error);
  afterWrite(result.value.slug);
  const query = new URLSearchParams({ created: "1" });
  if (actor.memberships[0]?.enterpriseId !== enterpriseId) query.set("enterprise", enterpriseId);
  // The locale comes with the form: next-intl's request locale cannot be read inside an action.
  const requested = text(formData, "locale");
  const locale = routing.locales.find((l) => l === requested) ?? routing.defaultLocale;
  redirect({ href: `/enterprise/products/${result.value.id}?${query}`, locale });
  return { status: "ok" };
}

export async function updateProductAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const enterpriseId = text(formData, "enterpriseId");
  const actor = await authorizeAction("product.update", { enterpriseId });
  if (!actor) return FORBIDDEN;
  const productId = idField.safeParse(text(formData, "productId"));
  if (!productId.success) return { status: "error", message: "notFound" };
  const parsed = productFormSchema.safeParse(nestProductForm(formValues(formData)));
  if (!parsed.success) return invalidForm(formData, parsed.error);
  const result = await updateProduct(db(), enterpriseId, productId.data, parsed.data);
  if (!result.ok) return writeErrorState(formData, result.error);
  afterWrite(result.value.slug);
  return { status: "ok" };
}

export async function setProductStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const enterpriseId = text(formData, "enterpriseId");
  const actor = await authorizeAction("product.setStatus", { enterpriseId });
  if (!actor) return FORBIDDEN;
  const productId = idField.safeParse(text(formData, "productId"));
  const status = productStatusSchema.safeParse(text(formData, "status"));
  if (!productId.success) return { status: "error", message: "notFound" };
  if (!status.success) return { status: "error", message: "invalid" };
  const result = await setProductStatus(db(), enterpriseId, productId.data, status.data);
  if (!result.ok) {
    const message = { notFound: "notFound", needsImage: "status.noImage", needsActiveVariant: "status.noVariant" }[result.error.code];
    return { status: "error", message };
  }
  afterWrite(result.value.slug);
  return { status: "ok" };
}

export async function uploadProductImageAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const enterpriseId = text(formData, "enterpriseId");
  const actor = await authorizeAction("product.uploadImage", { enterpriseId });
  if (!actor) return FORBIDDEN;
  const productId = idField.safeParse(text(formData, "productId"));
  if (!productId.success) return { status: "error", message: "notFound" };
  const file = formData.get("image");
  if (!(file instanceof File) || file.size === 0) return { status: "error", message: "form", fieldErrors: { image: "image.missing" } };
  const processed = await processProductImage(Buffer.from(await file.arrayBuffer()), file.type);
  if (!processed.ok) return { status: "error", message: "form", fieldErrors: { image: processed.error } };
  const added = await addProductImage(db(), enterpriseId, productId.data, processed.value);
  if (!added.ok) {
    await deleteStoredImage(processed.value.url).catch((error) => logError("product.image.cleanup", error));
    if (added.error.code === "tooManyImages") return { status: "error", message: "form", fieldErrors: { image: "image.tooMany" } };
    return { status: "error", message: "notFound" };
  }
  afterWrite(added.value.slug);
  return { status: "ok", message: "uploaded" };
}

/** Removes an image or makes it the cover (`intent` = remove | cover). */
export async function manageProductImageAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const enterpriseId = text(formData, "enterpriseId");
  const actor = await authorizeAction("product.uploadImage", { enterpriseId });
  if (!actor) return FORBIDDEN;
  const productId = idField.safeParse(text(formData, "productId"));
  const mediaId = idField.safeParse(text(formData, "mediaId"));
  if (!productId.success || !mediaId.success) return { status: "error", message: "notFound" };
  if (text(formData, "intent") === "cover") {
    const result = await makeCoverImage(db(), enterpriseId, productId.data, mediaId.data);
    if (!result.ok) return { status: "error", message: "notFound" };
    afterWrite(result.value.slug);
    return { status: "ok", message: "coverChanged" };
  }
  const result = await removeProductImage(db(), enterpriseId, productId.data, mediaId.data);
  if (!result.ok) return { status: "error", message: result.error.code === "needsImage" ? "image.lastOfPublished" : "notFound" };
  // The row is gone (committed); the file goes too. A failure here only leaves an unused file.
  await deleteStoredImage(result.value.url).catch((error) => logError("product.image.cleanup", error));
  afterWrite(result.value.slug);
  return { status: "ok", message: "removed" };
}
