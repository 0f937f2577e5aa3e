import { expect, test } from "@playwright/test";
import { signInAs } from "./support/accounts";

test("a shopper signs up with a mobile number, signs in, changes the password and signs out", async ({ page }) => {
  const phone = `139${String(Date.now()).slice(-8)}`;
  await page.goto("/register");
  await page.getByLabel("称呼").fill("小南");
  await page.getByLabel("邮箱或手机号").fill("12345");
  await page.getByLabel("密码").fill("short");
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page.getByText("请填写有效的邮箱或中国大陆手机号。")).toBeVisible();
  await expect(page.getByText("密码至少 8 位。")).toBeVisible();
  await expect(page.getByLabel("称呼")).toHaveValue("小南");

  await page.getByLabel("邮箱或手机号").fill(`+86 ${phone}`);
  await page.getByLabel("密码").fill("porcelain-2026");
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page).toHaveURL(/\/login\?identifier=/);
  await expect(page.getByLabel("邮箱或手机号")).toHaveValue(phone);

  await page.getByLabel("密码").fill("wrong-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("main form").getByRole("alert")).toHaveText("账号或密码不正确。");
  await page.getByLabel("密码").fill("porcelain-2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText("已登录：小南 · 顾客")).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "我的账号" })).toBeVisible();

  await page.getByLabel("当前密码").fill("porcelain-2026");
  await page.getByLabel("新密码").fill("porcelain-2027");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByText("密码已修改，其他设备上的登录已失效。")).toBeVisible();

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "登录" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?next=%2Faccount/);
});

test("too many wrong passwords for one account are refused with a clear message", async ({ page }) => {
  // An account of this test's own, so no other test's demo account is locked out.
  const identifier = `locked-${test.info().project.name}-${Date.now()}@ceramic.example`;
  await page.goto("/en/login");
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.getByLabel("Email or mobile number").fill(identifier);
    await page.getByLabel("Password").fill(`wrong-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("main form").getByRole("alert")).toHaveText("The account or password is not right.");
  }
  await page.getByLabel("Password").fill("another-guess");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("main form").getByRole("alert")).toHaveText("Too many attempts. Please try again in 15 minutes.");
});

test("demo staff reach their console from the account page", async ({ page }) => {
  await signInAs(page, "jiaming");
  await page.getByRole("link", { name: "企业后台 →" }).click();
  await expect(page).toHaveURL(/\/enterprise$/);
});
