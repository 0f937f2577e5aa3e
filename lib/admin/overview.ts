import type { EnterpriseStatus, PrismaClient, UserRole } from "@/lib/db/generated/client";
import { listAudit } from "./audit";
import { USER_ROLES } from "./schemas";

/** The admin console's first page: what there is, and what waits for the admin. */
export async function getAdminOverview(db: PrismaClient) {
  const [enterprises, users, disabledUsers, pendingHostApplications, recent] = await Promise.all([
    db.enterprise.groupBy({ by: ["status"], _count: { _all: true } }),
    db.user.groupBy({ by: ["role"], _count: { _all: true } }),
    db.user.count({ where: { disabled: true } }),
    db.hostApplication.count({ where: { status: "PENDING" } }),
    listAudit(db, { pageSize: 8 }),
  ]);
  const enterprisesByStatus: Record<EnterpriseStatus, number> = { ACTIVE: 0, SUSPENDED: 0 };
  for (const row of enterprises) enterprisesByStatus[row.status] = row._count._all;
  const usersByRole = Object.fromEntries(USER_ROLES.map((role) => [role, 0])) as Record<UserRole, number>;
  for (const row of users) usersByRole[row.role] = row._count._all;
  return {
    enterprisesByStatus,
    usersByRole,
    totalUsers: Object.values(usersByRole).reduce((sum, n) => sum + n, 0),
    disabledUsers,
    pendingHostApplications,
    recentAudit: recent.items,
    auditEntries: recent.total,
  };
}
