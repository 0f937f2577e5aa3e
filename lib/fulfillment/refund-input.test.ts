import { describe, expect, it } from "vitest";
import { refundFormFields, refundFormSchema } from "./refund-input";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describe("refund form", () => {
  it("reads pieces per line and shipping in yuan into fen, blanks as zero", () => {
    const parsed = refundFormSchema.parse(refundFormFields(form({ "lines.0.id": "a", "lines.0.quantity": "2", "lines.1.id": "b", "lines.1.quantity": "", shipping: "12.5", reason: " 破损 " })));
    expect(parsed).toEqual({ lines: [{ orderLineId: "a", quantity: 2 }, { orderLineId: "b", quantity: 0 }], shipping: 1250, reason: "破损" });
  });

  it("names the field that is wrong", () => {
    const issues = (fields: Record<string, string>) => refundFormSchema.safeParse(refundFormFields(form(fields))).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues({ "lines.0.id": "a", "lines.0.quantity": "-1", reason: "x" })).toContainEqual(["lines.0.quantity", "quantity"]);
    expect(issues({ "lines.0.id": "a", "lines.0.quantity": "1", shipping: "1.234", reason: "x" })).toEqual([["shipping", "shipping"]]);
    expect(issues({ "lines.0.id": "a", "lines.0.quantity": "1", reason: "  " })).toEqual([["reason", "reason"]]);
    expect(issues({ "lines.0.id": "a", "lines.0.quantity": "0", shipping: "", reason: "x" })).toEqual([["form", "nothing_to_refund"]]);
  });
});
