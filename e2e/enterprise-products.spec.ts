import { expect, type Page, test } from "@playwright/test";
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { signInAs } from "./support/accounts";

/** Signs in and waits until the sign-in has really finished (the account page is shown). */
async function signIn(page: Page, account: "jiaming" | "yulong") {
  await signInAs(page, account);
  await page.waitForURL((url) => url.pathname === "/account");
}

test("enterprise staff create a product with two variants and a photo, publish it, shoppers find it, and another enterprise's staff cannot open it", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  // Both projects (phone, desktop) run against one server: names and SKUs must not collide.
  const unique = `${testInfo.project.name}${Date.now().toString(36)}`;
  const nameZh = `霁蓝描金茶杯 ${unique}`;
  const nameEn = `Cobalt Gold Rim Teacup ${unique}`;
  const sku = `JM-E2E-${unique.toUpperCase()}`;
  const photo = testInfo.outputPath("photo.png");
  await sharp({ create: { width: 2000, height: 1500, channels: 3, background: "#1f3a7a" } })
    .png()
    .toFile(photo);

  // ── Jiaming staff create the product ──
  await signIn(page, "jiaming");
  await page.goto("/enterprise/products");
  await page.getByRole("link", { name: "新建商品" }).click();
  await expect(page.getByRole("heading", { name: "新建商品" })).toBeVisible();

  // Submitting it empty shows errors next to the fields.
  await page.getByRole("button", { name: "创建商品" }).click();
  await expect(page.getByText("请修改标出的内容后再提交。")).toBeVisible();
  await expect(page.getByLabel("中文名称")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("中文名称").fill(nameZh);
  await page.getByLabel("英文名称").fill(nameEn);
  await page.getByLabel("品类").selectOption("cups-mugs");
  await page.getByLabel("釉色").selectOption("cobalt");
  await page.getByLabel("材质（中文）").fill("高白泥");
  await page.getByLabel("材质（英文）").fill("High-white porcelain clay");

  const first = page.getByRole("listitem", { name: "规格 1" });
  await first.getByLabel("SKU 编码").fill(`${sku}-1`);
  await first.getByLabel("规格名（中文）").fill("单只");
  await first.getByLabel("规格名（英文）").fill("Single");
  await first.getByLabel("售价（元）").fill("39");
  await first.getByLabel("划线价（元）").fill("49.5");
  await first.getByLabel("重量（克）").fill("180");

  await page.getByRole("button", { name: "添加规格" }).click();
  const second = page.getByRole("listitem", { name: "规格 2" });
  await second.getByLabel("SKU 编码").fill(`${sku}-4`);
  await second.getByLabel("规格名（中文）").fill("四只装");
  await second.getByLabel("规格名（英文）").fill("Set of 4");
  await second.getByLabel("售价（元）").fill("145");
  await second.getByLabel("重量（克）").fill("760");
  await second.getByLabel("每份件数").fill("4");

  await page.getByRole("button", { name: "创建商品" }).click();
  await expect(page).toHaveURL(/\/enterprise\/products\/[a-z0-9]+\?created=1$/);
  await expect(page.getByText("商品已创建为草稿")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: nameZh })).toBeVisible();
  // Nothing to show shoppers yet: publishing waits for a photo.
  await expect(page.getByRole("button", { name: "上架" })).toBeDisabled();

  // ── a photo: checked, resized and converted on the server ──
  await page.getByLabel("选择图片").setInputFiles(photo);
  await expect(page.getByRole("img", { name: "待上传的图片预览" })).toBeVisible();
  await page.getByRole("button", { name: "上传", exact: true }).click();
  await expect(page.getByText("图片已上传。")).toBeVisible();
  const uploaded = page.locator('img[src^="/media/products/"]').first();
  await expect(uploaded).toBeVisible();
  const src = await uploaded.getAttribute("src");
  const media = await page.request.get(src!);
  expect(media.status()).toBe(200);
  expect(media.headers()["content-type"]).toBe("image/webp");
  const metadata = await sharp(await media.body()).metadata();
  expect([metadata.format, metadata.width, metadata.height]).toEqual(["webp", 1600, 1200]);

  // A photo of several megabytes, like a phone's, is made smaller in the browser before it is sent.
  const bigPhoto = testInfo.outputPath("big-photo.png");
  await sharp(randomBytes(1400 * 1050 * 3), { raw: { width: 1400, height: 1050, channels: 3 } })
    .png()
    .toFile(bigPhoto);
  await page.getByLabel("选择图片").setInputFiles(bigPhoto);
  await page.getByRole("button", { name: "上传", exact: true }).click();
  await expect(page.locator('img[src^="/media/products/"]')).toHaveCount(2);

  // ── publish ──
  await page.getByRole("button", { name: "上架" }).click();
  await expect(page.getByText("状态已更新。")).toBeVisible();
  await expect(page.getByText("顾客可以在商城搜索、浏览和购买。")).toBeVisible();
  const editPath = new URL(page.url()).pathname;

  // ── a shopper (signed out) finds it by name and opens it ──
  const shopperContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const shopper = await shopperContext.newPage();
  await shopper.goto(`/products?q=${encodeURIComponent(nameEn)}`);
  await expect(shopper.getByTestId("result-count")).toHaveText("共 1 件商品");
  await shopper.getByRole("link", { name: nameZh }).first().click();
  await expect(shopper.getByRole("heading", { level: 1, name: nameZh })).toBeVisible();
  await expect(shopper.getByText("¥39.00").first()).toBeVisible();
  await expect(shopper.locator('img[src^="/media/products/"]').first()).toBeVisible();
  await shopperContext.close();

  // ── Yulong staff cannot open Jiaming's product: not found, as if it did not exist ──
  const yulongContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const yulong = await yulongContext.newPage();
  await signIn(yulong, "yulong");
  const response = await yulong.goto(editPath);
  expect(response?.status()).toBe(404);
  await expect(yulong.getByRole("heading", { name: nameZh })).toHaveCount(0);
  await yulong.goto(`/enterprise/products?q=${encodeURIComponent(nameEn)}`);
  await expect(yulong.getByText(nameZh)).toHaveCount(0);
  // Nor download it in a CSV export: theirs has only Yulong's products.
  const csv = await (await yulong.request.get("/api/enterprise/products/export")).text();
  expect(csv).not.toContain(sku);
  expect(csv).toContain("yulong-");
  await yulongContext.close();
});

test("the product CSV export needs an enterprise staff member", async ({ request }) => {
  const response = await request.get("/api/enterprise/products/export");
  expect(response.status()).toBe(403);
});
