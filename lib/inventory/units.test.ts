import { describe, expect, it } from "vitest";
import { normalizeBinCode } from "./bins";
import { breakageNote, parseBreakageNote } from "./breakage";
import { isQuantity, villageDay } from "./core";
import { pickEnterpriseId } from "./enterprise-scope";
import { receiptLineNote } from "./receipts";

describe("bin codes", () => {
  it("normalises what people type or scan into aisle-rack-shelf", () => {
    expect(normalizeBinCode("A-01-1")).toBe("A-01-1");
    expect(normalizeBinCode(" a-1-1 ")).toBe("A-01-1");
    expect(normalizeBinCode("Ａ－０１－１")).toBe("A-01-1");
    expect(normalizeBinCode("b 12 4")).toBe("B-12-4");
    expect(normalizeBinCode("C_03_2")).toBe("C-03-2");
  });

  it("refuses anything else", () => {
    for (const bad of ["", "A", "A-1", "AA-01-1", "A-123-1", "A-01-12", "1-01-1", "A-01-", "A--01-1-1"]) expect(normalizeBinCode(bad), bad).toBeNull();
  });
});

describe("breakage notes", () => {
  it("round-trip the reason code and the operator's words", () => {
    expect(parseBreakageNote(breakageNote("TRANSIT", "  crate dropped  "))).toEqual({ reason: "TRANSIT", text: "crate dropped" });
    expect(parseBreakageNote(breakageNote("DEFECT"))).toEqual({ reason: "DEFECT", text: null });
    expect(parseBreakageNote("something else")).toEqual({ reason: null, text: "something else" });
    expect(parseBreakageNote(null)).toEqual({ reason: null, text: null });
  });
});

describe("helpers", () => {
  it("dates documents by the village's day (UTC+8)", () => {
    expect(villageDay(new Date("2026-11-29T15:59:59Z"))).toBe("20261129");
    expect(villageDay(new Date("2026-11-29T16:00:00Z"))).toBe("20261130");
  });

  it("accepts whole, bounded quantities only", () => {
    expect(isQuantity(1)).toBe(true);
    expect(isQuantity(0)).toBe(false);
    expect(isQuantity(0, { allowZero: true })).toBe(true);
    for (const bad of [-1, 1.5, Number.NaN, 100_001, "3"]) expect(isQuantity(bad as number), String(bad)).toBe(false);
  });

  it("writes a receipt line's counts in a note the ledger can show in either language", () => {
    expect(receiptLineNote(10, 9, 1)).toBe("announced 10, good 9, broken 1");
    expect(receiptLineNote(10, 7, 1)).toBe("announced 10, good 7, broken 1, short 2");
  });

  it("shows staff only enterprises they belong to", () => {
    const memberships = [{ enterpriseId: "a" }, { enterpriseId: "b" }];
    expect(pickEnterpriseId(memberships)).toBe("a");
    expect(pickEnterpriseId(memberships, "b")).toBe("b");
    expect(pickEnterpriseId(memberships, "someone-else")).toBe("a");
    expect(pickEnterpriseId(memberships, ["b"])).toBe("a");
    expect(pickEnterpriseId([], "a")).toBeNull();
  });
});
