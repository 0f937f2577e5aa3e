import type { Tx } from "@/lib/db/client";
import { Prisma, type PrismaClient, type ProductStatus } from "@/lib/db/generated/client";
import { refreshProductPriceRange } from "../price-range";
import { buildSearchText, searchTerms } from "../search";
import { MAX_IMAGES, MAX_STORED_VARIANTS } from "./limits";
import type { ProductInput, VariantInput } from "./schemas";
import { productTextSelect } from "@/lib/catalog/queries";
import { pageWindow } from "@/lib/paging";

/**
 * Enterprise staff's product management: every read and write is scoped to one enterprise, and a
 * product of another enterprise is reported as not found (its existence is private). Each write
 * runs in one transaction and keeps the read models (searchText, price range) in step.
 */

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };
const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
const fail = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });

export type ProductWriteError =
  | { code: "notFound" }
  | { code: "categoryUnknown" }
  | { code: "glazeUnknown" }
  /** The SKU code is used by another variant (of any product, of any enterprise). */
  | { code: "skuTaken"; sku: string; index: number }
  /** A variant id that is not one of this product's variants. */
  | { code: "variantUnknown"; index: number }
  /** An existing variant's SKU code cannot change: it is printed on the warehouse's labels. */
  | { code: "skuLocked"; index: number }
  /** Too many variants (active and inactive together). */
  | { code: "tooManyVariants" }
  /** A published product must keep at least one active variant. */
  | { code: "needsActiveVariant" };

export type StatusError = { code: "notFound" } | { code: "needsActiveVariant" } | { code: "needsImage" };
export type ImageError = { code: "notFound" } | { code: "needsImage" } | { code: "tooManyImages" };

export const PAGE_SIZE = 20;

const TX_OPTIONS = { maxWait: 10_000, timeout: 60_000 } as const;

// ───────────────────────────── reads ─────────────────────────────

export interface EnterpriseProductListItem {
  id: string;
  slug: string;
  nameZh: string;
  nameEn: string;
  status: ProductStatus;
  priceMinFen: number;
  priceMaxFen: number;
  variantCount: number;
  activeVariantCount: number;
  onHand: number;
  available: number;
  image: { url: string; width: number; height: number } | null;
  updatedAt: string;
}

export interface EnterpriseProductList {
  items: EnterpriseProductListItem[];
  total: number;
  page: number;
  pageCount: number;
  /** How many products of each status the enterprise has (ignoring the search). */
  statusCounts: Record<ProductStatus, number>;
}

/** The enterprise's products, newest change first, matching words of names or a SKU code. */
export async function listEnterpriseProducts(
  db: PrismaClient,
  enterpriseId: string,
  options: { q?: string; status?: ProductStatus | null; page?: number } = {},
): Promise<EnterpriseProductList> {
  const and: Prisma.ProductWhereInput[] = [{ enterpriseId }];
  const q = (options.q ?? "").trim();
  if (q) {
    const terms = searchTerms(q);
    const sku = q.normalize("NFKC").toUpperCase();
    and.push({
      OR: [
        ...(terms.length ? [{ AND: terms.map((term) => ({ searchText: { contains: term } })) }] : []),
        { variants: { some: { sku: { contains: sku } } } },
        { slug: { contains: q.toLowerCase() } },
      ],
    });
  }
  if (options.status) and.push({ status: options.status });
  const where: Prisma.ProductWhereInput = { AND: and };
  const [total, grouped] = await Promise.all([
    db.product.count({ where }),
    db.product.groupBy({ by: ["status"], where: { enterpriseId }, _count: { _all: true } }),
  ]);
  const { page, pageCount } = pageWindow(total, PAGE_SIZE, options.page);
  const rows = await db.product.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: {
      id: true,
      slug: true,
      nameZh: true,
      nameEn: true,
      status: true,
      priceMinFen: true,
      priceMaxFen: true,
      updatedAt: true,
      media: { select: { url: true, width: true, height: true }, orderBy: { sortOrder: "asc" }, take: 1 },
      variants: { select: { active: true, stockLevels: { select: { onHand: true, reserved: true } } } },
    },
  });
  const statusCounts: Record<ProductStatus, number> = { DRAFT: 0, PUBLISHED: 0, ARCHIVED: 0 };
  for (const row of grouped) statusCounts[row.status] = row._count._all;
  return {
    items: rows.map((row) => {
      let onHand = 0;
      let available = 0;
      for (const variant of row.variants)
        for (const level of variant.stockLevels) {
          onHand += level.onHand;
          available += Math.max(0, level.onHand - level.reserved);
        }
      return {
        id: row.id,
        slug: row.slug,
        nameZh: row.nameZh,
        nameEn: row.nameEn,
        status: row.status,
        priceMinFen: row.priceMinFen,
        priceMaxFen: row.priceMaxFen,
        variantCount: row.variants.length,
        activeVariantCount: row.variants.filter((v) => v.active).length,
        onHand,
        available,
        image: row.media[0] ?? null,
        updatedAt: row.updatedAt.toISOString(),
      };
    }),
    total,
    page,
    pageCount,
    statusCounts,
  };
}

/** One of the enterprise's products with everything the edit page shows, or null. */
export async function getEnterpriseProduct(db: PrismaClient, enterpriseId: string, id: string) {
  const product = await db.product.findFirst({
    where: { id, enterpriseId },
    select: {
      id: true,
      slug: true,
      ...productTextSelect,
      status: true,
      priceMinFen: true,
      priceMaxFen: true,
      publishedAt: true,
      updatedAt: true,
      category: { select: { slug: true, nameZh: true, nameEn: true } },
      glaze: { select: { slug: true, nameZh: true, nameEn: true } },
      media: { select: { id: true, url: true, altZh: true, altEn: true, width: true, height: true }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }] },
      variants: {
        orderBy: [{ active: "desc" }, { sortOrder: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          sku: true,
          nameZh: true,
          nameEn: true,
          sizeZh: true,
          sizeEn: true,
          priceFen: true,
          compareAtFen: true,
          weightGrams: true,
          setCount: true,
          lowStockThreshold: true,
          active: true,
          stockLevels: { select: { onHand: true, reserved: true } },
        },
      },
    },
  });
  if (!product) return null;
  return {
    ...product,
    publishedAt: product.publishedAt?.toISOString() ?? null,
    updatedAt: product.updatedAt.toISOString(),
    variants: product.variants.map(({ stockLevels, ...variant }) => ({
      ...variant,
      onHand: stockLevels.reduce((sum, level) => sum + level.onHand, 0),
      reserved: stockLevels.reduce((sum, level) => sum + level.reserved, 0),
    })),
  };
}
export type EnterpriseProduct = NonNullable<Awaited<ReturnType<typeof getEnterpriseProduct>>>;

/** Categories and glazes to choose from, in their display order. */
export async function listProductOptions(db: PrismaClient) {
  const [categories, glazes] = await Promise.all([
    db.category.findMany({ select: { slug: true, nameZh: true, nameEn: true }, orderBy: { sortOrder: "asc" } }),
    db.glaze.findMany({ select: { slug: true, nameZh: true, nameEn: true, colorHex: true }, orderBy: { sortOrder: "asc" } }),
  ]);
  return { categories, glazes };
}

// ───────────────────────────── writes ─────────────────────────────

/** "Blue-and-White Lotus Rice Bowl" → "blue-and-white-lotus-rice-bowl" (ASCII, at most 80 characters). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

/** A slug no product has yet: "<enterprise>-<english name>", then "-2", "-3" … when taken. */
export async function uniqueProductSlug(tx: Tx, enterpriseSlug: string, nameEn: string): Promise<string> {
  const base = [enterpriseSlug, slugify(nameEn) || "product"].join("-").slice(0, 100).replace(/-+$/g, "");
  const taken = new Set(
    (await tx.product.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((p) => p.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export interface ProductContext {
  enterprise: { slug: string; nameZh: string; nameEn: string };
  category: { id: string; nameZh: string; nameEn: string };
  glaze: { id: string; nameZh: string; nameEn: string };
}

async function loadContext(tx: Tx, enterpriseId: string, categorySlug: string, glazeSlug: string): Promise<Result<ProductContext, ProductWriteError>> {
  // One after the other: a transaction is one connection, which runs one statement at a time.
  const enterprise = await tx.enterprise.findUnique({ where: { id: enterpriseId }, select: { slug: true, nameZh: true, nameEn: true } });
  const category = await tx.category.findUnique({ where: { slug: categorySlug }, select: { id: true, nameZh: true, nameEn: true } });
  const glaze = await tx.glaze.findUnique({ where: { slug: glazeSlug }, select: { id: true, nameZh: true, nameEn: true } });
  if (!enterprise) return fail({ code: "notFound" });
  if (!category) return fail({ code: "categoryUnknown" });
  if (!glaze) return fail({ code: "glazeUnknown" });
  return ok({ enterprise, category, glaze });
}

/** What shoppers' search matches: names in both languages, enterprise, category, glaze, material. */
export function productSearchText(fields: { nameZh: string; nameEn: string; materialZh?: string; materialEn?: string }, context: ProductContext): string {
  return buildSearchText([
    fields.nameZh,
    fields.nameEn,
    context.enterprise.nameZh,
    context.enterprise.nameEn,
    context.category.nameZh,
    context.category.nameEn,
    context.glaze.nameZh,
    context.glaze.nameEn,
    fields.materialZh,
    fields.materialEn,
  ]);
}

/** What a product's search text is recomputed from. */
export const searchSourceSelect = {
  searchText: true,
  nameZh: true,
  nameEn: true,
  materialZh: true,
  materialEn: true,
  enterprise: { select: { slug: true, nameZh: true, nameEn: true } },
  category: { select: { id: true, slug: true, nameZh: true, nameEn: true } },
  glaze: { select: { id: true, slug: true, nameZh: true, nameEn: true } },
} satisfies Prisma.ProductSelect;
export type SearchSource = Prisma.ProductGetPayload<{ select: typeof searchSourceSelect }>;

/**
 * The search text after an edit. Words that were not derived from the product's fields (the
 * seed's extra keywords, such as "chinoiserie" or "饭碗") are carried over, once each and
 * sorted, after the derived text (so saving again gives the same text); words of the old names,
 * category or glaze go. A word counts as a keyword when it occurs more often in the stored text
 * than in the text derived from the old fields.
 */
export function updatedSearchText(previous: SearchSource, fields: Parameters<typeof productSearchText>[0], context: ProductContext): string {
  const count = (text: string) => {
    const counts = new Map<string, number>();
    for (const word of text.split(" ")) if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
    return counts;
  };
  const derivedBefore = count(productSearchText(previous, previous));
  const keywords = [...count(previous.searchText)].filter(([word, n]) => n > (derivedBefore.get(word) ?? 0)).map(([word]) => word).sort();
  const next = productSearchText(fields, context);
  return keywords.length ? `${next} ${keywords.join(" ")}` : next;
}

/** The first SKU of `skus` that a variant outside `exceptProductId` already uses. */
async function firstTakenSku(tx: Tx, skus: string[], exceptProductId?: string): Promise<string | null> {
  if (skus.length === 0) return null;
  const taken = await tx.variant.findMany({
    where: { sku: { in: skus }, ...(exceptProductId ? { productId: { not: exceptProductId } } : {}) },
    select: { sku: true },
  });
  const set = new Set(taken.map((v) => v.sku));
  return skus.find((sku) => set.has(sku)) ?? null;
}

function variantData(variant: VariantInput, sortOrder: number) {
  return {
    nameZh: variant.nameZh,
    nameEn: variant.nameEn,
    sizeZh: variant.sizeZh,
    sizeEn: variant.sizeEn,
    priceFen: variant.priceFen,
    compareAtFen: variant.compareAtFen,
    weightGrams: variant.weightGrams,
    setCount: variant.setCount,
    lowStockThreshold: variant.lowStockThreshold,
    active: variant.active,
    sortOrder,
  };
}

/** Rolls the transaction back while carrying a typed error out of it. */
class Abort<E> extends Error {
  constructor(readonly error: E) {
    super("aborted");
  }
}

async function inTransaction<T, E>(db: PrismaClient, work: (tx: Tx) => Promise<Result<T, E>>): Promise<Result<T, E>> {
  try {
    return await db.$transaction(async (tx) => {
      const result = await work(tx);
      if (!result.ok) throw new Abort(result.error);
      return result;
    }, TX_OPTIONS);
  } catch (error) {
    if (error instanceof Abort) return fail(error.error as E);
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * When two writers race for the same SKU code, the unique index refuses the second one; the
 * transaction rolls back and this finds which SKU it was, for a typed error.
 */
async function skuRace<T>(db: PrismaClient, input: ProductInput, exceptProductId: string | undefined, error: unknown): Promise<Result<T, ProductWriteError>> {
  if (!isUniqueViolation(error)) throw error;
  const skus = input.variants.map((v) => v.sku);
  const taken = await db.variant.findMany({
    where: { sku: { in: skus }, ...(exceptProductId ? { productId: { not: exceptProductId } } : {}) },
    select: { sku: true },
  });
  const sku = skus.find((s) => taken.some((t) => t.sku === s));
  if (!sku) throw error;
  return fail({ code: "skuTaken", sku, index: skus.indexOf(sku) });
}

/** Creates a draft product with its variants. */
export async function createProduct(db: PrismaClient, enterpriseId: string, input: ProductInput): Promise<Result<{ id: string; slug: string }, ProductWriteError>> {
  try {
    return await inTransaction(db, (tx) => createProductInTx(tx, enterpriseId, input));
  } catch (error) {
    return skuRace(db, input, undefined, error);
  }
}

export async function createProductInTx(
  tx: Tx,
  enterpriseId: string,
  input: ProductInput,
  options: { slug?: string } = {},
): Promise<Result<{ id: string; slug: string }, ProductWriteError>> {
  const context = await loadContext(tx, enterpriseId, input.categorySlug, input.glazeSlug);
  if (!context.ok) return context;
  const skus = input.variants.map((v) => v.sku);
  const taken = await firstTakenSku(tx, skus);
  if (taken) return fail({ code: "skuTaken", sku: taken, index: skus.indexOf(taken) });
  const slug = options.slug ?? (await uniqueProductSlug(tx, context.value.enterprise.slug, input.nameEn));
  const product = await tx.product.create({
    data: {
      slug,
      enterpriseId,
      categoryId: context.value.category.id,
      glazeId: context.value.glaze.id,
      nameZh: input.nameZh,
      nameEn: input.nameEn,
      descriptionZh: input.descriptionZh,
      descriptionEn: input.descriptionEn,
      materialZh: input.materialZh,
      materialEn: input.materialEn,
      careZh: input.careZh,
      careEn: input.careEn,
      status: "DRAFT",
      searchText: productSearchText(input, context.value),
      variants: { create: input.variants.map((variant, index) => ({ sku: variant.sku, ...variantData(variant, index) })) },
    },
    select: { id: true, slug: true },
  });
  await refreshProductPriceRange(tx, product.id);
  return ok(product);
}

/**
 * Updates a product and its variants: variants with an id are updated, those without are
 * created, and existing variants left out are deactivated (never deleted: stock and orders
 * refer to them). The slug never changes, so shared links keep working.
 */
export async function updateProduct(
  db: PrismaClient,
  enterpriseId: string,
  id: string,
  input: ProductInput,
): Promise<Result<{ id: string; slug: string }, ProductWriteError>> {
  try {
    return await inTransaction(db, (tx) => updateProductInTx(tx, enterpriseId, id, input));
  } catch (error) {
    return skuRace(db, input, id, error);
  }
}

async function updateProductInTx(tx: Tx, enterpriseId: string, id: string, input: ProductInput): Promise<Result<{ id: string; slug: string }, ProductWriteError>> {
  const product = await tx.product.findFirst({
    where: { id, enterpriseId },
    select: { id: true, slug: true, status: true, variants: { select: { id: true, sku: true } }, ...searchSourceSelect },
  });
  if (!product) return fail({ code: "notFound" });
  const context = await loadContext(tx, enterpriseId, input.categorySlug, input.glazeSlug);
  if (!context.ok) return context;

  const existing = new Map(product.variants.map((v) => [v.id, v]));
  const newSkus: string[] = [];
  for (const [index, variant] of input.variants.entries()) {
    if (variant.id) {
      const current = existing.get(variant.id);
      if (!current) return fail({ code: "variantUnknown", index });
      if (current.sku !== variant.sku) return fail({ code: "skuLocked", index });
    } else {
      newSkus.push(variant.sku);
    }
  }
  const taken = await firstTakenSku(tx, newSkus);
  if (taken) return fail({ code: "skuTaken", sku: taken, index: input.variants.findIndex((v) => !v.id && v.sku === taken) });
  if (product.variants.length + newSkus.length > MAX_STORED_VARIANTS) return fail({ code: "tooManyVariants" });
  if (product.status === "PUBLISHED" && !input.variants.some((v) => v.active)) return fail({ code: "needsActiveVariant" });

  await tx.product.update({
    where: { id: product.id },
    data: {
      categoryId: context.value.category.id,
      glazeId: context.value.glaze.id,
      nameZh: input.nameZh,
      nameEn: input.nameEn,
      descriptionZh: input.descriptionZh,
      descriptionEn: input.descriptionEn,
      materialZh: input.materialZh,
      materialEn: input.materialEn,
      careZh: input.careZh,
      careEn: input.careEn,
      searchText: updatedSearchText(product, input, context.value),
    },
  });
  const kept = new Set<string>();
  for (const [index, variant] of input.variants.entries()) {
    if (variant.id) {
      kept.add(variant.id);
      await tx.variant.update({ where: { id: variant.id }, data: variantData(variant, index) });
    } else {
      await tx.variant.create({ data: { productId: product.id, sku: variant.sku, ...variantData(variant, index) } });
    }
  }
  const dropped = product.variants.filter((v) => !kept.has(v.id)).map((v) => v.id);
  if (dropped.length) await tx.variant.updateMany({ where: { id: { in: dropped } }, data: { active: false } });
  await refreshProductPriceRange(tx, product.id);
  return ok({ id: product.id, slug: product.slug });
}

/**
 * Drafts, publishes or archives a product. Publishing needs at least one active variant and one
 * image; publishedAt is set the first time a product is published and kept afterwards.
 */
export async function setProductStatus(
  db: PrismaClient,
  enterpriseId: string,
  id: string,
  status: ProductStatus,
  now: Date = new Date(),
): Promise<Result<{ id: string; slug: string; status: ProductStatus }, StatusError>> {
  return inTransaction(db, (tx) => setProductStatusInTx(tx, enterpriseId, id, status, now));
}

export async function setProductStatusInTx(
  tx: Tx,
  enterpriseId: string,
  id: string,
  status: ProductStatus,
  now: Date = new Date(),
): Promise<Result<{ id: string; slug: string; status: ProductStatus }, StatusError>> {
  const product = await tx.product.findFirst({
    where: { id, enterpriseId },
    select: { id: true, slug: true, publishedAt: true, _count: { select: { media: true, variants: { where: { active: true } } } } },
  });
  if (!product) return fail({ code: "notFound" });
  if (status === "PUBLISHED") {
    if (product._count.variants === 0) return fail({ code: "needsActiveVariant" });
    if (product._count.media === 0) return fail({ code: "needsImage" });
  }
  await tx.product.update({
    where: { id: product.id },
    data: { status, ...(status === "PUBLISHED" && !product.publishedAt ? { publishedAt: now } : {}) },
  });
  return ok({ id: product.id, slug: product.slug, status });
}

// ───────────────────────────── images ─────────────────────────────

/** Records a stored picture as the product's last image; alt text from the product's names. */
export async function addProductImage(
  db: PrismaClient,
  enterpriseId: string,
  productId: string,
  image: { url: string; width: number; height: number },
): Promise<Result<{ id: string; slug: string }, ImageError>> {
  return inTransaction<{ id: string; slug: string }, ImageError>(db, async (tx) => {
    const product = await tx.product.findFirst({
      where: { id: productId, enterpriseId },
      select: { id: true, slug: true, nameZh: true, nameEn: true, media: { select: { sortOrder: true } } },
    });
    if (!product) return fail({ code: "notFound" });
    if (product.media.length >= MAX_IMAGES) return fail({ code: "tooManyImages" });
    const n = product.media.length + 1;
    const media = await tx.media.create({
      data: {
        productId: product.id,
        url: image.url,
        width: image.width,
        height: image.height,
        altZh: `${product.nameZh}，图 ${n}`,
        altEn: `${product.nameEn}, picture ${n}`,
        sortOrder: Math.max(-1, ...product.media.map((m) => m.sortOrder)) + 1,
      },
      select: { id: true },
    });
    await tx.product.update({ where: { id: product.id }, data: { updatedAt: new Date() } });
    return ok({ id: media.id, slug: product.slug });
  });
}

/**
 * Removes an image from a product (a published product keeps at least one). Returns the removed
 * image's url, so the caller can delete the stored file once the transaction has committed.
 */
export async function removeProductImage(
  db: PrismaClient,
  enterpriseId: string,
  productId: string,
  mediaId: string,
): Promise<Result<{ url: string; slug: string }, ImageError>> {
  return inTransaction<{ url: string; slug: string }, ImageError>(db, async (tx) => {
    const product = await tx.product.findFirst({
      where: { id: productId, enterpriseId },
      select: { id: true, slug: true, status: true, media: { select: { id: true, url: true } } },
    });
    const media = product?.media.find((m) => m.id === mediaId);
    if (!product || !media) return fail({ code: "notFound" });
    if (product.status === "PUBLISHED" && product.media.length === 1) return fail({ code: "needsImage" });
    await tx.media.delete({ where: { id: media.id } });
    await tx.product.update({ where: { id: product.id }, data: { updatedAt: new Date() } });
    return ok({ url: media.url, slug: product.slug });
  });
}

/** Makes an image the product's first one (the cover shown on cards and first in the gallery). */
export async function makeCoverImage(
  db: PrismaClient,
  enterpriseId: string,
  productId: string,
  mediaId: string,
): Promise<Result<{ slug: string }, ImageError>> {
  return inTransaction<{ slug: string }, ImageError>(db, async (tx) => {
    const product = await tx.product.findFirst({
      where: { id: productId, enterpriseId },
      select: { id: true, slug: true, media: { select: { id: true }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }] } },
    });
    if (!product || !product.media.some((m) => m.id === mediaId)) return fail({ code: "notFound" });
    const order = [mediaId, ...product.media.map((m) => m.id).filter((id) => id !== mediaId)];
    for (const [sortOrder, id] of order.entries()) await tx.media.update({ where: { id }, data: { sortOrder } });
    await tx.product.update({ where: { id: product.id }, data: { updatedAt: new Date() } });
    return ok({ slug: product.slug });
  });
}
