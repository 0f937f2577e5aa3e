import type { PrismaClient } from "@/lib/db/generated/client";
import { MAX_QUANTITY, type Result } from "./core";

export type ThresholdError = "invalidThreshold" | "notFound";

/**
 * Sets the low-stock threshold of one of an enterprise's SKUs: at or below it (available
 * pieces) the SKU shows as low stock and may appear in the replenish list. A SKU of another
 * enterprise is not found, and nothing changes.
 */
export async function setLowStockThreshold(
  db: PrismaClient,
  input: { enterpriseId: string; variantId: string; threshold: number },
): Promise<Result<{ threshold: number }, ThresholdError>> {
  if (!Number.isSafeInteger(input.threshold) || input.threshold < 0 || input.threshold > MAX_QUANTITY) return { ok: false, error: "invalidThreshold" };
  const changed = await db.variant.updateMany({
    where: { id: input.variantId, product: { enterpriseId: input.enterpriseId } },
    data: { lowStockThreshold: input.threshold },
  });
  return changed.count === 1 ? { ok: true, threshold: input.threshold } : { ok: false, error: "notFound" };
}
