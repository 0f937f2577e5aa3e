import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { applyAsHost } from "./host-applications";
import { identifierSchema } from "./identifier";
import { createSignInLimiter, SIGN_IN_LIMITS } from "./rate-limit";
import { loadActor } from "./session";
import { changePassword, registerShopper, verifyCredentials } from "./users";

let database: TestDatabase;
const id = (value: string) => identifierSchema.parse(value);

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

describe("accounts", () => {
  it("registers a shopper by mobile number who can then sign in by it", async () => {
    const result = await registerShopper(database.db, { name: "小王", identifier: id("139 1234 5678"), password: "porcelain-1" });
    expect(result.ok).toBe(true);
    const user = await verifyCredentials(database.db, id("+8613912345678"), "porcelain-1");
    expect(user).not.toBeNull();
    expect(await verifyCredentials(database.db, id("13912345678"), "porcelain-2")).toBeNull();
    const stored = await database.db.user.findUniqueOrThrow({ where: { phone: "13912345678" } });
    expect(stored.role).toBe("SHOPPER");
    expect(stored.passwordHash).not.toContain("porcelain-1");
  });

  it("refuses a second account for the same email and writes nothing", async () => {
    await registerShopper(database.db, { name: "A", identifier: id("dup@ceramic.example"), password: "password-1" });
    const before = await database.db.user.count();
    const again = await registerShopper(database.db, { name: "B", identifier: id("DUP@ceramic.example"), password: "password-2" });
    expect(again).toEqual({ ok: false, error: "identifier.taken" });
    expect(await database.db.user.count()).toBe(before);
  });

  it("does not let a disabled account sign in", async () => {
    await registerShopper(database.db, { name: "C", identifier: id("off@ceramic.example"), password: "password-3" });
    await database.db.user.update({ where: { email: "off@ceramic.example" }, data: { disabled: true } });
    expect(await verifyCredentials(database.db, id("off@ceramic.example"), "password-3")).toBeNull();
  });

  it("ends older sessions when the password changes, and reads roles fresh", async () => {
    const registered = await registerShopper(database.db, { name: "D", identifier: id("d@ceramic.example"), password: "password-4" });
    if (!registered.ok) throw new Error("register failed");
    const signedInAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await loadActor(database.db, registered.userId, signedInAt)).toMatchObject({ role: "SHOPPER" });

    await database.db.user.update({ where: { id: registered.userId }, data: { role: "WAREHOUSE" } });
    expect(await loadActor(database.db, registered.userId, signedInAt)).toMatchObject({ role: "WAREHOUSE" });

    expect(await changePassword(database.db, { userId: registered.userId, currentPassword: "wrong-one", newPassword: "password-5" })).toEqual({
      ok: false,
      error: "password.wrongCurrent",
    });
    expect(await changePassword(database.db, { userId: registered.userId, currentPassword: "password-4", newPassword: "password-5" })).toEqual({ ok: true });
    expect(await loadActor(database.db, registered.userId, signedInAt)).toBeNull();
    expect(await loadActor(database.db, registered.userId, Date.now() + 1)).not.toBeNull();
    expect(await verifyCredentials(database.db, id("d@ceramic.example"), "password-5")).not.toBeNull();
  });

  it("takes one pending host application per shopper", async () => {
    const registered = await registerShopper(database.db, { name: "E", identifier: id("e@ceramic.example"), password: "password-6" });
    if (!registered.ok) throw new Error("register failed");
    expect((await applyAsHost(database.db, { userId: registered.userId, motivation: "我想在直播间介绍家乡的瓷器" })).ok).toBe(true);
    expect(await applyAsHost(database.db, { userId: registered.userId, motivation: "again, please" })).toEqual({ ok: false, error: "hostApplication.alreadyPending" });
    expect(await database.db.hostApplication.count({ where: { userId: registered.userId } })).toBe(1);
  });
});

describe("sign-in rate limits", () => {
  it("stops an account after too many failures, and a success clears its count", async () => {
    const limiter = createSignInLimiter(database.db);
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount - 1; i++) {
      expect((await limiter.check("email:a@x", `10.0.0.${i}`)).allowed).toBe(true);
      await limiter.recordFailure("email:a@x", `10.0.0.${i}`);
    }
    await limiter.reset("email:a@x");
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      expect((await limiter.check("email:a@x", `10.0.1.${i}`)).allowed).toBe(true);
      await limiter.recordFailure("email:a@x", `10.0.1.${i}`);
    }
    const refused = await limiter.check("email:a@x", "10.0.2.1");
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(60);
    expect((await limiter.check("email:other@x", "10.0.2.1")).allowed).toBe(true);
  });

  it("stops an address that fails on many accounts, but never counts successes", async () => {
    const limiter = createSignInLimiter(database.db);
    for (let i = 0; i < 100; i++) expect((await limiter.check(`email:ok${i}@x`, "192.0.2.8")).allowed).toBe(true);
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) await limiter.recordFailure(`email:user${i}@x`, "192.0.2.9");
    expect((await limiter.check("email:one-more@x", "192.0.2.9")).allowed).toBe(false);
    expect((await limiter.check("email:one-more@x", "192.0.2.10")).allowed).toBe(true);
  });
});
