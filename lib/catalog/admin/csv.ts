import Papa from "papaparse";
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { Prisma, type PrismaClient, type ProductStatus } from "@/lib/db/generated/client";
import { fenToYuanString } from "@/lib/money/format";
import { refreshProductPriceRange } from "../price-range";
import { createProductInTx, type SearchSource, searchSourceSelect, setProductStatusInTx, updatedSearchText } from "./products";
import { MAX_CSV_BYTES, MAX_CSV_ROWS, MAX_STORED_VARIANTS, MAX_VARIANTS } from "./limits";
import {
  optionalYuanToFen,
  PRODUCT_STATUSES,
  requiredText,
  SLUG_PATTERN,
  skuCode,
  slugRef,
  wholeNumber,
  yuanToFen,
} from "./schemas";

/**
 * CSV export and import of an enterprise's products and prices, one row per variant (SKU).
 *
 * Import is all or nothing: every row is checked first (format, then against the database), the
 * preview lists per row what would happen and every error as a `productValidation` message key,
 * and applying runs the same checks again inside one transaction and writes only when no row has
 * an error. Rows are matched by SKU: a known SKU of the same product is updated, a new SKU is
 * created. Rows with the same product_slug belong to one product; a blank product_slug makes a
 * new product (slug from its English name). Variants that the file does not mention are left
 * as they are. Descriptions, materials, sizes and images are not in the file and never changed.
 */

export const CSV_COLUMNS = [
  "product_slug",
  "name_zh",
  "name_en",
  "category",
  "glaze",
  "status",
  "sku",
  "variant_name_zh",
  "variant_name_en",
  "price_yuan",
  "compare_at_yuan",
  "weight_grams",
  "set_count",
  "active",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly CsvColumn[] = [
  "product_slug",
  "name_zh",
  "name_en",
  "category",
  "glaze",
  "sku",
  "variant_name_zh",
  "variant_name_en",
  "price_yuan",
  "weight_grams",
];

export { MAX_CSV_BYTES, MAX_CSV_ROWS } from "./limits";

// ───────────────────────────── export ─────────────────────────────

/** All of the enterprise's products (every status) and variants (active or not), as CSV text with a BOM for spreadsheet programs. */
export async function exportProductsCsv(db: PrismaClient, enterpriseId: string): Promise<string> {
  const products = await db.product.findMany({
    where: { enterpriseId },
    orderBy: { slug: "asc" },
    select: {
      slug: true,
      nameZh: true,
      nameEn: true,
      status: true,
      category: { select: { slug: true } },
      glaze: { select: { slug: true } },
      variants: {
        orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
        select: { sku: true, nameZh: true, nameEn: true, priceFen: true, compareAtFen: true, weightGrams: true, setCount: true, active: true },
      },
    },
  });
  const data = products.flatMap((p) =>
    p.variants.map((v): Record<CsvColumn, string> => ({
      product_slug: p.slug,
      name_zh: p.nameZh,
      name_en: p.nameEn,
      category: p.category.slug,
      glaze: p.glaze.slug,
      status: p.status,
      sku: v.sku,
      variant_name_zh: v.nameZh,
      variant_name_en: v.nameEn,
      price_yuan: fenToYuanString(v.priceFen),
      compare_at_yuan: v.compareAtFen === null ? "" : fenToYuanString(v.compareAtFen),
      weight_grams: String(v.weightGrams),
      set_count: String(v.setCount),
      active: v.active ? "yes" : "no",
    })),
  );
  // escapeFormulae: a cell starting with = + - @ is prefixed with ' so a spreadsheet shows it as
  // text instead of running it; the import takes that prefix off again.
  const csv = Papa.unparse({ fields: [...CSV_COLUMNS], data: data.map((row) => CSV_COLUMNS.map((c) => row[c])) }, { escapeFormulae: true, newline: "\r\n" });
  return `\uFEFF${csv}\r\n`;
}

// ───────────────────────────── import ─────────────────────────────

export interface CsvIssue {
  /** The column the problem is in, or null for the row as a whole. */
  column: CsvColumn | null;
  /** A `productValidation` message key. */
  message: string;
}

export interface CsvRowResult {
  /** Line in the file (the header is line 1). */
  line: number;
  productSlug: string;
  productName: string;
  sku: string;
  /** What happens to this row's SKU, when the row is valid. */
  action: "create" | "update" | null;
  /** What happens to the row's product. */
  productAction: "create" | "update" | null;
  errors: CsvIssue[];
}

export interface CsvImportResult {
  /** True when there is no error at all: the file can be (or was) applied. */
  valid: boolean;
  applied: boolean;
  /** Problems of the file as a whole (message keys; `columns` for missing columns). */
  fileErrors: { message: string; columns?: string[] }[];
  rows: CsvRowResult[];
  summary: { productsCreated: number; productsUpdated: number; variantsCreated: number; variantsUpdated: number };
  /** Slugs of products written (or that would be), for cache invalidation. */
  slugs: string[];
}

const yesNo = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const v = value.toLowerCase();
    if (["", "yes", "y", "true", "1", "是"].includes(v)) return true;
    if (["no", "n", "false", "0", "否"].includes(v)) return false;
    ctx.addIssue({ code: "custom", message: "csv.active" });
    return z.NEVER;
  });

const rowSchema = z.object({
  product_slug: z
    .string()
    .trim()
    .max(120, { message: "tooLong" })
    .refine((v) => !v || SLUG_PATTERN.test(v), { message: "csv.slug" }),
  name_zh: requiredText(80),
  name_en: requiredText(120),
  category: slugRef,
  glaze: slugRef,
  status: z
    .string()
    .trim()
    .transform((v) => v.toUpperCase())
    .refine((v) => v === "" || (PRODUCT_STATUSES as readonly string[]).includes(v), { message: "csv.status" })
    .transform((v) => (v === "" ? null : (v as ProductStatus))),
  sku: skuCode,
  variant_name_zh: requiredText(80),
  variant_name_en: requiredText(120),
  price_yuan: yuanToFen("price.invalid"),
  compare_at_yuan: optionalYuanToFen("compareAt.invalid"),
  weight_grams: wholeNumber(1, 100_000, "weight.invalid"),
  set_count: z
    .string()
    .trim()
    .transform((v) => v || "1")
    .pipe(wholeNumber(1, 1000, "setCount.invalid")),
  active: yesNo,
});
type CsvRow = z.output<typeof rowSchema>;

/** Takes off the ' that export (and spreadsheets) put before a cell that looks like a formula. */
function unescapeCell(value: unknown): string {
  const text = typeof value === "string" ? value : "";
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

interface ParsedRow {
  line: number;
  data: CsvRow | null;
  /** Problems found in the row itself, before any database check. */
  parseErrors: CsvIssue[];
  result: CsvRowResult;
}

function emptyResult(valid: boolean, fileErrors: CsvImportResult["fileErrors"], rows: CsvRowResult[] = []): CsvImportResult {
  return { valid, applied: false, fileErrors, rows, summary: { productsCreated: 0, productsUpdated: 0, variantsCreated: 0, variantsUpdated: 0 }, slugs: [] };
}

/** Records of a CSV text with the line each starts on (cells may hold quoted line breaks). */
function readRecords(text: string): { records: { line: number; cells: string[] }[]; malformed: boolean } {
  const records: { line: number; cells: string[] }[] = [];
  let malformed = false;
  let offset = 0;
  let line = 1;
  const advance = (to: number) => {
    for (; offset < to; offset++) if (text.charCodeAt(offset) === 10) line++;
  };
  Papa.parse<string[]>(text, {
    skipEmptyLines: "greedy",
    step: (step) => {
      // Blank lines before the record do not belong to it.
      let start = offset;
      while (start < text.length && (text[start] === "\n" || text[start] === "\r")) start++;
      advance(start);
      records.push({ line, cells: step.data });
      if (step.errors.some((e) => e.type === "Quotes")) malformed = true;
      advance(Math.min(step.meta.cursor, text.length));
    },
  });
  return { records, malformed };
}

function parseCsv(csvText: string): { rows: ParsedRow[] } | { fileErrors: CsvImportResult["fileErrors"] } {
  if (Buffer.byteLength(csvText, "utf8") > MAX_CSV_BYTES) return { fileErrors: [{ message: "csv.tooLarge" }] };
  const text = csvText.replace(/^\uFEFF/, "");
  if (!text.trim()) return { fileErrors: [{ message: "csv.empty" }] };
  const { records, malformed } = readRecords(text);
  // Quote errors make the rest of the file unreliable.
  if (malformed) return { fileErrors: [{ message: "csv.malformed" }] };
  const [header, ...body] = records;
  const fields = (header?.cells ?? []).map((f) => f.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !fields.includes(c));
  if (missing.length) return { fileErrors: [{ message: "csv.missingColumns", columns: missing }] };
  if (body.length === 0) return { fileErrors: [{ message: "csv.empty" }] };
  if (body.length > MAX_CSV_ROWS) return { fileErrors: [{ message: "csv.tooManyRows" }] };

  return {
    rows: body.map(({ line, cells }) => {
      const raw = Object.fromEntries(CSV_COLUMNS.map((c) => [c, unescapeCell(cells[fields.indexOf(c)])])) as Record<CsvColumn, string>;
      const parseErrors: CsvIssue[] = [];
      if (cells.length > fields.length) parseErrors.push({ column: null, message: "csv.fieldCount" });
      const check = rowSchema.safeParse(raw);
      if (!check.success) {
        const seen = new Set<string>();
        for (const issue of check.error.issues) {
          const column = (issue.path[0] as CsvColumn | undefined) ?? null;
          if (seen.has(String(column))) continue;
          seen.add(String(column));
          parseErrors.push({ column, message: /^[a-z]+(\.[a-zA-Z]+)*$/.test(issue.message) ? issue.message : "invalid" });
        }
      }
      const result: CsvRowResult = {
        line,
        productSlug: raw.product_slug.trim(),
        productName: raw.name_zh.trim() || raw.name_en.trim(),
        sku: raw.sku.trim().toUpperCase(),
        action: null,
        productAction: null,
        errors: [...parseErrors],
      };
      return { line, data: check.success && parseErrors.length === 0 ? check.data : null, parseErrors, result };
    }),
  };
}

const existingVariantSelect = {
  id: true,
  sku: true,
  nameZh: true,
  nameEn: true,
  priceFen: true,
  compareAtFen: true,
  weightGrams: true,
  setCount: true,
  active: true,
  sortOrder: true,
} satisfies Prisma.VariantSelect;

interface ExistingProduct extends SearchSource {
  id: string;
  slug: string;
  enterpriseId: string;
  status: ProductStatus;
  mediaCount: number;
  variants: Prisma.VariantGetPayload<{ select: typeof existingVariantSelect }>[];
}

interface ProductGroup {
  key: string;
  /** The slug from the file (blank for a new product named by its English name). */
  slug: string;
  existing: ExistingProduct | null;
  rows: ParsedRow[];
}

interface Plan {
  rows: ParsedRow[];
  groups: ProductGroup[];
  fileErrors: CsvImportResult["fileErrors"];
}

const PRODUCT_COLUMNS = ["name_zh", "name_en", "category", "glaze", "status"] as const;

/** Checks every row against the database (read only) and decides what each would do. */
async function plan(reader: Tx, enterpriseId: string, rows: ParsedRow[]): Promise<Plan> {
  for (const row of rows) {
    row.result.errors = [...row.parseErrors];
    row.result.action = null;
    row.result.productAction = null;
  }
  const valid = rows.filter((r) => r.data);
  const slugs = [...new Set(valid.map((r) => r.data!.product_slug).filter(Boolean))];
  const skus = [...new Set(valid.map((r) => r.data!.sku))];
  // Sequential: inside a transaction there is one connection, running one statement at a time.
  const categories = await reader.category.findMany({ select: { slug: true } });
  const glazes = await reader.glaze.findMany({ select: { slug: true } });
  const products = await reader.product.findMany({
      where: { slug: { in: slugs } },
      select: {
        id: true,
        slug: true,
        enterpriseId: true,
        status: true,
        ...searchSourceSelect,
        _count: { select: { media: true } },
        variants: { select: existingVariantSelect },
      },
  });
  const variants = await reader.variant.findMany({ where: { sku: { in: skus } }, select: { sku: true, productId: true } });
  const categorySlugs = new Set(categories.map((c) => c.slug));
  const glazeSlugs = new Set(glazes.map((g) => g.slug));
  const productBySlug = new Map(products.map((p) => [p.slug, { ...p, mediaCount: p._count.media }]));
  const productOfSku = new Map(variants.map((v) => [v.sku, v.productId]));

  const groups = new Map<string, ProductGroup>();
  for (const row of valid) {
    const data = row.data!;
    const key = data.product_slug ? `slug:${data.product_slug}` : `new:${data.name_zh}\u0000${data.name_en}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, slug: data.product_slug, existing: productBySlug.get(data.product_slug) ?? null, rows: [] };
      groups.set(key, group);
    }
    group.rows.push(row);
  }

  const seenSkus = new Set<string>();
  for (const group of groups.values()) {
    const first = group.rows[0]!.data!;
    const foreign = group.existing && group.existing.enterpriseId !== enterpriseId;
    const known = foreign ? null : group.existing;
    const productAction = known ? "update" : "create";
    let newVariants = 0;
    for (const row of group.rows) {
      const data = row.data!;
      const errors = row.result.errors;
      if (foreign) errors.push({ column: "product_slug", message: "csv.slugTaken" });
      if (!categorySlugs.has(data.category)) errors.push({ column: "category", message: "category.unknown" });
      if (!glazeSlugs.has(data.glaze)) errors.push({ column: "glaze", message: "glaze.unknown" });
      for (const column of PRODUCT_COLUMNS)
        if (row !== group.rows[0] && data[column] !== first[column]) errors.push({ column, message: "csv.productMismatch" });
      if (data.compare_at_yuan !== null && data.compare_at_yuan <= data.price_yuan) errors.push({ column: "compare_at_yuan", message: "compareAt.notAbove" });

      let action: "create" | "update" | null = null;
      if (seenSkus.has(data.sku)) {
        errors.push({ column: "sku", message: "sku.duplicate" });
      } else {
        seenSkus.add(data.sku);
        const owner = productOfSku.get(data.sku);
        if (!owner) {
          action = "create";
          newVariants++;
        } else if (known && owner === known.id) {
          action = "update";
        } else {
          errors.push({ column: "sku", message: "sku.taken" });
        }
      }
      row.result.action = action;
      row.result.productAction = foreign ? null : productAction;
    }

    // Whole-product rules, reported on the product's first row.
    const head = group.rows[0]!.result;
    if (!known && group.rows.length > MAX_VARIANTS) head.errors.push({ column: "sku", message: "variants.max" });
    if (known && known.variants.length + newVariants > MAX_STORED_VARIANTS) head.errors.push({ column: "sku", message: "variants.max" });
    const targetStatus = first.status ?? known?.status ?? "DRAFT";
    if (targetStatus === "PUBLISHED") {
      const fileSkus = new Map(group.rows.map((r) => [r.data!.sku, r.data!.active]));
      const untouchedActive = known ? known.variants.filter((v) => !fileSkus.has(v.sku) && v.active).length : 0;
      const activeAfter = untouchedActive + [...fileSkus.values()].filter(Boolean).length;
      if (activeAfter === 0) head.errors.push({ column: "active", message: "status.noVariant" });
      if (!known || known.mediaCount === 0) head.errors.push({ column: "status", message: known ? "status.noImage" : "csv.publishNeedsImage" });
    }
  }
  return { rows, groups: [...groups.values()], fileErrors: [] };
}

function summarize(p: Plan, applied: boolean): CsvImportResult {
  const valid = p.rows.every((r) => r.result.errors.length === 0) && p.fileErrors.length === 0;
  const summary = { productsCreated: 0, productsUpdated: 0, variantsCreated: 0, variantsUpdated: 0 };
  for (const group of p.groups) {
    const head = group.rows[0]!.result;
    if (head.productAction === "create") summary.productsCreated++;
    if (head.productAction === "update") summary.productsUpdated++;
    for (const row of group.rows) {
      if (row.result.action === "create") summary.variantsCreated++;
      if (row.result.action === "update") summary.variantsUpdated++;
    }
  }
  return {
    valid,
    applied,
    fileErrors: p.fileErrors,
    rows: p.rows.map((r) => r.result),
    summary,
    slugs: p.groups.map((g) => g.slug).filter(Boolean),
  };
}

class Rollback extends Error {
  constructor(readonly result: CsvImportResult) {
    super("rollback");
  }
}

/**
 * Previews (apply: false) or applies (apply: true) a CSV file. Nothing is written unless every
 * row is valid; applying is one transaction.
 */
export async function importProductsCsv(db: PrismaClient, enterpriseId: string, csvText: string, options: { apply: boolean }): Promise<CsvImportResult> {
  const parsed = parseCsv(csvText);
  if ("fileErrors" in parsed) return emptyResult(false, parsed.fileErrors);
  if (!options.apply) return summarize(await plan(db, enterpriseId, parsed.rows), false);
  try {
    return await db.$transaction(
      async (tx) => {
        const p = await plan(tx, enterpriseId, parsed.rows);
        const preview = summarize(p, false);
        if (!preview.valid) return preview;
        const slugs = await execute(tx, enterpriseId, p);
        return { ...summarize(p, true), slugs };
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    // Someone else took a SKU or slug between the checks and the writes: nothing was written.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ...summarize(await plan(db, enterpriseId, parsed.rows), false), valid: false, fileErrors: [{ message: "csv.conflict" }] };
    }
    throw error;
  }
}

/** Writes a valid plan; returns the slug of every product written. */
async function execute(tx: Tx, enterpriseId: string, p: Plan): Promise<string[]> {
  const slugs: string[] = [];
  for (const group of p.groups) {
    const first = group.rows[0]!.data!;
    const variantRows = group.rows.map((r) => r.data!);
    let productId: string;
    let slug: string;
    if (!group.existing) {
      const created = await createProductInTx(
        tx,
        enterpriseId,
        {
          nameZh: first.name_zh,
          nameEn: first.name_en,
          descriptionZh: "",
          descriptionEn: "",
          materialZh: "",
          materialEn: "",
          careZh: "",
          careEn: "",
          categorySlug: first.category,
          glazeSlug: first.glaze,
          variants: variantRows.map((v) => ({
            sku: v.sku,
            nameZh: v.variant_name_zh,
            nameEn: v.variant_name_en,
            sizeZh: null,
            sizeEn: null,
            priceFen: v.price_yuan,
            compareAtFen: v.compare_at_yuan,
            weightGrams: v.weight_grams,
            setCount: v.set_count,
            lowStockThreshold: 5,
            active: v.active,
          })),
        },
        group.slug ? { slug: group.slug } : {},
      );
      if (!created.ok) throw new Rollback(emptyResult(false, [{ message: "csv.conflict" }]));
      productId = created.value.id;
      slug = created.value.slug;
    } else {
      const existing = group.existing;
      productId = existing.id;
      slug = existing.slug;
      // Only what differs is written, so re-importing an export leaves every row as it was.
      if (
        existing.nameZh !== first.name_zh ||
        existing.nameEn !== first.name_en ||
        existing.category.slug !== first.category ||
        existing.glaze.slug !== first.glaze
      ) {
        const category = await tx.category.findUniqueOrThrow({ where: { slug: first.category }, select: { id: true, slug: true, nameZh: true, nameEn: true } });
        const glaze = await tx.glaze.findUniqueOrThrow({ where: { slug: first.glaze }, select: { id: true, slug: true, nameZh: true, nameEn: true } });
        const fields = { nameZh: first.name_zh, nameEn: first.name_en, materialZh: existing.materialZh, materialEn: existing.materialEn };
        await tx.product.update({
          where: { id: existing.id },
          data: {
            ...fields,
            categoryId: category.id,
            glazeId: glaze.id,
            searchText: updatedSearchText(existing, fields, { enterprise: existing.enterprise, category, glaze }),
          },
        });
      }
      const bySku = new Map(existing.variants.map((v) => [v.sku, v]));
      let nextSort = Math.max(-1, ...existing.variants.map((v) => v.sortOrder)) + 1;
      let variantsChanged = false;
      for (const v of variantRows) {
        const data = {
          nameZh: v.variant_name_zh,
          nameEn: v.variant_name_en,
          priceFen: v.price_yuan,
          compareAtFen: v.compare_at_yuan,
          weightGrams: v.weight_grams,
          setCount: v.set_count,
          active: v.active,
        };
        const current = bySku.get(v.sku);
        if (current && (Object.keys(data) as (keyof typeof data)[]).every((key) => current[key] === data[key])) continue;
        variantsChanged = true;
        if (current) await tx.variant.update({ where: { id: current.id }, data });
        else await tx.variant.create({ data: { ...data, productId: existing.id, sku: v.sku, sortOrder: nextSort++ } });
      }
      if (variantsChanged) await refreshProductPriceRange(tx, existing.id);
    }
    const target = first.status;
    if (target && target !== (group.existing?.status ?? "DRAFT")) {
      const changed = await setProductStatusInTx(tx, enterpriseId, productId, target);
      if (!changed.ok) throw new Rollback(emptyResult(false, [{ message: "csv.conflict" }]));
    }
    slugs.push(slug);
  }
  return slugs;
}
