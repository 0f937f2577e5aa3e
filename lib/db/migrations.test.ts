import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "./generated/client";
import {
  applyMigrations,
  createMigration,
  defaultMigrationPaths,
  diffSchemaAgainstMigrations,
  readMigrationsList,
} from "./migrations";
import { availableTestEngines, createTestDatabase, type TestDatabase } from "./testing";

// Always on an in-memory embedded PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set:
// the same migrations must hold on both.
describe.each(availableTestEngines())("migrations on %s", (engine) => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase(engine);
  });

  afterAll(async () => {
    await test?.drop();
  });

  it("applies nothing to a database that is up to date", async () => {
    // The embedded server takes one connection at a time: let the migrator have it.
    await test.db.$disconnect();
    expect(await applyMigrations(test.url)).toEqual([]);
  });

  it("creates a table for every model and records every migration as finished", async () => {
    const tables = await test.db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`;
    expect(tables.map((row) => row.table_name)).toEqual(
      expect.arrayContaining([...Object.values(Prisma.ModelName), "_prisma_migrations"]),
    );

    const folders = (await readMigrationsList()).migrationDirectories.map((entry) => entry.path);
    expect(folders.length).toBeGreaterThanOrEqual(2);
    const recorded = await test.db.$queryRaw<{ migration_name: string; finished: boolean; rolled_back: boolean }[]>`
      SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
      FROM _prisma_migrations ORDER BY migration_name`;
    expect(recorded).toEqual(folders.map((name) => ({ migration_name: name, finished: true, rolled_back: false })));
  });

  describe("rules written into the migrations", () => {
    let ids: { stockLevel: string; binStock: string; variant: string; product: string; movement: string };

    beforeAll(async () => {
      ids = await createCatalogueWithStock(test.db);
    });

    const refusedChanges: { name: string; change: () => Promise<unknown>; constraint: RegExp }[] = [
      {
        name: "negative stock on hand",
        change: () => test.db.stockLevel.update({ where: { id: ids.stockLevel }, data: { onHand: -1, reserved: 0 } }),
        // -1 on hand also puts the 0 reserved above it; PostgreSQL names whichever it checks first.
        constraint: /StockLevel_onHand_nonnegative|StockLevel_reserved_within_onHand/,
      },
      {
        name: "negative reserved stock",
        change: () => test.db.stockLevel.update({ where: { id: ids.stockLevel }, data: { reserved: -1 } }),
        constraint: /StockLevel_reserved_nonnegative/,
      },
      {
        name: "more reserved than on hand",
        change: () => test.db.stockLevel.update({ where: { id: ids.stockLevel }, data: { reserved: 6 } }),
        constraint: /StockLevel_reserved_within_onHand/,
      },
      {
        name: "reserving past what is available with an unguarded increment",
        change: () => test.db.$executeRaw`UPDATE "StockLevel" SET "reserved" = "reserved" + 4 WHERE id = ${ids.stockLevel}`,
        constraint: /StockLevel_reserved_within_onHand/,
      },
      {
        name: "a negative bin quantity",
        change: () => test.db.binStock.update({ where: { id: ids.binStock }, data: { quantity: -1 } }),
        constraint: /BinStock_quantity_nonnegative/,
      },
      {
        name: "a negative price",
        change: () => test.db.variant.update({ where: { id: ids.variant }, data: { priceFen: -1 } }),
        constraint: /Variant_priceFen_nonnegative/,
      },
      {
        name: "a weightless variant",
        change: () => test.db.variant.update({ where: { id: ids.variant }, data: { weightGrams: 0 } }),
        constraint: /Variant_weightGrams_positive/,
      },
      {
        name: "a set of zero pieces",
        change: () => test.db.variant.update({ where: { id: ids.variant }, data: { setCount: 0 } }),
        constraint: /Variant_setCount_positive/,
      },
      {
        name: "a compare-at price below the price",
        change: () => test.db.variant.update({ where: { id: ids.variant }, data: { compareAtFen: 12_799 } }),
        constraint: /Variant_compareAtFen_not_below_price/,
      },
      {
        name: "a negative lowest product price",
        change: () => test.db.product.update({ where: { id: ids.product }, data: { priceMinFen: -1 } }),
        constraint: /Product_priceMinFen_nonnegative/,
      },
      {
        name: "a product price range upside down",
        change: () => test.db.product.update({ where: { id: ids.product }, data: { priceMaxFen: 12_799 } }),
        constraint: /Product_priceRange_ordered/,
      },
    ];

    it.each(refusedChanges)("refuse $name and leave the row as it was", async ({ change, constraint }) => {
      const before = await snapshot(test.db, ids);
      const error = await change().then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error, "the write should have been refused").toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(constraint);
      expect(await snapshot(test.db, ids)).toEqual(before);
    });

    it("accept the limits themselves", async () => {
      await test.db.stockLevel.update({ where: { id: ids.stockLevel }, data: { reserved: 5 } });
      await test.db.stockLevel.update({ where: { id: ids.stockLevel }, data: { onHand: 0, reserved: 0 } });
      await test.db.binStock.update({ where: { id: ids.binStock }, data: { quantity: 0 } });
      await test.db.variant.update({ where: { id: ids.variant }, data: { priceFen: 0, compareAtFen: 0, setCount: 1, weightGrams: 1 } });
      await test.db.variant.update({ where: { id: ids.variant }, data: { compareAtFen: null } });
      await test.db.product.update({ where: { id: ids.product }, data: { priceMinFen: 0, priceMaxFen: 0 } });
      const stock = await test.db.stockLevel.findUniqueOrThrow({ where: { id: ids.stockLevel } });
      expect({ onHand: stock.onHand, reserved: stock.reserved }).toEqual({ onHand: 0, reserved: 0 });
    });

    it("keep the stock ledger append-only: UPDATE and DELETE are refused, INSERT is not", async () => {
      const original = await test.db.stockMovement.findUniqueOrThrow({ where: { id: ids.movement } });

      await expect(
        test.db.stockMovement.update({ where: { id: ids.movement }, data: { onHandDelta: 500 } }),
      ).rejects.toThrow(/StockMovement is an append-only ledger: UPDATE is not allowed/);
      await expect(test.db.stockMovement.delete({ where: { id: ids.movement } })).rejects.toThrow(
        /StockMovement is an append-only ledger: DELETE is not allowed/,
      );
      await expect(test.db.$executeRaw`DELETE FROM "StockMovement"`).rejects.toThrow(/append-only ledger: DELETE/);

      expect(await test.db.stockMovement.findUniqueOrThrow({ where: { id: ids.movement } })).toEqual(original);
      await test.db.stockMovement.create({
        data: {
          variantId: original.variantId,
          warehouseId: original.warehouseId,
          onHandDelta: -5,
          reason: "ADJUSTMENT",
          referenceType: "test",
          referenceId: "correction",
          note: "a mistake is corrected by a new movement",
        },
      });
      expect(await test.db.stockMovement.count()).toBe(2);
    });
  });
});

describe("schema and migrations", () => {
  it("agree: applying prisma/migrations gives exactly prisma/schema.prisma", async () => {
    expect(await diffSchemaAgainstMigrations()).toBe("");
  });

  describe("after a schema change", () => {
    let workDir: string;
    let paths: { schemaPath: string; migrationsDir: string };

    beforeAll(async () => {
      workDir = await mkdtemp(path.join(tmpdir(), "ceramic-migrations-"));
      paths = { schemaPath: path.join(workDir, "schema.prisma"), migrationsDir: path.join(workDir, "migrations") };
      await cp(defaultMigrationPaths.migrationsDir, paths.migrationsDir, { recursive: true });
      const schema = await readFile(defaultMigrationPaths.schemaPath, "utf8");
      const changed = schema.replace(/^model Glaze \{\n/m, "model Glaze {\n  finishNote String?\n");
      expect(changed).not.toBe(schema);
      await writeFile(paths.schemaPath, changed);
    });

    afterAll(async () => {
      await rm(workDir, { recursive: true, force: true });
    });

    it("the diff is the SQL of the change", async () => {
      const diff = await diffSchemaAgainstMigrations(paths);
      expect(diff).toMatch(/ALTER TABLE "Glaze" ADD COLUMN\s+"finishNote" TEXT;/);
      expect(diff).not.toMatch(/CREATE TABLE/);
    });

    it("createMigration writes it as the last migration, after which they agree again", async () => {
      const before = (await readMigrationsList(paths.migrationsDir)).migrationDirectories.map((entry) => entry.path);
      const created = await createMigration("Glaze finish note", paths);

      expect(created?.name).toMatch(/^\d{14}_glaze_finish_note$/);
      const after = (await readMigrationsList(paths.migrationsDir)).migrationDirectories.map((entry) => entry.path);
      expect(after).toEqual([...before, created!.name]);
      expect(await readFile(path.join(created!.directory, "migration.sql"), "utf8")).toContain('"finishNote" TEXT');

      expect(await diffSchemaAgainstMigrations(paths)).toBe("");
      expect(await createMigration("again", paths)).toBeNull();
    });
  });
});

type Db = TestDatabase["db"];

/** One enterprise's product with a variant, stocked in a bin of the warehouse, with its ledger row. */
async function createCatalogueWithStock(db: Db) {
  const enterprise = await db.enterprise.create({
    data: { slug: "test-kiln", nameZh: "测试窑", nameEn: "Test Kiln", taglineZh: "", taglineEn: "", storyZh: "", storyEn: "" },
  });
  const category = await db.category.create({ data: { slug: "bowls", nameZh: "碗", nameEn: "Bowls" } });
  const glaze = await db.glaze.create({ data: { slug: "celadon", nameZh: "青瓷", nameEn: "Celadon", colorHex: "#9fc5b0" } });
  const product = await db.product.create({
    data: {
      slug: "test-bowl",
      enterpriseId: enterprise.id,
      categoryId: category.id,
      glazeId: glaze.id,
      nameZh: "测试碗",
      nameEn: "Test bowl",
      descriptionZh: "",
      descriptionEn: "",
      materialZh: "",
      materialEn: "",
      careZh: "",
      careEn: "",
      searchText: "test bowl",
      priceMinFen: 12_800,
      priceMaxFen: 12_800,
    },
  });
  const variant = await db.variant.create({
    data: { productId: product.id, sku: "TEST-BOWL-1", nameZh: "单只", nameEn: "Single", weightGrams: 350, priceFen: 12_800, compareAtFen: 15_800 },
  });
  const warehouse = await db.warehouse.create({
    data: { code: "TEST", nameZh: "测试仓", nameEn: "Test warehouse", addressZh: "", addressEn: "" },
  });
  const bin = await db.binLocation.create({ data: { warehouseId: warehouse.id, code: "A-01-1" } });
  const stockLevel = await db.stockLevel.create({ data: { variantId: variant.id, warehouseId: warehouse.id, onHand: 5, reserved: 2 } });
  const binStock = await db.binStock.create({ data: { binId: bin.id, variantId: variant.id, quantity: 5 } });
  const movement = await db.stockMovement.create({
    data: { variantId: variant.id, warehouseId: warehouse.id, binId: bin.id, onHandDelta: 5, reason: "RECEIPT", referenceType: "receipt", referenceId: "R-1" },
  });
  return { stockLevel: stockLevel.id, binStock: binStock.id, variant: variant.id, product: product.id, movement: movement.id };
}

/** The rows the refused writes aim at, without the timestamps Prisma bumps on every update. */
async function snapshot(db: Db, ids: Awaited<ReturnType<typeof createCatalogueWithStock>>) {
  const [stockLevel, binStock, variant, product] = await Promise.all([
    db.stockLevel.findUniqueOrThrow({ where: { id: ids.stockLevel }, select: { onHand: true, reserved: true } }),
    db.binStock.findUniqueOrThrow({ where: { id: ids.binStock }, select: { quantity: true } }),
    db.variant.findUniqueOrThrow({ where: { id: ids.variant }, select: { priceFen: true, compareAtFen: true, setCount: true, weightGrams: true } }),
    db.product.findUniqueOrThrow({ where: { id: ids.product }, select: { priceMinFen: true, priceMaxFen: true } }),
  ]);
  return { stockLevel, binStock, variant, product };
}
