import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshProductPriceRange } from "@/lib/catalog/price-range";
import { searchTerms } from "@/lib/catalog/search";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { CATEGORIES, PRODUCTS } from "./catalogue";
import { seedCatalogue, type SeedCatalogueResult } from "./seed";

let database: TestDatabase;
let db: PrismaClient;
let first: SeedCatalogueResult;
let seedMs = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  const started = performance.now();
  first = await seedCatalogue(db);
  seedMs = performance.now() - started;
});

afterAll(async () => {
  await database?.drop();
});

describe("seedCatalogue", () => {
  it("creates the nine enterprises with the two real firms by name", async () => {
    expect(first).toEqual({ created: true, enterprises: 9, products: PRODUCTS.length, variants: PRODUCTS.flatMap((p) => p.variants).length });
    const enterprises = await db.enterprise.findMany({ include: { _count: { select: { products: true } } } });
    expect(enterprises).toHaveLength(9);
    const byName = new Map(enterprises.map((e) => [e.nameZh, e]));
    expect(byName.get("嘉明陶瓷")?.isSample).toBe(false);
    expect(byName.get("玉珑瓷业")?.isSample).toBe(false);
    expect(enterprises.filter((e) => e.isSample)).toHaveLength(7);
    for (const enterprise of enterprises) {
      expect(enterprise._count.products, enterprise.slug).toBeGreaterThanOrEqual(12);
      for (const story of [enterprise.storyZh, enterprise.storyEn]) expect(story.length).toBeGreaterThan(60);
      for (const tagline of [enterprise.taglineZh, enterprise.taglineEn]) expect(tagline.length).toBeGreaterThan(4);
    }
    console.info(`seedCatalogue: ${first.enterprises} enterprises, ${first.products} products, ${first.variants} variants in ${Math.round(seedMs)} ms`);
    expect(seedMs).toBeLessThan(30_000);
  });

  it("covers every category, many glazes and at least 150 published SKUs", async () => {
    expect(await db.variant.count()).toBeGreaterThanOrEqual(150);
    expect(await db.product.count({ where: { status: "PUBLISHED", publishedAt: { not: null } } })).toBeGreaterThanOrEqual(108);
    const categories = await db.category.findMany({ include: { _count: { select: { products: true } } } });
    expect(categories.map((c) => c.slug).sort()).toEqual(CATEGORIES.map((c) => c.slug).sort());
    for (const category of categories) expect(category._count.products, category.slug).toBeGreaterThan(0);
    const glazesUsed = await db.glaze.count({ where: { products: { some: {} } } });
    expect(glazesUsed).toBeGreaterThanOrEqual(3);
    const distinctPublished = await db.product.findMany({ select: { publishedAt: true } });
    expect(new Set(distinctPublished.map((p) => p.publishedAt!.getTime())).size).toBe(distinctPublished.length);
  });

  it("prices every SKU in whole fen with realistic ranges", async () => {
    const variants = await db.variant.findMany({ include: { product: { include: { category: true } } } });
    for (const v of variants) {
      expect(Number.isInteger(v.priceFen)).toBe(true);
      expect(v.priceFen % 100).toBe(0);
      expect(v.weightGrams).toBeGreaterThan(0);
      if (v.compareAtFen !== null) expect(v.compareAtFen).toBeGreaterThan(v.priceFen);
      const yuan = v.priceFen / 100;
      const slug = v.product.category.slug;
      if (slug === "tea-sets") expect(yuan).toBeGreaterThanOrEqual(168);
      if (slug === "tea-sets") expect(yuan).toBeLessThanOrEqual(899);
      if (slug === "dinnerware-sets") expect(yuan).toBeGreaterThanOrEqual(199);
      if (slug === "dinnerware-sets") expect(yuan).toBeLessThanOrEqual(1299);
      if (slug === "vases-decor") expect(yuan).toBeGreaterThanOrEqual(88);
      if (slug === "vases-decor") expect(yuan).toBeLessThanOrEqual(680);
      if (v.product.nameEn.endsWith("Rice Bowl") && v.setCount === 1) expect(yuan).toBeGreaterThanOrEqual(12);
      if (v.product.nameEn.endsWith("Rice Bowl") && v.setCount === 1) expect(yuan).toBeLessThanOrEqual(39);
      if (v.product.nameEn.endsWith("Mug")) expect(yuan).toBeGreaterThanOrEqual(29);
      if (v.product.nameEn.endsWith("Mug")) expect(yuan).toBeLessThanOrEqual(69);
    }
  });

  it("stocks the shared warehouse, with some SKUs low and some sold out, and a ledger that adds up", async () => {
    const warehouse = await db.warehouse.findUniqueOrThrow({ where: { code: "NJB-1" } });
    expect(warehouse.nameZh).toBe("南家堡共享电商仓");
    const levels = await db.stockLevel.findMany({ include: { variant: true } });
    expect(levels).toHaveLength(await db.variant.count());
    const soldOut = levels.filter((l) => l.onHand === 0);
    const low = levels.filter((l) => l.onHand > 0 && l.onHand <= l.variant.lowStockThreshold && l.onHand <= 4);
    expect(soldOut.length).toBeGreaterThan(0);
    expect(low.length).toBeGreaterThan(0);
    expect(levels.every((l) => l.reserved === 0 && l.warehouseId === warehouse.id)).toBe(true);
    const soldOutProducts = await db.product.count({ where: { variants: { every: { stockLevels: { every: { onHand: 0 } } } } } });
    expect(soldOutProducts).toBeGreaterThan(0);

    const ledger = await db.stockMovement.groupBy({ by: ["variantId"], _sum: { onHandDelta: true, reservedDelta: true } });
    const ledgerByVariant = new Map(ledger.map((row) => [row.variantId, row._sum]));
    for (const level of levels) {
      expect(ledgerByVariant.get(level.variantId)?.onHandDelta ?? 0, level.variant.sku).toBe(level.onHand);
      expect(ledgerByVariant.get(level.variantId)?.reservedDelta ?? 0).toBe(0);
    }
    const movements = await db.stockMovement.findMany();
    expect(movements.every((m) => m.reason === "SEED" && m.referenceType === "seed" && m.referenceId === "initial-stock" && m.binId)).toBe(true);

    const binTotals = await db.binStock.groupBy({ by: ["variantId"], _sum: { quantity: true } });
    const binByVariant = new Map(binTotals.map((row) => [row.variantId, row._sum.quantity ?? 0]));
    for (const level of levels) expect(binByVariant.get(level.variantId) ?? 0).toBe(level.onHand);
  });

  it("keeps each product's price range equal to its variants' min and max", async () => {
    const products = await db.product.findMany({ include: { variants: true } });
    for (const p of products) {
      const prices = p.variants.filter((v) => v.active).map((v) => v.priceFen);
      expect([p.priceMinFen, p.priceMaxFen], p.slug).toEqual([Math.min(...prices), Math.max(...prices)]);
    }
  });

  it("gives every product its own pictures", async () => {
    const products = await db.product.findMany({ include: { media: { orderBy: { sortOrder: "asc" } } } });
    const urls = new Set<string>();
    for (const product of products) {
      expect(product.media.length, product.slug).toBeGreaterThanOrEqual(2);
      expect(product.media.length).toBeLessThanOrEqual(3);
      for (const m of product.media) {
        expect(m.url).toMatch(/^\/art\/.+\.svg$/);
        expect(m.width).toBe(800);
        expect(m.height).toBe(800);
        expect(m.altZh).toContain(product.nameZh);
        expect(m.altEn).toContain(product.nameEn);
        expect(urls.has(m.url), m.url).toBe(false);
        urls.add(m.url);
      }
    }
  });

  it("makes products findable by their other names", async () => {
    const lotusBowl = await db.product.findUniqueOrThrow({ where: { slug: "jiaming-qinghua-lotus-scroll-rice-bowl" } });
    expect(lotusBowl.nameEn).toBe("Blue-and-White Lotus Rice Bowl");
    expect(lotusBowl.searchText).toContain("青花");
    expect(lotusBowl.searchText).toContain("blue and white");
    expect(lotusBowl.searchText).toContain("嘉明陶瓷");
    const found = await db.product.findMany({ where: { AND: searchTerms("马克杯").map((term) => ({ searchText: { contains: term } })) }, include: { category: true } });
    const mugs = await db.product.findMany({ where: { nameEn: { endsWith: "Mug" } } });
    expect(mugs.length).toBeGreaterThan(5);
    expect(found.map((p) => p.slug)).toEqual(expect.arrayContaining(mugs.map((m) => m.slug)));
    expect(found.every((p) => p.category.slug === "cups-mugs")).toBe(true);
    const qinghuaMugs = await db.product.findMany({ where: { AND: searchTerms("qinghua mug").map((term) => ({ searchText: { contains: term } })) } });
    expect(qinghuaMugs.map((m) => m.slug)).toContain("jiaming-qinghua-plum-mug");
  });

  it("does nothing the second time", async () => {
    const counts = async () => [await db.enterprise.count(), await db.product.count(), await db.variant.count(), await db.stockMovement.count(), await db.media.count()];
    const before = await counts();
    const again = await seedCatalogue(db);
    expect(again).toEqual({ created: false, enterprises: 0, products: 0, variants: 0 });
    expect(await counts()).toEqual(before);
  });
});

describe("refreshProductPriceRange", () => {
  it("follows the active variants' prices", async () => {
    const product = await db.product.findUniqueOrThrow({ where: { slug: "jiaming-qinghua-lotus-scroll-rice-bowl" }, include: { variants: { orderBy: { priceFen: "asc" } } } });
    const cheapest = product.variants[0]!;
    const dearest = product.variants[product.variants.length - 1]!;
    const range = await db.$transaction(async (tx) => {
      await tx.variant.update({ where: { id: dearest.id }, data: { priceFen: 12_345 } });
      await tx.variant.update({ where: { id: cheapest.id }, data: { active: false } });
      return refreshProductPriceRange(tx, product.id);
    });
    const secondCheapest = product.variants[1]!.priceFen;
    expect(range).toEqual({ priceMinFen: secondCheapest, priceMaxFen: 12_345 });
    const stored = await db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect([stored.priceMinFen, stored.priceMaxFen]).toEqual([secondCheapest, 12_345]);

    await db.variant.updateMany({ where: { productId: product.id }, data: { active: false } });
    expect(await db.$transaction((tx) => refreshProductPriceRange(tx, product.id))).toEqual({ priceMinFen: 0, priceMaxFen: 0 });
    expect(await db.$transaction((tx) => refreshProductPriceRange(tx, "no-such-product"))).toBeNull();
  });
});
