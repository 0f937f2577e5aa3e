import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import { ENTERPRISES, PRODUCTS } from "@/prisma/seed/catalogue";
import { type DemoAccount, signInAs } from "./support/accounts";
import { panelItem } from "./support/product-page";

/**
 * Fulfilment from the shared warehouse: a guest places a cash-on-delivery order and the signed-in
 * shopper an order paid online through the Stripe test double, with pieces of three
 * enterprises; the warehouse batches both on one pick list
 * (grouped by bin, one bin holding two enterprises' ware), packs and ships each with a tracking
 * number, and marks one delivered (its cash is then recorded as paid); the admin refunds a
 * piece of it; both shoppers see their parcel's tracking number; Jiaming's staff see their own
 * lines of these orders and nothing of the others, nor the shopper's name or address.
 */

const bySku = (sku: string) => {
  const product = PRODUCTS.find((p) => p.variants.some((v) => v.sku === sku));
  if (!product) throw new Error(`the seed has no SKU ${sku}`);
  return { slug: product.slug, sku, enterpriseSlug: product.enterpriseSlug };
};
// The seed puts these two (Yulong, Qinglan) into the same bin.
const YULONG = bySku("YL-DWS-WH2-16P");
const QINGLAN = bySku("QL-KTS-RU-P4");
const jiamingProduct = PRODUCTS.find((p) => p.enterpriseSlug === "jiaming" && p.variants.some((v) => v.initialStock > 30))!;
const JIAMING = bySku(jiamingProduct.variants.find((v) => v.initialStock > 30)!.sku);
const enterpriseName = (slug: string) => ENTERPRISES.find((e) => e.slug === slug)!.nameZh;
const RECIPIENT = "赵小青";

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${test.info().project.name}-fulfilment-${name}.png`, fullPage: true });
}

/** A signed-in console page in its own context: a tablet in the phone project (consoles work on a tablet), the desktop otherwise. */
async function consoleAs(browser: Browser, account: DemoAccount): Promise<Page> {
  const { baseURL, viewport } = test.info().project.use;
  const tablet = test.info().project.name === "phone";
  const context = await browser.newContext({ baseURL, viewport: tablet ? { width: 820, height: 1180 } : viewport, hasTouch: tablet });
  const page = await context.newPage();
  await signInAs(page, account);
  return page;
}

/** Through the storefront: puts the pieces in the cart and opens the checkout. */
async function checkoutWith(page: Page, items: { slug: string; sku: string }[]) {
  for (const item of items) {
    await page.goto(`/products/${item.slug}?variant=${item.sku}`);
    await expect(panelItem(page, "sku")).toHaveText(item.sku);
    await page.getByRole("button", { name: "加入购物车" }).click();
    await expect(panelItem(page, "cart-feedback")).toContainText("已加入购物车");
  }
  await page.goto("/checkout");
  return page.locator("form:has([name=paymentMethod])");
}

async function fillAddress(form: Locator) {
  await form.locator("[name=recipient]").fill(RECIPIENT);
  await form.locator("[name=mobile]").fill("13912345678");
  await form.locator("#field-province").selectOption("山西省");
  await form.locator("#field-city").selectOption("朔州市");
  await form.locator("#field-district").selectOption("怀仁市");
  await form.locator("[name=street]").fill("金沙滩镇南家堡村 18 号");
}

const orderNumberIn = (url: string) => /\/orders\/(CE-\d{8}-[0-9A-Z]+)/.exec(url)![1]!;

/** A guest checks out with cash on delivery; returns the order number (the page stays on the order). */
async function placeCodOrder(page: Page, items: { slug: string; sku: string }[]): Promise<string> {
  const form = await checkoutWith(page, items);
  await fillAddress(form);
  await form.locator("[name=email]").fill("guest-buyer@example.test");
  await expect(form.locator("input[name=paymentMethod][value=COD]")).toBeChecked();
  await form.locator("button[type=submit]").click();
  await expect(page).toHaveURL(/\/orders\/CE-\d{8}-[0-9A-Z]+/);
  return orderNumberIn(page.url());
}

/** The signed-in shopper pays online on the Stripe test double's page; returns the order number. */
async function placePaidOrder(page: Page, items: { slug: string; sku: string }[]): Promise<string> {
  await signInAs(page, "shopper");
  const form = await checkoutWith(page, items);
  // A saved address (another journey may have kept one) is preselected; otherwise enter one.
  if ((await form.getByRole("radio", { name: "使用新地址" }).count()) === 0) await fillAddress(form);
  await form.getByRole("radio", { name: /在线支付/ }).check();
  await form.locator("button[type=submit]").click();
  await page.getByRole("button", { name: /^支付/ }).click();
  await expect(page).toHaveURL(/\/orders\/CE-\d{8}-[0-9A-Z]+\?session_id=/);
  await expect(page.locator("[data-status]").first()).toHaveText("已付款");
  return orderNumberIn(page.url());
}

test("the warehouse picks, packs and ships a cash-on-delivery and a paid order; shoppers see tracking; staff see only their own lines", async ({ browser, page }) => {
  test.setTimeout(150_000);
  const first = await placeCodOrder(page, [JIAMING, YULONG]);
  const guestOrderUrl = page.url();
  const { baseURL, viewport, isMobile, hasTouch, userAgent, deviceScaleFactor } = test.info().project.use;
  const shopper = await (await browser.newContext({ baseURL, viewport, isMobile, hasTouch, userAgent, deviceScaleFactor })).newPage();
  const second = await placePaidOrder(shopper, [QINGLAN, YULONG]);

  // The warehouse batches both orders on a pick list.
  const warehouse = await consoleAs(browser, "warehouse");
  await warehouse.goto("/warehouse");
  await warehouse.getByRole("link", { name: "订单", exact: true }).click();
  await expect(warehouse.getByRole("heading", { level: 1, name: "订单" })).toBeVisible();
  await warehouse.getByRole("checkbox", { name: `选择订单 ${first}` }).check();
  await warehouse.getByRole("checkbox", { name: `选择订单 ${second}` }).check();
  await shot(warehouse, "queue");
  await warehouse.getByRole("button", { name: "生成拣货单" }).click();
  await expect(warehouse).toHaveURL(/\/warehouse\/pick-lists\/[^/?]+\?created=1/);
  await expect(warehouse.getByRole("status")).toContainText("2 个订单进入拣货");
  await expect(warehouse.getByRole("heading", { level: 1 })).toHaveText(/^PK-\d{8}-\d{4}$/);
  const pickListUrl = new URL(warehouse.url()).pathname;

  // Grouped by bin: the bin of the Yulong piece also holds the Qinglan piece; each line says which orders it is for.
  const yulongRow = warehouse.getByTestId("pick-bin").getByRole("row").filter({ hasText: YULONG.sku });
  await expect(yulongRow).toHaveCount(1);
  await expect(yulongRow).toContainText(enterpriseName("yulong"));
  await expect(yulongRow).toContainText(`${first} × 1`);
  await expect(yulongRow).toContainText(`${second} × 1`);
  await expect(yulongRow.getByRole("cell").nth(4)).toHaveText("2");
  const sharedBin = warehouse.getByTestId("pick-bin").filter({ hasText: YULONG.sku });
  await expect(sharedBin.getByRole("row").filter({ hasText: QINGLAN.sku })).toContainText(enterpriseName("qinglan"));
  await expect(warehouse.getByTestId("pick-bin").getByRole("row").filter({ hasText: JIAMING.sku })).toContainText(`${first} × 1`);
  await shot(warehouse, "pick-list");
  await warehouse.emulateMedia({ media: "print" });
  await expect(warehouse.getByRole("navigation", { name: "仓库后台" })).toBeHidden();
  await shot(warehouse, "pick-list-print");
  await warehouse.emulateMedia({ media: "screen" });

  // Pack and ship each order from the pick list.
  const trackingOf = new Map<string, string>();
  for (const [index, number] of [first, second].entries()) {
    await warehouse.getByRole("link", { name: `去打包 ${number}` }).click();
    await expect(warehouse.getByRole("heading", { level: 1, name: `订单 ${number}` })).toBeVisible();
    if (number === first) await expect(warehouse.getByText(RECIPIENT)).toBeVisible();
    await warehouse.getByRole("button", { name: "打包完成" }).click();
    await expect(warehouse.getByLabel("快递公司")).toBeVisible();
    if (index === 0) {
      // A waybill number that cannot be one is refused next to the field.
      await warehouse.getByLabel("快递公司").selectOption({ label: "顺丰速运" });
      await warehouse.getByLabel("运单号").fill("12-3");
      await warehouse.getByRole("button", { name: "确认发货" }).click();
      await expect(warehouse.getByText("运单号应为 6–30 位字母或数字。")).toBeVisible();
      await shot(warehouse, "ship-refused");
    }
    const tracking = `SF${Date.now()}${index}`;
    trackingOf.set(number, tracking);
    await warehouse.getByLabel("快递公司").selectOption({ label: "顺丰速运" });
    await warehouse.getByLabel("运单号").fill(tracking.toLowerCase());
    await warehouse.getByRole("button", { name: "确认发货" }).click();
    await expect(warehouse.getByTestId("tracking-number")).toHaveText(tracking);
    await expect(warehouse.locator("[data-status=SHIPPED]").first()).toBeVisible();
    if (index === 0) {
      await shot(warehouse, "order-shipped");
      await warehouse.getByRole("link", { name: "装箱单" }).click();
      await expect(warehouse.getByTestId("slip-number")).toHaveText(number);
      await expect(warehouse.getByTestId("fragile")).toContainText("易碎");
      await warehouse.emulateMedia({ media: "print" });
      await shot(warehouse, "packing-slip-print");
      await warehouse.emulateMedia({ media: "screen" });
    }
    await warehouse.goto(pickListUrl);
  }

  // Each shopper's order page now says the parcel is on its way, with the carrier and tracking number.
  for (const [who, url, number] of [[page, guestOrderUrl, first], [shopper, `/orders/${second}`, second]] as const) {
    await who.goto(url);
    await expect(who.locator("[data-status]").first()).toHaveText("已发货");
    await expect(who.getByTestId("order-headline")).toContainText(trackingOf.get(number)!);
    await expect(who.getByTestId("order-headline")).toContainText("顺丰");
  }
  await shot(shopper, "shopper-tracking");

  // The first is delivered: the courier collected the cash.
  await warehouse.goto(`/warehouse/orders/${first}`);
  await warehouse.getByRole("button", { name: "标记已送达" }).click();
  await expect(warehouse.locator("[data-status=DELIVERED]").first()).toBeVisible();
  await expect(warehouse.getByText("已支付", { exact: true })).toBeVisible();
  await expect(warehouse.getByTestId("paid")).not.toHaveText("¥0.00");
  await shot(warehouse, "order-delivered");

  // The cooperative's admin finds it by the shopper's mobile number and refunds one piece.
  const admin = await consoleAs(browser, "admin");
  await admin.goto("/admin/orders?q=13912345678&status=DELIVERED");
  await admin.getByRole("link", { name: new RegExp(first) }).click();
  await expect(admin.getByRole("heading", { level: 1, name: `订单 ${first}` })).toBeVisible();
  await admin.getByLabel(`${JIAMING.sku} 的退款件数`).fill("1");
  await admin.getByLabel("退款原因（顾客可见）").fill("收到时杯沿有磕碰");
  await admin.getByRole("button", { name: "确认退款" }).click();
  await expect(admin.getByRole("list", { name: "退款记录" })).toContainText("收到时杯沿有磕碰");
  await expect(admin.getByTestId("refunded")).toBeVisible();
  await shot(admin, "admin-refund");

  // Jiaming's staff see their line of the first order, refunded piece included, and nothing else of either order.
  const staff = await consoleAs(browser, "jiaming");
  await staff.goto("/enterprise/orders?enterprise=yulong");
  await expect(staff.getByRole("heading", { level: 1, name: "订单" })).toBeVisible();
  const lines = staff.getByTestId("enterprise-order-line");
  await expect(lines.filter({ hasText: first })).toHaveCount(1);
  await expect(lines.filter({ hasText: first })).toContainText(JIAMING.sku);
  await expect(lines.filter({ hasText: first })).toContainText("1 件");
  await expect(lines.filter({ hasText: second })).toHaveCount(0);
  await expect(staff.getByText(YULONG.sku)).toHaveCount(0);
  await expect(staff.getByText(QINGLAN.sku)).toHaveCount(0);
  await expect(staff.getByText(RECIPIENT)).toHaveCount(0);
  await expect(staff.getByText("南家堡村 18 号")).toHaveCount(0);
  await expect(lines.filter({ hasText: first })).toContainText("朔州市");
  await shot(staff, "enterprise-orders");
});
