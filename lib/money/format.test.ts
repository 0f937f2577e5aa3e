import { describe, expect, it } from "vitest";
import { fenToYuanString, formatFen, parseYuanToFen } from "./format";

describe("formatFen", () => {
  it("shows yuan with two decimals and the ¥ sign", () => {
    expect(formatFen(1280)).toBe("¥12.80");
    expect(formatFen(5)).toBe("¥0.05");
    expect(formatFen(0)).toBe("¥0.00");
  });
  it("groups thousands in both locales", () => {
    expect(formatFen(128_000_00, "zh-CN")).toBe("¥128,000.00");
    expect(formatFen(129_900, "en")).toBe("¥1,299.00");
  });
  it("keeps the sign of refunds", () => {
    expect(formatFen(-1999)).toBe("-¥19.99");
  });
  it("refuses fractional fen", () => {
    expect(() => formatFen(12.5)).toThrow(RangeError);
  });
});

describe("parseYuanToFen", () => {
  it.each([
    ["12", 1200],
    ["12.5", 1250],
    ["12.50", 1250],
    ["0.07", 7],
    ["¥1,280", 128000],
    ["１２.３", 1230],
    [" 39.9 ", 3990],
  ])("reads %j as %i fen", (input, fen) => {
    expect(parseYuanToFen(input)).toBe(fen);
  });
  it.each(["", "abc", "-3", "1.234", "1e3", "12.", ".5"])("rejects %j", (input) => {
    expect(parseYuanToFen(input)).toBeNull();
  });
  it("is exact where floating point is not (0.29 * 100 = 28.999…)", () => {
    expect(parseYuanToFen("0.29")).toBe(29);
    expect(parseYuanToFen("19.99")).toBe(1999);
  });
});

describe("fenToYuanString", () => {
  it("is the exact decimal of the fen", () => {
    expect(fenToYuanString(1999)).toBe("19.99");
    expect(fenToYuanString(100000)).toBe("1000.00");
    expect(fenToYuanString(-5)).toBe("-0.05");
  });
});
