import { revalidatePath, revalidateTag, unstable_cache } from "next/cache";
import { routing } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import type { CatalogFilters } from "./filters";
import * as queries from "./queries";

/**
 * The storefront's cached catalogue reads: the one place that knows about Next's data cache.
 * Product content is cached until a write invalidates its tag; stock is also cached, but for
 * a few seconds at most, so the availability a shopper sees is never more than STOCK_TTL stale
 * even when stock is changed by another app instance.
 */
export const STOCK_TTL_SECONDS = 3;
const CONTENT_TTL_SECONDS = 3600;

export const catalogTags = {
  /** Everything shown in listings: names, prices, facets, enterprise pages. */
  catalog: "catalog",
  product: (slug: string) => `product:${slug}`,
  stock: "stock",
} as const;

export const cachedProductList = (filters: CatalogFilters) =>
  unstable_cache(() => queries.listProducts(db(), filters), ["products", JSON.stringify(filters)], {
    tags: [catalogTags.catalog, catalogTags.stock],
    revalidate: STOCK_TTL_SECONDS,
  })();

export const cachedFacets = unstable_cache(() => queries.listFacets(db()), ["facets"], {
  tags: [catalogTags.catalog],
  revalidate: CONTENT_TTL_SECONDS,
});

export const cachedNewArrivals = unstable_cache((take: number) => queries.listNewArrivals(db(), take), ["new-arrivals"], {
  tags: [catalogTags.catalog, catalogTags.stock],
  revalidate: STOCK_TTL_SECONDS,
});

export const cachedFeaturedProducts = unstable_cache((take: number) => queries.listFeaturedProducts(db(), take), ["featured"], {
  tags: [catalogTags.catalog, catalogTags.stock],
  revalidate: STOCK_TTL_SECONDS,
});

export const cachedProduct = (slug: string) =>
  unstable_cache(() => queries.getProductBySlug(db(), slug), ["product", slug], {
    tags: [catalogTags.catalog, catalogTags.product(slug)],
    revalidate: CONTENT_TTL_SECONDS,
  })();

export const cachedAvailability = (productId: string) =>
  unstable_cache(() => queries.getAvailability(db(), productId), ["availability", productId], {
    tags: [catalogTags.stock],
    revalidate: STOCK_TTL_SECONDS,
  })();

export const cachedRelatedProducts = (product: { id: string; category: { id: string } }) =>
  unstable_cache(() => queries.listRelatedProducts(db(), product, 8), ["related", product.id], {
    tags: [catalogTags.catalog, catalogTags.stock],
    revalidate: STOCK_TTL_SECONDS,
  })();

export const cachedEnterprises = unstable_cache(() => queries.listEnterprises(db()), ["enterprises"], {
  tags: [catalogTags.catalog],
  revalidate: CONTENT_TTL_SECONDS,
});

export const cachedEnterprise = (slug: string) =>
  unstable_cache(() => queries.getEnterpriseBySlug(db(), slug), ["enterprise", slug], {
    tags: [catalogTags.catalog],
    revalidate: CONTENT_TTL_SECONDS,
  })();

export const cachedSitemapEntries = unstable_cache(() => queries.listSitemapEntries(db()), ["sitemap"], {
  tags: [catalogTags.catalog],
  revalidate: CONTENT_TTL_SECONDS,
});

/** Call after a product's content changes (name, price, media, status). */
export function invalidateProduct(slug: string): void {
  revalidateTag(catalogTags.product(slug), { expire: 0 });
  revalidateTag(catalogTags.catalog, { expire: 0 });
  // The product page is cached whole; drop it in both languages so the next visit re-renders.
  for (const locale of routing.locales) revalidatePath(`/${locale}/products/${slug}`);
}

/** Call after any stock movement so availability is fresh at once on this instance. */
export function invalidateStock(): void {
  revalidateTag(catalogTags.stock, { expire: 0 });
}
