import type { Rules } from "./rules";

export interface ShippingQuote {
  shippingFen: number;
  packingFen: number;
  /** True when the items subtotal reached the free-shipping threshold. */
  free: boolean;
}

/**
 * Shipping for one parcel: the base fee covers the first base weight, each further started
 * step adds the step fee, and porcelain always travels in fragile packing. From the
 * free-shipping threshold on, both are waived.
 */
export function quoteShipping(rules: Pick<Rules, "shippingBaseFen" | "shippingBaseWeightGrams" | "shippingStepGrams" | "shippingStepFen" | "fragilePackingFen" | "freeShippingThresholdFen">, parcel: { itemsFen: number; weightGrams: number }): ShippingQuote {
  if (parcel.weightGrams <= 0) return { shippingFen: 0, packingFen: 0, free: false };
  if (rules.freeShippingThresholdFen > 0 && parcel.itemsFen >= rules.freeShippingThresholdFen) return { shippingFen: 0, packingFen: 0, free: true };
  const extraGrams = Math.max(0, parcel.weightGrams - rules.shippingBaseWeightGrams);
  const steps = Math.ceil(extraGrams / rules.shippingStepGrams);
  return { shippingFen: rules.shippingBaseFen + steps * rules.shippingStepFen, packingFen: rules.fragilePackingFen, free: false };
}
