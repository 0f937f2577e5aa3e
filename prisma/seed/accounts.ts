import type { MemberRole, PrismaClient, UserRole } from "@/lib/db/generated/client";
import { hashPassword } from "@/lib/auth/password";

/** The one password of every demo account (listed in the README). Demo seed only. */
export const DEMO_PASSWORD = "porcelain-demo-2026";

export const DEMO_ACCOUNTS: readonly {
  email: string;
  phone?: string;
  name: string;
  role: UserRole;
  membership?: { enterpriseSlug: string; role: MemberRole };
}[] = [
  { email: "admin@ceramic.example", name: "合作社管理员 · Co-op admin", role: "ADMIN" },
  { email: "warehouse@ceramic.example", name: "仓库 · Warehouse", role: "WAREHOUSE" },
  { email: "host@ceramic.example", name: "主播小南 · Host Xiaonan", role: "HOST" },
  { email: "shopper@ceramic.example", phone: "13800138000", name: "顾客 · Shopper", role: "SHOPPER" },
  { email: "jiaming@ceramic.example", name: "嘉明陶瓷 · Jiaming staff", role: "ENTERPRISE_STAFF", membership: { enterpriseSlug: "jiaming", role: "OWNER" } },
  { email: "yulong@ceramic.example", name: "玉珑瓷业 · Yulong staff", role: "ENTERPRISE_STAFF", membership: { enterpriseSlug: "yulong", role: "STAFF" } },
];

/**
 * One account per role (staff at two enterprises), all with DEMO_PASSWORD. Idempotent: accounts
 * that exist are left as they are. Runs only with the demo seed, never on a production start.
 */
export async function seedDemoAccounts(db: PrismaClient): Promise<{ created: number }> {
  const existing = new Set((await db.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } }, select: { email: true } })).map((u) => u.email));
  const missing = DEMO_ACCOUNTS.filter((a) => !existing.has(a.email));
  if (missing.length === 0) return { created: 0 };
  const enterprises = new Map((await db.enterprise.findMany({ select: { id: true, slug: true } })).map((e) => [e.slug, e.id]));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(async (tx) => {
    for (const account of missing) {
      const user = await tx.user.create({
        data: { email: account.email, phone: account.phone ?? null, name: account.name, role: account.role, passwordHash },
        select: { id: true },
      });
      const enterpriseId = account.membership && enterprises.get(account.membership.enterpriseSlug);
      if (account.membership && enterpriseId) {
        await tx.enterpriseMember.create({ data: { userId: user.id, enterpriseId, role: account.membership.role } });
      }
    }
  });
  return { created: missing.length };
}
