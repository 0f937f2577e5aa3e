import type { HostApplicationStatus, PrismaClient, UserRole } from "@/lib/db/generated/client";
import { recordAudit } from "./audit";
import { fail, type Outcome } from "./result";
import { lockUser } from "./users";

/**
 * Review of shoppers' applications to become village hosts. Pending applications come first
 * (oldest first, so nobody waits longest), then reviewed ones, newest review first.
 */
export async function listHostApplications(db: PrismaClient, filters: { status?: HostApplicationStatus; take?: number } = {}) {
  const select = {
    id: true,
    motivation: true,
    status: true,
    createdAt: true,
    reviewedAt: true,
    reviewNote: true,
    user: { select: { id: true, name: true, email: true, phone: true, role: true, disabled: true } },
    reviewedBy: { select: { id: true, name: true } },
  } as const;
  const take = filters.take ?? 100;
  const wantPending = !filters.status || filters.status === "PENDING";
  const pending = wantPending ? await db.hostApplication.findMany({ where: { status: "PENDING" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take, select }) : [];
  const reviewedStatuses: HostApplicationStatus[] = filters.status ? (filters.status === "PENDING" ? [] : [filters.status]) : ["APPROVED", "REJECTED"];
  const reviewed =
    reviewedStatuses.length && pending.length < take
      ? await db.hostApplication.findMany({
          where: { status: { in: reviewedStatuses } },
          orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
          take: take - pending.length,
          select,
        })
      : [];
  return [...pending, ...reviewed];
}

export async function countPendingHostApplications(db: PrismaClient): Promise<number> {
  return db.hostApplication.count({ where: { status: "PENDING" } });
}

export type ReviewHostApplicationError = "application.notFound" | "application.alreadyReviewed" | "application.noteRequired";

/**
 * Approves or rejects a pending application, once: a second review (by anyone, even at the same
 * moment) is refused, because the status moves from PENDING by a guarded update. Approval makes
 * the applicant a HOST only if they are still a shopper (an admin may have given them another
 * role meanwhile, which approval does not take away). A rejection needs a note.
 */
export async function reviewHostApplication(
  db: PrismaClient,
  input: { applicationId: string; reviewerId: string; approve: boolean; note?: string },
): Promise<Outcome<ReviewHostApplicationError, { userId: string; roleBefore: UserRole; roleAfter: UserRole }>> {
  const note = input.note?.trim() || null;
  if (!input.approve && !note) return fail("application.noteRequired");
  return db.$transaction(async (tx) => {
    const claimed = await tx.hostApplication.updateMany({
      where: { id: input.applicationId, status: "PENDING" },
      data: { status: input.approve ? "APPROVED" : "REJECTED", reviewedById: input.reviewerId, reviewedAt: new Date(), reviewNote: note },
    });
    if (claimed.count === 0) {
      const exists = await tx.hostApplication.findUnique({ where: { id: input.applicationId }, select: { id: true } });
      return fail(exists ? "application.alreadyReviewed" : "application.notFound");
    }
    const application = await tx.hostApplication.findUniqueOrThrow({ where: { id: input.applicationId }, select: { userId: true } });
    const user = await lockUser(tx, application.userId);
    // The application's user is a foreign key (deleting a user deletes their applications).
    if (!user) throw new Error(`host application ${input.applicationId} has no user`);
    const roleAfter: UserRole = input.approve && user.role === "SHOPPER" ? "HOST" : user.role;
    if (roleAfter !== user.role) await tx.user.update({ where: { id: user.id }, data: { role: roleAfter } });
    await recordAudit(tx, {
      actorId: input.reviewerId,
      action: input.approve ? "hostApplication.approved" : "hostApplication.rejected",
      targetType: "hostApplication",
      targetId: input.applicationId,
      details: { label: user.name, userId: user.id, before: user.role, after: roleAfter, note },
    });
    return { ok: true, userId: user.id, roleBefore: user.role, roleAfter };
  });
}
