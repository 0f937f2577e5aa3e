import { describe, expect, it } from "vitest";
import { addressSchema } from "./address";

const valid = { recipient: " 王小明 ", mobile: "+86 138-0013-8000", province: "山西省", city: "朔州市", district: "怀仁市", street: "金沙滩镇南家堡村 1 号", postalCode: "" };

describe("addressSchema", () => {
  it("accepts a mainland address and normalises the mobile number", () => {
    expect(addressSchema.parse(valid)).toEqual({ ...valid, recipient: "王小明", mobile: "13800138000", postalCode: null });
  });

  it.each([
    [{ mobile: "1380013800" }, "mobile", "address.mobile"],
    [{ mobile: "23800138000" }, "mobile", "address.mobile"],
    [{ city: "大同市", district: "怀仁市" }, "district", "address.region"],
    [{ province: "火星" }, "district", "address.region"],
    [{ street: "1号" }, "street", "address.street"],
    [{ postalCode: "03800" }, "postalCode", "address.postalCode"],
    [{ recipient: "" }, "recipient", "address.recipient"],
  ])("refuses %o with a translated key", (change, field, message) => {
    const result = addressSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(expect.objectContaining({ path: [field], message }));
  });
});
