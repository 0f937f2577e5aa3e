import { z } from "zod";
import { parseYuanToFen } from "@/lib/money/format";

export const REFUND_REASON_MAX = 200;

const pieces = z.string().trim().regex(/^\d{0,6}$/, { message: "quantity" }).transform((value) => (value === "" ? 0 : Number(value)));

/**
 * A refund as typed on an order page: pieces per order line (each line's `lines.N.id` and
 * `lines.N.quantity`), shipping to return in yuan, and the reason the shopper is told. What may
 * still be refunded is checked by refundOrder against the order itself.
 */
export const refundFormSchema = z
  .object({
    lines: z.array(z.object({ orderLineId: z.string().min(1).max(64), quantity: pieces })).max(100),
    shipping: z
      .string()
      .trim()
      .transform((value, ctx) => {
        if (value === "") return 0;
        const fen = parseYuanToFen(value);
        if (fen === null) {
          ctx.addIssue({ code: "custom", message: "shipping" });
          return z.NEVER;
        }
        return fen;
      }),
    reason: z.string().trim().min(1, { message: "reason" }).max(REFUND_REASON_MAX, { message: "reason" }),
  })
  .refine((refund) => refund.shipping > 0 || refund.lines.some((line) => line.quantity > 0), { message: "nothing_to_refund", path: ["form"] });

export type RefundForm = z.infer<typeof refundFormSchema>;

/** Reads the refund form's fields out of FormData into the shape refundFormSchema checks. */
export function refundFormFields(formData: FormData) {
  const indexes = [...new Set([...formData.keys()].flatMap((key) => /^lines\.(\d{1,3})\.id$/.exec(key)?.[1] ?? []))].map(Number).sort((a, b) => a - b);
  return {
    lines: indexes.map((i) => ({ orderLineId: String(formData.get(`lines.${i}.id`) ?? ""), quantity: String(formData.get(`lines.${i}.quantity`) ?? "") })),
    shipping: String(formData.get("shipping") ?? ""),
    reason: String(formData.get("reason") ?? ""),
  };
}
