import { z } from "zod";
import { fenToYuanString, parseYuanToFen } from "@/lib/money/format";

export const SORTS = ["featured", "newest", "price-asc", "price-desc"] as const;
export type CatalogSort = (typeof SORTS)[number];
export const PAGE_SIZE = 24;

export interface CatalogFilters {
  q: string;
  enterprises: string[];
  categories: string[];
  glazes: string[];
  minFen: number | null;
  maxFen: number | null;
  inStock: boolean;
  sort: CatalogSort;
  page: number;
}

export const EMPTY_FILTERS: CatalogFilters = {
  q: "",
  enterprises: [],
  categories: [],
  glazes: [],
  minFen: null,
  maxFen: null,
  inStock: false,
  sort: "featured",
  page: 1,
};

export type RawSearchParams = Record<string, string | string[] | undefined>;

const slug = z.string().regex(/^[a-z0-9-]{1,80}$/);
const slugList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(",")).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(slug).max(20))
  .transform((list) => [...new Set(list)].sort());
const yuan = z.string().transform((value, ctx) => {
  const fen = parseYuanToFen(value);
  if (fen === null) {
    ctx.addIssue({ code: "custom", message: "not an amount" });
    return z.NEVER;
  }
  return fen;
});

const fields = {
  q: z.string().max(100).transform((s) => s.trim()),
  enterprise: slugList,
  category: slugList,
  glaze: slugList,
  min: yuan,
  max: yuan,
  stock: z.enum(["1", "true"]).transform(() => true),
  sort: z.enum(SORTS),
  page: z.coerce.number().int().min(1).max(1000),
};
type Field = keyof typeof fields;

/**
 * Reads catalogue filters from a query string. A shopper's URL is never an error page: a value
 * that does not parse is dropped and named in `invalid`, so the page can say it was ignored.
 */
export function parseCatalogFilters(params: RawSearchParams): { filters: CatalogFilters; invalid: Field[] } {
  const invalid: Field[] = [];
  const read = <K extends Field>(key: K): z.output<(typeof fields)[K]> | undefined => {
    const raw = params[key];
    if (raw === undefined || raw === "") return undefined;
    const parsed = fields[key].safeParse(Array.isArray(raw) && key !== "enterprise" && key !== "category" && key !== "glaze" ? raw[0] : raw);
    if (!parsed.success) {
      invalid.push(key);
      return undefined;
    }
    return parsed.data as z.output<(typeof fields)[K]>;
  };
  let minFen = read("min") ?? null;
  let maxFen = read("max") ?? null;
  if (minFen !== null && maxFen !== null && minFen > maxFen) [minFen, maxFen] = [maxFen, minFen];
  const filters: CatalogFilters = {
    q: read("q") ?? "",
    enterprises: read("enterprise") ?? [],
    categories: read("category") ?? [],
    glazes: read("glaze") ?? [],
    minFen,
    maxFen,
    inStock: read("stock") ?? false,
    sort: read("sort") ?? "featured",
    page: read("page") ?? 1,
  };
  return { filters, invalid };
}

/**
 * The canonical query string of a set of filters (defaults left out), so links built from
 * filters round-trip through parseCatalogFilters and caches see one key per distinct query.
 */
export function catalogSearchParams(filters: Partial<CatalogFilters>): URLSearchParams {
  const f = { ...EMPTY_FILTERS, ...filters };
  const params = new URLSearchParams();
  if (f.q) params.set("q", f.q);
  for (const value of f.enterprises) params.append("enterprise", value);
  for (const value of f.categories) params.append("category", value);
  for (const value of f.glazes) params.append("glaze", value);
  if (f.minFen !== null) params.set("min", fenToYuanParam(f.minFen));
  if (f.maxFen !== null) params.set("max", fenToYuanParam(f.maxFen));
  if (f.inStock) params.set("stock", "1");
  if (f.sort !== "featured") params.set("sort", f.sort);
  if (f.page > 1) params.set("page", String(f.page));
  return params;
}

/** Yuan as typed in a URL: "20" rather than "20.00". */
export function fenToYuanParam(fen: number): string {
  return fenToYuanString(fen).replace(/\.00$/, "");
}

/** Toggles one value of a multi-valued filter and goes back to page 1. */
export function toggleFilterValue(
  filters: CatalogFilters,
  key: "enterprises" | "categories" | "glazes",
  value: string,
): CatalogFilters {
  const current = filters[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value].sort();
  return { ...filters, [key]: next, page: 1 };
}

export function hasActiveFilters(filters: CatalogFilters): boolean {
  return catalogSearchParams({ ...filters, sort: "featured", page: 1 }).toString() !== "";
}
