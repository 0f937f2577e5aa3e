import type { PrismaClient } from "@/lib/db/generated/client";

/**
 * Which enterprise a staff member is working on: the one asked for (`?enterprise=<id>`) when
 * they are a member of it, otherwise their first membership. Null when they asked for an
 * enterprise that is not theirs (the caller answers not found) or have no membership at all.
 */
export function currentEnterpriseId(memberships: readonly { enterpriseId: string }[], requested?: string | string[] | null): string | null {
  const asked = Array.isArray(requested) ? requested[0] : requested;
  if (asked) return memberships.some((m) => m.enterpriseId === asked) ? asked : null;
  return memberships[0]?.enterpriseId ?? null;
}

/** The enterprises a staff member works for, in membership order, for the console's switcher. */
export async function listMemberEnterprises(db: PrismaClient, memberships: readonly { enterpriseId: string }[]) {
  const rows = await db.enterprise.findMany({
    where: { id: { in: memberships.map((m) => m.enterpriseId) } },
    select: { id: true, slug: true, nameZh: true, nameEn: true, status: true },
  });
  const order = memberships.map((m) => m.enterpriseId);
  return rows.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}
