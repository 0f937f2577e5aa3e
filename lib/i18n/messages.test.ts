import { describe, expect, it } from "vitest";
import { loadMessages, MESSAGE_FILES } from "@/i18n/messages";

function flatten(messages: object, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === "object" && value !== null ? Object.entries(flatten(value, `${prefix}${key}.`)) : [[`${prefix}${key}`, String(value)]],
    ),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1] ?? "").sort();

describe("messages", async () => {
  const zh = flatten(await loadMessages("zh-CN"));
  const en = flatten(await loadMessages("en"));

  it("has every key in both Chinese and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it("uses the same placeholders in both languages (English may add plural counts)", () => {
    for (const key of Object.keys(zh)) {
      const english = placeholders(en[key] ?? "").filter((p) => p !== "count" || placeholders(zh[key] ?? "").includes("count"));
      expect(english, key).toEqual(placeholders(zh[key] ?? ""));
    }
  });

  it("has no empty message", () => {
    for (const [key, value] of [...Object.entries(zh), ...Object.entries(en)]) expect(value.trim(), key).not.toBe("");
  });

  it("keeps each top-level namespace in one file only", async () => {
    const seen = new Map<string, string>();
    for (const file of MESSAGE_FILES) {
      const messages = (await import(`@/messages/zh-CN/${file}.json`)).default as object;
      for (const namespace of Object.keys(messages)) {
        expect(seen.get(namespace), `${namespace} in ${file} and ${seen.get(namespace)}`).toBeUndefined();
        seen.set(namespace, file);
      }
    }
  });
});
