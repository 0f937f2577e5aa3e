import { describe, expect, it } from "vitest";
import { identifierKey, identifierSchema, newPasswordSchema } from "./identifier";
import { safeNextPath } from "./safe-next";

describe("identifierSchema", () => {
  it.each([
    ["13800138000", "phone:13800138000"],
    ["+86 138-0013-8000", "phone:13800138000"],
    ["8613800138000", "phone:13800138000"],
    ["  Shopper@Ceramic.Example ", "email:shopper@ceramic.example"],
  ])("normalises %j", (input, key) => {
    const parsed = identifierSchema.safeParse(input);
    expect(parsed.success && identifierKey(parsed.data)).toBe(key);
  });

  it.each([
    ["", "identifier.required"],
    ["12345678901", "identifier.invalid"],
    ["1380013800", "identifier.invalid"],
    ["not-an-email@", "identifier.invalid"],
  ])("refuses %j with a translatable key", (input, message) => {
    const parsed = identifierSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(message);
  });
});

describe("newPasswordSchema", () => {
  it("needs 8 to 128 characters", () => {
    expect(newPasswordSchema.safeParse("1234567").error?.issues[0]?.message).toBe("password.tooShort");
    expect(newPasswordSchema.safeParse("x".repeat(129)).error?.issues[0]?.message).toBe("password.tooLong");
    expect(newPasswordSchema.safeParse("12345678").success).toBe(true);
  });
});

describe("safeNextPath", () => {
  it("keeps paths on this site, without the locale prefix", () => {
    expect(safeNextPath("/enterprise/products")).toBe("/enterprise/products");
    expect(safeNextPath("/en/warehouse")).toBe("/warehouse");
    expect(safeNextPath("/en")).toBe("/");
  });
  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", undefined])("falls back for %j", (next) => {
    expect(safeNextPath(next)).toBe("/account");
  });
});
