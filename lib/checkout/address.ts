import { z } from "zod";
import { MOBILE } from "@/lib/auth/identifier";
import { isRegion } from "./regions";

/** A mobile number as people type it: spaces, dashes and a +86 prefix are dropped. */
export const mobileSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s-]/g, "").replace(/^\+?86(?=1\d{10}$)/, ""))
  .pipe(z.string().regex(MOBILE, { message: "address.mobile" }));

/** A mainland China delivery address; province, city and district must exist together. */
export const addressSchema = z
  .object({
    recipient: z.string().trim().min(1, { message: "address.recipient" }).max(40, { message: "address.recipient" }),
    mobile: mobileSchema,
    province: z.string().trim().min(1, { message: "address.region" }),
    city: z.string().trim().min(1, { message: "address.region" }),
    district: z.string().trim().min(1, { message: "address.region" }),
    street: z.string().trim().min(4, { message: "address.street" }).max(120, { message: "address.street" }),
    postalCode: z
      .string()
      .trim()
      .regex(/^(\d{6})?$/, { message: "address.postalCode" })
      .transform((value) => value || null)
      .optional(),
  })
  .superRefine((address, ctx) => {
    if (!isRegion(address.province, address.city, address.district)) ctx.addIssue({ code: "custom", path: ["district"], message: "address.region" });
  });

export type DeliveryAddress = z.infer<typeof addressSchema>;
