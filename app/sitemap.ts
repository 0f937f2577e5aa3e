import type { MetadataRoute } from "next";
import { cachedSitemapEntries } from "@/lib/catalog/cache";
import { siteUrl } from "@/lib/site-url";

// Built per request from cached data: the catalogue lives in the database, not in the build.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteUrl();
  const { products, enterprises } = await cachedSitemapEntries();
  const entry = (path: string, lastModified?: string): MetadataRoute.Sitemap[number] => ({
    url: `${origin}${path}`,
    lastModified,
    alternates: { languages: { "zh-CN": `${origin}${path}`, en: `${origin}/en${path === "/" ? "" : path}` } },
  });
  return [
    entry("/"),
    entry("/products"),
    entry("/enterprises"),
    ...enterprises.map((e) => entry(`/enterprises/${e.slug}`, e.updatedAt)),
    ...products.map((p) => entry(`/products/${p.slug}`, p.updatedAt)),
  ];
}
