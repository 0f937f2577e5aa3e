import { expect, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/accounts";

export type DemoAccount = "admin" | "warehouse" | "host" | "shopper" | "jiaming" | "yulong";

export function demoEmail(account: DemoAccount): string {
  const found = DEMO_ACCOUNTS.find((a) => a.email.startsWith(`${account}@`));
  if (!found) throw new Error(`no demo account ${account}`);
  return found.email;
}

/** Signs in through the real sign-in form and waits until the account page shows. */
export async function signInAs(page: Page, account: DemoAccount): Promise<void> {
  await page.goto("/login?next=/account");
  await page.getByLabel("邮箱或手机号").fill(demoEmail(account));
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  // The login page's own URL (…?next=/account) must not count: wait for the account page itself.
  await expect(page).toHaveURL((url) => url.pathname === "/account");
}
