"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { createProductAction, updateProductAction } from "@/app/[locale]/enterprise/products/actions";
import { Link } from "@/i18n/navigation";
import { type FormState, IDLE } from "@/lib/forms/state";
import { ProductFormMessage, SelectField, TextArea, TextField } from "./product-fields";
import { card, primaryButton, secondaryButton } from "./styles";
import { type VariantRow, VariantsEditor } from "./variants-editor";

export const PRODUCT_FIELDS = ["nameZh", "nameEn", "categorySlug", "glazeSlug", "descriptionZh", "descriptionEn", "materialZh", "materialEn", "careZh", "careEn"] as const;
export type ProductValues = Record<(typeof PRODUCT_FIELDS)[number], string>;

interface Option {
  value: string;
  label: string;
}

/**
 * Create or edit a product with its variants. On a refused save the server's field errors show
 * next to each field and everything typed stays; after a successful save the page's fresh data
 * arrives with a new `version`, which re-initialises the fields (new variants now have ids).
 */
export function ProductForm({
  mode,
  enterpriseId,
  productId,
  version,
  values,
  variants,
  categories,
  glazes,
  cancelHref,
}: {
  mode: "create" | "edit";
  enterpriseId: string;
  productId?: string;
  version: string;
  values: ProductValues;
  variants: VariantRow[];
  categories: Option[];
  glazes: Option[];
  cancelHref: string;
}) {
  const t = useTranslations("enterpriseConsole.productForm");
  const locale = useLocale();
  const [state, action, pending] = useActionState(mode === "create" ? createProductAction : updateProductAction, IDLE);
  return (
    <form action={action} noValidate className="space-y-6">
      <input type="hidden" name="enterpriseId" value={enterpriseId} />
      <input type="hidden" name="locale" value={locale} />
      {productId && <input type="hidden" name="productId" value={productId} />}
      <ProductFormMessage status={state.status} message={state.message} okText={t("saved")} />
      <ProductFields key={version} state={state} values={values} variants={variants} categories={categories} glazes={glazes} />
      <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center justify-end gap-3 border-t border-porcelain-deep bg-porcelain/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-2xl sm:border">
        <Link href={cancelHref} className={secondaryButton}>
          {t("cancel")}
        </Link>
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? t("saving") : mode === "create" ? t("create") : t("save")}
        </button>
      </div>
    </form>
  );
}

function ProductFields({
  state,
  values,
  variants,
  categories,
  glazes,
}: {
  state: FormState;
  values: ProductValues;
  variants: VariantRow[];
  categories: Option[];
  glazes: Option[];
}) {
  const t = useTranslations("enterpriseConsole.productForm");
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const typed = state.status === "error" ? state.values : undefined;
  const field = (name: keyof ProductValues) => ({ name, defaultValue: typed?.[name] ?? values[name], error: errors[name] });
  return (
    <>
      <section className={card} aria-labelledby="product-basics">
        <h2 id="product-basics" className="mb-4 font-medium text-cobalt-900">
          {t("basics")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField {...field("nameZh")} label={t("nameZh")} maxLength={80} required />
          <TextField {...field("nameEn")} label={t("nameEn")} hint={t("nameEnHint")} maxLength={120} required />
          <SelectField {...field("categorySlug")} label={t("category")} options={categories} placeholder={t("choose")} required />
          <SelectField {...field("glazeSlug")} label={t("glaze")} options={glazes} placeholder={t("choose")} required />
        </div>
      </section>

      <section className={card} aria-labelledby="product-variants">
        <h2 id="product-variants" className="font-medium text-cobalt-900">
          {t("variants")}
        </h2>
        <p className="mb-4 mt-1 text-sm text-ink-soft">{t("variantsHint")}</p>
        <VariantsEditor initial={variants} errors={errors} />
      </section>

      <section className={card} aria-labelledby="product-details">
        <h2 id="product-details" className="font-medium text-cobalt-900">
          {t("details")}
        </h2>
        <p className="mb-4 mt-1 text-sm text-ink-soft">{t("detailsHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextArea {...field("descriptionZh")} label={t("descriptionZh")} rows={4} maxLength={4000} />
          <TextArea {...field("descriptionEn")} label={t("descriptionEn")} rows={4} maxLength={6000} />
          <TextField {...field("materialZh")} label={t("materialZh")} maxLength={200} />
          <TextField {...field("materialEn")} label={t("materialEn")} maxLength={300} />
          <TextArea {...field("careZh")} label={t("careZh")} rows={2} maxLength={1000} />
          <TextArea {...field("careEn")} label={t("careEn")} rows={2} maxLength={1500} />
        </div>
      </section>
    </>
  );
}
