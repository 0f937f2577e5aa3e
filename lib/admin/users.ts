import type { Tx } from "@/lib/db/client";
import { type MemberRole, Prisma, type PrismaClient, type UserRole } from "@/lib/db/generated/client";
import { recordAudit } from "./audit";
import { fail, type Outcome } from "./result";
import { pageWindow } from "@/lib/paging";

/**
 * Users, their roles and enterprise memberships, as the cooperative admin manages them.
 *
 * Rules:
 * - An admin cannot take the ADMIN role from themselves or disable their own account (so the
 *   cooperative always keeps at least one admin who can act).
 * - Memberships belong to enterprise staff: a user becomes ENTERPRISE_STAFF only with at least
 *   one membership (given in the same step when they have none), only staff get memberships,
 *   and leaving the staff role removes every membership in the same transaction (a membership
 *   never lies dormant to grant access again on a later role change).
 * - Removing the last membership of a staff user is refused: change their role instead, which
 *   says what they become.
 * - Each change writes exactly one audit entry in its own transaction; a refused change writes
 *   nothing. Roles are read from the database on every request, so a change applies at once;
 *   disabling also ends every open session.
 */

export const USERS_PAGE_SIZE = 20;

export async function listUsers(db: PrismaClient, filters: { q?: string; role?: UserRole; page?: number; pageSize?: number } = {}) {
  const and: Prisma.UserWhereInput[] = [];
  const q = filters.q?.trim();
  if (q) {
    and.push({
      OR: [
        { name: { contains: q, mode: "insensitive" } },
        { email: { contains: q, mode: "insensitive" } },
        { phone: { contains: q.replace(/[\s-]/g, "") } },
      ],
    });
  }
  if (filters.role) and.push({ role: filters.role });
  const where: Prisma.UserWhereInput = and.length ? { AND: and } : {};
  const pageSize = filters.pageSize ?? USERS_PAGE_SIZE;
  const total = await db.user.count({ where });
  const { page, pageCount } = pageWindow(total, pageSize, filters.page);
  const items = await db.user.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      role: true,
      disabled: true,
      createdAt: true,
      memberships: { orderBy: { createdAt: "asc" }, select: { role: true, enterprise: { select: { id: true, nameZh: true, nameEn: true } } } },
    },
  });
  return { items, total, page, pageCount };
}

export async function getUser(db: PrismaClient, userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      role: true,
      disabled: true,
      createdAt: true,
      memberships: {
        orderBy: { createdAt: "asc" },
        select: { role: true, createdAt: true, enterprise: { select: { id: true, slug: true, nameZh: true, nameEn: true, status: true } } },
      },
      hostApplications: { orderBy: { createdAt: "desc" }, take: 5, select: { id: true, status: true, createdAt: true, reviewedAt: true, reviewNote: true } },
    },
  });
}

export type SetRoleError = "user.notFound" | "user.selfDemotion" | "user.roleUnchanged" | "user.membershipRequired" | "enterprise.notFound";

/**
 * Gives a user another role. To make someone enterprise staff who has no membership yet, pass
 * the membership to create with it. Leaving the staff role removes the user's memberships.
 */
export async function setRole(
  db: PrismaClient,
  input: { actorId: string; userId: string; role: UserRole; membership?: { enterpriseId: string; role: MemberRole } },
): Promise<Outcome<SetRoleError, { before: UserRole; after: UserRole }>> {
  return db.$transaction(async (tx) => {
    const user = await lockUser(tx, input.userId);
    if (!user) return fail("user.notFound");
    if (user.id === input.actorId && input.role !== "ADMIN") return fail("user.selfDemotion");
    if (user.role === input.role) return fail("user.roleUnchanged");

    const details: Prisma.InputJsonObject & { label: string } = { label: user.name, before: user.role, after: input.role };
    let addedMembership: Prisma.InputJsonObject | undefined;
    let removedMemberships: Prisma.InputJsonObject[] | undefined;
    if (input.role === "ENTERPRISE_STAFF") {
      if (input.membership && !user.memberships.some((m) => m.enterpriseId === input.membership?.enterpriseId)) {
        const enterprise = await tx.enterprise.findUnique({ where: { id: input.membership.enterpriseId }, select: { id: true, nameZh: true, nameEn: true } });
        if (!enterprise) return fail("enterprise.notFound");
        await tx.enterpriseMember.create({ data: { userId: user.id, enterpriseId: enterprise.id, role: input.membership.role } });
        addedMembership = { enterpriseId: enterprise.id, enterprise: enterprise.nameZh, enterpriseEn: enterprise.nameEn, role: input.membership.role };
      } else if (user.memberships.length === 0) {
        return fail("user.membershipRequired");
      }
    } else if (user.role === "ENTERPRISE_STAFF" && user.memberships.length > 0) {
      await tx.enterpriseMember.deleteMany({ where: { userId: user.id } });
      removedMemberships = user.memberships.map((m) => ({ enterpriseId: m.enterpriseId, enterprise: m.enterprise.nameZh, enterpriseEn: m.enterprise.nameEn, role: m.role }));
    }
    await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "user.role.changed",
      targetType: "user",
      targetId: user.id,
      details: { ...details, ...(addedMembership && { addedMembership }), ...(removedMemberships && { removedMemberships }) },
    });
    return { ok: true, before: user.role, after: input.role };
  });
}

export type AddMembershipError = "user.notFound" | "enterprise.notFound" | "membership.notStaff" | "membership.exists";

/**
 * Adds a staff user to an enterprise as OWNER or STAFF, or changes the member role of an
 * existing membership.
 */
export async function addMembership(
  db: PrismaClient,
  input: { actorId: string; userId: string; enterpriseId: string; role: MemberRole },
): Promise<Outcome<AddMembershipError, { changed: "added" | "roleChanged" }>> {
  return db.$transaction(async (tx) => {
    const user = await lockUser(tx, input.userId);
    if (!user) return fail("user.notFound");
    if (user.role !== "ENTERPRISE_STAFF") return fail("membership.notStaff");
    const enterprise = await tx.enterprise.findUnique({ where: { id: input.enterpriseId }, select: { id: true, nameZh: true, nameEn: true } });
    if (!enterprise) return fail("enterprise.notFound");
    const existing = user.memberships.find((m) => m.enterpriseId === enterprise.id);
    if (existing?.role === input.role) return fail("membership.exists");
    if (existing) {
      await tx.enterpriseMember.update({ where: { enterpriseId_userId: { enterpriseId: enterprise.id, userId: user.id } }, data: { role: input.role } });
      await recordAudit(tx, {
        actorId: input.actorId,
        action: "user.membership.changed",
        targetType: "user",
        targetId: user.id,
        details: { label: user.name, enterpriseId: enterprise.id, enterprise: enterprise.nameZh, enterpriseEn: enterprise.nameEn, before: existing.role, after: input.role },
      });
      return { ok: true, changed: "roleChanged" } as const;
    }
    await tx.enterpriseMember.create({ data: { userId: user.id, enterpriseId: enterprise.id, role: input.role } });
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "user.membership.added",
      targetType: "user",
      targetId: user.id,
      details: { label: user.name, enterpriseId: enterprise.id, enterprise: enterprise.nameZh, enterpriseEn: enterprise.nameEn, role: input.role },
    });
    return { ok: true, changed: "added" } as const;
  });
}

export type RemoveMembershipError = "user.notFound" | "membership.notFound" | "membership.lastOne";

export async function removeMembership(
  db: PrismaClient,
  input: { actorId: string; userId: string; enterpriseId: string },
): Promise<Outcome<RemoveMembershipError>> {
  return db.$transaction(async (tx) => {
    const user = await lockUser(tx, input.userId);
    if (!user) return fail("user.notFound");
    const membership = user.memberships.find((m) => m.enterpriseId === input.enterpriseId);
    if (!membership) return fail("membership.notFound");
    if (user.role === "ENTERPRISE_STAFF" && user.memberships.length === 1) return fail("membership.lastOne");
    await tx.enterpriseMember.delete({ where: { enterpriseId_userId: { enterpriseId: input.enterpriseId, userId: user.id } } });
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "user.membership.removed",
      targetType: "user",
      targetId: user.id,
      details: { label: user.name, enterpriseId: input.enterpriseId, enterprise: membership.enterprise.nameZh, enterpriseEn: membership.enterprise.nameEn, role: membership.role },
    });
    return { ok: true };
  });
}

export type SetDisabledError = "user.notFound" | "user.selfDisable" | "user.disabledUnchanged";

/**
 * Disables an account (it cannot sign in, and its open sessions stop at the next request; they
 * stay ended when the account is enabled again) or enables it.
 */
export async function setDisabled(
  db: PrismaClient,
  input: { actorId: string; userId: string; disabled: boolean },
): Promise<Outcome<SetDisabledError>> {
  return db.$transaction(async (tx) => {
    const user = await lockUser(tx, input.userId);
    if (!user) return fail("user.notFound");
    if (user.id === input.actorId && input.disabled) return fail("user.selfDisable");
    if (user.disabled === input.disabled) return fail("user.disabledUnchanged");
    await tx.user.update({ where: { id: user.id }, data: input.disabled ? { disabled: true, sessionsValidFrom: new Date() } : { disabled: false } });
    await recordAudit(tx, {
      actorId: input.actorId,
      action: input.disabled ? "user.disabled" : "user.enabled",
      targetType: "user",
      targetId: user.id,
      details: { label: user.name, before: user.disabled, after: input.disabled },
    });
    return { ok: true };
  });
}

/**
 * Reads a user with their memberships and holds the user's row until the transaction ends, so
 * two admins changing the same user (say, removing two memberships at once) queue rather than
 * both passing a check that only one of them should.
 */
export async function lockUser(tx: Tx, userId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
  if (locked.length === 0) return null;
  return tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      role: true,
      disabled: true,
      memberships: { orderBy: { createdAt: "asc" }, select: { enterpriseId: true, role: true, enterprise: { select: { nameZh: true, nameEn: true } } } },
    },
  });
}
