import { expect, type Page, test } from "@playwright/test";
import { signInAs } from "./support/accounts";
import { panelItem } from "./support/product-page";

/**
 * Checkout and the shopper's orders: a guest buys pieces of two enterprises with cash on
 * delivery (a wrong mobile number first is refused and places nothing), the demo shopper pays
 * online through the Stripe test double, and a cancellation puts the pieces back on sale.
 * Runs on a phone and on a desktop against one database, so each run picks what is in stock.
 */

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/checkout-screens/${test.info().project.name}-${name}.png`, fullPage: true });
}

/** "¥1,280.00" → 128000 fen. */
function fen(text: string | null): number {
  const match = /¥([\d,]+)\.(\d{2})/.exec(text ?? "");
  if (!match) throw new Error(`no amount in ${JSON.stringify(text)}`);
  return Number((match[1] ?? "").replace(/,/g, "")) * 100 + Number(match[2]);
}

/** Products in stock from `count` different enterprises (cards of /products?stock=1). */
async function productsOfDifferentEnterprises(page: Page, count: number, skip: string[] = []): Promise<string[]> {
  await page.goto("/products?stock=1&sort=price-asc");
  const cards = page.locator("main article");
  await expect(cards.first()).toBeVisible();
  const picked = new Map<string, string>();
  for (const card of await cards.all()) {
    const enterprise = (await card.locator("p").first().textContent()) ?? "";
    const href = await card.locator("h3 a").getAttribute("href");
    if (href && !skip.includes(href) && !picked.has(enterprise)) picked.set(enterprise, href);
    if (picked.size === count) break;
  }
  expect(picked.size).toBe(count);
  return [...picked.values()];
}

/** Opens a product page, waits for live stock, and returns the price and how many are available. */
async function readProduct(page: Page, href: string): Promise<{ priceFen: number; available: number }> {
  // The page itself is cached for a minute; the panel then asks the API for current stock.
  const live = page.waitForResponse((response) => /\/api\/products\/[^/]+\/availability$/.test(response.url()));
  await page.goto(href);
  const availability = panelItem(page, "availability");
  const { availability: byVariant } = (await (await live).json()) as { availability: Record<string, number> };
  await expect(availability).toHaveText(new RegExp(`^(现货 |仅剩 )(${Object.values(byVariant).join("|")}) 件$|^已售罄$`));
  const text = (await availability.textContent()) ?? "";
  return { priceFen: fen(await panelItem(page, "price").textContent()), available: Number(/(\d+)/.exec(text)?.[1] ?? 0) };
}

/**
 * Availability as the product page shows it once its few-seconds stock cache has caught up:
 * the value is read again until it settles on what the test expects.
 */
async function expectAvailability(page: Page, href: string, expected: number) {
  await expect.poll(async () => (await readProduct(page, href)).available, { timeout: 30_000, intervals: [1000, 2000, 4000] }).toBe(expected);
}

/** Availability read twice across the cache's lifetime, so the second read is current. */
async function settledAvailability(page: Page, href: string): Promise<number> {
  await readProduct(page, href);
  await page.waitForTimeout(3500);
  return (await readProduct(page, href)).available;
}

async function addToCart(page: Page, href: string, quantity = 1): Promise<{ priceFen: number; available: number }> {
  const product = await readProduct(page, href);
  expect(product.available).toBeGreaterThanOrEqual(quantity);
  const stepper = page.getByRole("textbox", { name: "数量" });
  // Until the panel has hydrated a click may land on the server's HTML; check what it holds.
  await expect(async () => {
    if ((await stepper.inputValue()) !== String(quantity)) {
      await stepper.fill(String(quantity));
      await stepper.press("Enter");
    }
    await expect(stepper).toHaveValue(String(quantity), { timeout: 1000 });
  }).toPass();
  await page.getByRole("button", { name: "加入购物车" }).click();
  await expect(panelItem(page, "cart-feedback")).toContainText("已加入购物车");
  return product;
}

async function fillNewAddress(page: Page, mobile: string) {
  await page.getByLabel("收货人").fill("王小明");
  await page.getByLabel("手机号码").first().fill(mobile);
  await page.locator("#field-province").selectOption("江西省");
  await page.locator("#field-city").selectOption("景德镇市");
  await page.locator("#field-district").selectOption("珠山区");
  await page.getByLabel("详细地址").fill("陶阳里 8 号 2 栋");
}

/** The checkout summary's total, checked against the product pages' prices plus shipping and packing. */
async function expectCheckoutTotal(page: Page, itemsFen: number): Promise<number> {
  const shipping = await page.getByTestId("checkout-shipping").textContent();
  const packing = await page.getByTestId("checkout-packing").textContent();
  const extra = shipping?.includes("免费") ? 0 : fen(shipping) + fen(packing);
  const total = fen(await page.getByTestId("checkout-total").textContent());
  expect(total).toBe(itemsFen + extra);
  return total;
}

test("a guest buys two pieces from two enterprises with cash on delivery and finds the order again", async ({ page }) => {
  const [first, second] = await productsOfDifferentEnterprises(page, 2);
  const a = await addToCart(page, first!);
  const b = await addToCart(page, second!);

  await page.goto("/checkout");
  await expect(page.getByTestId("checkout-line")).toHaveCount(2);
  const total = await expectCheckoutTotal(page, a.priceFen + b.priceFen);
  // Guests leave a way to reach them; cash on delivery is preselected.
  await expect(page.getByRole("radio", { name: /货到付款/ })).toBeChecked();

  // A wrong mobile number: a translated error on that field, and no order.
  await fillNewAddress(page, "12345");
  await page.getByLabel("邮箱").fill("guest-buyer@example.test");
  await shot(page, "checkout-guest");
  await page.getByRole("button", { name: /提交订单/ }).click();
  await expect(page.locator("#field-mobile-error")).toHaveText("请填写 11 位中国大陆手机号");
  await expect(page).toHaveURL(/\/checkout$/);
  await expect(page.getByTestId("checkout-line")).toHaveCount(2);
  await shot(page, "checkout-invalid");

  await page.getByLabel("手机号码").first().fill("138 0013 8000");
  await page.getByRole("button", { name: /提交订单/ }).click();
  await expect(page).toHaveURL(/\/orders\/CE-\d{8}-[0-9A-Z]{8}\?token=[\w-]+&placed=1$/);
  await expect(page.getByTestId("order-headline")).toContainText("谢谢！您的订单已确认");
  await expect(page.getByTestId("order-line")).toHaveCount(2);
  expect(fen(await page.getByTestId("order-total").textContent())).toBe(total);
  await expect(page.getByText("王小明 · 13800138000")).toBeVisible();
  const number = /CE-\d{8}-[0-9A-Z]{8}/.exec(page.url())?.[0] ?? "";
  await shot(page, "order-confirmed");

  // "My orders" on this device lists it; the cart is empty now.
  await page.goto("/orders");
  const card = page.getByTestId("order-card").filter({ hasText: number });
  await expect(card).toBeVisible();
  await expect(card).toContainText("已确认（货到付款）");
  await shot(page, "orders-guest");
  await card.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`订单 ${number}`);
  await page.goto("/checkout");
  await expect(page.getByRole("heading", { name: "没有可结算的商品" })).toBeVisible();

  // Without the token the order is nobody else's business.
  const response = await page.request.get(`/orders/${number}`, { headers: { cookie: "" } });
  expect(response.status()).toBe(404);
});

test("the signed-in shopper pays online through the Stripe test double and sees it paid", async ({ page }) => {
  await signInAs(page, "shopper");
  const [href] = await productsOfDifferentEnterprises(page, 1);
  const product = await addToCart(page, href!);

  await page.goto("/checkout");
  await expectCheckoutTotal(page, product.priceFen);
  // A saved address (from an earlier run) is preselected; otherwise enter one and keep it.
  if ((await page.getByRole("radio", { name: "使用新地址" }).count()) === 0) {
    await fillNewAddress(page, "13900139000");
    await expect(page.getByLabel("保存此地址，下次直接使用")).toBeChecked();
  }
  await page.getByRole("radio", { name: /在线支付/ }).check();
  await shot(page, "checkout-shopper");
  await page.getByRole("button", { name: /提交订单/ }).click();

  // The double's hosted page: pay.
  await page.getByRole("button", { name: /^支付/ }).click();
  await expect(page).toHaveURL(/\/orders\/CE-\d{8}-[0-9A-Z]{8}\?session_id=/);
  await expect(page.getByTestId("order-headline")).toContainText("谢谢！付款成功");
  await expect(page.locator("[data-status]").first()).toHaveText("已付款");
  await shot(page, "order-paid");

  await page.goto("/orders");
  await expect(page.getByTestId("order-card").first()).toContainText("已付款");
  await page.goto("/account/addresses");
  await expect(page.getByTestId("saved-address").first()).toContainText("默认");
  await shot(page, "addresses");
});

test("cancelling before picking puts the pieces back on sale", async ({ page }) => {
  test.setTimeout(120_000);
  const [href] = await productsOfDifferentEnterprises(page, 1);
  const availableBefore = await settledAvailability(page, href!);
  await addToCart(page, href!, 2);

  await page.goto("/checkout");
  await expect(page.getByTestId("checkout-line")).toContainText("× 2");
  await fillNewAddress(page, "13700137000");
  await page.getByLabel("手机号码").nth(1).fill("13700137000");
  await page.getByRole("button", { name: /提交订单/ }).click();
  await expect(page.getByTestId("order-headline")).toContainText("订单已确认");
  const orderUrl = page.url();

  await expectAvailability(page, href!, availableBefore - 2);

  await page.goto(orderUrl);
  await page.getByRole("button", { name: "取消订单" }).click();
  await shot(page, "cancel-confirm");
  await page.getByRole("button", { name: "确定取消" }).click();
  await expect(page.getByTestId("order-headline")).toContainText("订单已取消");
  await expect(page.getByTestId("order-headline")).toContainText("顾客取消");
  await expect(page.getByRole("button", { name: "取消订单" })).toHaveCount(0);
  await shot(page, "order-cancelled");

  await expectAvailability(page, href!, availableBefore);
});
