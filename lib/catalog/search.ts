/**
 * Search normalisation shared by indexing (Product.searchText) and querying, so both sides
 * agree: full-width to half-width (NFKC), lower case, punctuation and hyphens to single spaces.
 * "Blue-and-White" and "blue and white" and "ＢＬＵＥ" all meet in the middle.
 */
export function normaliseSearchText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Terms of a shopper's query; every term must match (AND). At most 8 terms of 40 characters. */
export function searchTerms(query: string): string[] {
  const terms = normaliseSearchText(query).split(" ").filter(Boolean);
  return [...new Set(terms)].slice(0, 8).map((term) => term.slice(0, 40));
}

/** The text stored on a product for search: every name it is known by, in both languages. */
export function buildSearchText(parts: ReadonlyArray<string | null | undefined>): string {
  return normaliseSearchText(parts.filter(Boolean).join(" "));
}
