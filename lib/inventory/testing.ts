import type { PrismaClient } from "@/lib/db/generated/client";

/** Fixtures shared by the inventory integration tests (test code only). */

export async function demoUsers(db: PrismaClient) {
  const users = await db.user.findMany({ select: { id: true, email: true, memberships: { select: { enterpriseId: true } } } });
  const by = (prefix: string) => {
    const user = users.find((u) => u.email?.startsWith(`${prefix}@`));
    if (!user) throw new Error(`no demo user ${prefix}`);
    return user;
  };
  const jiaming = by("jiaming");
  const yulong = by("yulong");
  return {
    warehouse: by("warehouse").id,
    jiaming: { userId: jiaming.id, enterpriseId: jiaming.memberships[0]!.enterpriseId },
    yulong: { userId: yulong.id, enterpriseId: yulong.memberships[0]!.enterpriseId },
  };
}

/** An enterprise's stocked SKUs (onHand > 0), with their level and the bins holding them. */
export async function stockedVariants(db: PrismaClient, enterpriseId: string) {
  return db.variant.findMany({
    where: { product: { enterpriseId }, stockLevels: { some: { onHand: { gt: 0 } } } },
    orderBy: { sku: "asc" },
    select: { id: true, sku: true, stockLevels: { select: { onHand: true, reserved: true, warehouseId: true } }, binStocks: { select: { binId: true, quantity: true } } },
  });
}

export async function stockOf(db: PrismaClient, variantId: string) {
  const level = await db.stockLevel.findFirst({ where: { variantId }, select: { onHand: true, reserved: true } });
  const bins = await db.binStock.findMany({ where: { variantId }, select: { binId: true, quantity: true } });
  const movements = await db.stockMovement.count({ where: { variantId } });
  return { onHand: level?.onHand ?? 0, reserved: level?.reserved ?? 0, bins: Object.fromEntries(bins.map((b) => [b.binId, b.quantity])), movements };
}

/** Reserves pieces the way checkout will: a guarded update plus a RESERVE ledger row. */
export async function reserveForTest(db: PrismaClient, variantId: string, quantity: number) {
  await db.$transaction(async (tx) => {
    const level = await tx.stockLevel.findFirstOrThrow({ where: { variantId }, select: { warehouseId: true } });
    const changed = await tx.$executeRaw`UPDATE "StockLevel" SET "reserved" = "reserved" + ${quantity} WHERE "variantId" = ${variantId} AND "onHand" - "reserved" >= ${quantity}`;
    if (changed !== 1) throw new Error("not enough to reserve");
    await tx.stockMovement.create({ data: { variantId, warehouseId: level.warehouseId, reservedDelta: quantity, reason: "RESERVE", referenceType: "order", referenceId: "test-order" } });
  });
}
