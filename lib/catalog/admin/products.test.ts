import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createTestDatabase } from "@/lib/db/testing";
import { seedDemoAccounts } from "@/prisma/seed/accounts";
import { seedCatalogue } from "@/prisma/seed/seed";
import { EMPTY_FILTERS } from "../filters";
import { getProductBySlug, listProducts } from "../queries";
import {
  addProductImage,
  createProduct,
  getEnterpriseProduct,
  listEnterpriseProducts,
  makeCoverImage,
  removeProductImage,
  setProductStatus,
  slugify,
  updateProduct,
} from "./products";
import { nestProductForm, productFormSchema, type ProductInput } from "./schemas";
import { currentEnterpriseId } from "./scope";

describe("enterprise product management", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: PrismaClient;
  let jiaming: string;
  let yulong: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    await seedCatalogue(db);
    await seedDemoAccounts(db);
    const member = async (email: string) =>
      (await db.user.findUniqueOrThrow({ where: { email }, select: { memberships: { select: { enterpriseId: true } } } })).memberships[0]!.enterpriseId;
    jiaming = await member("jiaming@ceramic.example");
    yulong = await member("yulong@ceramic.example");
  });
  afterAll(async () => {
    await database?.drop();
  });

  const input = (overrides: Partial<ProductInput> = {}): ProductInput => ({
    nameZh: "霁蓝描金茶杯",
    nameEn: "Cobalt Gold-Rim Teacup",
    descriptionZh: "霁蓝釉茶杯，杯口描金。",
    descriptionEn: "A cobalt-glazed teacup with a gold rim.",
    materialZh: "高白泥",
    materialEn: "High-white porcelain clay",
    careZh: "手洗",
    careEn: "Hand wash",
    categorySlug: "cups-mugs",
    glazeSlug: "cobalt",
    variants: [
      { sku: "JM-TEST-CUP-1", nameZh: "单只", nameEn: "Single", sizeZh: "150毫升", sizeEn: "150 ml", priceFen: 3900, compareAtFen: 4900, weightGrams: 180, setCount: 1, lowStockThreshold: 5, active: true },
      { sku: "JM-TEST-CUP-4", nameZh: "四只装", nameEn: "Set of 4", sizeZh: null, sizeEn: null, priceFen: 14_500, compareAtFen: null, weightGrams: 760, setCount: 4, lowStockThreshold: 2, active: true },
    ],
    ...overrides,
  });

  const search = (q: string) => listProducts(db, { ...EMPTY_FILTERS, q });

  it("creates a draft with two variants that the storefront shows only once it is published", async () => {
    const created = await createProduct(db, jiaming, input());
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.value.slug).toBe("jiaming-cobalt-gold-rim-teacup");

    const product = await getEnterpriseProduct(db, jiaming, created.value.id);
    expect(product).toMatchObject({ status: "DRAFT", priceMinFen: 3900, priceMaxFen: 14_500, publishedAt: null });
    expect(product!.variants.map((v) => v.sku)).toEqual(["JM-TEST-CUP-1", "JM-TEST-CUP-4"]);
    expect((await search("描金茶杯")).items.map((p) => p.slug)).not.toContain(created.value.slug);
    expect(await getProductBySlug(db, created.value.slug)).toBeNull();

    // Publishing needs a picture.
    expect(await setProductStatus(db, jiaming, created.value.id, "PUBLISHED")).toEqual({ ok: false, error: { code: "needsImage" } });
    const image = await addProductImage(db, jiaming, created.value.id, { url: "/media/products/0123456789abcdef0123456789abcdef.webp", width: 1200, height: 900 });
    expect(image.ok).toBe(true);
    const published = await setProductStatus(db, jiaming, created.value.id, "PUBLISHED", new Date("2026-03-01T08:00:00Z"));
    expect(published).toMatchObject({ ok: true, value: { status: "PUBLISHED" } });

    const found = await search("gold rim teacup");
    expect(found.items.map((p) => p.slug)).toContain(created.value.slug);
    expect((await search("霁蓝 茶杯")).items.map((p) => p.slug)).toContain(created.value.slug);
    const detail = await getProductBySlug(db, created.value.slug);
    expect(detail?.variants.map((v) => [v.sku, v.priceFen])).toEqual([
      ["JM-TEST-CUP-1", 3900],
      ["JM-TEST-CUP-4", 14_500],
    ]);
    expect(detail?.media[0]?.url).toBe("/media/products/0123456789abcdef0123456789abcdef.webp");

    // Publishing again keeps the first publication date; archiving hides it again.
    await setProductStatus(db, jiaming, created.value.id, "DRAFT");
    await setProductStatus(db, jiaming, created.value.id, "PUBLISHED");
    expect((await db.product.findUniqueOrThrow({ where: { id: created.value.id } })).publishedAt?.toISOString()).toBe("2026-03-01T08:00:00.000Z");
    await setProductStatus(db, jiaming, created.value.id, "ARCHIVED");
    expect(await getProductBySlug(db, created.value.slug)).toBeNull();
  });

  it("gives a second product with the same English name its own slug", async () => {
    const created = await createProduct(db, jiaming, input({ variants: [{ ...input().variants[0]!, sku: "JM-TEST-CUP-B1" }] }));
    expect(created).toMatchObject({ ok: true, value: { slug: "jiaming-cobalt-gold-rim-teacup-2" } });
  });

  it("refuses a SKU code that is taken and writes nothing", async () => {
    const before = { products: await db.product.count(), variants: await db.variant.count() };
    const taken = await createProduct(
      db,
      jiaming,
      input({ nameEn: "Another Cup", variants: [{ ...input().variants[0]!, sku: "JM-NEW-OK-1" }, { ...input().variants[1]!, sku: "JM-BWL-QH-045" }] }),
    );
    expect(taken).toEqual({ ok: false, error: { code: "skuTaken", sku: "JM-BWL-QH-045", index: 1 } });
    // A SKU of another enterprise is just as taken.
    const yulongSku = (await db.variant.findFirstOrThrow({ where: { product: { enterpriseId: yulong } }, select: { sku: true } })).sku;
    const foreign = await createProduct(db, jiaming, input({ variants: [{ ...input().variants[0]!, sku: yulongSku }] }));
    expect(foreign).toMatchObject({ ok: false, error: { code: "skuTaken", sku: yulongSku } });
    expect({ products: await db.product.count(), variants: await db.variant.count() }).toEqual(before);
    expect(await db.variant.findUnique({ where: { sku: "JM-NEW-OK-1" } })).toBeNull();
  });

  it("reports duplicate SKUs within one form, bad prices and unknown categories before the database", () => {
    const form = nestProductForm({
      nameZh: "碗",
      nameEn: "Bowl",
      categorySlug: "bowls",
      glazeSlug: "white",
      "variants.0.sku": "jm-a-1",
      "variants.0.nameZh": "单只",
      "variants.0.nameEn": "Single",
      "variants.0.price": "12.345",
      "variants.0.weightGrams": "200",
      "variants.0.setCount": "1",
      "variants.0.lowStockThreshold": "5",
      "variants.1.sku": "JM-A-1",
      "variants.1.nameZh": "单只",
      "variants.1.nameEn": "Single",
      "variants.1.price": "20",
      "variants.1.compareAt": "15",
      "variants.1.weightGrams": "0",
      "variants.1.setCount": "1",
      "variants.1.lowStockThreshold": "5",
    });
    const parsed = productFormSchema.safeParse(form);
    expect(parsed.success).toBe(false);
    const paths = Object.fromEntries(parsed.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(paths).toMatchObject({
      "variants.0.price": "price.invalid",
      "variants.1.weightGrams": "weight.invalid",
    });
    // With the price fixed, the duplicate and the compare-at price are caught too.
    const fixed = productFormSchema.safeParse({
      ...form,
      variants: [
        { ...(form.variants as object[])[0], price: "12.50" },
        { ...(form.variants as object[])[1], weightGrams: "300" },
      ],
    });
    const fixedPaths = Object.fromEntries(fixed.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(fixedPaths).toEqual({ "variants.1.sku": "sku.duplicate", "variants.1.compareAt": "compareAt.notAbove" });
  });

  it("parses yuan into fen exactly and upper-cases SKU codes", () => {
    const parsed = productFormSchema.parse(
      nestProductForm({
        nameZh: "碗",
        nameEn: "Bowl",
        categorySlug: "bowls",
        glazeSlug: "white",
        "variants.0.sku": "jm-bowl-9",
        "variants.0.nameZh": "单只",
        "variants.0.nameEn": "Single",
        "variants.0.price": "¥1,280.5",
        "variants.0.compareAt": "",
        "variants.0.weightGrams": "350",
        "variants.0.setCount": "1",
        "variants.0.lowStockThreshold": "0",
        "variants.0.active": "true",
      }),
    );
    expect(parsed.variants[0]).toMatchObject({ sku: "JM-BOWL-9", priceFen: 128_050, compareAtFen: null, lowStockThreshold: 0, active: true });
  });

  it("updates, adds and deactivates variants and keeps the price range", async () => {
    const created = await createProduct(db, jiaming, input({ nameEn: "Variant Cup", variants: [{ ...input().variants[0]!, sku: "JM-VAR-1" }, { ...input().variants[1]!, sku: "JM-VAR-2" }] }));
    if (!created.ok) throw new Error("create failed");
    const product = (await getEnterpriseProduct(db, jiaming, created.value.id))!;
    const [first] = product.variants;
    const updated = await updateProduct(db, jiaming, product.id, {
      ...input({ nameEn: "Variant Cup Renamed" }),
      variants: [
        { ...input().variants[0]!, id: first!.id, sku: "JM-VAR-1", priceFen: 5000, compareAtFen: null },
        { ...input().variants[1]!, sku: "JM-VAR-3", priceFen: 2500 },
      ],
    });
    expect(updated).toEqual({ ok: true, value: { id: product.id, slug: product.slug } });
    const after = (await getEnterpriseProduct(db, jiaming, product.id))!;
    expect(after.nameEn).toBe("Variant Cup Renamed");
    expect(after.slug).toBe(product.slug);
    expect(after.variants.map((v) => [v.sku, v.active, v.priceFen])).toEqual([
      ["JM-VAR-1", true, 5000],
      ["JM-VAR-3", true, 2500],
      ["JM-VAR-2", false, 14_500],
    ]);
    expect([after.priceMinFen, after.priceMaxFen]).toEqual([2500, 5000]);

    // An existing SKU cannot be renamed, nor can a variant of another product be claimed.
    const renamed = await updateProduct(db, jiaming, product.id, { ...input(), variants: [{ ...input().variants[0]!, id: first!.id, sku: "JM-VAR-X" }] });
    expect(renamed).toEqual({ ok: false, error: { code: "skuLocked", index: 0 } });
    const other = await db.variant.findFirstOrThrow({ where: { sku: "JM-BWL-QH-045" } });
    const claimed = await updateProduct(db, jiaming, product.id, { ...input(), variants: [{ ...input().variants[0]!, id: other.id, sku: other.sku }] });
    expect(claimed).toEqual({ ok: false, error: { code: "variantUnknown", index: 0 } });
    const taken = await updateProduct(db, jiaming, product.id, { ...input(), variants: [{ ...input().variants[0]!, sku: "JM-BWL-QH-045" }] });
    expect(taken).toEqual({ ok: false, error: { code: "skuTaken", sku: "JM-BWL-QH-045", index: 0 } });
    const unknownCategory = await updateProduct(db, jiaming, product.id, { ...input(), categorySlug: "spaceships" });
    expect(unknownCategory).toEqual({ ok: false, error: { code: "categoryUnknown" } });
  });

  it("keeps the seed's extra search words when a product is edited, and drops the old name's", async () => {
    const seeded = await db.product.findUniqueOrThrow({
      where: { slug: "jiaming-qinghua-lotus-scroll-rice-bowl" },
      include: { variants: true, category: true, glaze: true },
    });
    expect(seeded.searchText).toContain("chinoiserie");
    const updated = await updateProduct(db, jiaming, seeded.id, {
      ...input({ nameZh: "青花缠枝莲大饭碗", nameEn: "Blue-and-White Lotus Big Bowl", categorySlug: "bowls", glazeSlug: "qinghua" }),
      variants: seeded.variants.map((v) => ({ ...v })),
    });
    expect(updated.ok).toBe(true);
    const after = await db.product.findUniqueOrThrow({ where: { id: seeded.id } });
    expect(after.searchText).toContain("chinoiserie");
    expect(after.searchText).toContain("big");
    expect((await search("chinoiserie lotus big")).items.map((p) => p.id)).toContain(seeded.id);
    // "rice" was in the old name and among the keywords: as a keyword it stays.
    expect((await search("lotus rice")).items.map((p) => p.id)).toContain(seeded.id);
    // Saving again changes nothing in the search text.
    await updateProduct(db, jiaming, seeded.id, {
      ...input({ nameZh: "青花缠枝莲大饭碗", nameEn: "Blue-and-White Lotus Big Bowl", categorySlug: "bowls", glazeSlug: "qinghua" }),
      variants: seeded.variants.map((v) => ({ ...v })),
    });
    expect((await db.product.findUniqueOrThrow({ where: { id: seeded.id } })).searchText).toBe(after.searchText);
  });

  it("keeps a published product sellable: one active variant and one image at least", async () => {
    const published = await db.product.findFirstOrThrow({
      where: { enterpriseId: jiaming, status: "PUBLISHED" },
      include: { variants: true, media: true, category: true, glaze: true },
    });
    const allOff = await updateProduct(db, jiaming, published.id, {
      ...input(),
      variants: published.variants.map((v) => ({ ...v, active: false })),
    });
    expect(allOff).toEqual({ ok: false, error: { code: "needsActiveVariant" } });
    for (const media of published.media.slice(1)) expect((await removeProductImage(db, jiaming, published.id, media.id)).ok).toBe(true);
    expect(await removeProductImage(db, jiaming, published.id, published.media[0]!.id)).toEqual({ ok: false, error: { code: "needsImage" } });
  });

  it("orders images and makes one the cover", async () => {
    const created = await createProduct(db, jiaming, input({ nameEn: "Cover Cup", variants: [{ ...input().variants[0]!, sku: "JM-COVER-1" }] }));
    if (!created.ok) throw new Error("create failed");
    const id = created.value.id;
    const a = await addProductImage(db, jiaming, id, { url: "/media/products/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.webp", width: 10, height: 10 });
    const b = await addProductImage(db, jiaming, id, { url: "/media/products/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.webp", width: 10, height: 10 });
    if (!a.ok || !b.ok) throw new Error("image failed");
    expect((await getEnterpriseProduct(db, jiaming, id))!.media.map((m) => m.id)).toEqual([a.value.id, b.value.id]);
    expect((await makeCoverImage(db, jiaming, id, b.value.id)).ok).toBe(true);
    expect((await getEnterpriseProduct(db, jiaming, id))!.media.map((m) => m.id)).toEqual([b.value.id, a.value.id]);
    expect(await removeProductImage(db, jiaming, id, a.value.id)).toEqual({ ok: true, value: { url: "/media/products/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.webp", slug: created.value.slug } });
  });

  it("never lets staff of another enterprise read or change a product: not found", async () => {
    const own = await db.product.findFirstOrThrow({ where: { enterpriseId: jiaming, media: { some: {} } }, include: { variants: true, media: true } });
    const before = await db.product.findUniqueOrThrow({ where: { id: own.id }, include: { variants: true, media: true } });
    expect(await getEnterpriseProduct(db, yulong, own.id)).toBeNull();
    expect(await updateProduct(db, yulong, own.id, input())).toEqual({ ok: false, error: { code: "notFound" } });
    expect(await setProductStatus(db, yulong, own.id, "ARCHIVED")).toEqual({ ok: false, error: { code: "notFound" } });
    expect(await addProductImage(db, yulong, own.id, { url: "/media/products/cccccccccccccccccccccccccccccccc.webp", width: 1, height: 1 })).toEqual({
      ok: false,
      error: { code: "notFound" },
    });
    expect(await removeProductImage(db, yulong, own.id, own.media[0]!.id)).toEqual({ ok: false, error: { code: "notFound" } });
    expect(await makeCoverImage(db, yulong, own.id, own.media[0]!.id)).toEqual({ ok: false, error: { code: "notFound" } });
    const list = await listEnterpriseProducts(db, yulong, { q: own.nameZh });
    expect(list.items.map((p) => p.id)).not.toContain(own.id);
    expect(await db.product.findUniqueOrThrow({ where: { id: own.id }, include: { variants: true, media: true } })).toEqual(before);
  });

  it("lists the enterprise's own products with search, status filter, counts and stock", async () => {
    const all = await listEnterpriseProducts(db, jiaming, {});
    const ownCount = await db.product.count({ where: { enterpriseId: jiaming } });
    expect(all.total).toBe(ownCount);
    expect(all.statusCounts.DRAFT + all.statusCounts.PUBLISHED + all.statusCounts.ARCHIVED).toBe(ownCount);
    const drafts = await listEnterpriseProducts(db, jiaming, { status: "DRAFT" });
    expect(drafts.items.every((p) => p.status === "DRAFT")).toBe(true);
    expect(drafts.total).toBe(all.statusCounts.DRAFT);
    const bySku = await listEnterpriseProducts(db, jiaming, { q: "jm-bwl-qh-045" });
    expect(bySku.items.map((p) => p.slug)).toEqual(["jiaming-qinghua-lotus-scroll-rice-bowl"]);
    expect(bySku.items[0]!.onHand).toBeGreaterThan(0);
    const byName = await listEnterpriseProducts(db, jiaming, { q: "lotus rice bowl" });
    expect(byName.items.map((p) => p.slug)).toContain("jiaming-qinghua-lotus-scroll-rice-bowl");
    const beyond = await listEnterpriseProducts(db, jiaming, { page: 99 });
    expect(beyond.page).toBe(beyond.pageCount);
  });

  it("chooses the current enterprise among the actor's memberships only", () => {
    const memberships = [{ enterpriseId: "a" }, { enterpriseId: "b" }];
    expect(currentEnterpriseId(memberships)).toBe("a");
    expect(currentEnterpriseId(memberships, "b")).toBe("b");
    expect(currentEnterpriseId(memberships, "c")).toBeNull();
    expect(currentEnterpriseId([], undefined)).toBeNull();
  });

  it("makes slugs from English names", () => {
    expect(slugify("Flambé Vase & Stand, 30 cm")).toBe("flambe-vase-and-stand-30-cm");
    expect(slugify("青花")).toBe("");
  });
});
