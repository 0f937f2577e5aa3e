import type { PrismaClient } from "@/lib/db/generated/client";

export type ApplyError = "hostApplication.notShopper" | "hostApplication.alreadyPending";

/** A shopper asks to become a host; one pending application at a time. */
export async function applyAsHost(
  db: PrismaClient,
  input: { userId: string; motivation: string },
): Promise<{ ok: true; applicationId: string } | { ok: false; error: ApplyError }> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { role: true } });
    if (user.role !== "SHOPPER") return { ok: false, error: "hostApplication.notShopper" } as const;
    const pending = await tx.hostApplication.count({ where: { userId: input.userId, status: "PENDING" } });
    if (pending > 0) return { ok: false, error: "hostApplication.alreadyPending" } as const;
    const application = await tx.hostApplication.create({ data: { userId: input.userId, motivation: input.motivation }, select: { id: true } });
    return { ok: true, applicationId: application.id } as const;
  });
}

export async function latestHostApplication(db: PrismaClient, userId: string) {
  return db.hostApplication.findFirst({ where: { userId }, orderBy: { createdAt: "desc" }, select: { status: true, createdAt: true } });
}
