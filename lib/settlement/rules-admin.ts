import { recordAudit } from "@/lib/admin/audit";
import { z } from "zod";
import { loadRules, type Rules } from "@/lib/checkout/rules";
import type { Db } from "@/lib/db/client";
import { fenToYuanString, parseYuanToFen } from "@/lib/money/format";

/**
 * The commerce rules as the admin edits them at /admin/rules: stock hold, shipping and the
 * revenue split. Money is typed in yuan and kept in fen, rates are typed as percentages with two
 * decimals and kept in basis points, both converted exactly (no floats). The ranges are those of
 * the CommerceRules_values_check constraint (prisma/migrations/*_commerce). Messages are keys of
 * `commerceRules.errors`, or generic ones of `validation`.
 */

export const RULE_LIMITS = {
  holdMinutes: { min: 1, max: 1440 },
  /** ¥100,000: far above any fee, far below the database's integers. */
  maxFen: 10_000_000,
  /** 100 kg. */
  grams: { min: 1, max: 100_000 },
  bps: { min: 0, max: 10_000 },
} as const;

const RULE_KEYS = [
  "holdMinutes",
  "shippingBaseFen",
  "shippingBaseWeightGrams",
  "shippingStepGrams",
  "shippingStepFen",
  "fragilePackingFen",
  "freeShippingThresholdFen",
  "cooperativeFeeBps",
  "hostCommissionBps",
  "stripeFeeBps",
  "codFeeBps",
] as const satisfies readonly (keyof Rules)[];

/** The most the fees can take of a line together: a line sold in a live session, paid the dearer way. */
export function combinedFeeBps(rules: Pick<Rules, "cooperativeFeeBps" | "hostCommissionBps" | "stripeFeeBps" | "codFeeBps">): number {
  return rules.cooperativeFeeBps + rules.hostCommissionBps + Math.max(rules.stripeFeeBps, rules.codFeeBps);
}

/** "8", "8.5", "8.50 %" → 800 basis points, exactly; null for anything else. */
export function parsePercentToBps(input: string): number | null {
  const match = /^(\d{1,5})(?:\.(\d{1,2}))?$/.exec(input.normalize("NFKC").replace(/[%\s]/g, ""));
  if (!match) return null;
  const [, whole = "0", fraction = ""] = match;
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** 800 → "8.00". */
export function bpsToPercentString(bps: number): string {
  return `${Math.trunc(bps / 100)}.${String(bps % 100).padStart(2, "0")}`;
}

const formText = z.string({ message: "required" }).trim().min(1, { message: "required" });

const wholeNumber = (min: number, max: number, rangeKey: string) =>
  formText.regex(/^\d{1,9}$/, { message: "invalid" }).transform(Number).pipe(z.number().min(min, { message: rangeKey }).max(max, { message: rangeKey }));

const yuan = formText
  .transform((value, context) => {
    const fen = parseYuanToFen(value);
    if (fen === null) context.addIssue({ code: "custom", message: "money.invalid" });
    return fen ?? 0;
  })
  .pipe(z.number().max(RULE_LIMITS.maxFen, { message: "money.tooLarge" }));

const percent = formText
  .transform((value, context) => {
    const bps = parsePercentToBps(value);
    if (bps === null) context.addIssue({ code: "custom", message: "percent.invalid" });
    return bps ?? 0;
  })
  .pipe(z.number().max(RULE_LIMITS.bps.max, { message: "percent.range" }));

const FEE_FIELDS = ["cooperativeFeePercent", "hostCommissionPercent", "stripeFeePercent", "codFeePercent"] as const;

/** The form's fields (named for the unit typed in them) to the rules. */
export const rulesFormSchema = z
  .object({
    holdMinutes: wholeNumber(RULE_LIMITS.holdMinutes.min, RULE_LIMITS.holdMinutes.max, "hold.range"),
    shippingBaseYuan: yuan,
    shippingBaseWeightGrams: wholeNumber(RULE_LIMITS.grams.min, RULE_LIMITS.grams.max, "grams.range"),
    shippingStepGrams: wholeNumber(RULE_LIMITS.grams.min, RULE_LIMITS.grams.max, "grams.range"),
    shippingStepYuan: yuan,
    fragilePackingYuan: yuan,
    freeShippingThresholdYuan: yuan,
    cooperativeFeePercent: percent,
    hostCommissionPercent: percent,
    stripeFeePercent: percent,
    codFeePercent: percent,
  })
  .refine(
    (form) => combinedFeeBps({ cooperativeFeeBps: form.cooperativeFeePercent, hostCommissionBps: form.hostCommissionPercent, stripeFeeBps: form.stripeFeePercent, codFeeBps: form.codFeePercent }) <= RULE_LIMITS.bps.max,
    {
      path: ["cooperativeFeePercent"],
      message: "fees.tooHigh",
      // Said together with other fields' errors, as long as the four rates themselves are readable.
      when: (payload) => !payload.issues.some((issue) => FEE_FIELDS.includes(issue.path?.[0] as (typeof FEE_FIELDS)[number])),
    },
  )
  .transform(
    (form): Rules => ({
      holdMinutes: form.holdMinutes,
      shippingBaseFen: form.shippingBaseYuan,
      shippingBaseWeightGrams: form.shippingBaseWeightGrams,
      shippingStepGrams: form.shippingStepGrams,
      shippingStepFen: form.shippingStepYuan,
      fragilePackingFen: form.fragilePackingYuan,
      freeShippingThresholdFen: form.freeShippingThresholdYuan,
      cooperativeFeeBps: form.cooperativeFeePercent,
      hostCommissionBps: form.hostCommissionPercent,
      stripeFeeBps: form.stripeFeePercent,
      codFeeBps: form.codFeePercent,
    }),
  );

export type RulesFormValues = Record<keyof z.input<typeof rulesFormSchema>, string>;

/** The rules as the form shows them. */
export function rulesToFormValues(rules: Rules): RulesFormValues {
  return {
    holdMinutes: String(rules.holdMinutes),
    shippingBaseYuan: fenToYuanString(rules.shippingBaseFen),
    shippingBaseWeightGrams: String(rules.shippingBaseWeightGrams),
    shippingStepGrams: String(rules.shippingStepGrams),
    shippingStepYuan: fenToYuanString(rules.shippingStepFen),
    fragilePackingYuan: fenToYuanString(rules.fragilePackingFen),
    freeShippingThresholdYuan: fenToYuanString(rules.freeShippingThresholdFen),
    cooperativeFeePercent: bpsToPercentString(rules.cooperativeFeeBps),
    hostCommissionPercent: bpsToPercentString(rules.hostCommissionBps),
    stripeFeePercent: bpsToPercentString(rules.stripeFeeBps),
    codFeePercent: bpsToPercentString(rules.codFeeBps),
  };
}

/** The same ranges on the stored values, for callers that do not come through the form. */
const rulesSchema = z
  .object({
    holdMinutes: z.number().int().min(RULE_LIMITS.holdMinutes.min).max(RULE_LIMITS.holdMinutes.max),
    shippingBaseFen: z.number().int().min(0).max(RULE_LIMITS.maxFen),
    shippingBaseWeightGrams: z.number().int().min(RULE_LIMITS.grams.min).max(RULE_LIMITS.grams.max),
    shippingStepGrams: z.number().int().min(RULE_LIMITS.grams.min).max(RULE_LIMITS.grams.max),
    shippingStepFen: z.number().int().min(0).max(RULE_LIMITS.maxFen),
    fragilePackingFen: z.number().int().min(0).max(RULE_LIMITS.maxFen),
    freeShippingThresholdFen: z.number().int().min(0).max(RULE_LIMITS.maxFen),
    cooperativeFeeBps: z.number().int().min(RULE_LIMITS.bps.min).max(RULE_LIMITS.bps.max),
    hostCommissionBps: z.number().int().min(RULE_LIMITS.bps.min).max(RULE_LIMITS.bps.max),
    stripeFeeBps: z.number().int().min(RULE_LIMITS.bps.min).max(RULE_LIMITS.bps.max),
    codFeeBps: z.number().int().min(RULE_LIMITS.bps.min).max(RULE_LIMITS.bps.max),
  })
  .refine((rules) => combinedFeeBps(rules) <= RULE_LIMITS.bps.max, { message: "fees.tooHigh" });

/**
 * Saves the rules (the one "default" row, created on first save) and an audit entry of what
 * changed, in one transaction; nothing changed: nothing written. Orders already placed keep
 * the amounts they were placed with, and recorded settlements are never recomputed.
 */
export async function updateCommerceRules(db: Db, input: { actorId: string; rules: Rules }): Promise<{ changed: (keyof Rules)[] }> {
  const rules = rulesSchema.parse(input.rules);
  return db.$transaction(async (tx) => {
    // Two admins saving at once: the second waits here and compares against the first one's values.
    await tx.$queryRaw`SELECT "id" FROM "CommerceRules" WHERE "id" = 'default' FOR UPDATE`;
    const before = await loadRules(tx);
    const changed = RULE_KEYS.filter((key) => before[key] !== rules[key]);
    if (changed.length === 0) return { changed };
    const pick = (source: Rules) => Object.fromEntries(changed.map((key) => [key, source[key]]));
    await tx.commerceRules.upsert({
      where: { id: "default" },
      create: { id: "default", ...rules, updatedById: input.actorId },
      update: { ...pick(rules), updatedById: input.actorId },
    });
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "commerceRules.updated",
      targetType: "commerceRules",
      targetId: "default",
      details: { label: "commerceRules", fields: changed, before: pick(before), after: pick(rules) },
    });
    return { changed };
  });
}
