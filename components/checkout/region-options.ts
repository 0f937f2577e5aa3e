import { REGIONS } from "@/lib/checkout/regions";
import type { RegionOptions } from "./address-fields";

/** What the address form needs up front: province names, and the cities of the one already chosen. */
export function regionOptions(province: string | null | undefined): RegionOptions {
  return { provinces: Object.keys(REGIONS), initialCities: province && Object.hasOwn(REGIONS, province) ? (REGIONS[province] ?? null) : null };
}
