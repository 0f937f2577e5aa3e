import type { PrismaClient } from "@/lib/db/generated/client";
import { createTestDatabase, type TestDatabase, type TestEngine } from "@/lib/db/testing";
import { seedDemoAccounts } from "@/prisma/seed/accounts";
import { seedCatalogue } from "@/prisma/seed/seed";

/** Integration-test support for lib/admin: a seeded database and quick looks at the audit log. */
export async function createAdminTestDatabase(engine?: TestEngine): Promise<TestDatabase> {
  const database = await createTestDatabase(engine);
  await seedCatalogue(database.db);
  await seedDemoAccounts(database.db);
  return database;
}

export async function userId(db: PrismaClient, account: string): Promise<string> {
  return (await db.user.findUniqueOrThrow({ where: { email: `${account}@ceramic.example` }, select: { id: true } })).id;
}

export async function enterpriseId(db: PrismaClient, slug: string): Promise<string> {
  return (await db.enterprise.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

/** The ids of the audit entries so far, to compare with later (entries are only ever appended). */
export async function auditSnapshot(db: PrismaClient): Promise<Set<string>> {
  return new Set((await db.auditEntry.findMany({ select: { id: true } })).map((e) => e.id));
}

/** Entries written since the snapshot. */
export async function auditSince(db: PrismaClient, snapshot: Set<string>) {
  const entries = await db.auditEntry.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return entries.filter((e) => !snapshot.has(e.id));
}

/**
 * A fresh shopper account (no password: these tests do not sign in), whose sessions count from
 * an hour ago, so a test can stand for a session that started before the changes it makes.
 */
export async function createShopper(db: PrismaClient, name: string): Promise<string> {
  const user = await db.user.create({
    data: { name, email: `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@example.test`, role: "SHOPPER", sessionsValidFrom: new Date(Date.now() - 3_600_000) },
    select: { id: true },
  });
  return user.id;
}
