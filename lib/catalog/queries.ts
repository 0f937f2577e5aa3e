import type { PrismaClient } from "@/lib/db/generated/client";
import type { Prisma } from "@/lib/db/generated/client";
import { type CatalogFilters, PAGE_SIZE } from "./filters";
import { searchTerms } from "./search";

/**
 * Catalogue reads. Every function returns plain JSON-safe data (no Date objects) so results can
 * be cached as they are (see ./cache). Only published products of active enterprises are shown.
 */

const visibleProduct = {
  status: "PUBLISHED",
  enterprise: { status: "ACTIVE" },
} satisfies Prisma.ProductWhereInput;

/** A product's own words in both languages: what the shop page shows and the console edits. */
export const productTextSelect = {
  nameZh: true,
  nameEn: true,
  descriptionZh: true,
  descriptionEn: true,
  materialZh: true,
  materialEn: true,
  careZh: true,
  careEn: true,
} satisfies Prisma.ProductSelect;

const cardSelect = {
  id: true,
  slug: true,
  nameZh: true,
  nameEn: true,
  priceMinFen: true,
  priceMaxFen: true,
  enterprise: { select: { slug: true, nameZh: true, nameEn: true } },
  glaze: { select: { slug: true, nameZh: true, nameEn: true } },
  media: { select: { url: true, altZh: true, altEn: true, width: true, height: true }, orderBy: { sortOrder: "asc" }, take: 1 },
  variants: {
    where: { active: true },
    select: { compareAtFen: true, priceFen: true, stockLevels: { select: { onHand: true, reserved: true } } },
  },
} satisfies Prisma.ProductSelect;

type CardRow = Prisma.ProductGetPayload<{ select: typeof cardSelect }>;

export interface ProductCard {
  id: string;
  slug: string;
  nameZh: string;
  nameEn: string;
  priceMinFen: number;
  priceMaxFen: number;
  /** The cheapest variant's "was" price when it is discounted, to show struck through. */
  compareAtFen: number | null;
  available: number;
  enterprise: { slug: string; nameZh: string; nameEn: string };
  glaze: { slug: string; nameZh: string; nameEn: string };
  image: { url: string; altZh: string; altEn: string; width: number; height: number } | null;
}

function toCard(row: CardRow): ProductCard {
  const available = row.variants.reduce(
    (sum, v) => sum + v.stockLevels.reduce((s, level) => s + Math.max(0, level.onHand - level.reserved), 0),
    0,
  );
  // A "was" price only makes sense next to the price shown: that of the cheapest variant.
  const cheapest = row.variants.reduce<CardRow["variants"][number] | undefined>((min, v) => (!min || v.priceFen < min.priceFen ? v : min), undefined);
  return {
    id: row.id,
    slug: row.slug,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    priceMinFen: row.priceMinFen,
    priceMaxFen: row.priceMaxFen,
    compareAtFen: cheapest?.compareAtFen && cheapest.compareAtFen > cheapest.priceFen ? cheapest.compareAtFen : null,
    available,
    enterprise: row.enterprise,
    glaze: row.glaze,
    image: row.media[0] ?? null,
  };
}

function inStockWhere(db: PrismaClient): Prisma.ProductWhereInput {
  return {
    variants: { some: { active: true, stockLevels: { some: { onHand: { gt: db.stockLevel.fields.reserved } } } } },
  };
}

export function catalogWhere(db: PrismaClient, filters: CatalogFilters): Prisma.ProductWhereInput {
  const and: Prisma.ProductWhereInput[] = [visibleProduct];
  for (const term of searchTerms(filters.q)) and.push({ searchText: { contains: term } });
  if (filters.enterprises.length) and.push({ enterprise: { slug: { in: filters.enterprises } } });
  if (filters.categories.length) and.push({ category: { slug: { in: filters.categories } } });
  if (filters.glazes.length) and.push({ glaze: { slug: { in: filters.glazes } } });
  // A product matches a price range when any of its variants' prices fall within it.
  if (filters.minFen !== null) and.push({ priceMaxFen: { gte: filters.minFen } });
  if (filters.maxFen !== null) and.push({ priceMinFen: { lte: filters.maxFen } });
  if (filters.inStock) and.push(inStockWhere(db));
  return { AND: and };
}

const orderBy: Record<CatalogFilters["sort"], Prisma.ProductOrderByWithRelationInput[]> = {
  featured: [{ featured: "desc" }, { publishedAt: "desc" }, { slug: "asc" }],
  newest: [{ publishedAt: "desc" }, { slug: "asc" }],
  "price-asc": [{ priceMinFen: "asc" }, { slug: "asc" }],
  "price-desc": [{ priceMinFen: "desc" }, { slug: "asc" }],
};

export interface ProductPage {
  items: ProductCard[];
  total: number;
  page: number;
  pageCount: number;
}

export async function listProducts(db: PrismaClient, filters: CatalogFilters): Promise<ProductPage> {
  const where = catalogWhere(db, filters);
  const total = await db.product.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await db.product.findMany({
    where,
    select: cardSelect,
    orderBy: orderBy[filters.sort],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
  });
  return { items: rows.map(toCard), total, page, pageCount };
}

export async function listNewArrivals(db: PrismaClient, take: number): Promise<ProductCard[]> {
  const rows = await db.product.findMany({ where: visibleProduct, select: cardSelect, orderBy: orderBy.newest, take });
  return rows.map(toCard);
}

export async function listFeaturedProducts(db: PrismaClient, take: number): Promise<ProductCard[]> {
  const rows = await db.product.findMany({ where: { ...visibleProduct, featured: true }, select: cardSelect, orderBy: orderBy.newest, take });
  return rows.map(toCard);
}

/** Facets for the filter panel: each option with how many visible products it has. */
export async function listFacets(db: PrismaClient) {
  const [enterprises, categories, glazes] = await Promise.all([
    db.enterprise.findMany({
      where: { status: "ACTIVE" },
      select: { slug: true, nameZh: true, nameEn: true, _count: { select: { products: { where: { status: "PUBLISHED" } } } } },
      orderBy: [{ isSample: "asc" }, { slug: "asc" }],
    }),
    db.category.findMany({
      select: { slug: true, nameZh: true, nameEn: true, _count: { select: { products: { where: visibleProduct } } } },
      orderBy: { sortOrder: "asc" },
    }),
    db.glaze.findMany({
      select: { slug: true, nameZh: true, nameEn: true, colorHex: true, _count: { select: { products: { where: visibleProduct } } } },
      orderBy: { sortOrder: "asc" },
    }),
  ]);
  const withCount = <T extends { _count: { products: number } }>({ _count, ...rest }: T) => ({ ...rest, count: _count.products });
  return {
    enterprises: enterprises.map(withCount),
    categories: categories.map(withCount),
    glazes: glazes.map(withCount),
  };
}
export type Facets = Awaited<ReturnType<typeof listFacets>>;

export async function getProductBySlug(db: PrismaClient, slug: string) {
  const product = await db.product.findFirst({
    where: { ...visibleProduct, slug },
    select: {
      id: true,
      slug: true,
      ...productTextSelect,
      priceMinFen: true,
      priceMaxFen: true,
      updatedAt: true,
      enterprise: { select: { slug: true, nameZh: true, nameEn: true, taglineZh: true, taglineEn: true, isSample: true, logoUrl: true } },
      category: { select: { id: true, slug: true, nameZh: true, nameEn: true } },
      glaze: { select: { slug: true, nameZh: true, nameEn: true, colorHex: true } },
      media: { select: { url: true, altZh: true, altEn: true, width: true, height: true }, orderBy: { sortOrder: "asc" } },
      variants: {
        where: { active: true },
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          sku: true,
          nameZh: true,
          nameEn: true,
          sizeZh: true,
          sizeEn: true,
          setCount: true,
          weightGrams: true,
          priceFen: true,
          compareAtFen: true,
          currency: true,
          lowStockThreshold: true,
        },
      },
    },
  });
  return product && { ...product, updatedAt: product.updatedAt.toISOString() };
}
export type ProductDetail = NonNullable<Awaited<ReturnType<typeof getProductBySlug>>>;

/** Live availability per variant (summed over warehouses): the part of a product page that changes most. */
export async function getAvailability(db: PrismaClient, productId: string): Promise<Record<string, number>> {
  const levels = await db.stockLevel.findMany({
    where: { variant: { productId } },
    select: { variantId: true, onHand: true, reserved: true },
  });
  const availability: Record<string, number> = {};
  for (const level of levels) {
    availability[level.variantId] = (availability[level.variantId] ?? 0) + Math.max(0, level.onHand - level.reserved);
  }
  return availability;
}

export async function listRelatedProducts(db: PrismaClient, product: { id: string; category: { id: string } }, take: number) {
  const rows = await db.product.findMany({
    where: { ...visibleProduct, categoryId: product.category.id, id: { not: product.id } },
    select: cardSelect,
    orderBy: orderBy.featured,
    take,
  });
  return rows.map(toCard);
}

const enterpriseSummarySelect = {
  slug: true,
  nameZh: true,
  nameEn: true,
  taglineZh: true,
  taglineEn: true,
  foundedYear: true,
  productionLines: true,
  isSample: true,
  logoUrl: true,
  _count: { select: { products: { where: { status: "PUBLISHED" } } } },
} satisfies Prisma.EnterpriseSelect;

export async function listEnterprises(db: PrismaClient) {
  const rows = await db.enterprise.findMany({
    where: { status: "ACTIVE" },
    select: {
      ...enterpriseSummarySelect,
      products: {
        where: { status: "PUBLISHED" },
        orderBy: [{ featured: "desc" }, { publishedAt: "desc" }],
        take: 1,
        select: { media: { select: { url: true }, orderBy: { sortOrder: "asc" }, take: 1 } },
      },
    },
    orderBy: [{ isSample: "asc" }, { foundedYear: "asc" }, { slug: "asc" }],
  });
  return rows.map(({ _count, products, ...rest }) => ({
    ...rest,
    productCount: _count.products,
    coverUrl: products[0]?.media[0]?.url ?? null,
  }));
}
export type EnterpriseSummary = Awaited<ReturnType<typeof listEnterprises>>[number];

export async function getEnterpriseBySlug(db: PrismaClient, slug: string) {
  return db.enterprise.findFirst({
    where: { slug, status: "ACTIVE" },
    select: { ...enterpriseSummarySelect, id: true, storyZh: true, storyEn: true },
  });
}

export async function listSitemapEntries(db: PrismaClient) {
  const [products, enterprises] = await Promise.all([
    db.product.findMany({ where: visibleProduct, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    db.enterprise.findMany({ where: { status: "ACTIVE" }, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
  ]);
  const iso = <T extends { updatedAt: Date }>({ updatedAt, ...rest }: T) => ({ ...rest, updatedAt: updatedAt.toISOString() });
  return { products: products.map(iso), enterprises: enterprises.map(iso) };
}
