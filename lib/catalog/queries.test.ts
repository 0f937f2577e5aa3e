import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, createTestDatabase } from "@/lib/db/testing";
import { seedCatalogue } from "@/prisma/seed/seed";
import { EMPTY_FILTERS, PAGE_SIZE, type CatalogFilters } from "./filters";
import { getAvailability, getProductBySlug, listFacets, listProducts, listRelatedProducts } from "./queries";

// The catalogue's SQL must behave the same on the embedded database and on PostgreSQL.
describe.each(availableTestEngines())("catalogue queries on %s", (engine) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    db = database.db;
    await seedCatalogue(db);
  });
  afterAll(async () => {
    await database?.drop();
  });

  const list = (filters: Partial<CatalogFilters>) => listProducts(db, { ...EMPTY_FILTERS, ...filters });

  /** Every matching product, across all pages. */
  async function listAll(filters: Partial<CatalogFilters>) {
    const first = await list(filters);
    const rest = await Promise.all(Array.from({ length: first.pageCount - 1 }, (_, i) => list({ ...filters, page: i + 2 })));
    return [first, ...rest].flatMap((page) => page.items);
  }

  describe("listProducts", () => {
    it("lists every published product, a page at a time", async () => {
      const published = await db.product.count({ where: { status: "PUBLISHED" } });
      const page = await list({});
      expect(page.total).toBe(published);
      expect(page.items).toHaveLength(PAGE_SIZE);
      expect(page.pageCount).toBe(Math.ceil(published / PAGE_SIZE));
      const all = await listAll({});
      expect(new Set(all.map((p) => p.id)).size).toBe(published);
    });

    it("clamps a page past the end to the last page", async () => {
      const last = await list({ page: 999 });
      expect(last.page).toBe(last.pageCount);
      expect(last.items.length).toBeGreaterThan(0);
    });

    it("finds blue-and-white pieces by a partial Chinese word", async () => {
      const results = await listAll({ q: "青花" });
      const qinghua = await db.product.count({ where: { status: "PUBLISHED", glaze: { slug: "qinghua" } } });
      expect(results.length).toBeGreaterThanOrEqual(qinghua);
      expect(qinghua).toBeGreaterThan(0);
      const rows = await db.product.findMany({ where: { id: { in: results.map((r) => r.id) } }, select: { searchText: true } });
      for (const row of rows) expect(row.searchText).toContain("青花");
    });

    it("finds mugs by an English word in either case, and by its Chinese name", async () => {
      const mugs = await db.product.findMany({ where: { status: "PUBLISHED", nameEn: { contains: "Mug" } }, select: { id: true } });
      expect(mugs.length).toBeGreaterThan(0);
      const english = (await listAll({ q: "MUG" })).map((p) => p.id);
      for (const mug of mugs) expect(english).toContain(mug.id);
      const chinese = await listAll({ q: "马克杯" });
      expect(chinese.length).toBeGreaterThan(0);
    });

    it("requires every search term to match", async () => {
      const both = await listAll({ q: "celadon bowl" });
      expect(both.length).toBeGreaterThan(0);
      for (const product of both) expect(product.glaze.slug === "celadon" || /celadon/i.test(product.nameEn)).toBe(true);
      expect(both.length).toBeLessThan((await listAll({ q: "bowl" })).length);
    });

    it("finds nothing for a word no product has", async () => {
      expect((await list({ q: "zzqqxx" })).total).toBe(0);
    });

    it("filters by category, glaze and enterprise together", async () => {
      const results = await listAll({ categories: ["bowls"], glazes: ["qinghua", "celadon"] });
      expect(results.length).toBeGreaterThan(0);
      const rows = await db.product.findMany({ where: { id: { in: results.map((r) => r.id) } }, select: { category: { select: { slug: true } }, glaze: { select: { slug: true } } } });
      for (const row of rows) {
        expect(row.category.slug).toBe("bowls");
        expect(["qinghua", "celadon"]).toContain(row.glaze.slug);
      }
      const jiaming = await listAll({ enterprises: ["jiaming"] });
      expect(jiaming.length).toBeGreaterThanOrEqual(12);
      for (const product of jiaming) expect(product.enterprise.slug).toBe("jiaming");
    });

    it("keeps products with any variant inside a price range", async () => {
      const minFen = 3000;
      const maxFen = 8000;
      const results = await listAll({ minFen, maxFen });
      expect(results.length).toBeGreaterThan(0);
      for (const product of results) {
        expect(product.priceMinFen).toBeLessThanOrEqual(maxFen);
        expect(product.priceMaxFen).toBeGreaterThanOrEqual(minFen);
      }
      const outside = await db.product.count({ where: { status: "PUBLISHED", OR: [{ priceMinFen: { gt: maxFen } }, { priceMaxFen: { lt: minFen } }] } });
      expect(results.length + outside).toBe(await db.product.count({ where: { status: "PUBLISHED" } }));
    });

    it("hides sold-out products when asked for stock only", async () => {
      const all = await listAll({});
      const soldOut = all.filter((p) => p.available === 0);
      expect(soldOut.length).toBeGreaterThan(0);
      const inStock = await listAll({ inStock: true });
      expect(inStock.length).toBe(all.length - soldOut.length);
      for (const product of inStock) expect(product.available).toBeGreaterThan(0);
    });

    it("sorts by price both ways", async () => {
      const ascending = (await listAll({ sort: "price-asc" })).map((p) => p.priceMinFen);
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
      const descending = (await list({ sort: "price-desc" })).items.map((p) => p.priceMinFen);
      expect(descending).toEqual([...descending].sort((a, b) => b - a));
    });

    it("never shows drafts or products of a suspended enterprise", async () => {
      const product = await db.product.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true, slug: true } });
      await db.product.update({ where: { id: product.id }, data: { status: "DRAFT" } });
      expect((await listAll({})).map((p) => p.id)).not.toContain(product.id);
      expect(await getProductBySlug(db, product.slug)).toBeNull();
      await db.product.update({ where: { id: product.id }, data: { status: "PUBLISHED" } });

      await db.enterprise.update({ where: { slug: "yulong" }, data: { status: "SUSPENDED" } });
      expect(await listAll({ enterprises: ["yulong"] })).toEqual([]);
      await db.enterprise.update({ where: { slug: "yulong" }, data: { status: "ACTIVE" } });
      expect((await listAll({ enterprises: ["yulong"] })).length).toBeGreaterThan(0);
    });
  });

  describe("product page reads", () => {
    it("returns a product with its variants in order and its live availability", async () => {
      const row = await db.product.findFirstOrThrow({ where: { status: "PUBLISHED", variants: { some: { stockLevels: { some: { onHand: { gt: 5 } } } } } }, select: { slug: true } });
      const product = await getProductBySlug(db, row.slug);
      expect(product).not.toBeNull();
      if (!product) return;
      expect(product.variants.length).toBeGreaterThan(0);
      expect(product.media.length).toBeGreaterThan(0);

      const before = await getAvailability(db, product.id);
      const level = await db.stockLevel.findFirstOrThrow({ where: { variant: { productId: product.id }, onHand: { gt: 5 } } });
      await db.stockLevel.update({ where: { id: level.id }, data: { reserved: 2 } });
      const after = await getAvailability(db, product.id);
      expect(after[level.variantId]).toBe((before[level.variantId] ?? 0) - 2);
      expect(after[level.variantId]).toBe(level.onHand - 2);
      await db.stockLevel.update({ where: { id: level.id }, data: { reserved: 0 } });
    });

    it("suggests related products of the same category, not the product itself", async () => {
      const row = await db.product.findFirstOrThrow({ where: { status: "PUBLISHED", category: { slug: "bowls" } }, select: { id: true, categoryId: true } });
      const related = await listRelatedProducts(db, { id: row.id, category: { id: row.categoryId } }, 8);
      expect(related.length).toBeGreaterThan(0);
      expect(related.map((p) => p.id)).not.toContain(row.id);
      const categories = await db.product.findMany({ where: { id: { in: related.map((p) => p.id) } }, select: { categoryId: true } });
      for (const c of categories) expect(c.categoryId).toBe(row.categoryId);
    });
  });

  describe("listFacets", () => {
    it("counts visible products per category, glaze and enterprise", async () => {
      const facets = await listFacets(db);
      const total = await db.product.count({ where: { status: "PUBLISHED" } });
      const sum = (items: { count: number }[]) => items.reduce((s, i) => s + i.count, 0);
      expect(facets.categories).toHaveLength(7);
      expect(sum(facets.categories)).toBe(total);
      expect(sum(facets.glazes)).toBe(total);
      expect(sum(facets.enterprises)).toBe(total);
      const bowls = facets.categories.find((c) => c.slug === "bowls");
      expect(bowls?.count).toBe((await list({ categories: ["bowls"] })).total);
    });
  });
});
