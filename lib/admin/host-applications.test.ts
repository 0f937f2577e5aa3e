import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyAsHost } from "@/lib/auth/host-applications";
import { canEnterArea } from "@/lib/auth/policy";
import { loadActor } from "@/lib/auth/session";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, type TestDatabase } from "@/lib/db/testing";
import { fieldErrors } from "@/lib/forms/state";
import { listAudit } from "./audit";
import { countPendingHostApplications, listHostApplications, reviewHostApplication } from "./host-applications";
import { reviewHostApplicationSchema } from "./schemas";
import { auditSince, auditSnapshot, createAdminTestDatabase, createShopper, userId } from "./test-support";
import { setRole } from "./users";

describe.each(availableTestEngines())("admin: host applications on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let adminId: string;
  const sessionStart = Date.now();

  beforeAll(async () => {
    database = await createAdminTestDatabase(engine);
    db = database.db;
    adminId = await userId(db, "admin");
  });
  afterAll(async () => {
    await database?.drop();
  });

  async function apply(name: string) {
    const id = await createShopper(db, name);
    const applied = await applyAsHost(db, { userId: id, motivation: `${name} grew up in Nanjiabao and wants to sell its porcelain live.` });
    if (!applied.ok) throw new Error(applied.error);
    return { userId: id, applicationId: applied.applicationId };
  }

  it("approving makes the shopper a HOST at once, with one audit entry; reviewing again is refused", async () => {
    const { userId: shopper, applicationId } = await apply("Approve Me");
    const before = await loadActor(db, shopper, sessionStart);
    expect(before?.role).toBe("SHOPPER");
    expect(canEnterArea(before, "host")).toBe(false);

    const snapshot = await auditSnapshot(db);
    expect(await reviewHostApplication(db, { applicationId, reviewerId: adminId, approve: true, note: "欢迎加入" })).toEqual({
      ok: true,
      userId: shopper,
      roleBefore: "SHOPPER",
      roleAfter: "HOST",
    });
    // The session the shopper already has: its next request sees the new role.
    const after = await loadActor(db, shopper, sessionStart);
    expect(after?.role).toBe("HOST");
    expect(canEnterArea(after, "host")).toBe(true);
    const application = await db.hostApplication.findUniqueOrThrow({ where: { id: applicationId } });
    expect(application).toMatchObject({ status: "APPROVED", reviewedById: adminId, reviewNote: "欢迎加入" });
    expect(application.reviewedAt).toBeInstanceOf(Date);
    const entries = await auditSince(db, snapshot);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: adminId,
      action: "hostApplication.approved",
      targetType: "hostApplication",
      targetId: applicationId,
      details: { label: "Approve Me", userId: shopper, before: "SHOPPER", after: "HOST", note: "欢迎加入" },
    });
    // It shows in the user's own history too.
    expect((await listAudit(db, { userId: shopper })).items.map((e) => e.action)).toEqual(["hostApplication.approved"]);

    const again = await auditSnapshot(db);
    expect(await reviewHostApplication(db, { applicationId, reviewerId: adminId, approve: true })).toEqual({ ok: false, error: "application.alreadyReviewed" });
    expect(await reviewHostApplication(db, { applicationId, reviewerId: adminId, approve: false, note: "改主意了" })).toEqual({ ok: false, error: "application.alreadyReviewed" });
    expect(await db.hostApplication.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({ status: "APPROVED", reviewNote: "欢迎加入" });
    expect(await auditSince(db, again)).toHaveLength(0);
  });

  it("accepts only one of two reviews that arrive together", async () => {
    const { applicationId } = await apply("Raced");
    const snapshot = await auditSnapshot(db);
    const results = await Promise.all([
      reviewHostApplication(db, { applicationId, reviewerId: adminId, approve: true }),
      reviewHostApplication(db, { applicationId, reviewerId: adminId, approve: false, note: "重复" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "application.alreadyReviewed" }]);
    expect(await auditSince(db, snapshot)).toHaveLength(1);
  });

  it("rejecting needs a note, keeps the shopper a shopper, and lets them apply again", async () => {
    const { userId: shopper, applicationId } = await apply("Reject Me");
    const snapshot = await auditSnapshot(db);
    expect(await reviewHostApplication(db, { applicationId, reviewerId: adminId, approve: false, note: "  " })).toEqual({ ok: false, error: "application.noteRequired" });
    expect(await auditSince(db, snapshot)).toHaveLength(0);
    const refused = reviewHostApplicationSchema.safeParse({ applicationId, decision: "reject", note: "" });
    expect(refused.error && fieldErrors(refused.error)).toEqual({ note: "application.noteRequired" });

    expect(await reviewHostApplication(db, { applicationId, reviewerId: adminId, approve: false, note: "请先参加直播培训" })).toMatchObject({ ok: true, roleAfter: "SHOPPER" });
    expect((await loadActor(db, shopper, sessionStart))?.role).toBe("SHOPPER");
    expect(await db.hostApplication.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({ status: "REJECTED", reviewNote: "请先参加直播培训" });
    const entries = await auditSince(db, snapshot);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "hostApplication.rejected", details: { before: "SHOPPER", after: "SHOPPER", note: "请先参加直播培训" } });
    expect(await applyAsHost(db, { userId: shopper, motivation: "I took the training and want to try again." })).toMatchObject({ ok: true });
  });

  it("approval does not take away a role the admin gave meanwhile", async () => {
    const { userId: shopper, applicationId } = await apply("Became Warehouse");
    await setRole(db, { actorId: adminId, userId: shopper, role: "WAREHOUSE" });
    expect(await reviewHostApplication(db, { applicationId, reviewerId: adminId, approve: true })).toEqual({ ok: true, userId: shopper, roleBefore: "WAREHOUSE", roleAfter: "WAREHOUSE" });
    expect((await loadActor(db, shopper, sessionStart))?.role).toBe("WAREHOUSE");
  });

  it("refuses an application that does not exist", async () => {
    expect(await reviewHostApplication(db, { applicationId: "missing", reviewerId: adminId, approve: true })).toEqual({ ok: false, error: "application.notFound" });
  });

  it("lists pending applications first, oldest first, then reviewed ones; filters by status", async () => {
    const first = await apply("Pending One");
    const second = await apply("Pending Two");
    const all = await listHostApplications(db);
    const statuses = all.map((a) => a.status);
    const firstReviewed = statuses.findIndex((s) => s !== "PENDING");
    expect(statuses.slice(0, firstReviewed).every((s) => s === "PENDING")).toBe(true);
    expect(statuses.slice(firstReviewed).every((s) => s !== "PENDING")).toBe(true);
    const pendingIds = all.filter((a) => a.status === "PENDING").map((a) => a.id);
    expect(pendingIds.indexOf(first.applicationId)).toBeLessThan(pendingIds.indexOf(second.applicationId));
    expect(await countPendingHostApplications(db)).toBe(pendingIds.length);
    expect((await listHostApplications(db, { status: "REJECTED" })).every((a) => a.status === "REJECTED")).toBe(true);
    expect((await listHostApplications(db, { status: "PENDING" })).map((a) => a.id)).toEqual(pendingIds);
    expect(all.find((a) => a.status === "APPROVED")?.reviewedBy).toEqual({ id: adminId, name: expect.any(String) });
  });
});
