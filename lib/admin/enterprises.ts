import type { Tx } from "@/lib/db/client";
import { type EnterpriseStatus, Prisma, type PrismaClient } from "@/lib/db/generated/client";
import { recordAudit } from "./audit";
import { fail, type Outcome } from "./result";
import { type EnterpriseContentInput, type EnterpriseCreateInput, enterpriseContentSchema, enterpriseCreateSchema } from "./schemas";

/**
 * The cooperative's enterprises as the admin manages them: create, edit, suspend and
 * reactivate. Each change and its audit entry are one transaction. A suspended enterprise
 * keeps its data, but the storefront's queries show only ACTIVE enterprises and their
 * products; the caller invalidates the storefront's cache after a status change.
 */

const CONTENT_FIELDS = ["nameZh", "nameEn", "taglineZh", "taglineEn", "storyZh", "storyEn", "foundedYear", "productionLines"] as const;

export async function listEnterprisesForAdmin(db: PrismaClient) {
  const [enterprises, published] = await Promise.all([
    db.enterprise.findMany({
      orderBy: [{ status: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        slug: true,
        nameZh: true,
        nameEn: true,
        status: true,
        isSample: true,
        updatedAt: true,
        _count: { select: { products: true, members: true } },
      },
    }),
    db.product.groupBy({ by: ["enterpriseId"], where: { status: "PUBLISHED" }, _count: { _all: true } }),
  ]);
  const publishedBy = new Map(published.map((row) => [row.enterpriseId, row._count._all]));
  return enterprises.map(({ _count, ...enterprise }) => ({
    ...enterprise,
    products: _count.products,
    publishedProducts: publishedBy.get(enterprise.id) ?? 0,
    members: _count.members,
  }));
}

export async function getEnterpriseForAdmin(db: PrismaClient, enterpriseId: string) {
  return db.enterprise.findUnique({
    where: { id: enterpriseId },
    select: {
      id: true,
      slug: true,
      nameZh: true,
      nameEn: true,
      taglineZh: true,
      taglineEn: true,
      storyZh: true,
      storyEn: true,
      foundedYear: true,
      productionLines: true,
      isSample: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      members: {
        orderBy: [{ role: "asc" }, { createdAt: "asc" }],
        select: { role: true, user: { select: { id: true, name: true, email: true, phone: true, role: true, disabled: true } } },
      },
      _count: { select: { products: true } },
    },
  });
}

/** Enterprises for choosing one (membership forms). */
export async function listEnterpriseOptions(db: PrismaClient) {
  return db.enterprise.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, slug: true, nameZh: true, nameEn: true, status: true } });
}

export type CreateEnterpriseError = "enterprise.slugTaken";

export async function createEnterprise(
  db: PrismaClient,
  input: { actorId: string; enterprise: EnterpriseCreateInput },
): Promise<Outcome<CreateEnterpriseError, { enterpriseId: string; slug: string }>> {
  const data = enterpriseCreateSchema.parse(input.enterprise);
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.enterprise.findUnique({ where: { slug: data.slug }, select: { id: true } })) return fail("enterprise.slugTaken");
      const enterprise = await tx.enterprise.create({ data: { ...data, status: "ACTIVE", isSample: false }, select: { id: true, slug: true, nameZh: true, nameEn: true } });
      await recordAudit(tx, {
        actorId: input.actorId,
        action: "enterprise.created",
        targetType: "enterprise",
        targetId: enterprise.id,
        details: { label: enterprise.nameZh, labelEn: enterprise.nameEn, slug: enterprise.slug, after: { ...data } },
      });
      return { ok: true, enterpriseId: enterprise.id, slug: enterprise.slug } as const;
    });
  } catch (error) {
    // Two admins creating the same slug at once: the unique index decides, the loser gets the same answer.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return fail("enterprise.slugTaken");
    throw error;
  }
}

export type UpdateEnterpriseError = "enterprise.notFound";

/**
 * Saves the content fields; only the ones that changed are written and audited (none: no
 * entry). Returns the enterprise's product slugs when something changed (their pages show the
 * enterprise's name), for the caller to refresh.
 */
export async function updateEnterprise(
  db: PrismaClient,
  input: { actorId: string; enterpriseId: string; enterprise: EnterpriseContentInput },
): Promise<Outcome<UpdateEnterpriseError, { slug: string; changed: string[]; productSlugs: string[] }>> {
  const data = enterpriseContentSchema.parse(input.enterprise);
  return db.$transaction(async (tx) => {
    const before = await lockEnterprise(tx, input.enterpriseId);
    if (!before) return fail("enterprise.notFound");
    const changed = CONTENT_FIELDS.filter((field) => before[field] !== data[field]);
    if (changed.length === 0) return { ok: true, slug: before.slug, changed: [], productSlugs: [] };
    const pick = (source: typeof before | typeof data) => Object.fromEntries(changed.map((field) => [field, source[field]]));
    await tx.enterprise.update({ where: { id: before.id }, data: pick(data) });
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "enterprise.updated",
      targetType: "enterprise",
      targetId: before.id,
      details: { label: data.nameZh, labelEn: data.nameEn, slug: before.slug, fields: changed, before: pick(before), after: pick(data) },
    });
    const products = await tx.product.findMany({ where: { enterpriseId: before.id }, select: { slug: true } });
    return { ok: true, slug: before.slug, changed, productSlugs: products.map((p) => p.slug) };
  });
}

export type SetEnterpriseStatusError = "enterprise.notFound" | "enterprise.statusUnchanged";

/**
 * Suspends (hides the enterprise and all its products from the storefront) or reactivates.
 * Returns the slugs whose cached pages the caller must invalidate.
 */
export async function setEnterpriseStatus(
  db: PrismaClient,
  input: { actorId: string; enterpriseId: string; status: EnterpriseStatus; note?: string },
): Promise<Outcome<SetEnterpriseStatusError, { slug: string; productSlugs: string[] }>> {
  return db.$transaction(async (tx) => {
    const before = await lockEnterprise(tx, input.enterpriseId);
    if (!before) return fail("enterprise.notFound");
    if (before.status === input.status) return fail("enterprise.statusUnchanged");
    await tx.enterprise.update({ where: { id: before.id }, data: { status: input.status } });
    const products = await tx.product.findMany({ where: { enterpriseId: before.id }, select: { slug: true } });
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "enterprise.status.changed",
      targetType: "enterprise",
      targetId: before.id,
      details: { label: before.nameZh, labelEn: before.nameEn, slug: before.slug, before: before.status, after: input.status, note: input.note?.trim() || null },
    });
    return { ok: true, slug: before.slug, productSlugs: products.map((p) => p.slug) };
  });
}

/** Reads an enterprise and holds its row until the transaction ends, so concurrent edits queue. */
async function lockEnterprise(tx: Tx, enterpriseId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Enterprise" WHERE "id" = ${enterpriseId} FOR UPDATE`;
  if (locked.length === 0) return null;
  return tx.enterprise.findUniqueOrThrow({
    where: { id: enterpriseId },
    select: { id: true, slug: true, status: true, nameZh: true, nameEn: true, taglineZh: true, taglineEn: true, storyZh: true, storyEn: true, foundedYear: true, productionLines: true },
  });
}
