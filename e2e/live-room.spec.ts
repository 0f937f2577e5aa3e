import { expect, type Page, test } from "@playwright/test";
import { DEMO_SESSIONS } from "@/prisma/seed/live";
import { signInAs } from "./support/accounts";

/**
 * The shopper's side of live sessions on the seeded demo data (going live with a real stream is
 * e2e/live-journey.spec.ts): the listing, an upcoming room with its countdown, chat and likes in
 * the waiting room, "remind me" ending up on the account page, an ended session, and the home
 * page's section. Each project (phone, desktop) sets its reminder on its own upcoming session.
 */

const SESSION_OF = { phone: DEMO_SESSIONS.soon, desktop: DEMO_SESSIONS.tomorrow } as const;
const mine = () => SESSION_OF[test.info().project.name as keyof typeof SESSION_OF];

const shotPath = (name: string) => `test-results/screenshots/${test.info().project.name}-live-${name}.png`;
async function shot(page: Page, name: string) {
  await page.screenshot({ path: shotPath(name) });
}

const card = (page: Page, title: string) => page.getByTestId("session-card").filter({ hasText: title });

test("a guest browses the live sessions: upcoming with a countdown, an ended one with its timeline, and the home section", async ({ page }) => {
  await page.goto("/");
  const homeSection = page.getByTestId("home-live");
  await expect(homeSection).toContainText(DEMO_SESSIONS.soon.title);
  await homeSection.screenshot({ path: shotPath("home") });

  await page.goto("/live");
  const upcoming = page.getByTestId("upcoming-sessions");
  // Other journeys schedule sessions on the same server: the seeded two are listed, soonest first.
  await expect(upcoming).toContainText(DEMO_SESSIONS.tomorrow.title);
  const titles = await upcoming.getByRole("heading", { level: 3 }).allTextContents();
  expect(titles.indexOf(DEMO_SESSIONS.soon.title)).toBeGreaterThanOrEqual(0);
  expect(titles.indexOf(DEMO_SESSIONS.soon.title)).toBeLessThan(titles.indexOf(DEMO_SESSIONS.tomorrow.title));
  await expect(card(page, DEMO_SESSIONS.soon.title).getByRole("link", { name: "登录后设提醒" })).toBeVisible();
  await expect(page.getByTestId("replays")).toContainText(DEMO_SESSIONS.ended.title);
  await shot(page, "listing");

  // The upcoming room counts down to the start, second by second.
  await card(page, DEMO_SESSIONS.soon.title).getByRole("link", { name: DEMO_SESSIONS.soon.title }).click();
  const room = page.getByTestId("live-room");
  await expect(room).toHaveAttribute("data-status", "SCHEDULED");
  await expect(room.getByTestId("live-status")).toHaveText("预告");
  const countdown = room.getByTestId("countdown");
  await expect(countdown).toHaveText(/^\d{2}:\d{2}:\d{2}$/);
  const first = await countdown.textContent();
  await expect(countdown).not.toHaveText(first ?? "");
  await expect(room.getByRole("link", { name: "登录后设提醒" })).toBeVisible();
  await expect(room.getByRole("link", { name: "登录后参与聊天" })).toBeVisible();
  // The shelf: a bottom sheet on a phone, the side panel on a desktop.
  const shelf = room.getByTestId("shelf");
  if (test.info().project.name === "phone") {
    await expect(shelf).toBeHidden();
    await shot(page, "room-upcoming");
    await room.getByTestId("shelf-button").click();
  }
  await expect(shelf.getByTestId("shelf-product")).toHaveCount(DEMO_SESSIONS.soon.lineup.length);
  await shelf.getByTestId("shelf-product").first().getByRole("button", { name: "购买" }).click();
  await expect(shelf.getByRole("button", { name: "加入购物车" })).toBeVisible();
  await shot(page, test.info().project.name === "phone" ? "room-shelf" : "room-upcoming");

  // An ended session without a recording: its state and the product timeline.
  await page.goto("/live");
  await card(page, DEMO_SESSIONS.ended.title).getByRole("link", { name: DEMO_SESSIONS.ended.title }).click();
  await expect(page.getByTestId("live-room")).toHaveAttribute("data-status", "ENDED");
  await expect(page.getByTestId("ended-state")).toContainText("直播已结束");
  const timeline = page.getByTestId("replay-timeline");
  await expect(timeline.getByRole("listitem")).toHaveCount(DEMO_SESSIONS.ended.lineup.length);
  await expect(timeline.getByRole("listitem").first()).toContainText("02:10");
  await shot(page, "room-ended");
});

test("a shopper chats and likes in the waiting room, sets a reminder and finds it on the account page", async ({ page }) => {
  const session = mine();
  await signInAs(page, "shopper");
  await page.goto("/live");
  const remind = card(page, session.title).getByTestId("remind-button");
  await expect(remind).toHaveAttribute("aria-pressed", "false");
  await remind.click();
  await expect(remind).toHaveAttribute("aria-pressed", "true");
  await expect(remind).toHaveText("已设提醒");
  await page.reload();
  await expect(card(page, session.title).getByTestId("remind-button")).toHaveAttribute("aria-pressed", "true");

  await page.goto("/account");
  await expect(page.getByTestId("my-reminders")).toContainText(session.title);

  // The waiting room: the reminder shows as set; chat renders markup as text; likes add up.
  await page.getByTestId("my-reminders").getByRole("link", { name: session.title }).click();
  const room = page.getByTestId("live-room");
  await expect(room.getByTestId("remind-button")).toHaveAttribute("aria-pressed", "true");
  const message = `<b>几点开始？</b> ${test.info().project.name}`;
  await room.getByLabel("聊天内容").fill(message);
  await expect(room.getByTestId("chat-counter")).toHaveText(`${message.length}/200`);
  await room.getByRole("button", { name: "发送" }).click();
  const messages = room.getByTestId("chat-messages");
  await expect(messages).toContainText(message);
  await expect(messages.locator("b")).toHaveCount(0);

  const likes = room.getByTestId("like-count");
  const before = Number(await likes.textContent());
  for (let i = 0; i < 3; i++) await room.getByTestId("like-button").click();
  await expect(likes).toHaveText(String(before + 3));
  // Taps go to the server in batches about once a second; leaving earlier would drop the rest.
  await expect(room.getByTestId("like-button")).toHaveAttribute("data-unsent", "0");
  await shot(page, "room-waiting-chat");
  // Sent in a batch within a second or so, and kept.
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("like-count")).toHaveText(String(before + 3), { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expect(page.getByTestId("chat-messages")).toContainText(message);
});
