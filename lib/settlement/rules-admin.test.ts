import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditSince, auditSnapshot, createAdminTestDatabase, userId } from "@/lib/admin/test-support";
import { DEFAULT_RULES, loadRules } from "@/lib/checkout/rules";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, type TestDatabase } from "@/lib/db/testing";
import { fieldErrors } from "@/lib/forms/state";
import { parsePercentToBps, rulesFormSchema, rulesToFormValues, updateCommerceRules } from "./rules-admin";

const form = (overrides: Record<string, string> = {}) => ({ ...rulesToFormValues(DEFAULT_RULES), ...overrides });

describe("the commerce rules form", () => {
  it("shows the stored rules in yuan and percent, and reads them back exactly", () => {
    const values = rulesToFormValues(DEFAULT_RULES);
    expect(values).toMatchObject({ shippingBaseYuan: "12.00", freeShippingThresholdYuan: "199.00", cooperativeFeePercent: "8.00", stripeFeePercent: "3.40", codFeePercent: "1.00" });
    expect(rulesFormSchema.parse(values)).toEqual(DEFAULT_RULES);
  });

  it("converts typed percentages and yuan without floating point", () => {
    expect(parsePercentToBps("8")).toBe(800);
    expect(parsePercentToBps("0.29")).toBe(29);
    expect(parsePercentToBps("12.5 %")).toBe(1250);
    expect(parsePercentToBps("1.234")).toBeNull();
    expect(parsePercentToBps("-1")).toBeNull();
    expect(rulesFormSchema.parse(form({ cooperativeFeePercent: "7.35", freeShippingThresholdYuan: "¥1,280.5" }))).toMatchObject({ cooperativeFeeBps: 735, freeShippingThresholdFen: 128050 });
  });

  it("refuses values outside the database's ranges, with message keys", () => {
    const bad = rulesFormSchema.safeParse(
      form({ holdMinutes: "0", shippingBaseYuan: "twelve", shippingStepGrams: "0", stripeFeePercent: "100.01", codFeePercent: "1.005", fragilePackingYuan: "" }),
    );
    expect(bad.success).toBe(false);
    expect(bad.error && fieldErrors(bad.error)).toEqual({
      holdMinutes: "hold.range",
      shippingBaseYuan: "money.invalid",
      shippingStepGrams: "grams.range",
      stripeFeePercent: "percent.range",
      codFeePercent: "percent.invalid",
      fragilePackingYuan: "required",
    });
    expect(rulesFormSchema.safeParse(form({ holdMinutes: "1441" })).success).toBe(false);
    expect(rulesFormSchema.safeParse(form({ holdMinutes: "1440" })).success).toBe(true);
  });

  it("refuses fees that together would take more than the whole line", () => {
    // 80 % + 10 % host + 10.01 % (the dearer payment fee) > 100 %.
    const bad = rulesFormSchema.safeParse(form({ cooperativeFeePercent: "80", hostCommissionPercent: "10", stripeFeePercent: "10.01", codFeePercent: "1" }));
    expect(bad.error && fieldErrors(bad.error)).toEqual({ cooperativeFeePercent: "fees.tooHigh" });
    expect(rulesFormSchema.safeParse(form({ cooperativeFeePercent: "80", hostCommissionPercent: "10", stripeFeePercent: "10", codFeePercent: "1" })).success).toBe(true);
    // Said together with another field's error, so the admin corrects both at once.
    const both = rulesFormSchema.safeParse(form({ cooperativeFeePercent: "95", shippingBaseYuan: "12.345" }));
    expect(both.error && fieldErrors(both.error)).toEqual({ cooperativeFeePercent: "fees.tooHigh", shippingBaseYuan: "money.invalid" });
  });
});

describe.each(availableTestEngines())("saving the commerce rules on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let adminId: string;

  beforeAll(async () => {
    database = await createAdminTestDatabase(engine);
    db = database.db;
    adminId = await userId(db, "admin");
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("creates the row on first save, audits only what changed, and writes nothing when nothing changed", async () => {
    const snapshot = await auditSnapshot(db);
    const rules = { ...DEFAULT_RULES, freeShippingThresholdFen: 29900, cooperativeFeeBps: 750 };
    expect(await updateCommerceRules(db, { actorId: adminId, rules })).toEqual({ changed: ["freeShippingThresholdFen", "cooperativeFeeBps"] });
    expect(await loadRules(db)).toEqual(rules);
    expect(await db.commerceRules.findUniqueOrThrow({ where: { id: "default" } })).toMatchObject({ updatedById: adminId });
    const entries = await auditSince(db, snapshot);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: adminId,
      action: "commerceRules.updated",
      targetType: "commerceRules",
      targetId: "default",
      details: { before: { freeShippingThresholdFen: 19900, cooperativeFeeBps: 800 }, after: { freeShippingThresholdFen: 29900, cooperativeFeeBps: 750 } },
    });

    expect(await updateCommerceRules(db, { actorId: adminId, rules })).toEqual({ changed: [] });
    expect(await auditSince(db, snapshot)).toHaveLength(1);
  });

  it("refuses rules the database would refuse, writing nothing", async () => {
    const before = await loadRules(db);
    const snapshot = await auditSnapshot(db);
    await expect(updateCommerceRules(db, { actorId: adminId, rules: { ...before, cooperativeFeeBps: 9000, hostCommissionBps: 1000, stripeFeeBps: 1 } })).rejects.toThrow();
    await expect(updateCommerceRules(db, { actorId: adminId, rules: { ...before, holdMinutes: 0 } })).rejects.toThrow();
    expect(await loadRules(db)).toEqual(before);
    expect(await auditSince(db, snapshot)).toHaveLength(0);
  });
});
