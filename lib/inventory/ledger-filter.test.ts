import { describe, expect, it } from "vitest";
import { firstValues, ledgerPageSchema, ledgerQuerySchema, ledgerSearchParams, toLedgerFilter } from "./ledger-filter";

describe("ledger filters in the URL", () => {
  it("turns village days into an instant range that includes the whole last day", () => {
    const query = ledgerQuerySchema.parse(firstValues(new URLSearchParams("sku=JM-01&reason=BREAKAGE&from=2026-11-01&to=2026-11-30")));
    expect(toLedgerFilter(query)).toEqual({
      sku: "JM-01",
      enterpriseId: undefined,
      reason: "BREAKAGE",
      from: new Date("2026-10-31T16:00:00.000Z"),
      to: new Date("2026-11-30T16:00:00.000Z"),
    });
  });

  it("refuses malformed filters strictly for the export, drops them leniently for the page", () => {
    for (const bad of ["reason=STOLEN", "from=2026-02-31", "from=yesterday", "page=0", "from=2026-12-01&to=2026-11-01", "enterprise=a%20b"]) {
      expect(ledgerQuerySchema.safeParse(firstValues(new URLSearchParams(bad))).success, bad).toBe(false);
    }
    expect(ledgerPageSchema.parse(firstValues(new URLSearchParams("reason=STOLEN&sku=X&page=abc")))).toEqual({ sku: "X", reason: undefined, page: undefined, enterprise: undefined, from: undefined, to: undefined });
  });

  it("round-trips through a query string, leaving out empty values and page 1", () => {
    expect(ledgerSearchParams({ sku: "JM 01", reason: "RECEIPT", page: 1 })).toBe("sku=JM+01&reason=RECEIPT");
    expect(firstValues({ sku: ["A", "B"], reason: "", page: undefined })).toEqual({ sku: "A" });
  });
});
