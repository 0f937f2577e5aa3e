import type { Tx } from "@/lib/db/client";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { pageWindow } from "@/lib/paging";

/**
 * The audit log of role, membership, permission and enterprise changes. Entries are written
 * only through recordAudit, inside the transaction of the change they describe (so a change
 * and its entry are committed or rolled back together); the table refuses UPDATE and DELETE.
 */

export type AuditTargetType = "user" | "enterprise" | "hostApplication" | "commerceRules";

export const AUDIT_ACTIONS = [
  "enterprise.created",
  "enterprise.updated",
  "enterprise.status.changed",
  "user.role.changed",
  "user.membership.added",
  "user.membership.changed",
  "user.membership.removed",
  "user.disabled",
  "user.enabled",
  "hostApplication.approved",
  "hostApplication.rejected",
  "commerceRules.updated",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditRecord {
  actorId: string | null;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string;
  /**
   * What changed, JSON: `label` (the target's name at the time, so the log stays readable when
   * the target is renamed; `labelEn` too for bilingual names), `before`/`after` where something
   * changed value, and any context.
   */
  details: Prisma.InputJsonObject & { label: string };
}

export async function recordAudit(tx: Tx, record: AuditRecord): Promise<{ id: string }> {
  return tx.auditEntry.create({
    data: { actorId: record.actorId, action: record.action, targetType: record.targetType, targetId: record.targetId, details: record.details },
    select: { id: true },
  });
}

export const AUDIT_PAGE_SIZE = 25;

export interface AuditFilters {
  targetType?: AuditTargetType;
  actorId?: string;
  /** Entries about one user: those targeting the user, and the reviews of their host applications. */
  userId?: string;
  targetId?: string;
  page?: number;
  pageSize?: number;
}

export interface AuditListEntry {
  id: string;
  action: string;
  targetType: string;
  targetId: string;
  details: Record<string, unknown>;
  createdAt: Date;
  actor: { id: string; name: string } | null;
}

export interface AuditPage {
  items: AuditListEntry[];
  total: number;
  page: number;
  pageCount: number;
}

function auditWhere(filters: AuditFilters): Prisma.AuditEntryWhereInput {
  const and: Prisma.AuditEntryWhereInput[] = [];
  if (filters.targetType) and.push({ targetType: filters.targetType });
  if (filters.actorId) and.push({ actorId: filters.actorId });
  if (filters.targetId) and.push({ targetId: filters.targetId });
  if (filters.userId) {
    and.push({
      OR: [
        { targetType: "user", targetId: filters.userId },
        { targetType: "hostApplication", details: { path: ["userId"], equals: filters.userId } },
      ],
    });
  }
  return and.length ? { AND: and } : {};
}

/** Newest first, a page at a time; a page past the end gives the last page. */
export async function listAudit(db: PrismaClient, filters: AuditFilters = {}): Promise<AuditPage> {
  const where = auditWhere(filters);
  const pageSize = filters.pageSize ?? AUDIT_PAGE_SIZE;
  const total = await db.auditEntry.count({ where });
  const { page, pageCount } = pageWindow(total, pageSize, filters.page);
  const rows = await db.auditEntry.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: { id: true, action: true, targetType: true, targetId: true, details: true, createdAt: true, actor: { select: { id: true, name: true } } },
  });
  return {
    items: rows.map((row) => ({ ...row, details: isObject(row.details) ? row.details : { value: row.details } })),
    total,
    page,
    pageCount,
  };
}

/** The people who have made audited changes, for the log's "by whom" filter. */
export async function listAuditActors(db: PrismaClient): Promise<{ id: string; name: string }[]> {
  const actorIds = await db.auditEntry.findMany({ where: { actorId: { not: null } }, distinct: ["actorId"], select: { actorId: true } });
  return db.user.findMany({
    where: { id: { in: actorIds.map((a) => a.actorId).filter((id): id is string => !!id) } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The name of a user or enterprise the log is filtered to, for the filter's label. */
export async function describeAuditSubject(db: PrismaClient, id: string): Promise<string | null> {
  const [user, enterprise] = await Promise.all([
    db.user.findUnique({ where: { id }, select: { name: true } }),
    db.enterprise.findUnique({ where: { id }, select: { nameZh: true, nameEn: true } }),
  ]);
  return user?.name ?? enterprise?.nameZh ?? null;
}
