import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMPTY_FILTERS } from "@/lib/catalog/filters";
import { getEnterpriseBySlug, listEnterprises, listProducts } from "@/lib/catalog/queries";
import type { PrismaClient } from "@/lib/db/generated/client";
import { fieldErrors } from "@/lib/forms/state";
import { availableTestEngines, type TestDatabase } from "@/lib/db/testing";
import { createEnterprise, getEnterpriseForAdmin, listEnterprisesForAdmin, setEnterpriseStatus, updateEnterprise } from "./enterprises";
import { enterpriseCreateSchema, type EnterpriseCreateInput } from "./schemas";
import { auditSince, auditSnapshot, createAdminTestDatabase, enterpriseId, userId } from "./test-support";

const input = (overrides: Partial<EnterpriseCreateInput> = {}): EnterpriseCreateInput =>
  enterpriseCreateSchema.parse({
    slug: "jinsha-kiln",
    nameZh: "金沙窑",
    nameEn: "Jinsha Kiln",
    taglineZh: "村里的第十家瓷厂",
    taglineEn: "The village's tenth works",
    storyZh: "金沙窑是合作社新加入的企业。",
    storyEn: "Jinsha Kiln is the newest member of the cooperative.",
    foundedYear: "2024",
    productionLines: "",
    ...overrides,
  });

describe.each(availableTestEngines())("admin: enterprises on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let adminId: string;

  beforeAll(async () => {
    database = await createAdminTestDatabase(engine);
    db = database.db;
    adminId = await userId(db, "admin");
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("validates input: slug format, required names, numbers in range", () => {
    const bad = enterpriseCreateSchema.safeParse({ ...input(), slug: "No Spaces!", nameZh: " ", foundedYear: "1700", productionLines: "two" });
    expect(bad.success).toBe(false);
    // As the form shows them (lib/forms/state keeps only message keys it recognises as keys).
    expect(bad.error && fieldErrors(bad.error)).toEqual({ slug: "enterprise.slugFormat", nameZh: "required", foundedYear: "number.outOfRange", productionLines: "invalid" });
    expect(enterpriseCreateSchema.safeParse({ ...input(), slug: "a" }).success).toBe(false);
    expect(enterpriseCreateSchema.safeParse({ ...input(), slug: "a".repeat(41) }).success).toBe(false);
    expect(input({ slug: "Jinsha-Kiln" }).slug).toBe("jinsha-kiln");
  });

  it("creates an enterprise with exactly one audit entry, and refuses a taken slug writing nothing", async () => {
    const before = await auditSnapshot(db);
    const created = await createEnterprise(db, { actorId: adminId, enterprise: input() });
    expect(created).toMatchObject({ ok: true, slug: "jinsha-kiln" });
    if (!created.ok) throw new Error("not created");
    const enterprise = await getEnterpriseForAdmin(db, created.enterpriseId);
    expect(enterprise).toMatchObject({ nameZh: "金沙窑", foundedYear: 2024, productionLines: null, status: "ACTIVE", isSample: false });
    const entries = await auditSince(db, before);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: adminId, action: "enterprise.created", targetType: "enterprise", targetId: created.enterpriseId });
    expect(entries[0]?.details).toMatchObject({ label: "金沙窑", slug: "jinsha-kiln", after: { nameEn: "Jinsha Kiln" } });

    const count = await db.enterprise.count();
    const snapshot = await auditSnapshot(db);
    expect(await createEnterprise(db, { actorId: adminId, enterprise: input({ nameZh: "另一家" }) })).toEqual({ ok: false, error: "enterprise.slugTaken" });
    expect(await createEnterprise(db, { actorId: adminId, enterprise: input({ slug: "jiaming" }) })).toEqual({ ok: false, error: "enterprise.slugTaken" });
    expect(await db.enterprise.count()).toBe(count);
    expect(await auditSince(db, snapshot)).toHaveLength(0);
  });

  it("writes the change and its audit entry in one transaction: when the entry fails, the enterprise is not created", async () => {
    const count = await db.enterprise.count();
    // An actor that does not exist breaks the audit entry's foreign key, after the enterprise was inserted.
    await expect(createEnterprise(db, { actorId: "no-such-user", enterprise: input({ slug: "ghost-kiln" }) })).rejects.toThrow();
    expect(await db.enterprise.count()).toBe(count);
    expect(await db.enterprise.findUnique({ where: { slug: "ghost-kiln" } })).toBeNull();
  });

  it("updates only what changed, audits before and after, and writes nothing when nothing changed", async () => {
    const id = await enterpriseId(db, "jinsha-kiln");
    const { slug: _slug, ...content } = input();
    const snapshot = await auditSnapshot(db);
    const updated = await updateEnterprise(db, { actorId: adminId, enterpriseId: id, enterprise: { ...content, taglineEn: "Tenth works of Nanjiabao", productionLines: 2 } });
    expect(updated).toEqual({ ok: true, slug: "jinsha-kiln", changed: ["taglineEn", "productionLines"], productSlugs: [] });
    const entries = await auditSince(db, snapshot);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "enterprise.updated", targetId: id });
    expect(entries[0]?.details).toMatchObject({
      fields: ["taglineEn", "productionLines"],
      before: { taglineEn: "The village's tenth works", productionLines: null },
      after: { taglineEn: "Tenth works of Nanjiabao", productionLines: 2 },
    });

    const again = await auditSnapshot(db);
    expect(await updateEnterprise(db, { actorId: adminId, enterpriseId: id, enterprise: { ...content, taglineEn: "Tenth works of Nanjiabao", productionLines: 2 } })).toEqual({
      ok: true,
      slug: "jinsha-kiln",
      changed: [],
      productSlugs: [],
    });
    expect(await auditSince(db, again)).toHaveLength(0);
    expect(await updateEnterprise(db, { actorId: adminId, enterpriseId: "missing", enterprise: content })).toEqual({ ok: false, error: "enterprise.notFound" });
  });

  it("suspending hides the enterprise and all its products from the storefront; reactivating brings them back", async () => {
    const id = await enterpriseId(db, "yulong");
    const visible = await listProducts(db, { ...EMPTY_FILTERS, enterprises: ["yulong"] });
    expect(visible.total).toBeGreaterThan(0);
    const allBefore = (await listProducts(db, EMPTY_FILTERS)).total;

    const snapshot = await auditSnapshot(db);
    const suspended = await setEnterpriseStatus(db, { actorId: adminId, enterpriseId: id, status: "SUSPENDED", note: "质检整改" });
    expect(suspended).toMatchObject({ ok: true, slug: "yulong" });
    if (suspended.ok) expect(suspended.productSlugs.length).toBeGreaterThanOrEqual(visible.total);
    expect((await listProducts(db, { ...EMPTY_FILTERS, enterprises: ["yulong"] })).total).toBe(0);
    expect((await listProducts(db, EMPTY_FILTERS)).total).toBe(allBefore - visible.total);
    expect(await getEnterpriseBySlug(db, "yulong")).toBeNull();
    expect((await listEnterprises(db)).map((e) => e.slug)).not.toContain("yulong");
    const entries = await auditSince(db, snapshot);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "enterprise.status.changed", targetId: id, details: { before: "ACTIVE", after: "SUSPENDED", note: "质检整改" } });

    // Suspending twice is refused and writes nothing.
    const twice = await auditSnapshot(db);
    expect(await setEnterpriseStatus(db, { actorId: adminId, enterpriseId: id, status: "SUSPENDED" })).toEqual({ ok: false, error: "enterprise.statusUnchanged" });
    expect(await auditSince(db, twice)).toHaveLength(0);

    // The admin still sees it, marked suspended.
    expect((await listEnterprisesForAdmin(db)).find((e) => e.slug === "yulong")).toMatchObject({ status: "SUSPENDED", publishedProducts: visible.total });

    expect(await setEnterpriseStatus(db, { actorId: adminId, enterpriseId: id, status: "ACTIVE" })).toMatchObject({ ok: true });
    expect((await listProducts(db, { ...EMPTY_FILTERS, enterprises: ["yulong"] })).total).toBe(visible.total);
    expect((await listProducts(db, EMPTY_FILTERS)).total).toBe(allBefore);
  });

  it("keeps the audit log append-only", async () => {
    const entry = await db.auditEntry.findFirstOrThrow();
    await expect(db.auditEntry.update({ where: { id: entry.id }, data: { action: "forged" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
  });
});
