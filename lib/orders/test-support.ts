import type { DeliveryAddress } from "@/lib/checkout/address";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createTestDatabase, type TestDatabase, type TestEngine } from "@/lib/db/testing";
import { addOnHand, addToBin, defaultWarehouseId, recordMovement } from "@/lib/inventory/core";
import { seedCatalogue } from "@/prisma/seed/seed";
import type { Customer } from "./place";

/** Fixtures for order integration tests and the checkout benchmark (never used by the app). */

/** A valid mainland delivery address (a county-level city, the case region lists get wrong most often). */
export const TEST_ADDRESS: DeliveryAddress = {
  recipient: "王小明",
  mobile: "13800138000",
  province: "山西省",
  city: "朔州市",
  district: "怀仁市",
  street: "仁义路 88 号 3 单元 201",
  postalCode: "038300",
};

export interface SeededDatabase {
  database: TestDatabase;
  db: PrismaClient;
  /** Where the seed keeps its stock. */
  warehouseId: string;
}

/** A fresh, migrated database with the catalogue seed, for one engine's run of a test file (drop it with `database.drop()`). */
export async function openSeededDatabase(engine: TestEngine): Promise<SeededDatabase> {
  const database = await createTestDatabase(engine);
  await seedCatalogue(database.db);
  return { database, db: database.db, warehouseId: await defaultWarehouseId(database.db) };
}

/** On hand and reserved of one SKU in one warehouse. */
export function stockLevel(db: PrismaClient, warehouseId: string, variantId: string): Promise<{ onHand: number; reserved: number }> {
  return db.stockLevel.findUniqueOrThrow({ where: { variantId_warehouseId: { variantId, warehouseId } }, select: { onHand: true, reserved: true } });
}

/** A distinct guest buyer per key. */
export function guestBuyer(key: string | number): Customer {
  return { email: `buyer-${key}@example.test`, phone: null };
}

/**
 * Adds one published product with `count` SKUs of exactly `stock` pieces each to a database the
 * catalogue seed has run on (it provides the enterprise, category, glaze, warehouse and bins).
 * Stock goes through the inventory primitives with a SEED ledger row per SKU, so the books balance
 * from the start. Returns the variant ids in SKU order.
 */
export async function seedStockedSkus(db: PrismaClient, input: { label: string; count: number; stock: number; priceFen?: number }): Promise<string[]> {
  const template = await db.product.findFirstOrThrow({
    where: { status: "PUBLISHED", enterprise: { status: "ACTIVE" } },
    orderBy: { slug: "asc" },
    select: { enterpriseId: true, categoryId: true, glazeId: true },
  });
  const warehouseId = await defaultWarehouseId(db);
  const bin = await db.binLocation.findFirstOrThrow({ where: { warehouseId }, orderBy: { code: "asc" }, select: { id: true } });
  const slug = `test-${input.label}`;
  const priceFen = input.priceFen ?? 8800;

  return db.$transaction(
    async (tx) => {
      const product = await tx.product.create({
        data: {
          ...template,
          slug,
          nameZh: `测试青花碗 ${input.label}`,
          nameEn: `Test bowl ${input.label}`,
          descriptionZh: "测试用",
          descriptionEn: "For tests",
          materialZh: "瓷",
          materialEn: "Porcelain",
          careZh: "可用洗碗机",
          careEn: "Dishwasher safe",
          status: "PUBLISHED",
          searchText: slug,
          priceMinFen: priceFen,
          priceMaxFen: priceFen,
          publishedAt: new Date(),
          variants: {
            createMany: {
              data: Array.from({ length: input.count }, (_, i) => ({
                sku: `${slug}-${String(i).padStart(4, "0")}`,
                nameZh: `款 ${i}`,
                nameEn: `Style ${i}`,
                weightGrams: 400,
                priceFen,
                sortOrder: i,
              })),
            },
          },
        },
        select: { variants: { orderBy: { sku: "asc" }, select: { id: true } } },
      });
      for (const { id: variantId } of product.variants) {
        await addOnHand(tx, { variantId, warehouseId, quantity: input.stock });
        await addToBin(tx, { binId: bin.id, variantId, quantity: input.stock });
        await recordMovement(tx, { variantId, warehouseId, binId: bin.id, onHandDelta: input.stock, reason: "SEED", referenceType: "seed", referenceId: slug, actorId: null });
      }
      return product.variants.map((v) => v.id);
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}
