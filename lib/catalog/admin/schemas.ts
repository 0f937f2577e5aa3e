import { z } from "zod";
import { parseYuanToFen } from "@/lib/money/format";
import { MAX_STORED_VARIANTS, MAX_VARIANTS } from "./limits";

/**
 * Validation of what enterprise staff type into the product form (and of CSV cells): text in,
 * typed domain input out. Messages are keys of the `productValidation` namespace.
 *
 * Limits: prices up to ¥1,000,000 (fen must fit the database's 32-bit integers), 1–20 active
 * SKUs per product, SKU codes of 3–40 capital letters, digits and hyphens.
 */

export const PRODUCT_STATUSES = ["DRAFT", "PUBLISHED", "ARCHIVED"] as const;
export type ProductStatusValue = (typeof PRODUCT_STATUSES)[number];

export { MAX_STORED_VARIANTS, MAX_VARIANTS } from "./limits";
export const MAX_PRICE_FEN = 100_000_000;
export const SKU_PATTERN = /^[A-Z0-9-]{3,40}$/;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface VariantInput {
  /** Present for a variant that exists; absent for a new one. */
  id?: string;
  sku: string;
  nameZh: string;
  nameEn: string;
  sizeZh: string | null;
  sizeEn: string | null;
  priceFen: number;
  compareAtFen: number | null;
  weightGrams: number;
  setCount: number;
  lowStockThreshold: number;
  active: boolean;
}

export interface ProductInput {
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  materialZh: string;
  materialEn: string;
  careZh: string;
  careEn: string;
  categorySlug: string;
  glazeSlug: string;
  variants: VariantInput[];
}

// ───────────────────────────── cell parsers (shared with CSV) ─────────────────────────────

const text = (max: number) => z.string().trim().max(max, { message: "tooLong" });
export const requiredText = (max: number) => text(max).min(1, { message: "required" });
export const optionalText = (max: number) => text(max).transform((value) => value || null);

/** A yuan amount typed by a person, to integer fen. */
export const yuanToFen = (invalid: string) =>
  z
    .string()
    .trim()
    .min(1, { message: "required" })
    .transform((value, ctx) => {
      const fen = parseYuanToFen(value);
      if (fen === null || fen > MAX_PRICE_FEN) {
        ctx.addIssue({ code: "custom", message: invalid });
        return z.NEVER;
      }
      return fen;
    });

export const optionalYuanToFen = (invalid: string) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (!value) return null;
      const fen = parseYuanToFen(value);
      if (fen === null || fen > MAX_PRICE_FEN) {
        ctx.addIssue({ code: "custom", message: invalid });
        return z.NEVER;
      }
      return fen;
    });

/** A whole number within [min, max], typed as text. */
export const wholeNumber = (min: number, max: number, invalid: string) =>
  z
    .string()
    .trim()
    .min(1, { message: "required" })
    .transform((value, ctx) => {
      const n = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
      if (!Number.isSafeInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: invalid });
        return z.NEVER;
      }
      return n;
    });

export const skuCode = z
  .string()
  .trim()
  .transform((value) => value.normalize("NFKC").toUpperCase())
  .pipe(z.string().min(1, { message: "required" }).regex(SKU_PATTERN, { message: "sku.format" }));

export const slugRef = z
  .string()
  .trim()
  .min(1, { message: "required" })
  .max(80, { message: "tooLong" })
  .regex(/^[a-z0-9-]+$/, { message: "invalid" });

// ───────────────────────────── the product form ─────────────────────────────

const variantForm = z.object({
  id: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((value) => value || undefined),
  sku: skuCode,
  nameZh: requiredText(80),
  nameEn: requiredText(120),
  sizeZh: optionalText(40).optional().transform((v) => v ?? null),
  sizeEn: optionalText(60).optional().transform((v) => v ?? null),
  price: yuanToFen("price.invalid"),
  compareAt: optionalYuanToFen("compareAt.invalid").optional().transform((v) => v ?? null),
  weightGrams: wholeNumber(1, 100_000, "weight.invalid"),
  setCount: wholeNumber(1, 1000, "setCount.invalid"),
  lowStockThreshold: wholeNumber(0, 100_000, "lowStock.invalid"),
  active: z
    .string()
    .optional()
    .transform((value) => value !== "false"),
});

export const productFormSchema = z
  .object({
    nameZh: requiredText(80),
    nameEn: requiredText(120),
    descriptionZh: text(4000).default(""),
    descriptionEn: text(6000).default(""),
    materialZh: text(200).default(""),
    materialEn: text(300).default(""),
    careZh: text(1000).default(""),
    careEn: text(1500).default(""),
    categorySlug: slugRef,
    glazeSlug: slugRef,
    variants: z
      .array(variantForm, { message: "variants.min" })
      .min(1, { message: "variants.min" })
      .max(MAX_STORED_VARIANTS, { message: "variants.max" }),
  })
  .superRefine((product, ctx) => {
    if (product.variants.filter((v) => v.active).length > MAX_VARIANTS) ctx.addIssue({ code: "custom", path: ["variants"], message: "variants.max" });
    const seen = new Set<string>();
    product.variants.forEach((variant, index) => {
      if (variant.compareAt !== null && variant.compareAt <= variant.price) {
        ctx.addIssue({ code: "custom", path: ["variants", index, "compareAt"], message: "compareAt.notAbove" });
      }
      if (seen.has(variant.sku)) ctx.addIssue({ code: "custom", path: ["variants", index, "sku"], message: "sku.duplicate" });
      seen.add(variant.sku);
    });
  })
  .transform(
    (product): ProductInput => ({
      nameZh: product.nameZh,
      nameEn: product.nameEn,
      descriptionZh: product.descriptionZh,
      descriptionEn: product.descriptionEn,
      materialZh: product.materialZh,
      materialEn: product.materialEn,
      careZh: product.careZh,
      careEn: product.careEn,
      categorySlug: product.categorySlug,
      glazeSlug: product.glazeSlug,
      variants: product.variants.map((v) => ({
        ...(v.id ? { id: v.id } : {}),
        sku: v.sku,
        nameZh: v.nameZh,
        nameEn: v.nameEn,
        sizeZh: v.sizeZh,
        sizeEn: v.sizeEn,
        priceFen: v.price,
        compareAtFen: v.compareAt,
        weightGrams: v.weightGrams,
        setCount: v.setCount,
        lowStockThreshold: v.lowStockThreshold,
        active: v.active,
      })),
    }),
  );

export const productStatusSchema = z.enum(PRODUCT_STATUSES, { message: "invalid" });

/**
 * Flat form values ("variants.0.sku": "…") into the nested object the schema reads. Only
 * indices up to MAX_STORED_VARIANTS are kept (so one over the limit is still reported as such),
 * and gaps are closed, keeping the order.
 */
export function nestProductForm(values: Record<string, string>): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  const rows = new Map<number, Record<string, string>>();
  for (const [key, value] of Object.entries(values)) {
    const match = /^variants\.(\d{1,3})\.([a-zA-Z]+)$/.exec(key);
    if (match) {
      const index = Number(match[1]);
      if (index > MAX_STORED_VARIANTS) continue;
      const row = rows.get(index) ?? {};
      row[match[2]!] = value;
      rows.set(index, row);
    } else if (!key.includes(".")) {
      nested[key] = value;
    }
  }
  nested.variants = [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  return nested;
}
