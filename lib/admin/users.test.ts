import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canEnterArea } from "@/lib/auth/policy";
import { loadActor } from "@/lib/auth/session";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, type TestDatabase } from "@/lib/db/testing";
import { listAudit } from "./audit";
import { setRoleSchema } from "./schemas";
import { auditSince, auditSnapshot, createAdminTestDatabase, createShopper, enterpriseId, userId } from "./test-support";
import { addMembership, getUser, listUsers, removeMembership, setDisabled, setRole } from "./users";

describe.each(availableTestEngines())("admin: users, roles and memberships on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let adminId: string;
  let jiaming: string;
  let yulong: string;
  /** A session that signed in before everything these tests do. */
  const signedInAt = Date.now();

  beforeAll(async () => {
    database = await createAdminTestDatabase(engine);
    db = database.db;
    adminId = await userId(db, "admin");
    jiaming = await enterpriseId(db, "jiaming");
    yulong = await enterpriseId(db, "yulong");
  });
  afterAll(async () => {
    await database?.drop();
  });

  /** What the next request of a session started at `authAt` sees (lib/auth reads this on every request). */
  const actorOf = (id: string, authAt = Date.now()) => loadActor(db, id, authAt);

  it("changes a role with one audit entry holding before and after; the next request sees it", async () => {
    const shopper = await createShopper(db, "Role Change");
    expect((await actorOf(shopper, signedInAt))?.role).toBe("SHOPPER");
    const snapshot = await auditSnapshot(db);
    expect(await setRole(db, { actorId: adminId, userId: shopper, role: "WAREHOUSE" })).toEqual({ ok: true, before: "SHOPPER", after: "WAREHOUSE" });
    const actor = await actorOf(shopper, signedInAt);
    expect(actor?.role).toBe("WAREHOUSE");
    expect(canEnterArea(actor, "warehouse")).toBe(true);
    const entries = await auditSince(db, snapshot);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: adminId, action: "user.role.changed", targetType: "user", targetId: shopper, details: { label: "Role Change", before: "SHOPPER", after: "WAREHOUSE" } });
  });

  it("refuses the same role again, writing nothing", async () => {
    const warehouse = await userId(db, "warehouse");
    const snapshot = await auditSnapshot(db);
    expect(await setRole(db, { actorId: adminId, userId: warehouse, role: "WAREHOUSE" })).toEqual({ ok: false, error: "user.roleUnchanged" });
    expect(await setRole(db, { actorId: adminId, userId: "nobody", role: "HOST" })).toEqual({ ok: false, error: "user.notFound" });
    expect(await auditSince(db, snapshot)).toHaveLength(0);
  });

  it("refuses an admin's own demotion and self-disabling, writing nothing", async () => {
    const snapshot = await auditSnapshot(db);
    for (const role of ["SHOPPER", "HOST", "ENTERPRISE_STAFF", "WAREHOUSE"] as const) {
      expect(await setRole(db, { actorId: adminId, userId: adminId, role, membership: { enterpriseId: jiaming, role: "OWNER" } })).toEqual({ ok: false, error: "user.selfDemotion" });
    }
    expect(await setDisabled(db, { actorId: adminId, userId: adminId, disabled: true })).toEqual({ ok: false, error: "user.selfDisable" });
    const admin = await getUser(db, adminId);
    expect(admin).toMatchObject({ role: "ADMIN", disabled: false, memberships: [] });
    expect(await auditSince(db, snapshot)).toHaveLength(0);
  });

  it("lets one admin demote another (so there is always an admin who can act)", async () => {
    const second = await createShopper(db, "Second Admin");
    expect(await setRole(db, { actorId: adminId, userId: second, role: "ADMIN" })).toMatchObject({ ok: true });
    expect(await setRole(db, { actorId: second, userId: adminId, role: "HOST" })).toMatchObject({ ok: true });
    expect(await setRole(db, { actorId: second, userId: second, role: "HOST" })).toEqual({ ok: false, error: "user.selfDemotion" });
    expect(await setRole(db, { actorId: second, userId: adminId, role: "ADMIN" })).toMatchObject({ ok: true });
  });

  it("makes someone enterprise staff only with a membership, created in the same step and the same entry", async () => {
    const shopper = await createShopper(db, "New Staff");
    const snapshot = await auditSnapshot(db);
    expect(await setRole(db, { actorId: adminId, userId: shopper, role: "ENTERPRISE_STAFF" })).toEqual({ ok: false, error: "user.membershipRequired" });
    // A membership in an enterprise that does not exist: refused, nothing written (no role, no membership).
    expect(await setRole(db, { actorId: adminId, userId: shopper, role: "ENTERPRISE_STAFF", membership: { enterpriseId: "missing", role: "STAFF" } })).toEqual({
      ok: false,
      error: "enterprise.notFound",
    });
    expect(await getUser(db, shopper)).toMatchObject({ role: "SHOPPER", memberships: [] });
    expect(await auditSince(db, snapshot)).toHaveLength(0);

    expect(await setRole(db, { actorId: adminId, userId: shopper, role: "ENTERPRISE_STAFF", membership: { enterpriseId: jiaming, role: "STAFF" } })).toMatchObject({ ok: true });
    const actor = await actorOf(shopper, signedInAt);
    expect(actor).toMatchObject({ role: "ENTERPRISE_STAFF", memberships: [{ enterpriseId: jiaming, role: "STAFF" }] });
    expect(canEnterArea(actor, "enterprise")).toBe(true);
    const entries = await auditSince(db, snapshot);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "user.role.changed", details: { before: "SHOPPER", after: "ENTERPRISE_STAFF", addedMembership: { enterpriseId: jiaming, role: "STAFF" } } });
  });

  it("parses the role form: a membership comes along only for enterprise staff with an enterprise chosen", () => {
    expect(setRoleSchema.parse({ userId: "abc", role: "HOST", enterpriseId: jiaming, memberRole: "OWNER" })).toEqual({ userId: "abc", role: "HOST", membership: undefined });
    expect(setRoleSchema.parse({ userId: "abc", role: "ENTERPRISE_STAFF", enterpriseId: jiaming, memberRole: "OWNER" })).toEqual({
      userId: "abc",
      role: "ENTERPRISE_STAFF",
      membership: { enterpriseId: jiaming, role: "OWNER" },
    });
    expect(setRoleSchema.parse({ userId: "abc", role: "ENTERPRISE_STAFF", enterpriseId: "" }).membership).toBeUndefined();
    expect(setRoleSchema.safeParse({ userId: "abc", role: "ROOT" }).success).toBe(false);
  });

  it("adds, re-roles and removes memberships, one entry each; refuses the last one and non-staff", async () => {
    const staff = await createShopper(db, "Two Firms");
    await setRole(db, { actorId: adminId, userId: staff, role: "ENTERPRISE_STAFF", membership: { enterpriseId: jiaming, role: "STAFF" } });

    let snapshot = await auditSnapshot(db);
    expect(await addMembership(db, { actorId: adminId, userId: staff, enterpriseId: yulong, role: "STAFF" })).toEqual({ ok: true, changed: "added" });
    expect((await actorOf(staff))?.memberships.map((m) => m.enterpriseId).sort()).toEqual([jiaming, yulong].sort());
    let entries = await auditSince(db, snapshot);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "user.membership.added", targetId: staff, details: { enterpriseId: yulong, enterprise: "玉珑瓷业", role: "STAFF" } });

    snapshot = await auditSnapshot(db);
    expect(await addMembership(db, { actorId: adminId, userId: staff, enterpriseId: yulong, role: "STAFF" })).toEqual({ ok: false, error: "membership.exists" });
    expect(await auditSince(db, snapshot)).toHaveLength(0);
    expect(await addMembership(db, { actorId: adminId, userId: staff, enterpriseId: yulong, role: "OWNER" })).toEqual({ ok: true, changed: "roleChanged" });
    entries = await auditSince(db, snapshot);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "user.membership.changed", details: { before: "STAFF", after: "OWNER" } });

    snapshot = await auditSnapshot(db);
    expect(await removeMembership(db, { actorId: adminId, userId: staff, enterpriseId: jiaming })).toEqual({ ok: true });
    expect((await actorOf(staff))?.memberships).toEqual([{ enterpriseId: yulong, role: "OWNER" }]);
    entries = await auditSince(db, snapshot);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "user.membership.removed", details: { enterpriseId: jiaming, role: "STAFF" } });

    snapshot = await auditSnapshot(db);
    expect(await removeMembership(db, { actorId: adminId, userId: staff, enterpriseId: yulong })).toEqual({ ok: false, error: "membership.lastOne" });
    expect(await removeMembership(db, { actorId: adminId, userId: staff, enterpriseId: jiaming })).toEqual({ ok: false, error: "membership.notFound" });
    const host = await userId(db, "host");
    expect(await addMembership(db, { actorId: adminId, userId: host, enterpriseId: jiaming, role: "STAFF" })).toEqual({ ok: false, error: "membership.notStaff" });
    expect(await addMembership(db, { actorId: adminId, userId: staff, enterpriseId: "missing", role: "STAFF" })).toEqual({ ok: false, error: "enterprise.notFound" });
    expect(await auditSince(db, snapshot)).toHaveLength(0);
    expect((await actorOf(staff))?.memberships).toHaveLength(1);
  });

  it("removes every membership when a staff user leaves the staff role, in the role change's one entry", async () => {
    const staff = await createShopper(db, "Leaving Staff");
    await setRole(db, { actorId: adminId, userId: staff, role: "ENTERPRISE_STAFF", membership: { enterpriseId: jiaming, role: "OWNER" } });
    await addMembership(db, { actorId: adminId, userId: staff, enterpriseId: yulong, role: "STAFF" });
    const snapshot = await auditSnapshot(db);
    expect(await setRole(db, { actorId: adminId, userId: staff, role: "SHOPPER" })).toMatchObject({ ok: true });
    const actor = await actorOf(staff);
    expect(actor).toMatchObject({ role: "SHOPPER", memberships: [] });
    expect(canEnterArea(actor, "enterprise")).toBe(false);
    const entries = await auditSince(db, snapshot);
    expect(entries).toHaveLength(1);
    expect((entries[0]?.details as { removedMemberships: unknown[] }).removedMemberships).toHaveLength(2);
  });

  it("rolls the change back when its audit entry cannot be written", async () => {
    const shopper = await createShopper(db, "Rollback");
    await expect(setRole(db, { actorId: "no-such-admin", userId: shopper, role: "HOST" })).rejects.toThrow();
    expect((await getUser(db, shopper))?.role).toBe("SHOPPER");
    await expect(setDisabled(db, { actorId: "no-such-admin", userId: shopper, disabled: true })).rejects.toThrow();
    expect((await getUser(db, shopper))?.disabled).toBe(false);
  });

  it("disabling ends the user's sessions at the next request, and they stay ended after enabling again", async () => {
    const shopper = await createShopper(db, "To Disable");
    const sessionStart = Date.now() - 1000;
    expect(await actorOf(shopper, sessionStart)).not.toBeNull();
    const snapshot = await auditSnapshot(db);
    expect(await setDisabled(db, { actorId: adminId, userId: shopper, disabled: true })).toEqual({ ok: true });
    expect(await actorOf(shopper, sessionStart)).toBeNull();
    expect(await actorOf(shopper, Date.now() + 1000)).toBeNull();
    expect(await setDisabled(db, { actorId: adminId, userId: shopper, disabled: true })).toEqual({ ok: false, error: "user.disabledUnchanged" });
    expect(await setDisabled(db, { actorId: adminId, userId: shopper, disabled: false })).toEqual({ ok: true });
    expect(await actorOf(shopper, sessionStart)).toBeNull();
    expect(await actorOf(shopper, Date.now() + 1000)).not.toBeNull();
    const entries = await auditSince(db, snapshot);
    expect(entries.map((e) => e.action)).toEqual(["user.disabled", "user.enabled"]);
  });

  it("lists users by name, email or phone, by role, a page at a time", async () => {
    expect((await listUsers(db, { q: "SHOPPER@ceramic" })).items.map((u) => u.email)).toEqual(["shopper@ceramic.example"]);
    expect((await listUsers(db, { q: "1380013" })).items.map((u) => u.email)).toEqual(["shopper@ceramic.example"]);
    expect((await listUsers(db, { q: "玉珑" })).items.map((u) => u.email)).toEqual(["yulong@ceramic.example"]);
    const staff = await listUsers(db, { role: "ENTERPRISE_STAFF" });
    expect(staff.items.every((u) => u.role === "ENTERPRISE_STAFF")).toBe(true);
    expect(staff.items.find((u) => u.email === "jiaming@ceramic.example")?.memberships).toEqual([{ role: "OWNER", enterprise: { id: jiaming, nameZh: "嘉明陶瓷", nameEn: expect.any(String) } }]);
    const all = await db.user.count();
    const first = await listUsers(db, { pageSize: 3 });
    expect(first).toMatchObject({ total: all, page: 1, pageCount: Math.ceil(all / 3) });
    const last = await listUsers(db, { pageSize: 3, page: 999 });
    expect(last.page).toBe(last.pageCount);
    expect((await listUsers(db, { q: "nobody-like-this" })).total).toBe(0);
  });

  it("shows one user's history, including reviews of their host applications", async () => {
    const shopper = await createShopper(db, "History");
    await setRole(db, { actorId: adminId, userId: shopper, role: "HOST" });
    await setDisabled(db, { actorId: adminId, userId: shopper, disabled: true });
    const history = await listAudit(db, { userId: shopper });
    expect(history.items.map((e) => e.action)).toEqual(["user.disabled", "user.role.changed"]);
    expect(history.items[0]?.actor).toEqual({ id: adminId, name: expect.any(String) });
    expect((await listAudit(db, { targetType: "user", actorId: adminId, pageSize: 2 })).pageCount).toBeGreaterThan(1);
  });
});
