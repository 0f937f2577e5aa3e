import { z } from "zod";

/** A mainland China mobile number: 11 digits starting with 1, optionally written with +86. */
export const MOBILE = /^1[3-9]\d{9}$/;

export type Identifier = { kind: "email"; email: string } | { kind: "phone"; phone: string };

/**
 * What a person types to sign in: an email address or a mainland mobile number, normalised
 * ("+86 138-0013-8000" → "13800138000", emails lower-cased) so one account has one key.
 */
export const identifierSchema = z
  .string()
  .trim()
  .min(1, { message: "identifier.required" })
  .max(254)
  .transform((value, ctx): Identifier => {
    const digits = value.replace(/[\s-]/g, "").replace(/^(\+?86)(?=1\d{10}$)/, "");
    if (MOBILE.test(digits)) return { kind: "phone", phone: digits };
    const email = z.email().safeParse(value.toLowerCase());
    if (email.success) return { kind: "email", email: email.data };
    ctx.addIssue({ code: "custom", message: "identifier.invalid" });
    return z.NEVER;
  });

/** A password a person may choose: long enough to resist guessing, bounded to keep hashing cheap. */
export const newPasswordSchema = z
  .string()
  .min(8, { message: "password.tooShort" })
  .max(128, { message: "password.tooLong" });

export function identifierKey(identifier: Identifier): string {
  return identifier.kind === "email" ? `email:${identifier.email}` : `phone:${identifier.phone}`;
}
