import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "@/lib/checkout/rules";
import { addParts, roundedShare, type SplitParts, type SplitRules, splitLine, splitReversal, splitShipping, sumParts, ZERO_PARTS } from "./split";

const rules: SplitRules = { cooperativeFeeBps: 800, hostCommissionBps: 1000, stripeFeeBps: 340, codFeeBps: 100 };

describe("roundedShare", () => {
  it.each([
    [1, 5000, 10000, 1],
    [1, 4999, 10000, 0],
    [3, 5000, 10000, 2],
    [-1, 5000, 10000, -1],
    [-3, 5000, 10000, -2],
    [12000, 340, 10000, 408],
    [12345, 340, 10000, 420], // 419.73
    [0, 800, 10000, 0],
  ])("%i × %i / %i rounds half away from zero to %i", (amount, numerator, denominator, expected) => {
    expect(roundedShare(amount, numerator, denominator)).toBe(expected);
  });

  it("refuses amounts whose product would lose precision", () => {
    expect(() => roundedShare(2 ** 52, 10000, 10000)).toThrow(RangeError);
  });
});

describe("splitLine and splitShipping", () => {
  it.each<[string, number, "STRIPE" | "COD", boolean, SplitParts]>([
    ["¥120 paid online, no host", 12000, "STRIPE", false, { paymentFeeFen: 408, cooperativeFen: 960, hostFen: 0, enterpriseFen: 10632 }],
    ["¥120 paid online, with host", 12000, "STRIPE", true, { paymentFeeFen: 408, cooperativeFen: 960, hostFen: 1200, enterpriseFen: 9432 }],
    ["¥120 cash on delivery", 12000, "COD", false, { paymentFeeFen: 120, cooperativeFen: 960, hostFen: 0, enterpriseFen: 10920 }],
    // 1.7 fen fee and 4 fen cooperative: cumulative 5.7 → 6, so cooperative gets 6 − 2 = 4.
    ["¥0.50 online", 50, "STRIPE", false, { paymentFeeFen: 2, cooperativeFen: 4, hostFen: 0, enterpriseFen: 44 }],
    ["one fen", 1, "STRIPE", true, { paymentFeeFen: 0, cooperativeFen: 0, hostFen: 0, enterpriseFen: 1 }],
    ["nothing", 0, "COD", true, { paymentFeeFen: 0, cooperativeFen: 0, hostFen: 0, enterpriseFen: 0 }],
    ["a refund of ¥120 online", -12000, "STRIPE", false, { paymentFeeFen: -408, cooperativeFen: -960, hostFen: 0, enterpriseFen: -10632 }],
  ])("%s", (_name, gross, method, hasHost, expected) => {
    const parts = splitLine(gross, rules, method, hasHost);
    expect(parts).toEqual(expected);
    expect(sumParts(parts)).toBe(gross);
  });

  it("never gives a negative part even when the rates take everything", () => {
    const all: SplitRules = { cooperativeFeeBps: 5000, hostCommissionBps: 5000, stripeFeeBps: 0, codFeeBps: 0 };
    // Rounding each rate on its own would give 1 + 1 of 1 fen and the enterprise −1.
    expect(splitLine(1, all, "COD", true)).toEqual({ paymentFeeFen: 0, cooperativeFen: 1, hostFen: 0, enterpriseFen: 0 });
    expect(splitLine(3, all, "COD", true)).toEqual({ paymentFeeFen: 0, cooperativeFen: 2, hostFen: 1, enterpriseFen: 0 });
  });

  it("gives shipping and packing to the cooperative less the payment fee", () => {
    expect(splitShipping(1800, rules, "STRIPE")).toEqual({ enterpriseFen: 0, hostFen: 0, paymentFeeFen: 61, cooperativeFen: 1739 });
    expect(splitShipping(1800, rules, "COD")).toEqual({ enterpriseFen: 0, hostFen: 0, paymentFeeFen: 18, cooperativeFen: 1782 });
  });

  it("refuses fractions of a fen", () => {
    expect(() => splitLine(10.5, rules, "COD", false)).toThrow(RangeError);
  });
});

describe("splitReversal", () => {
  const sale = splitLine(12000, DEFAULT_RULES, "STRIPE", true);

  it("takes a proportional share for a partial refund", () => {
    expect(splitReversal(6000, sale)).toEqual({ paymentFeeFen: -204, cooperativeFen: -480, hostFen: -600, enterpriseFen: -4716 });
  });

  it("takes exactly what is left when the rest is refunded", () => {
    const first = splitReversal(3333, sale);
    const left = addParts(sale, first);
    expect(splitReversal(12000 - 3333, left)).toEqual({ paymentFeeFen: -left.paymentFeeFen, cooperativeFen: -left.cooperativeFen, hostFen: -left.hostFen, enterpriseFen: -left.enterpriseFen });
  });

  it("refuses to refund more than is left, or a negative amount", () => {
    expect(() => splitReversal(12001, sale)).toThrow(RangeError);
    expect(() => splitReversal(-1, sale)).toThrow(RangeError);
  });

  it("reverses nothing for a zero refund", () => {
    expect(splitReversal(0, sale)).toEqual(ZERO_PARTS);
  });
});

/**
 * An order as the ledger sees it: a SALE row per line (and shipping), then refunds in any order
 * and size; what each row holds and what every party has left per line, kept as record.ts does.
 */
const rulesArb = fc
  .record({
    cooperativeFeeBps: fc.integer({ min: 0, max: 10000 }),
    hostCommissionBps: fc.integer({ min: 0, max: 10000 }),
    stripeFeeBps: fc.integer({ min: 0, max: 10000 }),
    codFeeBps: fc.integer({ min: 0, max: 10000 }),
  })
  .filter((r) => r.cooperativeFeeBps + r.hostCommissionBps + Math.max(r.stripeFeeBps, r.codFeeBps) <= 10000);

const orderArb = fc.record({
  rules: rulesArb,
  method: fc.constantFrom("STRIPE" as const, "COD" as const),
  lines: fc.array(fc.record({ unitFen: fc.integer({ min: 0, max: 500_000 }), quantity: fc.integer({ min: 1, max: 20 }), hasHost: fc.boolean() }), { minLength: 1, maxLength: 6 }),
  shippingFen: fc.integer({ min: 0, max: 10_000 }),
  // Each refund: which slot (a line index, or the shipping), and what fraction of what is left of it.
  refunds: fc.array(fc.record({ slot: fc.nat(), per10000: fc.integer({ min: 0, max: 10000 }) }), { maxLength: 12 }),
  refundEverythingAtTheEnd: fc.boolean(),
});

describe("the split of an order, through any refunds (property)", () => {
  it("adds up to paid − refunded to the fen, and no party's total for a line goes negative", () => {
    fc.assert(
      fc.property(orderArb, (order) => {
        const slots = order.lines.map((line) => {
          const gross = line.unitFen * line.quantity;
          return { sale: splitLine(gross, order.rules, order.method, line.hasHost), gross, refunded: 0 };
        });
        if (order.shippingFen > 0) slots.push({ sale: splitShipping(order.shippingFen, order.rules, order.method), gross: order.shippingFen, refunded: 0 });
        const paidFen = slots.reduce((sum, slot) => sum + slot.gross, 0);
        const rows: { gross: number; parts: SplitParts }[] = slots.map((slot) => ({ gross: slot.gross, parts: slot.sale }));
        const held = slots.map((slot) => slot.sale);
        let refundedFen = 0;

        const refund = (index: number, amount: number) => {
          // As record.ts: nothing returned for a slot, no row.
          if (amount === 0) return;
          const reversal = splitReversal(amount, held[index]!);
          rows.push({ gross: -amount, parts: reversal });
          for (const value of Object.values(reversal)) expect(value).toBeLessThanOrEqual(0);
          held[index] = addParts(held[index]!, reversal);
          slots[index]!.refunded += amount;
          refundedFen += amount;
        };

        for (const step of order.refunds) {
          const index = step.slot % slots.length;
          const left = slots[index]!.gross - slots[index]!.refunded;
          refund(index, roundedShare(left, step.per10000, 10000));
          for (const [i, parts] of held.entries()) {
            for (const [key, value] of Object.entries(parts)) {
              expect(value, `line ${i} ${key}`).toBeGreaterThanOrEqual(0);
              expect(value).toBeLessThanOrEqual(slots[i]!.sale[key as keyof SplitParts]);
            }
            expect(sumParts(parts)).toBe(slots[i]!.gross - slots[i]!.refunded);
          }
        }
        if (order.refundEverythingAtTheEnd) {
          slots.forEach((slot, index) => refund(index, slot.gross - slot.refunded));
          for (const parts of held) expect(parts).toEqual(ZERO_PARTS);
        }

        for (const row of rows) expect(sumParts(row.parts)).toBe(row.gross);
        const total = rows.reduce((sum, row) => addParts(sum, row.parts), ZERO_PARTS);
        expect(sumParts(total)).toBe(paidFen - refundedFen);
        expect(rows.reduce((sum, row) => sum + row.gross, 0)).toBe(paidFen - refundedFen);
      }),
      { numRuns: 500 },
    );
  });

  it("takes each rate within one fen of exact on a sale", () => {
    fc.assert(
      fc.property(rulesArb, fc.constantFrom("STRIPE" as const, "COD" as const), fc.boolean(), fc.integer({ min: -10_000_000, max: 10_000_000 }), (r, method, hasHost, gross) => {
        const parts = splitLine(gross, r, method, hasHost);
        expect(sumParts(parts)).toBe(gross);
        const fee = method === "STRIPE" ? r.stripeFeeBps : r.codFeeBps;
        expect(Math.abs(parts.paymentFeeFen - (gross * fee) / 10000)).toBeLessThanOrEqual(0.5);
        expect(Math.abs(parts.cooperativeFen - (gross * r.cooperativeFeeBps) / 10000)).toBeLessThanOrEqual(1);
        expect(Math.abs(parts.hostFen - (hasHost ? (gross * r.hostCommissionBps) / 10000 : 0))).toBeLessThanOrEqual(1);
        for (const value of Object.values(parts)) expect(Math.sign(value) * Math.sign(gross)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });
});
