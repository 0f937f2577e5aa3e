import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "./rules";
import { quoteShipping } from "./shipping";

const rules = { ...DEFAULT_RULES, shippingBaseFen: 1200, shippingBaseWeightGrams: 1000, shippingStepGrams: 500, shippingStepFen: 300, fragilePackingFen: 600, freeShippingThresholdFen: 19900 };

describe("quoteShipping", () => {
  it.each([
    [{ itemsFen: 5000, weightGrams: 400 }, { shippingFen: 1200, packingFen: 600, free: false }],
    [{ itemsFen: 5000, weightGrams: 1000 }, { shippingFen: 1200, packingFen: 600, free: false }],
    [{ itemsFen: 5000, weightGrams: 1001 }, { shippingFen: 1500, packingFen: 600, free: false }],
    [{ itemsFen: 5000, weightGrams: 1500 }, { shippingFen: 1500, packingFen: 600, free: false }],
    [{ itemsFen: 5000, weightGrams: 3200 }, { shippingFen: 1200 + 5 * 300, packingFen: 600, free: false }],
    [{ itemsFen: 19899, weightGrams: 3200 }, { shippingFen: 2700, packingFen: 600, free: false }],
    [{ itemsFen: 19900, weightGrams: 3200 }, { shippingFen: 0, packingFen: 0, free: true }],
    [{ itemsFen: 0, weightGrams: 0 }, { shippingFen: 0, packingFen: 0, free: false }],
  ])("%o → %o", (parcel, quote) => {
    expect(quoteShipping(rules, parcel)).toEqual(quote);
  });

  it("never waives shipping when the threshold is 0", () => {
    expect(quoteShipping({ ...rules, freeShippingThresholdFen: 0 }, { itemsFen: 10_000_000, weightGrams: 500 }).free).toBe(false);
  });
});
