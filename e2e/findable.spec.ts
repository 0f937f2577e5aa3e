import { expect, test } from "@playwright/test";
import { panelItem } from "./support/product-page";

/** What search engines, monitors and link previews see. */

test("health answers after a database round trip", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", database: { ok: true } });
});

test("sitemap lists every published product in both languages, robots points to it", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const products = sitemap.match(/<loc>[^<]*\/products\/[a-z0-9-]+<\/loc>/g) ?? [];
  expect(products.length).toBeGreaterThanOrEqual(108);
  expect(sitemap).toContain('hreflang="en"');
  expect(sitemap).toMatch(/\/en\/products\/jiaming-/);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);
  expect(robots).toContain("Disallow: /api/");
});

test("a product page carries Open Graph, canonical links and JSON-LD with prices from the database", async ({ page }) => {
  await page.goto("/en/products/jiaming-qinghua-lotus-scroll-rice-bowl");
  await expect(page).toHaveTitle(/Blue-and-White Lotus Rice Bowl · Ceramic e-Village/);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/art\/bowl-qinghua-/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/products\/jiaming-qinghua-lotus-scroll-rice-bowl$/);
  await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute("href", /\/products\/jiaming-qinghua-lotus-scroll-rice-bowl$/);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd["@type"]).toBe("Product");
  expect(jsonLd.brand.name).toBe("Jiaming Ceramics");
  expect(jsonLd.offers.length).toBeGreaterThan(1);
  for (const offer of jsonLd.offers) {
    expect(offer.priceCurrency).toBe("CNY");
    expect(offer.price).toMatch(/^\d+\.\d{2}$/);
  }
  // The first offer is the variant shown: its price is the one on the page.
  await expect(panelItem(page, "price")).toContainText(`¥${jsonLd.offers[0].price}`);
});

test("product pictures are generated SVGs served with a long cache life", async ({ request }) => {
  const response = await request.get("/art/bowl-qinghua-45.svg");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
  expect(response.headers()["cache-control"]).toContain("immutable");
  expect((await request.get("/art/not-a-picture.svg")).status()).toBe(404);
});
