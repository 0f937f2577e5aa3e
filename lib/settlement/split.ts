import type { PaymentMethod } from "@/lib/db/generated/client";
import type { Rules } from "@/lib/checkout/rules";

/**
 * Who gets what of an amount of money, in integer fen only (no floats anywhere).
 *
 * Rounding: each rate is applied to the running sum of the rates before it (payment fee, then
 * cooperative fee, then host commission) and that cumulative amount is rounded half away from
 * zero; a part is the difference of two consecutive cumulative amounts, and the enterprise gets
 * what is left. So every part is within one fen of its exact rate, no part is ever negative
 * (for a non-negative gross; all parts are ≤ 0 for a negative one), and the parts always add up
 * to the gross exactly.
 *
 * Refunds do not re-apply today's rules: they reverse what was recorded at the sale (see
 * splitReversal), so a change of rules never disturbs the settlement of an earlier order.
 */

export interface SplitParts {
  enterpriseFen: number;
  hostFen: number;
  cooperativeFen: number;
  paymentFeeFen: number;
}

export type SplitRules = Pick<Rules, "cooperativeFeeBps" | "hostCommissionBps" | "stripeFeeBps" | "codFeeBps">;

const BPS = 10_000;

/** n × numerator / denominator rounded half away from zero, in integers (denominator > 0). */
export function roundedShare(amount: number, numerator: number, denominator: number): number {
  // 0 − x rather than −x: no −0 for a zero share of a negative amount.
  if (amount < 0) return 0 - roundedShare(-amount, numerator, denominator);
  const product = amount * numerator;
  if (!Number.isSafeInteger(product)) throw new RangeError(`amount too large to split: ${amount}`);
  return Math.floor((2 * product + denominator) / (2 * denominator));
}

/**
 * Splits amounts over weighted slots by cumulative rounding: slot k gets
 * round(amount × (w1+…+wk) / total) − round(amount × (w1+…+wk−1) / total). With 0 ≤ amount ≤ total
 * each slot gets between 0 and its weight, and the slots add up to round(amount × Σw / total).
 */
function cumulativeShares(amount: number, weights: number[], total: number): number[] {
  let before = 0;
  let cumulativeWeight = 0;
  return weights.map((weight) => {
    cumulativeWeight += weight;
    const upTo = roundedShare(amount, cumulativeWeight, total);
    const share = upTo - before;
    before = upTo;
    return share;
  });
}

export function paymentFeeBps(rules: SplitRules, method: PaymentMethod): number {
  return method === "STRIPE" ? rules.stripeFeeBps : rules.codFeeBps;
}

function assertFen(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be an integer number of fen, got ${value}`);
}

/** The split of the money paid for an order line (or its refund, when negative). */
export function splitLine(grossFen: number, rules: SplitRules, method: PaymentMethod, hasHost: boolean): SplitParts {
  assertFen(grossFen, "grossFen");
  const [paymentFeeFen, cooperativeFen, hostFen] = cumulativeShares(grossFen, [paymentFeeBps(rules, method), rules.cooperativeFeeBps, hasHost ? rules.hostCommissionBps : 0], BPS) as [number, number, number];
  return { enterpriseFen: grossFen - paymentFeeFen - cooperativeFen - hostFen, hostFen, cooperativeFen, paymentFeeFen };
}

/** Shipping and packing money: the cooperative's, less the payment fee on it. No enterprise share, no host commission. */
export function splitShipping(grossFen: number, rules: SplitRules, method: PaymentMethod): SplitParts {
  assertFen(grossFen, "grossFen");
  const paymentFeeFen = roundedShare(grossFen, paymentFeeBps(rules, method), BPS);
  return { enterpriseFen: 0, hostFen: 0, cooperativeFen: grossFen - paymentFeeFen, paymentFeeFen };
}

const PART_KEYS = ["paymentFeeFen", "cooperativeFen", "hostFen", "enterpriseFen"] as const satisfies readonly (keyof SplitParts)[];

export const ZERO_PARTS: SplitParts = { enterpriseFen: 0, hostFen: 0, cooperativeFen: 0, paymentFeeFen: 0 };

export function sumParts(parts: SplitParts): number {
  return parts.enterpriseFen + parts.hostFen + parts.cooperativeFen + parts.paymentFeeFen;
}

export function addParts(a: SplitParts, b: SplitParts): SplitParts {
  return { enterpriseFen: a.enterpriseFen + b.enterpriseFen, hostFen: a.hostFen + b.hostFen, cooperativeFen: a.cooperativeFen + b.cooperativeFen, paymentFeeFen: a.paymentFeeFen + b.paymentFeeFen };
}

/**
 * The (negative) parts that a refund of `refundFen` of one line (or of the shipping) takes
 * back, given what each party still holds of it: the sale's parts plus the refunds recorded so
 * far (`remaining`, every part ≥ 0).
 *
 * Guarantees: the reversal adds up to −refundFen exactly; every part of it is ≤ 0 (a refund
 * never credits anyone); each party's remaining amount stays between 0 and what it had; and a
 * refund of everything that is left takes exactly each party's remainder, so a line refunded in
 * full (in one go or in any number of steps) nets to zero for every party. Each step takes from
 * each party its share of what that party still holds, rounded as in splitLine, so after partial
 * refunds a party's net is within one fen per refund of the exact proportion.
 */
export function splitReversal(refundFen: number, remaining: SplitParts): SplitParts {
  assertFen(refundFen, "refundFen");
  const remainingFen = sumParts(remaining);
  for (const key of PART_KEYS) if (remaining[key] < 0) throw new RangeError(`remaining ${key} is negative`);
  if (refundFen < 0 || refundFen > remainingFen) throw new RangeError(`refund of ${refundFen} fen exceeds the ${remainingFen} fen left`);
  if (refundFen === 0) return { ...ZERO_PARTS };
  const [paymentFeeFen, cooperativeFen, hostFen, enterpriseFen] = cumulativeShares(refundFen, PART_KEYS.map((key) => remaining[key]), remainingFen) as [number, number, number, number];
  return { enterpriseFen: 0 - enterpriseFen, hostFen: 0 - hostFen, cooperativeFen: 0 - cooperativeFen, paymentFeeFen: 0 - paymentFeeFen };
}
