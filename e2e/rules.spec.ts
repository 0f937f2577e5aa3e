import { expect, type Page, test } from "@playwright/test";
import { signInAs } from "./support/accounts";

/**
 * The admin edits the commerce rules: a change is kept (and the worked example follows it), a
 * rule the database would refuse is explained next to its field and changes nothing. Runs in
 * both projects on one database, so each project saves values of its own.
 */

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/rules-${test.info().project.name}-${name}.png`, fullPage: true });
}

test("the admin changes the free-shipping threshold and the cooperative fee; an impossible fee is refused with its reason", async ({ page }) => {
  const desktop = test.info().project.name === "desktop";
  // ¥120 of goods, 2 kg, paid online (3.40 %): the cooperative gets its fee on ¥120 plus ¥23 shipping and packing less ¥0.78.
  const { threshold, fee, cooperativeShare } = desktop ? { threshold: "299.00", fee: "7.25", cooperativeShare: "¥30.92" } : { threshold: "288.00", fee: "7.50", cooperativeShare: "¥31.22" };

  await signInAs(page, "admin");
  await page.goto("/admin/rules");
  await expect(page.getByRole("heading", { level: 1, name: "交易规则" })).toBeVisible();
  await expect(page.getByRole("link", { name: "交易规则" })).toHaveAttribute("aria-current", "page");
  const thresholdField = page.getByLabel("包邮门槛（商品金额）");
  const feeField = page.getByLabel("合作社服务费");

  await thresholdField.fill(threshold.replace(".00", ""));
  await feeField.fill(fee);
  await page.getByRole("button", { name: "保存规则" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存。" })).toBeVisible();
  await expect(thresholdField).toHaveValue(threshold);

  await page.reload();
  await expect(thresholdField).toHaveValue(threshold);
  await expect(feeField).toHaveValue(fee);
  const example = page.getByTestId("rules-example");
  await expect(example.getByRole("row", { name: /合作社/ })).toContainText(cooperativeShare);
  await shot(page, "saved");

  // 95 % + 10 % host commission + 3.40 % payment fee: more than the whole line.
  await feeField.fill("95");
  await page.getByLabel("首重运费").fill("12.345");
  await page.getByRole("button", { name: "保存规则" }).click();
  await expect(page.getByText("合作社服务费、主播佣金与较高的支付手续费合计超过 100%，企业所得将为负数。")).toBeVisible();
  await expect(page.getByText("请输入以元为单位、最多两位小数的金额，例如 12 或 12.50。")).toBeVisible();
  await expect(feeField).toHaveAttribute("aria-invalid", "true");
  await expect(feeField).toHaveValue("95");
  await shot(page, "refused");

  await page.reload();
  await expect(feeField).toHaveValue(fee);
  await expect(page.getByLabel("首重运费")).toHaveValue("12.00");
  await expect(example.getByRole("row", { name: /合作社/ })).toContainText(cooperativeShare);

  // The same page in English.
  await page.goto("/en/admin/rules");
  await expect(page.getByRole("heading", { level: 1, name: "Commerce rules" })).toBeVisible();
  await expect(page.getByLabel("Free shipping from (goods total)")).toHaveValue(threshold);
  await shot(page, "en");
});

test("a shopper cannot open the rules", async ({ page }) => {
  await signInAs(page, "shopper");
  const response = await page.goto("/admin/rules");
  expect(response?.status()).toBe(403);
});
