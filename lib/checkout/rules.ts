import type { CommerceRules } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/client";

export type Rules = Omit<CommerceRules, "id" | "updatedAt" | "updatedById">;

/** What the cooperative starts with; the admin changes them at /admin/rules. */
export const DEFAULT_RULES: Rules = {
  holdMinutes: 30,
  shippingBaseFen: 1200,
  shippingBaseWeightGrams: 1000,
  shippingStepGrams: 1000,
  shippingStepFen: 500,
  fragilePackingFen: 600,
  freeShippingThresholdFen: 19900,
  cooperativeFeeBps: 800,
  hostCommissionBps: 1000,
  stripeFeeBps: 340,
  codFeeBps: 100,
};

/** The rules in force: the stored row, or the defaults before an admin has saved any. */
export async function loadRules(db: Db | Tx): Promise<Rules> {
  const row = await db.commerceRules.findUnique({ where: { id: "default" } });
  if (!row) return DEFAULT_RULES;
  const { id: _id, updatedAt: _updatedAt, updatedById: _updatedById, ...rules } = row;
  return rules;
}
