import { expect, type Page, test } from "@playwright/test";
import { formatFen } from "@/lib/money/format";
import { ENTERPRISES, PRODUCTS } from "@/prisma/seed/catalogue";
import { signInAs } from "./support/accounts";
import { panelItem } from "./support/product-page";

/**
 * A guest puts pieces of two enterprises into the cart from their product pages (feedback and
 * header count without a reload; a quantity above stock is capped with a message), changes and
 * removes lines on the cart page, then signs in and finds the lines in the account's cart.
 * Each project (phone, desktop) uses its own enterprises, so the two runs do not meet.
 */

const ENTERPRISES_OF = { phone: { plenty: "sanggan", scarce: "xuanyou" }, desktop: { plenty: "huajian", scarce: "jiahe" } } as const;

function pick(enterprise: string, stock: (n: number) => boolean, except: string[] = []) {
  for (const product of PRODUCTS) {
    if (product.enterpriseSlug !== enterprise || except.includes(product.slug)) continue;
    const variant = product.variants.find((v) => stock(v.initialStock));
    if (variant) return { slug: product.slug, name: product.nameZh, sku: variant.sku, priceFen: variant.priceFen, stock: variant.initialStock };
  }
  throw new Error(`no product of ${enterprise} fits`);
}

const enterpriseName = (slug: string) => ENTERPRISES.find((e) => e.slug === slug)!.nameZh;
const yuan = (fen: number) => formatFen(fen);

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${test.info().project.name}-cart-${name}.png`, fullPage: true });
}

async function openProduct(page: Page, item: { slug: string; sku: string }) {
  await page.goto(`/products/${item.slug}?variant=${item.sku}`);
  await expect(panelItem(page, "sku")).toHaveText(item.sku);
}

async function addToCart(page: Page) {
  await page.getByRole("button", { name: "加入购物车" }).click();
  return panelItem(page, "cart-feedback");
}

test("guest fills a cart from two enterprises, edits it, and keeps it after signing in", async ({ page, context }) => {
  const set = ENTERPRISES_OF[test.info().project.name as keyof typeof ENTERPRISES_OF];
  const plenty = pick(set.plenty, (n) => n > 30);
  const extra = pick(set.plenty, (n) => n > 30, [plenty.slug]);
  const scarce = pick(set.scarce, (n) => n >= 2 && n <= 4);
  const headerCount = page.getByTestId("cart-count");

  // Two pieces of the first product: feedback in place, the page is not reloaded.
  await openProduct(page, plenty);
  await expect(headerCount).toHaveCount(0);
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
  await page.getByRole("button", { name: "增加一件" }).click();
  await expect(page.getByRole("textbox", { name: "数量" })).toHaveValue("2");
  await expect(await addToCart(page)).toContainText("已加入购物车");
  await expect(headerCount).toHaveText("2");
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  await expect(page.getByRole("link", { name: /去购物车结算/ })).toBeVisible();
  await shot(page, "product-added");

  // A scarce piece of another enterprise: one, then as many as are left, which is capped.
  await openProduct(page, scarce);
  await expect(await addToCart(page)).toContainText("已加入购物车");
  await expect(headerCount).toHaveText("3");
  const quantity = page.getByRole("textbox", { name: "数量" });
  await quantity.fill(String(scarce.stock + 5));
  await quantity.press("Enter");
  // The stepper itself stops at what is available…
  await expect(quantity).toHaveValue(String(scarce.stock));
  // …and the server caps the line (1 already in the cart) with a message.
  const capped = await addToCart(page);
  await expect(capped).toContainText(`库存仅剩 ${scarce.stock} 件，购物车中已有 ${scarce.stock} 件`);
  await expect(headerCount).toHaveText(String(2 + scarce.stock));
  await shot(page, "product-capped");
  // Nothing more can go in.
  await expect(await addToCart(page)).toContainText(`库存仅剩 ${scarce.stock} 件，已全部在您的购物车中`);

  // A third piece, to remove later.
  await openProduct(page, extra);
  await expect(await addToCart(page)).toContainText("已加入购物车");
  await expect(headerCount).toHaveText(String(3 + scarce.stock));

  // The cart page: grouped by enterprise, one parcel, the right subtotal.
  await page.getByTestId("cart-link").click();
  await expect(page).toHaveURL(/\/cart$/);
  const groups = page.getByTestId("cart-group");
  await expect(groups).toHaveCount(2);
  await expect(groups.nth(0).getByRole("heading")).toContainText(enterpriseName(set.plenty));
  await expect(groups.nth(0).getByTestId("cart-line")).toHaveCount(2);
  await expect(groups.nth(1).getByRole("heading")).toContainText(enterpriseName(set.scarce));
  await expect(page.getByTestId("one-parcel")).toContainText("2 家窑厂");
  await expect(page.getByTestId("subtotal")).toHaveText(yuan(plenty.priceFen * 2 + scarce.priceFen * scarce.stock + extra.priceFen));
  await shot(page, "page");

  // One more of the first product; the line total, subtotal and header follow.
  const first = page.locator(`[data-testid=cart-line][data-sku="${plenty.sku}"]`);
  await first.getByRole("button", { name: "增加一件" }).click();
  await expect(first.getByTestId("line-total")).toContainText(yuan(plenty.priceFen * 3));
  await expect(page.getByTestId("subtotal")).toHaveText(yuan(plenty.priceFen * 3 + scarce.priceFen * scarce.stock + extra.priceFen));
  await expect(headerCount).toHaveText(String(4 + scarce.stock));
  // The scarce line cannot go above stock.
  await expect(page.locator(`[data-testid=cart-line][data-sku="${scarce.sku}"]`).getByRole("button", { name: "增加一件" })).toBeDisabled();

  // Remove the third piece.
  await page.locator(`[data-testid=cart-line][data-sku="${extra.sku}"]`).getByRole("button", { name: /从购物车删除/ }).click();
  await expect(page.getByTestId("cart-line")).toHaveCount(2);
  await expect(page.getByTestId("subtotal")).toHaveText(yuan(plenty.priceFen * 3 + scarce.priceFen * scarce.stock));
  await expect(headerCount).toHaveText(String(3 + scarce.stock));
  expect((await context.cookies()).some((c) => c.name === "ce_cart" && c.httpOnly && c.sameSite === "Lax")).toBe(true);

  // Signing in: the guest lines are now the account's, and the guest cookie is gone.
  await signInAs(page, "shopper");
  expect((await context.cookies()).some((c) => c.name === "ce_cart")).toBe(false);
  await page.goto("/cart");
  await expect(page.locator(`[data-testid=cart-line][data-sku="${plenty.sku}"]`).getByRole("textbox", { name: "数量" })).toHaveValue("3");
  await expect(page.locator(`[data-testid=cart-line][data-sku="${scarce.sku}"]`).getByRole("textbox", { name: "数量" })).toHaveValue(String(scarce.stock));
  await shot(page, "page-signed-in");

  // Leave the shared demo account's cart as it was.
  for (const sku of [plenty.sku, scarce.sku]) {
    await page.locator(`[data-testid=cart-line][data-sku="${sku}"]`).getByRole("button", { name: /从购物车删除/ }).click();
    await expect(page.locator(`[data-testid=cart-line][data-sku="${sku}"]`)).toHaveCount(0);
  }
});

test("an empty cart says so and leads back to the shop", async ({ page }) => {
  await page.goto("/cart");
  await expect(page.getByTestId("empty-cart")).toContainText("购物车还是空的");
  await shot(page, "empty");
  await page.getByTestId("empty-cart").getByRole("link", { name: "去逛逛" }).click();
  await expect(page).toHaveURL(/\/products$/);
});
