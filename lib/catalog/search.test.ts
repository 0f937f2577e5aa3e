import { describe, expect, it } from "vitest";
import { buildSearchText, normaliseSearchText, searchTerms } from "./search";

describe("normaliseSearchText", () => {
  it("lower-cases and turns punctuation and hyphens into single spaces", () => {
    expect(normaliseSearchText("Blue-and-White  Lotus, Rice-Bowl!")).toBe("blue and white lotus rice bowl");
  });
  it("folds full-width characters typed by Chinese input methods", () => {
    expect(normaliseSearchText("ＭＵＧ　杯")).toBe("mug 杯");
  });
  it("keeps Chinese text intact so partial words still match", () => {
    expect(normaliseSearchText("青花·缠枝莲饭碗")).toBe("青花 缠枝莲饭碗");
  });
});

describe("searchTerms", () => {
  it("splits a query into unique terms", () => {
    expect(searchTerms("  Mug mug 青花 ")).toEqual(["mug", "青花"]);
  });
  it("returns nothing for a blank or punctuation-only query", () => {
    expect(searchTerms("  ,.;!  ")).toEqual([]);
  });
  it("bounds the number and length of terms", () => {
    const terms = searchTerms(Array.from({ length: 20 }, (_, i) => `t${i}`).join(" ") + " " + "x".repeat(100));
    expect(terms).toHaveLength(8);
    expect(searchTerms("y".repeat(100))[0]).toHaveLength(40);
  });
});

describe("buildSearchText", () => {
  it("joins every name in both languages so either finds the product", () => {
    const text = buildSearchText(["青花缠枝莲饭碗", "Blue-and-White Lotus Rice Bowl", null, "嘉明陶瓷"]);
    for (const term of [...searchTerms("青花"), ...searchTerms("lotus bowl"), ...searchTerms("blue and white")]) {
      expect(text).toContain(term);
    }
  });
});
