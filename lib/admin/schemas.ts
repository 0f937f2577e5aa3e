import { z } from "zod";

/**
 * Input of the cooperative admin's changes. Messages are message keys: generic ones
 * ("required", "tooLong", "invalid") from the `validation` namespace, the admin's own ones
 * ("enterprise.slugFormat", "number.outOfRange", …) from `adminConsole.errors`.
 */

export const USER_ROLES = ["SHOPPER", "HOST", "ENTERPRISE_STAFF", "WAREHOUSE", "ADMIN"] as const;
export const MEMBER_ROLES = ["OWNER", "STAFF"] as const;
export const ENTERPRISE_STATUSES = ["ACTIVE", "SUSPENDED"] as const;
export const HOST_APPLICATION_STATUSES = ["PENDING", "APPROVED", "REJECTED"] as const;

export const SLUG_PATTERN = /^[a-z0-9-]{2,40}$/;

/** Database ids (cuid), as they arrive from forms and addresses. */
export const idSchema = z.string({ message: "required" }).trim().min(1, { message: "required" }).max(64, { message: "invalid" }).regex(/^[a-z0-9]+$/i, { message: "invalid" });

const text = (max: number) => z.string({ message: "required" }).trim().min(1, { message: "required" }).max(max, { message: "tooLong" });

/** An optional whole number typed in a form: empty means "not known" (null). */
const optionalInt = (min: number, max: number) =>
  z.preprocess(
    (value) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : typeof value === "string" ? value.trim() : value),
    z.coerce.number({ message: "invalid" }).int({ message: "invalid" }).min(min, { message: "number.outOfRange" }).max(max, { message: "number.outOfRange" }).nullable(),
  );

/** What an admin edits of an enterprise (the slug only when creating: public addresses are stable). */
export const enterpriseContentSchema = z.object({
  nameZh: text(60),
  nameEn: text(80),
  taglineZh: text(120),
  taglineEn: text(200),
  storyZh: text(5000),
  storyEn: text(8000),
  foundedYear: optionalInt(1900, 2100),
  productionLines: optionalInt(0, 200),
});

export const enterpriseCreateSchema = enterpriseContentSchema.extend({
  slug: z
    .string({ message: "required" })
    .trim()
    .toLowerCase()
    .min(1, { message: "required" })
    .regex(SLUG_PATTERN, { message: "enterprise.slugFormat" }),
});

export type EnterpriseContentInput = z.infer<typeof enterpriseContentSchema>;
export type EnterpriseCreateInput = z.infer<typeof enterpriseCreateSchema>;

export const enterpriseStatusSchema = z.object({
  enterpriseId: idSchema,
  status: z.enum(ENTERPRISE_STATUSES, { message: "invalid" }),
  note: z.string().trim().max(500, { message: "tooLong" }).optional().default(""),
});

/** Setting a role; a membership may come along when the new role is enterprise staff. */
export const setRoleSchema = z
  .object({
    userId: idSchema,
    role: z.enum(USER_ROLES, { message: "invalid" }),
    enterpriseId: z.string().trim().max(64).optional().default(""),
    memberRole: z.enum(MEMBER_ROLES, { message: "invalid" }).optional().default("STAFF"),
  })
  .transform(({ userId, role, enterpriseId, memberRole }) => ({
    userId,
    role,
    membership: role === "ENTERPRISE_STAFF" && enterpriseId ? { enterpriseId, role: memberRole } : undefined,
  }));

export const addMembershipSchema = z.object({
  userId: idSchema,
  enterpriseId: idSchema,
  role: z.enum(MEMBER_ROLES, { message: "invalid" }),
});

export const removeMembershipSchema = z.object({ userId: idSchema, enterpriseId: idSchema });

export const setDisabledSchema = z.object({
  userId: idSchema,
  disabled: z.enum(["true", "false"], { message: "invalid" }).transform((value) => value === "true"),
});

export const reviewHostApplicationSchema = z
  .object({
    applicationId: idSchema,
    decision: z.enum(["approve", "reject"], { message: "invalid" }),
    note: z.string().trim().max(500, { message: "tooLong" }).optional().default(""),
  })
  // A rejection says why, so the cooperative can tell the applicant.
  .refine((input) => input.decision === "approve" || input.note.length > 0, { message: "application.noteRequired", path: ["note"] });

const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

/** The users list's address: /admin/users?q=&role=&page= */
export const userListQuerySchema = z.object({
  q: z.string().trim().max(100).catch("").default(""),
  role: z.enum(USER_ROLES).optional().catch(undefined),
  page: pageSchema.default(1),
});

export const AUDIT_TARGET_TYPES = ["user", "enterprise", "hostApplication"] as const;

/** The audit log's address: /admin/audit?targetType=&actor=&target=&user=&page= */
export const auditQuerySchema = z.object({
  targetType: z.enum(AUDIT_TARGET_TYPES).optional().catch(undefined),
  actor: idSchema.optional().catch(undefined),
  /** One target (an enterprise, a user) by id. */
  target: idSchema.optional().catch(undefined),
  /** Everything about one user, their host applications' reviews included. */
  user: idSchema.optional().catch(undefined),
  page: pageSchema.default(1),
});

export const hostApplicationQuerySchema = z.object({
  status: z.enum(HOST_APPLICATION_STATUSES).optional().catch(undefined),
});

/** First value of a search parameter (Next gives string | string[] | undefined). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Search parameters as plain strings, empty ones left out, for the schemas above. */
export function searchParamsObject(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = firstParam(value);
    if (first !== undefined && first !== "") out[key] = first;
  }
  return out;
}
