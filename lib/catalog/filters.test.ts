import { describe, expect, it } from "vitest";
import { catalogSearchParams, EMPTY_FILTERS, hasActiveFilters, parseCatalogFilters, toggleFilterValue } from "./filters";

const parse = (query: string) => parseCatalogFilters(Object.fromEntries(groupParams(new URLSearchParams(query))));

function groupParams(params: URLSearchParams): [string, string | string[]][] {
  return [...new Set(params.keys())].map((key) => {
    const all = params.getAll(key);
    return [key, all.length > 1 ? all : (all[0] ?? "")];
  });
}

describe("parseCatalogFilters", () => {
  it("gives the defaults for an empty query", () => {
    expect(parse("")).toEqual({ filters: EMPTY_FILTERS, invalid: [] });
  });

  it("reads every filter", () => {
    const { filters, invalid } = parse("q=青花&category=bowls&category=plates&glaze=qinghua&enterprise=jiaming&min=20&max=99.5&stock=1&sort=price-asc&page=2");
    expect(invalid).toEqual([]);
    expect(filters).toEqual({
      q: "青花",
      categories: ["bowls", "plates"],
      glazes: ["qinghua"],
      enterprises: ["jiaming"],
      minFen: 2000,
      maxFen: 9950,
      inStock: true,
      sort: "price-asc",
      page: 2,
    });
  });

  it("accepts comma-separated lists and sorts them so equal queries share a cache key", () => {
    expect(parse("glaze=white,celadon").filters.glazes).toEqual(["celadon", "white"]);
  });

  it("drops values it cannot read and names them, keeping the rest", () => {
    const { filters, invalid } = parse("sort=cheapest&page=-1&min=abc&category=Bowls!&glaze=celadon");
    expect(invalid.sort()).toEqual(["category", "min", "page", "sort"]);
    expect(filters).toEqual({ ...EMPTY_FILTERS, glazes: ["celadon"] });
  });

  it("swaps a reversed price range", () => {
    const { filters } = parse("min=100&max=20");
    expect([filters.minFen, filters.maxFen]).toEqual([2000, 10000]);
  });

  it("bounds the search text", () => {
    expect(parse(`q=${"a".repeat(101)}`).invalid).toEqual(["q"]);
  });
});

describe("catalogSearchParams", () => {
  it("leaves defaults out and round-trips through the parser", () => {
    const filters = { ...EMPTY_FILTERS, q: "mug", glazes: ["celadon", "qinghua"], minFen: 1990, inStock: true, sort: "newest" as const, page: 3 };
    const query = catalogSearchParams(filters).toString();
    expect(query).toBe("q=mug&glaze=celadon&glaze=qinghua&min=19.90&stock=1&sort=newest&page=3");
    expect(parse(query).filters).toEqual(filters);
  });

  it("is empty for the default filters", () => {
    expect(catalogSearchParams(EMPTY_FILTERS).toString()).toBe("");
  });
});

describe("toggleFilterValue and hasActiveFilters", () => {
  it("adds and removes a value and returns to page 1", () => {
    const on = toggleFilterValue({ ...EMPTY_FILTERS, page: 4 }, "categories", "bowls");
    expect(on).toMatchObject({ categories: ["bowls"], page: 1 });
    expect(hasActiveFilters(on)).toBe(true);
    const off = toggleFilterValue(on, "categories", "bowls");
    expect(off.categories).toEqual([]);
    expect(hasActiveFilters(off)).toBe(false);
  });

  it("does not count sort order or page as a filter", () => {
    expect(hasActiveFilters({ ...EMPTY_FILTERS, sort: "price-desc", page: 2 })).toBe(false);
  });
});
