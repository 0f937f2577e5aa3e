import { randomBytes } from "node:crypto";
import { buildSearchText } from "@/lib/catalog/search";
import { Prisma, ProductStatus, StockMovementReason, type PrismaClient } from "@/lib/db/generated/client";
import { BIN_CODES, CATEGORIES, ENTERPRISES, GLAZES, PRODUCTS, WAREHOUSE } from "./catalogue";

export interface SeedCatalogueResult {
  /** False when the database already had enterprises and nothing was written. */
  created: boolean;
  enterprises: number;
  products: number;
  variants: number;
}

/** Key of the advisory lock that keeps two starting instances from seeding at the same time. */
const SEED_LOCK_KEY = 73_104_411;

/** How far apart, in hours, products were "published", newest first, so new arrivals have an order. */
const PUBLISH_SPACING_HOURS = 9;

/**
 * Seeds the catalogue of the nine enterprises, the shared warehouse with its bins and the
 * initial stock, in one transaction of a dozen batched statements (the embedded database takes
 * one connection, so round trips are what costs). Idempotent: if any enterprise exists it does
 * nothing and returns created: false. Every stocked SKU gets one SEED ledger row, so the stock
 * ledger sums to onHand from the start.
 */
export async function seedCatalogue(db: PrismaClient, options: { now?: Date } = {}): Promise<SeedCatalogueResult> {
  const nothing: SeedCatalogueResult = { created: false, enterprises: 0, products: 0, variants: 0 };
  if (await db.enterprise.findFirst({ select: { id: true } })) return nothing;

  const rows = planCatalogueRows(options.now ?? new Date());
  const created = await db.$transaction(
    async (tx) => {
      // Two instances starting together: the second waits here, then sees the first one's work.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`;
      if (await tx.enterprise.findFirst({ select: { id: true } })) return false;
      await tx.category.createMany({ data: rows.categories });
      await tx.glaze.createMany({ data: rows.glazes });
      await tx.enterprise.createMany({ data: rows.enterprises });
      await tx.product.createMany({ data: rows.products });
      await tx.media.createMany({ data: rows.media });
      await tx.variant.createMany({ data: rows.variants });
      await tx.warehouse.create({ data: rows.warehouse });
      await tx.binLocation.createMany({ data: rows.bins });
      await tx.stockLevel.createMany({ data: rows.stockLevels });
      await tx.binStock.createMany({ data: rows.binStocks });
      await tx.stockMovement.createMany({ data: rows.movements });
      return true;
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
  if (!created) return nothing;
  return { created: true, enterprises: rows.enterprises.length, products: rows.products.length, variants: rows.variants.length };
}

interface CatalogueRows {
  categories: Prisma.CategoryCreateManyInput[];
  glazes: Prisma.GlazeCreateManyInput[];
  enterprises: Prisma.EnterpriseCreateManyInput[];
  products: Prisma.ProductCreateManyInput[];
  media: Prisma.MediaCreateManyInput[];
  variants: Prisma.VariantCreateManyInput[];
  warehouse: Prisma.WarehouseCreateInput;
  bins: Prisma.BinLocationCreateManyInput[];
  stockLevels: Prisma.StockLevelCreateManyInput[];
  binStocks: Prisma.BinStockCreateManyInput[];
  movements: Prisma.StockMovementCreateManyInput[];
}

let idCounter = 0;

/** A collision-resistant id in the shape of the schema's cuid() defaults, made here so batches can refer to each other. */
function newId(): string {
  idCounter = (idCounter + 1) % 1_679_616;
  return `c${Date.now().toString(36)}${idCounter.toString(36).padStart(4, "0")}${randomBytes(6).toString("hex")}`;
}

/** Every row the seed writes, with ids assigned, from the pure catalogue data. */
export function planCatalogueRows(now: Date): CatalogueRows {
  const categoryIds = new Map(CATEGORIES.map((c) => [c.slug, newId()]));
  const glazeIds = new Map(GLAZES.map((g) => [g.slug, newId()]));
  const enterpriseIds = new Map(ENTERPRISES.map((e) => [e.slug, newId()]));
  const categoryBySlug = new Map(CATEGORIES.map((c) => [c.slug, c]));
  const glazeBySlug = new Map(GLAZES.map((g) => [g.slug, g]));
  const enterpriseBySlug = new Map(ENTERPRISES.map((e) => [e.slug, e]));

  const warehouseId = newId();
  const bins = BIN_CODES.map((code) => ({ id: newId(), warehouseId, code }));

  const rows: CatalogueRows = {
    categories: CATEGORIES.map((c) => ({ id: categoryIds.get(c.slug)!, slug: c.slug, nameZh: c.nameZh, nameEn: c.nameEn, sortOrder: c.sortOrder })),
    glazes: GLAZES.map((g) => ({ id: glazeIds.get(g.slug)!, slug: g.slug, nameZh: g.nameZh, nameEn: g.nameEn, colorHex: g.colorHex, sortOrder: g.sortOrder })),
    enterprises: ENTERPRISES.map((e) => ({
      id: enterpriseIds.get(e.slug)!,
      slug: e.slug,
      nameZh: e.nameZh,
      nameEn: e.nameEn,
      taglineZh: e.taglineZh,
      taglineEn: e.taglineEn,
      storyZh: e.storyZh,
      storyEn: e.storyEn,
      foundedYear: e.foundedYear,
      productionLines: e.productionLines,
      isSample: e.isSample,
    })),
    products: [],
    media: [],
    variants: [],
    warehouse: { id: warehouseId, ...WAREHOUSE },
    bins,
    stockLevels: [],
    binStocks: [],
    movements: [],
  };

  let stocked = 0;
  for (const product of PRODUCTS) {
    const enterprise = enterpriseBySlug.get(product.enterpriseSlug);
    const category = categoryBySlug.get(product.categorySlug);
    const glaze = glazeBySlug.get(product.glazeSlug);
    if (!enterprise || !category || !glaze) throw new Error(`seed: product ${product.slug} refers to unknown data`);
    const productId = newId();
    const prices = product.variants.map((v) => v.priceFen);
    rows.products.push({
      id: productId,
      slug: product.slug,
      enterpriseId: enterpriseIds.get(enterprise.slug)!,
      categoryId: categoryIds.get(category.slug)!,
      glazeId: glazeIds.get(glaze.slug)!,
      nameZh: product.nameZh,
      nameEn: product.nameEn,
      descriptionZh: product.descriptionZh,
      descriptionEn: product.descriptionEn,
      materialZh: product.materialZh,
      materialEn: product.materialEn,
      careZh: product.careZh,
      careEn: product.careEn,
      status: ProductStatus.PUBLISHED,
      featured: product.featured,
      searchText: buildSearchText([
        product.nameZh,
        product.nameEn,
        enterprise.nameZh,
        enterprise.nameEn,
        category.nameZh,
        category.nameEn,
        glaze.nameZh,
        glaze.nameEn,
        ...product.keywords,
      ]),
      // The same rule as refreshProductPriceRange (all seeded variants are active), computed here
      // so the range needs no extra round trip.
      priceMinFen: Math.min(...prices),
      priceMaxFen: Math.max(...prices),
      publishedAt: new Date(now.getTime() - (product.publishOrder * PUBLISH_SPACING_HOURS + 1) * 3_600_000),
    });
    for (const m of product.media) rows.media.push({ id: newId(), productId, ...m });
    for (const v of product.variants) {
      const variantId = newId();
      rows.variants.push({
        id: variantId,
        productId,
        sku: v.sku,
        nameZh: v.nameZh,
        nameEn: v.nameEn,
        sizeZh: v.sizeZh,
        sizeEn: v.sizeEn,
        setCount: v.setCount,
        weightGrams: v.weightGrams,
        priceFen: v.priceFen,
        compareAtFen: v.compareAtFen,
        lowStockThreshold: v.lowStockThreshold,
        sortOrder: v.sortOrder,
      });
      rows.stockLevels.push({ id: newId(), variantId, warehouseId, onHand: v.initialStock, reserved: 0 });
      if (v.initialStock > 0) {
        // About three SKUs share a bin, enterprises' ware next to each other as it arrived.
        const bin = bins[Math.floor(stocked / 3) % bins.length]!;
        stocked++;
        rows.binStocks.push({ id: newId(), binId: bin.id, variantId, quantity: v.initialStock });
        rows.movements.push({
          id: newId(),
          variantId,
          warehouseId,
          binId: bin.id,
          onHandDelta: v.initialStock,
          reservedDelta: 0,
          reason: StockMovementReason.SEED,
          referenceType: "seed",
          referenceId: "initial-stock",
          note: "Initial stock of the demo catalogue",
        });
      }
    }
  }
  return rows;
}
