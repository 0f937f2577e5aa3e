import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)/g)].map((m) => m[1] ?? "").sort();
}

describe("messages", () => {
  it("has every key in both Chinese and English", () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it("uses the same placeholders in both languages", () => {
    const lookup = (messages: object, key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
    for (const key of keys(zh)) {
      expect(placeholders(lookup(en, key)).filter((p) => p !== "count" || placeholders(lookup(zh, key)).includes("count")), key).toEqual(
        placeholders(lookup(zh, key)),
      );
    }
  });

  it("has no empty message", () => {
    for (const [messages, locale] of [[en, "en"], [zh, "zh-CN"]] as const) {
      const lookup = (key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
      for (const key of keys(messages)) expect(String(lookup(key)).trim(), `${locale}:${key}`).not.toBe("");
    }
  });
});
