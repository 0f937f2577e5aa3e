import { expect, type Page, test } from "@playwright/test";
import { signInAs } from "./support/accounts";

/**
 * The host console: a host schedules an EXTERNAL session with a line-up from the catalogue, goes
 * live by hand, pins a product, runs a flash deal (a viewer's claim lowers what is left as it
 * happens), mutes a viewer and deletes their chat message as it arrives, and ends the session; a
 * bad form writes nothing;
 * an RTMP session shows its stream key once (then only its hint) and can get a new one; shoppers
 * are kept out.
 */

/** The page as it is now, at desktop width and at phone width (412 px). */
async function shot(page: Page, name: string) {
  const viewport = page.viewportSize();
  // From the top: the site's sticky header would otherwise cover the middle of a full-page shot.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `test-results/screenshots/desktop-host-${name}.png`, fullPage: true });
  await page.setViewportSize({ width: 412, height: 915 });
  await page.screenshot({ path: `test-results/screenshots/phone-host-${name}.png`, fullPage: true });
  if (viewport) await page.setViewportSize(viewport);
}

/** Adds the first `count` products the picker offers before anything is typed (the newest). */
async function pickProducts(page: Page, count: number) {
  // Seeded blue-and-white ware, in stock: other journeys publish new products without stock, and
  // the newest come first in the picker.
  await page.getByLabel("搜索已上架商品").fill("青花");
  const results = page.getByTestId("lineup-results");
  for (let i = 0; i < count; i++) await results.getByRole("button", { name: /^添加：.*青花/ }).first().click();
  await expect(page.getByTestId("lineup-chosen").getByRole("listitem")).toHaveCount(count);
}

async function sessionCount(page: Page): Promise<number> {
  await page.goto("/host");
  await expect(page.getByRole("heading", { level: 1, name: "我的直播" })).toBeVisible();
  return page.getByTestId("host-session").count();
}

test("a host schedules an external session, goes live, pins, runs a flash deal, moderates the chat and ends it", async ({ browser, page }) => {
  // Two people: slower than the other tests on a busy machine.
  test.setTimeout(90_000);
  const shopper = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await Promise.all([signInAs(page, "host"), signInAs(shopper, "shopper")]);
  const before = await sessionCount(page);
  const title = `青花夜市 ${Date.now()}`;

  // A bad form: no title. Translated error, nothing written.
  await page.getByRole("link", { name: "安排直播" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "安排直播" })).toBeVisible();
  await page.getByLabel("使用其他直播平台的 HLS 地址").check();
  await page.getByLabel("HLS 播放地址").fill("http://127.0.0.1:9/never.m3u8");
  await pickProducts(page, 2);
  await page.getByRole("button", { name: "安排直播" }).click();
  await expect(page.getByText("请填写标题。")).toBeVisible();
  // The choices survive the refusal.
  await expect(page.getByTestId("lineup-chosen").getByRole("listitem")).toHaveCount(2);
  await expect(page.getByLabel("HLS 播放地址")).toHaveValue("http://127.0.0.1:9/never.m3u8");
  await shot(page, "form-error");

  await page.getByLabel("标题").fill(title);
  await page.getByRole("button", { name: "安排直播" }).click();
  await expect(page).toHaveURL(/\/host\/sessions\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const roomUrl = page.url();

  // Listed once, as upcoming; the bad form created nothing.
  expect(await sessionCount(page)).toBe(before + 1);
  await expect(page.getByTestId("sessions-upcoming")).toContainText(title);
  await shot(page, "list");
  await page.getByRole("link", { name: `${title}：控制台` }).click();
  await expect(page).toHaveURL(roomUrl);

  // Live by hand.
  await page.getByRole("button", { name: "开始直播" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title }).locator("..").getByText("直播中")).toBeVisible();

  // One-click pin: the pinned product is highlighted.
  const lineup = page.getByTestId("lineup");
  await lineup.getByRole("button", { name: /^讲解：/ }).first().click();
  const pinned = lineup.locator("li[data-pinned]");
  await expect(pinned).toHaveCount(1);
  await expect(pinned).toContainText("讲解中");
  await expect(pinned.getByRole("button", { name: /^取消讲解：/ })).toBeVisible();

  // A flash deal: quota 0 is refused with a translated error and starts nothing.
  const sku = page.getByLabel("商品规格");
  const value = await sku.locator("option:not([disabled])").first().getAttribute("value");
  await sku.selectOption(value!);
  await page.getByLabel("闪购价").fill("1");
  await page.getByLabel("数量").fill("0");
  await page.getByRole("button", { name: "发起闪购" }).click();
  await expect(page.getByText("数量须在 1 到 1000 件之间。")).toBeVisible();
  await expect(page.getByTestId("running-deal")).toHaveCount(0);

  await page.getByLabel("数量").fill("3");
  await page.getByRole("button", { name: "发起闪购" }).click();
  const deal = page.getByTestId("running-deal");
  await expect(deal).toHaveCount(1);
  await expect(deal.getByTestId("deal-remaining")).toHaveText("剩 3 / 3 件");

  // Chat moderation, as it happens: a shopper speaks in the room, the host mutes and deletes.
  await shopper.goto(roomUrl.replace(/\/host\/sessions\//, "/live/"));
  const said = `好看吗 ${Date.now()}`;
  await shopper.getByLabel("聊天内容").filter({ visible: true }).fill(said);
  await shopper.getByLabel("聊天内容").filter({ visible: true }).press("Enter");
  const message = page.getByTestId("chat-message").filter({ hasText: said });
  await expect(message).toHaveCount(1);
  await message.getByRole("button", { name: /^禁言 / }).click();
  await expect(page.getByRole("button", { name: /^解除对 .+ 的禁言$/ })).toBeVisible();
  await shot(page, "room-live");
  await message.getByRole("button", { name: /^删除 / }).click();
  await expect(message).toHaveCount(0);

  // The shopper claims a piece: what is left drops on the host's screen as it happens.
  await shopper.getByRole("button", { name: "立即抢" }).filter({ visible: true }).click();
  await expect(deal.getByTestId("deal-remaining")).toHaveText("剩 2 / 3 件");
  await shopper.context().close();

  await deal.getByRole("button", { name: /^停止闪购：/ }).click();
  await expect(page.getByTestId("running-deal")).toHaveCount(0);
  await expect(page.getByTestId("past-deal")).toHaveCount(1);

  // End: asks first.
  await page.getByRole("button", { name: "结束直播" }).click();
  await page.getByRole("group", { name: /结束后观众将看到直播已结束/ }).getByRole("button", { name: "结束直播" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title }).locator("..").getByText("已结束")).toBeVisible();
  await expect(page.getByRole("button", { name: "结束直播" })).toHaveCount(0);
});

test("an RTMP session shows its stream key once, then only its hint, and a new key on demand", async ({ page }) => {
  await signInAs(page, "host");
  await page.goto("/host/sessions/new");
  await page.getByLabel("标题").fill(`RTMP ${Date.now()}`);
  await pickProducts(page, 1);
  await page.getByRole("button", { name: "安排直播" }).click();

  // LIVE_RTMP_URL: the journeys' media server when nginx is installed, else the default.
  const rtmpUrl = page.getByTestId("rtmp-url");
  await expect(rtmpUrl).toHaveText(/^rtmp:\/\/[\w.-]+(:\d+)?\/\w+$/);
  const address = (await rtmpUrl.textContent()) ?? "";
  const key = (await page.getByTestId("stream-key").textContent()) ?? "";
  expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);

  await page.getByRole("link", { name: "进入控制台" }).click();
  await expect(page).toHaveURL(/\/host\/sessions\/[a-z0-9]+$/);
  await expect(page.getByTestId("rtmp-url")).toHaveText(address);
  await expect(page.getByTestId("stream-key-hint")).toHaveText(`••••••${key.slice(-4)}`);
  await expect(page.getByTestId("stream-key")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("stream-key-hint")).toHaveText(`••••••${key.slice(-4)}`);
  await expect(page.getByText(key)).toHaveCount(0);

  await page.getByRole("button", { name: "重新生成密钥" }).click();
  await page.getByRole("button", { name: "重新生成", exact: true }).click();
  const fresh = page.getByTestId("stream-key");
  await expect(fresh).toHaveText(/^[A-Za-z0-9_-]{43}$/);
  const newKey = (await fresh.textContent()) ?? "";
  expect(newKey).not.toBe(key);
  await shot(page, "room-rtmp");
  await page.reload();
  await expect(page.getByTestId("stream-key-hint")).toHaveText(`••••••${newKey.slice(-4)}`);
});

test("a shopper is refused the host console", async ({ page }) => {
  await signInAs(page, "shopper");
  const response = await page.goto("/host");
  expect(response?.status()).toBe(403);
  const form = await page.goto("/host/sessions/new");
  expect(form?.status()).toBe(403);
});
