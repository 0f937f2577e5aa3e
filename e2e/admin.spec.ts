import { type Browser, expect, type Page, test } from "@playwright/test";
import { type DemoAccount, signInAs } from "./support/accounts";

/**
 * The cooperative admin: approves a shopper's host application (the shopper's open session
 * becomes a host's at its next request), suspends and reactivates an enterprise (its pages leave
 * and return to the storefront at once), creates an enterprise with field errors kept, and
 * keeps shoppers out. Runs in both projects (phone, desktop) on one database, so every account
 * and enterprise it creates is its own.
 */

const run = () => `${test.info().project.name}-${Date.now().toString(36)}`;

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/admin-${test.info().project.name}-${name}.png`, fullPage: true });
}

/**
 * Signs in as a demo account and waits for the account page itself: signInAs's URL check also
 * matches the sign-in page's own address (/login?next=/account) before the session exists.
 */
async function signIn(page: Page, account: DemoAccount) {
  await signInAs(page, account);
  await expect(page.getByRole("heading", { level: 1, name: "我的账号" })).toBeVisible();
}

/** A new shopper account, signed in, in a browser context of its own. */
async function newShopper(browser: Browser, baseURL: string | undefined, name: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}@village.example`;
  const password = "porcelain-host-2026";
  await page.goto("/register");
  await page.getByLabel("称呼").fill(name);
  await page.getByLabel("邮箱或手机号").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page).toHaveURL(/\/login\?identifier=/);
  await page.goto("/login?next=/account");
  await page.getByLabel("邮箱或手机号").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "我的账号" })).toBeVisible();
  return { context, page };
}

test("a shopper applies to be a host, the admin approves, the shopper's session opens /host at once, and the audit log shows it", async ({ browser, baseURL, page: adminPage }) => {
  const name = `村播 ${run()}`;
  const shopper = await newShopper(browser, baseURL, name);

  // The shopper applies on the account page, and cannot open the host console yet.
  const application = shopper.page.locator("section", { hasText: "申请成为主播" });
  await application.getByLabel("申请理由").fill("我在村里长大，熟悉每一家窑口，想在直播间里讲好南家堡的瓷器。");
  await application.getByRole("button", { name: "提交申请" }).click();
  // The page refreshes to say the application is being reviewed.
  await expect(shopper.page.getByText("你的主播申请正在审核中。")).toBeVisible();
  const before = await shopper.page.goto("/host");
  expect(before?.status()).toBe(403);
  await expect(shopper.page.getByRole("heading", { name: "没有权限" })).toBeVisible();

  // The admin finds it among the pending applications and approves it.
  await signIn(adminPage, "admin");
  await adminPage.goto("/admin");
  await expect(adminPage.getByRole("heading", { name: "概览" })).toBeVisible();
  await adminPage.getByRole("navigation", { name: "合作社管理" }).getByRole("link", { name: "主播申请" }).click();
  await expect(adminPage).toHaveURL(/\/admin\/host-applications$/);
  const card = adminPage.getByTestId("host-application").filter({ hasText: name });
  await expect(card.getByText("待审核")).toBeVisible();
  await shot(adminPage, "host-applications-pending");

  // Rejecting needs a note: refused next to the field, nothing changes.
  await card.getByRole("button", { name: "拒绝" }).click();
  await expect(card.getByText("拒绝申请时请写明原因。")).toBeVisible();
  await card.getByLabel("审核备注").fill("欢迎加入村播队伍");
  await card.getByRole("button", { name: "通过" }).click();
  await expect(card.getByText("已通过")).toBeVisible();
  await expect(card.getByText("备注：欢迎加入村播队伍")).toBeVisible();

  // The shopper's same session, no new sign-in: the host console opens now.
  const after = await shopper.page.goto("/host");
  expect(after?.status()).toBe(200);
  await expect(shopper.page).toHaveURL(/\/host$/);
  await expect(shopper.page.getByText("主播后台").first()).toBeVisible();
  await expect(shopper.page.getByRole("heading", { name: "没有权限" })).toHaveCount(0);
  await shopper.context.close();

  // The audit log lists the approval with the role change, and so does the user's page.
  await adminPage.goto("/admin/audit");
  const entry = adminPage.getByTestId("audit-entry").filter({ hasText: `通过了“${name}”的主播申请` });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText("角色：顾客 → 主播");
  await expect(entry).toContainText("合作社管理员");
  await shot(adminPage, "audit");
  await entry.getByRole("link").click();
  await expect(adminPage.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(adminPage.getByRole("combobox", { name: "角色", exact: true })).toHaveValue("HOST");
  await shot(adminPage, "user");
});

test("a shopper gets the 403 page on /admin, and a signed-out visitor is sent to sign in", async ({ page }) => {
  const signedOut = await page.goto("/admin/users");
  expect(signedOut?.status()).toBe(200);
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fusers/);

  await signIn(page, "shopper");
  for (const path of ["/admin", "/admin/users", "/admin/audit", "/en/admin/enterprises"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "没有权限" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "合作社管理" })).toHaveCount(0);
});

test("the admin makes a shopper enterprise staff with a membership in one step, and the user's open session sees it; an admin cannot demote or disable themselves", async ({ browser, baseURL, page }) => {
  const name = `员工 ${run()}`;
  const user = await newShopper(browser, baseURL, name);

  await signIn(page, "admin");
  await page.goto("/admin/users");
  await page.getByLabel("姓名、邮箱或手机号").fill(name);
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page.getByTestId("users-count")).toHaveText("共 1 个用户");
  await page.getByRole("main").getByRole("link", { name: new RegExp(name) }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  // Enterprise staff without an enterprise is refused next to the enterprise choice.
  const roleSection = page.getByRole("region", { name: "角色与权限" });
  await roleSection.getByRole("combobox", { name: "角色", exact: true }).selectOption("ENTERPRISE_STAFF");
  await roleSection.getByRole("button", { name: "保存角色" }).click();
  await expect(roleSection.getByText("企业员工必须属于至少一家企业，请选择企业。")).toBeVisible();
  await expect(roleSection.getByRole("combobox", { name: "角色", exact: true })).toHaveValue("ENTERPRISE_STAFF");
  await roleSection.getByRole("combobox", { name: "企业", exact: true }).selectOption({ label: "嘉明陶瓷" });
  await roleSection.getByRole("combobox", { name: "企业身份" }).selectOption("OWNER");
  await roleSection.getByRole("button", { name: "保存角色" }).click();
  await expect(roleSection.getByText("角色已更改，该用户的下一次请求即生效。")).toBeVisible();

  const memberships = page.getByRole("region", { name: "企业成员身份" });
  await expect(memberships.getByRole("link", { name: "嘉明陶瓷" })).toBeVisible();
  await expect(memberships.getByRole("listitem").filter({ hasText: "嘉明陶瓷" })).toContainText("负责人");
  // The only enterprise of a staff member cannot be removed; a second one can be added, then the first removed.
  await expect(memberships.getByRole("button", { name: "移出企业" })).toHaveCount(0);
  await memberships.getByRole("combobox", { name: "企业", exact: true }).selectOption({ label: "玉珑瓷业" });
  await memberships.getByRole("button", { name: "加入企业" }).click();
  await expect(memberships.getByText("已加入企业。")).toBeVisible();
  await expect(memberships.getByRole("link", { name: "玉珑瓷业" })).toBeVisible();
  const jiaming = memberships.getByRole("listitem").filter({ has: page.getByRole("link", { name: "嘉明陶瓷" }) });
  await jiaming.getByRole("button", { name: "移出企业" }).click();
  await jiaming.getByRole("button", { name: "确认移出" }).click();
  await expect(memberships.getByRole("link", { name: "嘉明陶瓷" })).toHaveCount(0);
  await shot(page, "user-staff");

  // The user's own session, no new sign-in, is enterprise staff now.
  await user.page.goto("/account");
  await expect(user.page.getByText(`已登录：${name} · 企业员工`)).toBeVisible();
  await user.context.close();

  await page.goto("/admin/audit");
  const roleEntry = page.getByTestId("audit-entry").filter({ hasText: `更改了“${name}”的角色` });
  await expect(roleEntry).toContainText("角色：顾客 → 企业员工");
  await expect(roleEntry).toContainText("同时加入“嘉明陶瓷”（负责人）");
  await expect(page.getByTestId("audit-entry").filter({ hasText: `把“${name}”加入“玉珑瓷业”` })).toHaveCount(1);
  await expect(page.getByTestId("audit-entry").filter({ hasText: `把“${name}”移出“嘉明陶瓷”` })).toHaveCount(1);

  // The admin's own page: no way to change their own role or disable themselves.
  await page.goto("/admin/users?q=admin%40ceramic.example");
  await page.getByRole("main").getByRole("link", { name: /admin@ceramic\.example/ }).click();
  await expect(page.getByRole("combobox", { name: "角色", exact: true })).toBeDisabled();
  await expect(page.getByRole("button", { name: "保存角色" })).toHaveCount(0);
  await expect(page.getByText("你不能停用自己的账号。")).toBeVisible();
  await expect(page.getByRole("button", { name: "停用账号" })).toHaveCount(0);
});

test("the admin suspends an enterprise: its page and products leave the storefront at once, and return on reactivation", async ({ page }) => {
  // One project suspends qinglan, the other beiyao, so the two runs do not meet.
  const slug = test.info().project.name === "phone" ? "qinglan" : "beiyao";
  await page.goto(`/enterprises/${slug}`);
  const productHref = await page.locator("main article h3 a").first().getAttribute("href");
  expect(productHref).toMatch(/\/products\//);
  expect((await page.goto(productHref ?? ""))?.status()).toBe(200);

  await signIn(page, "admin");
  await page.goto("/admin/enterprises");
  await page.getByRole("main").getByRole("link").filter({ hasText: new RegExp(`\\b${slug}\\b`) }).click();
  await expect(page).toHaveURL(/\/admin\/enterprises\/[a-z0-9]+$/);
  const enterpriseName = (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
  expect(enterpriseName.length).toBeGreaterThan(1);
  const status = page.getByRole("region", { name: "营业状态" });
  await status.getByLabel("原因或备注").fill("质检整改");
  await status.getByRole("button", { name: "暂停企业" }).click();
  await expect(status.getByText(`确定暂停“${enterpriseName}”吗？`)).toBeVisible();
  await expect(status.getByRole("button", { name: "确认暂停" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(status.getByText("企业已暂停，商城中已下架。")).toBeVisible();
  await expect(page.getByRole("main").getByText("已暂停", { exact: true }).first()).toBeVisible();
  await shot(page, "enterprise-suspended");

  expect((await page.goto(`/enterprises/${slug}`))?.status()).toBe(404);
  expect((await page.goto(productHref ?? ""))?.status()).toBe(404);
  await page.goto("/enterprises");
  await expect(page.getByRole("main").getByText(enterpriseName)).toHaveCount(0);

  await page.goto("/admin/audit?targetType=enterprise");
  await expect(page.getByTestId("audit-entry").filter({ hasText: `更改了企业“${enterpriseName}”的营业状态` }).first()).toContainText("状态：营业中 → 已暂停");

  await page.goto("/admin/enterprises");
  await page.getByRole("main").getByRole("link").filter({ hasText: new RegExp(`\\b${slug}\\b`) }).click();
  const again = page.getByRole("region", { name: "营业状态" });
  await again.getByRole("button", { name: "恢复营业" }).click();
  await again.getByRole("button", { name: "确认恢复" }).click();
  await expect(again.getByText("企业已恢复营业，商城中重新上架。")).toBeVisible();
  expect((await page.goto(`/enterprises/${slug}`))?.status()).toBe(200);
  expect((await page.goto(productHref ?? ""))?.status()).toBe(200);
});

test("the admin creates an enterprise; a refused form keeps what was typed and says why next to the field", async ({ page }) => {
  const slug = `kiln-${run()}`.toLowerCase().slice(0, 40);
  await signIn(page, "admin");
  await page.goto("/admin/enterprises");
  await page.getByRole("link", { name: "新建企业" }).click();
  await expect(page).toHaveURL(/\/admin\/enterprises\/new$/);
  await page.getByLabel("网址标识").fill("Jin Sha!");
  await page.getByLabel("中文名称").fill("金沙窑");
  await page.getByLabel("英文名称").fill("Jinsha Kiln");
  await page.getByLabel("中文简介").fill("村里的新窑口");
  await page.getByLabel("英文简介").fill("The village's newest kiln");
  await page.getByLabel("中文故事").fill("金沙窑由返乡青年创办，专做日用白瓷。");
  await page.getByLabel("创办年份").fill("1800");
  await page.getByRole("button", { name: "创建企业" }).click();
  await expect(page.getByText("只能使用小写字母、数字和连字符，2–40 位。")).toBeVisible();
  await expect(page.getByText("数值超出允许范围。")).toBeVisible();
  await expect(page.getByLabel("英文故事")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("中文名称")).toHaveValue("金沙窑");
  await expect(page.getByLabel("中文故事")).toHaveValue("金沙窑由返乡青年创办，专做日用白瓷。");
  await shot(page, "enterprise-new-errors");

  // A slug another enterprise has is refused too.
  await page.getByLabel("网址标识").fill("jiaming");
  await page.getByLabel("英文故事").fill("Founded by young people who came home, Jinsha Kiln makes everyday white porcelain.");
  await page.getByLabel("创办年份").fill("2024");
  await page.getByRole("button", { name: "创建企业" }).click();
  await expect(page.getByText("这个网址标识已被其他企业使用。")).toBeVisible();

  await page.getByLabel("网址标识").fill(slug);
  await page.getByRole("button", { name: "创建企业" }).click();
  await expect(page).toHaveURL(/\/admin\/enterprises\/[a-z0-9]+\?created=1$/);
  await expect(page.getByText("企业已创建。")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "金沙窑" })).toBeVisible();
  expect((await page.goto(`/enterprises/${slug}`))?.status()).toBe(200);
});

test("the admin's pages at tablet and phone sizes", async ({ page }) => {
  await signIn(page, "admin");
  const pages = [
    ["overview", "/admin"],
    ["enterprises", "/admin/enterprises"],
    ["enterprise-edit", null],
    ["users", "/admin/users"],
    ["user", null],
    ["host-applications", "/admin/host-applications"],
    ["audit", "/admin/audit"],
    ["audit-en", "/en/admin/audit"],
  ] as const;
  await page.goto("/admin/enterprises");
  const enterpriseHref = await page.locator("main ul a").first().getAttribute("href");
  await page.goto("/admin/users?q=jiaming");
  const userHref = await page.locator("main ul a").first().getAttribute("href");
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    for (const [name, path] of pages) {
      const target = path ?? (name === "user" ? userHref : enterpriseHref);
      const response = await page.goto(target ?? "/admin");
      expect(response?.status(), name).toBe(200);
      // Nothing sticks out sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} at ${viewport.width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-results/screenshots/admin-${test.info().project.name}-${viewport.width}x${viewport.height}-${name}.png`, fullPage: true });
    }
  }
});
