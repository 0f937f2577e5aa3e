import path from "node:path";
import { type Browser, devices, expect, type Locator, type Page, test } from "@playwright/test";
import { signInAs, type DemoAccount } from "./support/accounts";
import { missingMediaTools, publishTestStream, type TestStream } from "./support/media-server";

/**
 * A whole live session with real video: the host schedules an RTMP session in the console and an
 * ffmpeg test picture is published with the key the console shows, through the repository's own
 * nginx-rtmp configuration (started for the run by playwright.config.ts). A wrong key is refused.
 * The shopper watches (the video's time advances), sees the host's pin and flash deal, claims the
 * deal and pays cash on delivery; a second viewer, on a phone, sees the shopper's chat message and
 * the purchase notice; the host's figures count the order. Stopping the encoder ends the session, and its
 * recording plays as the replay.
 */

const PRODUCT_SEARCH = "青花";

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(test.info().project.outputDir, "live-journey-screens", `${name}.png`), fullPage: true });
}

/** "¥1,280.00" → 128000 fen. */
function fen(text: string | null): number {
  const match = /¥([\d,]+)\.(\d{2})/.exec(text ?? "");
  if (!match) throw new Error(`no amount in ${JSON.stringify(text)}`);
  return Number((match[1] ?? "").replace(/,/g, "")) * 100 + Number(match[2]);
}

/** A signed-in browser of its own: a desktop, or a phone (the room's full-height vertical layout). */
async function signedInPage(browser: Browser, account: DemoAccount, screen: "desktop" | "phone" = "desktop"): Promise<Page> {
  const context = await browser.newContext({ ...(screen === "phone" ? devices["Pixel 7"] : { viewport: { width: 1366, height: 900 } }), locale: "zh-CN" });
  const page = await context.newPage();
  await signInAs(page, account);
  return page;
}

/** The room's video element plays: its time moves on by more than a second. */
async function expectVideoPlays(video: Locator) {
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 30_000 }).toBeGreaterThan(0.5);
  const first = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 15_000 }).toBeGreaterThan(first + 1);
}

/** The control room's status badge; the room refreshes itself on the stream's "live" and "ended". */
function hostStatus(host: Page, status: string): Locator {
  return host.getByRole("main").getByText(status, { exact: true }).first();
}

test("a host goes live with a real stream, a shopper watches, claims a flash deal and buys; a wrong key is refused", async ({ browser }) => {
  test.setTimeout(300_000);
  const missing = missingMediaTools();
  if (missing.length > 0) {
    throw new Error(
      `The live journey publishes real video through nginx-rtmp and needs ${missing.join(", ")}: ` +
        `apt-get install --no-install-recommends -y nginx libnginx-mod-rtmp ffmpeg (.ci/run installs them).`,
    );
  }

  const streams: TestStream[] = [];
  const host = await signedInPage(browser, "host");
  const shopper = await signedInPage(browser, "shopper");
  const viewer = await signedInPage(browser, "jiaming", "phone");
  try {
    // The host schedules an RTMP session with two products and is shown the address and key once.
    const title = `窑口夜话 ${Date.now().toString(36)}`;
    await host.goto("/host/sessions/new");
    await host.getByLabel("标题").fill(title);
    await host.getByLabel("搜索已上架商品").fill(PRODUCT_SEARCH);
    const add = host.getByTestId("lineup-results").getByRole("button", { name: /^添加：/ });
    await expect(add.first()).toBeVisible();
    const names: string[] = [];
    for (let i = 0; i < 2; i++) {
      const button = add.first();
      names.push(((await button.getAttribute("aria-label")) ?? "").replace(/^添加：/, ""));
      await button.click();
    }
    await expect(host.getByTestId("lineup-chosen").getByRole("listitem")).toHaveCount(2);
    await host.getByRole("button", { name: "安排直播" }).click();
    await expect(host.getByTestId("stream-key")).toBeVisible();
    const rtmpUrl = ((await host.getByTestId("rtmp-url").textContent()) ?? "").trim();
    const streamKey = ((await host.getByTestId("stream-key").textContent()) ?? "").trim();
    expect(rtmpUrl).toMatch(/^rtmp:\/\/127\.0\.0\.1:\d+\/live$/);
    expect(streamKey.length).toBeGreaterThanOrEqual(40);
    await shot(host, "host-scheduled");
    const controlRoom = host.getByRole("link", { name: /进入控制台/ });
    const sessionId = /\/host\/sessions\/([a-z0-9]+)$/.exec((await controlRoom.getAttribute("href")) ?? "")?.[1] ?? "";
    expect(sessionId).not.toBe("");
    await controlRoom.click();
    await expect(host).toHaveURL(new RegExp(`/host/sessions/${sessionId}$`));

    // A wrong key: nginx-rtmp asks the app, the app refuses, ffmpeg is cut off; nothing goes live.
    const intruder = publishTestStream(rtmpUrl, `${streamKey.slice(0, -4)}AAAA`);
    streams.push(intruder);
    const refused = await Promise.race([intruder.exited, new Promise<"still publishing">((resolve) => setTimeout(() => resolve("still publishing"), 15_000))]);
    expect(typeof refused === "number" && refused !== 0, `ffmpeg with a wrong key: ${refused}\n${intruder.output()}`).toBe(true);
    expect(intruder.output()).toContain("Input/output error");
    await host.reload();
    await expect(hostStatus(host, "待开播")).toBeVisible();

    // The right key: the session goes live by itself and the shopper's page plays the video.
    const stream = publishTestStream(rtmpUrl, streamKey);
    streams.push(stream);
    await expect(hostStatus(host, "直播中")).toBeVisible({ timeout: 30_000 });
    const fetched: string[] = [];
    shopper.on("request", (request) => fetched.push(request.url()));
    await shopper.goto(`/live/${sessionId}`);
    await expect(shopper.getByTestId("live-room")).toHaveAttribute("data-status", "LIVE");
    await expectVideoPlays(shopper.getByTestId("live-video"));
    // The key stays secret: the page plays HLS named after the session, from nginx.
    expect(fetched.filter((url) => url.endsWith(`/hls/${sessionId}.m3u8`)).length).toBeGreaterThan(0);
    expect(fetched.some((url) => new RegExp(`/hls/${sessionId}-\\d+\\.ts$`).test(url))).toBe(true);
    expect(fetched.filter((url) => url.includes(streamKey))).toEqual([]);
    await viewer.goto(`/live/${sessionId}`);
    await expectVideoPlays(viewer.getByTestId("live-video"));

    // The host presents the first product; the shopper sees it pinned ("讲解中").
    await host.getByRole("button", { name: `讲解：${names[0]}` }).click();
    await expect(shopper.getByTestId("pinned-product")).toContainText(names[0]!, { timeout: 20_000 });
    await expect(shopper.getByTestId("pinned-product")).toContainText("讲解中");

    // The host launches a flash deal of 3 pieces, one each, a yuan below the everyday price.
    const dealForm = host.getByRole("form", { name: "发起闪购" });
    const sku = dealForm.getByLabel("商品规格");
    const option = sku.locator("option:not([disabled])").first();
    const optionText = (await option.textContent()) ?? "";
    const dealProduct = await option.evaluate((o) => (o.parentElement as HTMLOptGroupElement).label);
    await sku.selectOption((await option.getAttribute("value")) ?? "");
    const regularFen = fen(/原价 (¥[\d,]+\.\d{2})/.exec(optionText)?.[1] ?? null);
    const dealFen = regularFen - 100;
    await dealForm.getByLabel("闪购价").fill((dealFen / 100).toFixed(2));
    await dealForm.getByLabel("数量").fill("3");
    await dealForm.getByLabel("每人限购").fill("1");
    await dealForm.getByRole("button", { name: "发起闪购" }).click();
    await expect(host.getByTestId("running-deal")).toContainText("剩 3 / 3 件");
    await shot(host, "host-live");

    // The shopper sees the deal, claims one and checks out with cash on delivery.
    const deal = shopper.getByTestId("flash-deal");
    await expect(deal).toBeVisible({ timeout: 20_000 });
    await expect(deal.getByTestId("deal-remaining")).toHaveText("仅剩 3 件");
    expect(fen(await deal.getByTestId("deal-price").textContent())).toBe(dealFen);
    await shot(shopper, "shopper-live");
    await deal.getByRole("button", { name: "立即抢" }).click();
    await expect(deal.getByTestId("deal-held")).toBeVisible();
    // Everyone else sees the stock go down.
    await expect(viewer.getByTestId("flash-deal").getByTestId("deal-remaining")).toHaveText("仅剩 2 件", { timeout: 20_000 });
    await expect(host.getByTestId("running-deal")).toContainText("剩 2 / 3 件");

    // The shopper says something; the second viewer reads it.
    const message = `青花真好看 ${Date.now().toString(36)}`;
    await shopper.getByLabel("聊天内容").fill(message);
    await shopper.getByRole("button", { name: "发送" }).click();
    await expect(viewer.getByTestId("chat-messages")).toContainText(message, { timeout: 15_000 });

    await deal.getByRole("link", { name: /去结算/ }).click();
    await expect(shopper).toHaveURL(/\/cart$/);
    await shopper.goto("/checkout");
    // The claimed piece is priced at the deal's price.
    // (Another journey's claim on the same ware may still be held for this shopper: look for ours by its price.)
    const dealLines = shopper.getByTestId("checkout-line").filter({ hasText: dealProduct });
    await expect(dealLines.first()).toBeVisible();
    expect((await dealLines.allTextContents()).map(fen)).toContain(dealFen);
    if ((await shopper.getByRole("radio", { name: "使用新地址" }).count()) === 0) {
      await shopper.getByLabel("收货人").fill("王小明");
      await shopper.getByLabel("手机号码").first().fill("13900139000");
      await shopper.locator("#field-province").selectOption("江西省");
      await shopper.locator("#field-city").selectOption("景德镇市");
      await shopper.locator("#field-district").selectOption("珠山区");
      await shopper.getByLabel("详细地址").fill("陶阳里 8 号 2 栋");
    }
    await shopper.getByRole("radio", { name: /货到付款/ }).check();
    // The second viewer is told someone bought (the buyer's name masked) when their video reaches
    // the moment, and the notice stays a few seconds: watched for from before the order is placed.
    const notice = viewer.getByTestId("purchase-notices").getByText(`顾** 刚刚买了 ${dealProduct} ×1`);
    const noticed = expect(notice).toBeVisible({ timeout: 60_000 }).then(() => shot(viewer, "viewer-purchase"));
    await shopper.getByRole("button", { name: /提交订单/ }).click();
    await expect(shopper.getByTestId("order-headline")).toContainText("订单已确认");
    await shot(shopper, "shopper-order");
    await noticed;

    // The host's figures count the order: one, worth the deal price.
    await expect(host.getByTestId("figure-orders")).toContainText("1", { timeout: 20_000 });
    expect(fen(await host.getByTestId("figure-gmv").textContent())).toBe(dealFen);
    await shot(host, "host-figures");

    // The host stops the encoder: the session ends and its recording plays as the replay.
    await stream.stop();
    await expect(hostStatus(host, "已结束")).toBeVisible({ timeout: 30_000 });
    await expect(viewer.getByTestId("live-room")).toHaveAttribute("data-status", "ENDED", { timeout: 20_000 });
    await viewer.goto(`/live/${sessionId}`);
    await expect(viewer.getByTestId("live-status")).toHaveText("回放");
    await expectVideoPlays(viewer.getByTestId("live-video"));
    await shot(viewer, "viewer-replay");
  } finally {
    await Promise.all(streams.map((s) => s.stop()));
    await Promise.all([host, shopper, viewer].map((page) => page.context().close()));
  }
});
