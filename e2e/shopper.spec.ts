import { expect, type Page, test } from "@playwright/test";
import { panelItem } from "./support/product-page";

/**
 * A shopper lands on the home page, filters the catalogue, searches 青花, opens a product,
 * picks a variant and switches to English, on a phone and on a desktop (Playwright projects).
 */

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${test.info().project.name}-${name}.png`, fullPage: true });
}

async function openFilters(page: Page) {
  // On a phone the filters fold behind a button; it stays open across filter changes.
  const toggle = page.getByRole("button", { name: "筛选与排序" });
  if ((await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
}

test("shopper browses, filters, searches 青花, picks a variant and switches to English", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("北方日用瓷之都");
  await expect(page.getByRole("heading", { name: "新品上架" })).toBeVisible();
  await shot(page, "home");

  // Catalogue: filter to bowls, then to bowls in stock.
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "全部商品" }).click();
  await expect(page).toHaveURL(/\/products$/);
  const allCount = await page.getByTestId("result-count").textContent();
  await openFilters(page);
  await page.getByRole("checkbox", { name: /^碗/ }).check();
  await expect(page).toHaveURL(/category=bowls/);
  await expect(page.getByTestId("result-count")).not.toHaveText(allCount ?? "");
  await openFilters(page);
  await page.getByRole("checkbox", { name: "只看有货" }).check();
  await expect(page).toHaveURL(/category=bowls.*stock=1|stock=1.*category=bowls/);
  await expect(page.getByRole("link", { name: /移除筛选：碗/ })).toBeVisible();
  await expect(page.getByText("已售罄")).toHaveCount(0);
  await shot(page, "catalogue-filtered");

  // Search 青花 from the header.
  const search = page.getByRole("searchbox", { name: "搜索" }).locator("visible=true").first();
  await search.fill("青花");
  await search.press("Enter");
  await expect(page).toHaveURL(/q=%E9%9D%92%E8%8A%B1/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("“青花”的搜索结果");
  // Blue-and-white pieces, and only a part of the catalogue (some pieces mention 青花 only in
  // their description, such as linglong ware with blue-and-white bands).
  const cards = page.locator("main article");
  const names = await cards.locator("h3").allTextContents();
  expect(names.filter((name) => name.includes("青花")).length).toBeGreaterThan(3);
  expect(Number((await page.getByTestId("result-count").textContent())?.match(/\d+/)?.[0])).toBeLessThan(Number(allCount?.match(/\d+/)?.[0]));
  await shot(page, "search-qinghua");

  // Open a product with several options.
  await cards.filter({ hasText: "饭碗" }).first().locator("h3 a").click();
  await expect(page).toHaveURL(/\/products\/[a-z0-9-]+$/);
  const title = await page.getByRole("heading", { level: 1 }).textContent();
  expect(title).toContain("青花");
  const firstSku = await panelItem(page, "sku").textContent();
  const options = page.getByRole("group", { name: "选择规格" }).getByRole("radio");
  expect(await options.count()).toBeGreaterThan(1);
  await expect(options.first()).toBeChecked();
  await options.nth(1).check({ force: true }); // the radio itself is visually hidden behind its chip
  await expect(options.nth(1)).toBeChecked();
  await expect(page).toHaveURL(/variant=/);
  await expect(panelItem(page, "sku")).not.toHaveText(firstSku ?? "");
  const chosenSku = (await panelItem(page, "sku").textContent()) ?? "";
  await expect(panelItem(page, "price")).toContainText("¥");
  await expect(panelItem(page, "availability")).toBeVisible();
  await shot(page, "product-zh");

  // Switch to English on the same page, keeping the chosen variant.
  await page.getByRole("link", { name: /English/ }).click();
  await expect(page).toHaveURL(new RegExp(`/en/products/[a-z0-9-]+\\?variant=${chosenSku}`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(panelItem(page, "sku")).toHaveText(chosenSku);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/Blue-and-White/i);
  await expect(page.getByRole("heading", { name: "About this piece" })).toBeVisible();
  await shot(page, "product-en");
});

test("unknown pages and products get the designed not-found page", async ({ page }) => {
  const response = await page.goto("/products/no-such-piece");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "找不到这件商品" })).toBeVisible();
  const english = await page.goto("/en/nowhere");
  expect(english?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("a search with no results explains what to try", async ({ page }) => {
  await page.goto("/products?q=zzqqxx");
  await expect(page.getByRole("heading", { name: "没有找到符合条件的商品" })).toBeVisible();
  await shot(page, "search-empty");
});
