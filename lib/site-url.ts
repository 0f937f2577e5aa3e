/** The public origin used in canonical links, Open Graph and the sitemap (SITE_URL overrides). */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}
