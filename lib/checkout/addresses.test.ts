import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { createShopper } from "@/lib/admin/test-support";
import { addressSchema } from "./address";
import { createAddress, deleteAddress, listAddresses, MAX_ADDRESSES, rememberCheckoutAddress, setDefaultAddress, updateAddress } from "./addresses";

/** Saved addresses: only ever one default per shopper, and nobody touches another's addresses. */
const home = addressSchema.parse({ recipient: "张三", mobile: "138 0013 8000", province: "江西省", city: "景德镇市", district: "珠山区", street: "陶阳里 8 号", postalCode: "333000" });
const office = addressSchema.parse({ recipient: "张三", mobile: "13800138001", province: "北京市", city: "市辖区", district: "海淀区", street: "中关村大街 1 号", postalCode: "" });

describe.each(availableTestEngines())("saved addresses on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    db = database.db;
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
  });

  const defaults = async (userId: string) => (await listAddresses(db, userId)).filter((a) => a.isDefault).map((a) => a.street);

  it("the first address becomes the default; making another the default moves it", async () => {
    const user = await createShopper(db, "Addresser");
    const first = await createAddress(db, user, home);
    expect(first).toMatchObject({ ok: true, address: { street: home.street, mobile: "13800138000", postalCode: "333000", isDefault: true } });
    const second = await createAddress(db, user, office);
    expect(second).toMatchObject({ ok: true, address: { isDefault: false, postalCode: null } });
    expect(await defaults(user)).toEqual([home.street]);

    if (!second.ok) throw new Error("unreachable");
    expect(await setDefaultAddress(db, user, second.address.id)).toEqual({ ok: true });
    expect(await defaults(user)).toEqual([office.street]);
    // The default is listed first.
    expect((await listAddresses(db, user))[0]?.id).toBe(second.address.id);

    const third = await createAddress(db, user, { ...home, street: "新厂路 3 号" }, { makeDefault: true });
    expect(await defaults(user)).toEqual(["新厂路 3 号"]);
    if (!third.ok) throw new Error("unreachable");
    // Deleting the default hands it to another address.
    expect(await deleteAddress(db, user, third.address.id)).toEqual({ ok: true });
    expect((await defaults(user)).length).toBe(1);
    expect(await listAddresses(db, user)).toHaveLength(2);
  });

  it("concurrent 'make default' requests leave exactly one default", async () => {
    const user = await createShopper(db, "Racer");
    const created = await Promise.all(Array.from({ length: 5 }, (_, i) => createAddress(db, user, { ...home, street: `瓷都大道 ${i + 10} 号` })));
    const ids = created.map((c) => (c.ok ? c.address.id : ""));
    await Promise.all(ids.map((id) => setDefaultAddress(db, user, id)));
    expect((await defaults(user)).length).toBe(1);
  });

  it("another shopper cannot see, change, delete or make default someone's address", async () => {
    const owner = await createShopper(db, "Keeper");
    const thief = await createShopper(db, "Thief");
    const saved = await createAddress(db, owner, home);
    if (!saved.ok) throw new Error("unreachable");
    const id = saved.address.id;
    expect(await listAddresses(db, thief)).toEqual([]);
    expect(await updateAddress(db, thief, id, office)).toEqual({ ok: false, error: "address_not_found" });
    expect(await setDefaultAddress(db, thief, id)).toEqual({ ok: false, error: "address_not_found" });
    expect(await deleteAddress(db, thief, id)).toEqual({ ok: false, error: "address_not_found" });
    expect(await listAddresses(db, owner)).toEqual([saved.address]);

    expect(await updateAddress(db, owner, id, office)).toMatchObject({ ok: true, address: { street: office.street, isDefault: true } });
  });

  it("checkout does not save the same address twice, and the book has a limit", async () => {
    const user = await createShopper(db, "Checkout");
    await rememberCheckoutAddress(db, user, home);
    await rememberCheckoutAddress(db, user, home);
    expect(await listAddresses(db, user)).toHaveLength(1);
    for (let i = 1; i < MAX_ADDRESSES; i++) await createAddress(db, user, { ...office, street: `中关村大街 ${i + 1} 号` });
    expect(await createAddress(db, user, office)).toEqual({ ok: false, error: "too_many" });
    await rememberCheckoutAddress(db, user, { ...office, street: "另一条街 9 号" });
    expect(await listAddresses(db, user)).toHaveLength(MAX_ADDRESSES);
  });
});
