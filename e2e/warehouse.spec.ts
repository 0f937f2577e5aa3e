import { type Browser, expect, type Page, test } from "@playwright/test";
import { PRODUCTS } from "@/prisma/seed/catalogue";
import { type DemoAccount, signInAs } from "./support/accounts";
import { panelItem } from "./support/product-page";

/**
 * Stock into the shared warehouse: Jiaming's staff announce an inbound shipment of an existing
 * SKU, the warehouse operator receives it with one broken piece into a bin, and the product
 * page's availability rises by exactly the good pieces. Staff of another enterprise cannot open
 * that shipment, neither through the enterprise console nor through the warehouse's address.
 */

// A Jiaming SKU the seed stocked, on a published product.
const product = PRODUCTS.find((p) => p.enterpriseSlug === "jiaming" && p.variants.some((v) => v.initialStock > 20))!;
const variant = product.variants.find((v) => v.initialStock > 20)!;

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${test.info().project.name}-${name}.png`, fullPage: true });
}

/** A signed-in page of its own browser context (with the project's device, or a given viewport). */
async function as(browser: Browser, account: DemoAccount, viewport?: { width: number; height: number }): Promise<Page> {
  const { baseURL, userAgent, deviceScaleFactor, isMobile, hasTouch } = test.info().project.use;
  const context = await browser.newContext({ baseURL, userAgent, deviceScaleFactor, isMobile, hasTouch, viewport: viewport ?? test.info().project.use.viewport });
  const page = await context.newPage();
  await signInAs(page, account);
  // signInAs's URL check also matches /login?next=/account; wait for the account page itself.
  await expect(page.getByRole("heading", { level: 1, name: "我的账号" })).toBeVisible();
  return page;
}

/**
 * The availability a shopper sees for the SKU. Product pages are cached whole and fetch live
 * stock on load, so this waits for that fetch and its render before reading.
 */
async function availabilityOf(page: Page): Promise<number> {
  const live = page.waitForResponse((r) => r.url().includes(`/api/products/${product.slug}/availability`) && r.ok());
  await page.goto(`/products/${product.slug}?variant=${variant.sku}`);
  await live;
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect(panelItem(page, "sku")).toHaveText(variant.sku);
  const text = (await panelItem(page, "availability").textContent()) ?? "";
  const match = /(\d+)/.exec(text);
  expect(match, `availability text "${text}"`).not.toBeNull();
  return Number(match![1]);
}

test("staff announce a shipment, the warehouse receives it with a broken piece, the shop's availability rises by the good ones", async ({ browser, page }) => {
  // What a shopper sees before.
  const before = await availabilityOf(page);

  // Jiaming staff announce 10 pieces.
  const staff = await as(browser, "jiaming");
  await staff.goto("/enterprise");
  await expect(staff.getByRole("heading", { level: 1, name: "概览" })).toBeVisible();
  await staff.getByRole("link", { name: "通知入库" }).first().click();
  await expect(staff).toHaveURL(/\/enterprise\/inbound\/new$/);
  await staff.getByLabel("第 1 行 · SKU").selectOption({ label: [variant.sku, product.nameZh, variant.sizeZh].filter(Boolean).join(" · ") });
  await staff.getByLabel("件数").fill("10");
  await expect(staff.getByText("合计 10 件")).toBeVisible();
  await shot(staff, "announce");
  await staff.getByRole("button", { name: "通知仓库" }).click();
  await expect(staff).toHaveURL(/\/enterprise\/inbound\?receipt=[\w-]+&created=1/);
  const status = staff.getByRole("status").filter({ hasText: "已通知仓库" });
  await expect(status).toBeVisible();
  const number = /RC-\d{8}-\d{4}/.exec((await status.textContent()) ?? "")![0];
  const receiptId = new URL(staff.url()).searchParams.get("receipt")!;
  await expect(staff.getByTestId("receipt-status")).toHaveText("待收货");
  await shot(staff, "inbound-announced");

  // The warehouse operator finds it in the queue and receives 9 good + 1 broken into a bin.
  const operator = await as(browser, "warehouse");
  await operator.goto("/warehouse");
  const item = operator.getByTestId("queue-item").filter({ hasText: number });
  await expect(item).toBeVisible();
  await item.getByRole("link", { name: `收货 ${number}` }).click();
  await expect(operator).toHaveURL(new RegExp(`/warehouse/receipts/${receiptId}$`));
  await expect(operator.getByRole("heading", { level: 1 })).toHaveText(`收货 ${number}`);
  await operator.getByLabel(`${variant.sku} 完好件数`).fill("9");
  await operator.getByLabel(`${variant.sku} 破损件数`).fill("1");
  await operator.getByLabel(`${variant.sku} 放入库位`).selectOption({ label: "D-06-4" });
  await shot(operator, "receive");
  await operator.getByRole("button", { name: "确认收货" }).click();
  await expect(operator).toHaveURL(/received=1/);
  await expect(operator.getByRole("status")).toHaveText("已收货：完好件已计入库存。");
  await expect(operator.getByTestId("receipt-status")).toHaveText("已收货");
  const cells = operator.getByRole("row").filter({ hasText: variant.sku }).getByRole("cell");
  // SKU, product, announced, good, broken, short, bin
  await expect(cells.nth(2)).toHaveText("10");
  await expect(cells.nth(3)).toHaveText("9");
  await expect(cells.nth(4)).toHaveText("1");
  await expect(cells.nth(5)).toHaveText("0");
  await expect(cells.nth(6)).toHaveText("D-06-4");

  // The ledger shows the receipt movement, filtered by SKU and reason.
  await operator.goto(`/warehouse/ledger?sku=${variant.sku}&reason=RECEIPT`);
  const movement = operator.getByRole("row").filter({ hasText: number });
  await expect(movement).toContainText("+9");
  await expect(movement).toContainText("D-06-4");
  await expect(movement).toContainText("完好 9，破损 1");

  // The shopper's availability rises by exactly the 9 good pieces.
  await expect.poll(() => availabilityOf(page), { timeout: 15_000 }).toBe(before + 9);
  await expect(panelItem(page, "availability")).toContainText(String(before + 9));
  await shot(page, "product-after-receipt");

  // The enterprise sees it received.
  await staff.reload();
  await expect(staff.getByTestId("receipt-status")).toHaveText("已收货");

  // Yulong's staff cannot open Jiaming's shipment: not found in their console, forbidden in the warehouse's.
  const other = await as(browser, "yulong");
  const viaEnterprise = await other.goto(`/enterprise/inbound?receipt=${receiptId}`);
  expect(viaEnterprise?.status()).toBe(404);
  await expect(other.getByText(number)).toHaveCount(0);
  const viaWarehouse = await other.goto(`/warehouse/receipts/${receiptId}`);
  expect(viaWarehouse?.status()).toBe(403);
  await expect(other.getByRole("heading", { name: "没有权限" })).toBeVisible();
  await expect(other.getByText(number)).toHaveCount(0);
  // Nor export the ledger.
  const csv = await other.request.get("/api/warehouse/ledger/export");
  expect(csv.status()).toBe(403);
});

test("warehouse and enterprise stock pages fit a tablet and a phone", async ({ browser }) => {
  // Twenty pages at two sizes for two accounts: more than the default minute on a busy machine.
  test.setTimeout(150_000);
  const pages: [DemoAccount, string[]][] = [
    ["jiaming", ["/enterprise", "/enterprise/inbound", "/enterprise/inbound/new", "/enterprise/stock"]],
    ["warehouse", ["/warehouse", "/warehouse/bins?bin=A-01-1", "/warehouse/stock?q=JM", "/warehouse/breakage", "/warehouse/stocktakes", "/warehouse/ledger"]],
  ];
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 390, height: 844 },
  ]) {
    for (const [account, paths] of pages) {
      const page = await as(browser, account, viewport);
      for (const path of paths) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        // Wide tables scroll inside their own frame; the page itself never scrolls sideways.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} at ${viewport.width}px`).toBeLessThanOrEqual(0);
        await shot(page, `${viewport.width}-${account}${path.replace(/[^a-z0-9]+/gi, "_")}`);
      }
      await page.context().close();
    }
  }
});

test("the ledger exports the filtered rows as CSV for the warehouse", async ({ browser }) => {
  const operator = await as(browser, "warehouse");
  const response = await operator.request.get(`/api/warehouse/ledger/export?sku=${variant.sku}&reason=SEED`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const lines = (await response.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]).toBe("time_utc8,sku,product_zh,product_en,enterprise_zh,enterprise_en,bin,reason,on_hand_delta,reserved_delta,reference_type,reference,actor,note");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`${variant.sku},${product.nameZh}`);
  expect(lines[1]).toContain(`,SEED,${variant.initialStock},0,seed,`);
  expect((await operator.request.get("/api/warehouse/ledger/export?from=2026-02-31")).status()).toBe(400);
});
