import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createTestDatabase } from "@/lib/db/testing";
import { seedCatalogue } from "@/prisma/seed/seed";
import { EMPTY_FILTERS } from "../filters";
import { listProducts } from "../queries";
import { CSV_COLUMNS, exportProductsCsv, importProductsCsv, MAX_CSV_BYTES } from "./csv";

describe("product CSV export and import", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: PrismaClient;
  let jiaming: string;
  let yulong: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    await seedCatalogue(db);
    jiaming = (await db.enterprise.findUniqueOrThrow({ where: { slug: "jiaming" } })).id;
    yulong = (await db.enterprise.findUniqueOrThrow({ where: { slug: "yulong" } })).id;
  });
  afterAll(async () => {
    await database?.drop();
  });

  /** Everything the import could touch, to compare before and after. */
  const snapshot = () =>
    db.product.findMany({
      orderBy: { id: "asc" },
      include: { variants: { orderBy: { id: "asc" } }, media: { orderBy: { id: "asc" } } },
    });
  /** The same without timestamps, for a round trip that rewrites equal values. */

  const rowsOf = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
  const toCsv = (rows: Record<string, string>[]) => Papa.unparse({ fields: [...CSV_COLUMNS], data: rows.map((r) => CSV_COLUMNS.map((c) => r[c] ?? "")) });

  it("exports one row per variant of the enterprise's own products only", async () => {
    const csv = await exportProductsCsv(db, jiaming);
    expect(csv.startsWith("\uFEFFproduct_slug,name_zh,name_en,category,glaze,status,sku,")).toBe(true);
    const rows = rowsOf(csv);
    expect(rows).toHaveLength(await db.variant.count({ where: { product: { enterpriseId: jiaming } } }));
    expect(rows.every((r) => r.product_slug!.startsWith("jiaming-"))).toBe(true);
    const lotus = rows.find((r) => r.sku === "JM-BWL-QH-045");
    expect(lotus).toMatchObject({ product_slug: "jiaming-qinghua-lotus-scroll-rice-bowl", price_yuan: "22.00", status: "PUBLISHED", active: "yes", category: "bowls" });
  });

  it("round-trips: importing the export changes nothing, not even a timestamp", async () => {
    const before = await snapshot();
    const csv = await exportProductsCsv(db, jiaming);
    const preview = await importProductsCsv(db, jiaming, csv, { apply: false });
    expect(preview.fileErrors).toEqual([]);
    expect(preview.rows.filter((r) => r.errors.length)).toEqual([]);
    expect(preview.valid).toBe(true);
    expect(preview.applied).toBe(false);
    expect(preview.rows.every((r) => r.action === "update" && r.productAction === "update")).toBe(true);
    const applied = await importProductsCsv(db, jiaming, csv, { apply: true });
    expect(applied).toMatchObject({ valid: true, applied: true });
    expect(applied.summary.variantsCreated).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it("applies changed prices, new variants and new products in one go", async () => {
    const rows = rowsOf(await exportProductsCsv(db, jiaming));
    const lotus = rows.find((r) => r.sku === "JM-BWL-QH-045")!;
    lotus.price_yuan = "23.50";
    lotus.compare_at_yuan = "29";
    rows.push({ ...lotus, sku: "JM-BWL-QH-NEW", variant_name_zh: "5寸 单只", variant_name_en: "5 in, single", price_yuan: "26", compare_at_yuan: "" });
    rows.push({
      product_slug: "",
      name_zh: "天目釉品茗杯",
      name_en: "Tenmoku Tasting Cup",
      category: "cups-mugs",
      glaze: "tenmoku",
      status: "",
      sku: "JM-TMK-CUP-1",
      variant_name_zh: "单只",
      variant_name_en: "Single",
      price_yuan: "45",
      compare_at_yuan: "",
      weight_grams: "90",
      set_count: "",
      active: "",
    });
    const result = await importProductsCsv(db, jiaming, toCsv(rows), { apply: true });
    expect(result.rows.filter((r) => r.errors.length)).toEqual([]);
    expect(result).toMatchObject({ applied: true, summary: { productsCreated: 1, variantsCreated: 2 } });

    const variant = await db.variant.findUniqueOrThrow({ where: { sku: "JM-BWL-QH-045" }, include: { product: true } });
    expect([variant.priceFen, variant.compareAtFen]).toEqual([2350, 2900]);
    const added = await db.variant.findUniqueOrThrow({ where: { sku: "JM-BWL-QH-NEW" } });
    expect(added.productId).toBe(variant.productId);
    expect(variant.product.priceMaxFen).toBe(Math.max(2600, variant.product.priceMaxFen));
    const created = await db.product.findUniqueOrThrow({ where: { slug: "jiaming-tenmoku-tasting-cup" }, include: { variants: true } });
    expect(created).toMatchObject({ enterpriseId: jiaming, status: "DRAFT", priceMinFen: 4500, priceMaxFen: 4500 });
    expect(created.variants[0]).toMatchObject({ sku: "JM-TMK-CUP-1", setCount: 1, active: true });
    // A published product's new price is what shoppers see.
    const listed = await listProducts(db, { ...EMPTY_FILTERS, q: "青花缠枝莲饭碗" });
    expect(listed.items.find((p) => p.id === variant.productId)?.priceMinFen).toBe(2350);
  });

  it("changes nothing when one row is bad, and says which row and column", async () => {
    const rows = rowsOf(await exportProductsCsv(db, jiaming));
    for (const row of rows) {
      row.price_yuan = "99.00";
      row.compare_at_yuan = "";
    }
    rows[3]!.weight_grams = "heavy";
    const before = await snapshot();
    const preview = await importProductsCsv(db, jiaming, toCsv(rows), { apply: false });
    expect(preview.valid).toBe(false);
    const bad = preview.rows.filter((r) => r.errors.length);
    expect(bad).toEqual([expect.objectContaining({ line: 5, sku: rows[3]!.sku, errors: [{ column: "weight_grams", message: "weight.invalid" }] })]);
    const applied = await importProductsCsv(db, jiaming, toCsv(rows), { apply: true });
    expect(applied).toMatchObject({ valid: false, applied: false });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses another enterprise's product or SKU, duplicates, unknown references and inconsistent product rows", async () => {
    const [yulongRow, yulongOther] = rowsOf(await exportProductsCsv(db, yulong));
    const own = rowsOf(await exportProductsCsv(db, jiaming)).filter((r) => r.product_slug === "jiaming-qinghua-lotus-scroll-rice-bowl");
    const before = await snapshot();
    const rows = [
      { ...yulongRow! }, // line 2: a Yulong product
      { ...own[0]!, sku: yulongOther!.sku! }, // 3: a Yulong SKU on a Jiaming product
      { ...own[0]! }, // 4
      { ...own[0]! }, // 5: the same SKU again
      { ...own[1]!, category: "spaceships", glaze: "plaid" }, // 6
      { ...own[1]!, sku: "JM-OK-NEW-7", name_en: "Something Else" }, // 7: disagrees with line 4 about the product's name
      { ...own[1]!, sku: "bad sku!" }, // 8
      { ...own[1]!, sku: "JM-OK-NEW-9", status: "sold", active: "maybe", compare_at_yuan: "1" }, // 9
    ];
    const result = await importProductsCsv(db, jiaming, toCsv(rows), { apply: true });
    expect(result.applied).toBe(false);
    const errors = Object.fromEntries(result.rows.map((r) => [r.line, r.errors.map((e) => `${e.column}:${e.message}`)]));
    expect(errors[2]).toContain("product_slug:csv.slugTaken");
    expect(errors[3]).toContain("sku:sku.taken");
    expect(errors[4]).toEqual([]);
    expect(errors[5]).toContain("sku:sku.duplicate");
    expect(errors[6]).toEqual(expect.arrayContaining(["category:category.unknown", "glaze:glaze.unknown"]));
    expect(errors[7]).toContain("name_en:csv.productMismatch");
    expect(errors[8]).toEqual(["sku:sku.format"]);
    expect(errors[9]).toEqual(expect.arrayContaining(["status:csv.status", "active:csv.active"]));
    expect(await snapshot()).toEqual(before);
  });

  it("will not publish a new product from a file: it has no picture yet", async () => {
    const csv = toCsv([
      {
        product_slug: "jiaming-csv-new-plate",
        name_zh: "新盘",
        name_en: "New Plate",
        category: "plates",
        glaze: "white",
        status: "published",
        sku: "JM-CSV-PLATE-1",
        variant_name_zh: "8寸",
        variant_name_en: "8 in",
        price_yuan: "30",
        weight_grams: "400",
      },
    ]);
    const result = await importProductsCsv(db, jiaming, csv, { apply: true });
    expect(result.rows[0]!.errors).toEqual([{ column: "status", message: "csv.publishNeedsImage" }]);
    expect(await db.product.findUnique({ where: { slug: "jiaming-csv-new-plate" } })).toBeNull();
  });

  it("reports file-level problems: missing columns, empty files, broken quotes", async () => {
    expect((await importProductsCsv(db, jiaming, "sku,price_yuan\nJM-1,2\n", { apply: false })).fileErrors).toEqual([
      { message: "csv.missingColumns", columns: ["product_slug", "name_zh", "name_en", "category", "glaze", "variant_name_zh", "variant_name_en", "weight_grams"] },
    ]);
    expect((await importProductsCsv(db, jiaming, "\uFEFF  \n", { apply: false })).fileErrors).toEqual([{ message: "csv.empty" }]);
    expect((await importProductsCsv(db, jiaming, `${CSV_COLUMNS.join(",")}\n${"x".repeat(MAX_CSV_BYTES)}`, { apply: false })).fileErrors).toEqual([
      { message: "csv.tooLarge" },
    ]);
    expect((await importProductsCsv(db, jiaming, `${CSV_COLUMNS.join(",")}\n`, { apply: false })).fileErrors).toEqual([{ message: "csv.empty" }]);
    expect((await importProductsCsv(db, jiaming, `${CSV_COLUMNS.join(",")}\n"unclosed,a,b\n`, { apply: false })).fileErrors).toEqual([{ message: "csv.malformed" }]);
  });

  it("keeps line numbers right across quoted line breaks, and undoes spreadsheet formula escapes", async () => {
    const header = CSV_COLUMNS.join(",");
    const csv = [
      header,
      `,"多行\n名称",-Dash Cup,cups-mugs,white,,JM-ML-1,单只,Single,10,,100,1,yes`,
      "",
      `,'=Formula Cup,'-Dash Cup 2,cups-mugs,white,,JM-ML-2,单只,Single,ten,,100,1,yes`,
    ].join("\n");
    const result = await importProductsCsv(db, jiaming, csv, { apply: false });
    expect(result.rows.map((r) => [r.line, r.productName, r.errors.map((e) => e.column)])).toEqual([
      [2, "多行\n名称", []],
      [5, "=Formula Cup", ["price_yuan"]],
    ]);
    // And names that look like formulas survive export and import unchanged.
    const fixed = csv.replace(",ten,", ",10,");
    expect((await importProductsCsv(db, jiaming, fixed, { apply: true })).applied).toBe(true);
    const exported = await exportProductsCsv(db, jiaming);
    expect(exported).toContain("'=Formula Cup");
    const before = await snapshot();
    expect((await importProductsCsv(db, jiaming, exported, { apply: true })).applied).toBe(true);
    expect(await snapshot()).toEqual(before);
    expect((await db.product.findFirstOrThrow({ where: { nameZh: "=Formula Cup" } })).nameEn).toBe("-Dash Cup 2");
  });
});
