import type { Address } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/client";
import { inTransaction, refuse, type Result } from "@/lib/inventory/core";
import type { DeliveryAddress } from "./address";

/**
 * A signed-in shopper's saved delivery addresses. Every function takes the owner's user id and
 * touches only that user's rows, so an id from someone else's list finds nothing. At most one
 * address is the default; the first one saved becomes it.
 */

export const MAX_ADDRESSES = 20;

export type SavedAddress = Pick<Address, "id" | "recipient" | "mobile" | "province" | "city" | "district" | "street" | "postalCode" | "isDefault">;
export type AddressError = "address_not_found" | "too_many";

const SELECT = { id: true, recipient: true, mobile: true, province: true, city: true, district: true, street: true, postalCode: true, isDefault: true } as const;

/** The default first, then the most recently changed. */
export async function listAddresses(db: Db | Tx, userId: string): Promise<SavedAddress[]> {
  return db.address.findMany({ where: { userId }, orderBy: [{ isDefault: "desc" }, { updatedAt: "desc" }, { id: "asc" }], select: SELECT });
}

export async function findAddress(db: Db | Tx, userId: string, addressId: string): Promise<SavedAddress | null> {
  return db.address.findFirst({ where: { id: addressId, userId }, select: SELECT });
}

/**
 * Address changes of one user take turns on the user's row, so two concurrent "make default"
 * requests cannot both leave their address marked as the default.
 */
async function lockOwner(tx: Tx, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
}

async function makeDefault(tx: Tx, userId: string, addressId: string): Promise<void> {
  await tx.address.updateMany({ where: { userId, isDefault: true, id: { not: addressId } }, data: { isDefault: false } });
  await tx.address.update({ where: { id: addressId }, data: { isDefault: true } });
}

const columns = (address: DeliveryAddress) => ({ ...address, postalCode: address.postalCode ?? null });

export async function createAddress(db: Db, userId: string, address: DeliveryAddress, options: { makeDefault?: boolean } = {}): Promise<Result<{ address: SavedAddress }, AddressError>> {
  return inTransaction<{ address: SavedAddress }, AddressError>(db, async (tx) => {
    await lockOwner(tx, userId);
    const count = await tx.address.count({ where: { userId } });
    if (count >= MAX_ADDRESSES) refuse("too_many");
    const created = await tx.address.create({ data: { userId, ...columns(address) }, select: { id: true } });
    if (options.makeDefault || count === 0) await makeDefault(tx, userId, created.id);
    return { address: (await findAddress(tx, userId, created.id))! };
  });
}

export async function updateAddress(db: Db, userId: string, addressId: string, address: DeliveryAddress, options: { makeDefault?: boolean } = {}): Promise<Result<{ address: SavedAddress }, AddressError>> {
  return inTransaction<{ address: SavedAddress }, AddressError>(db, async (tx) => {
    await lockOwner(tx, userId);
    const { count } = await tx.address.updateMany({ where: { id: addressId, userId }, data: columns(address) });
    if (count !== 1) refuse("address_not_found");
    if (options.makeDefault) await makeDefault(tx, userId, addressId);
    return { address: (await findAddress(tx, userId, addressId))! };
  });
}

export async function setDefaultAddress(db: Db, userId: string, addressId: string): Promise<Result<object, AddressError>> {
  return inTransaction<object, AddressError>(db, async (tx) => {
    await lockOwner(tx, userId);
    if (!(await findAddress(tx, userId, addressId))) refuse("address_not_found");
    await makeDefault(tx, userId, addressId);
    return {};
  });
}

/** Deletes an address; when it was the default, the most recently changed other one takes over. */
export async function deleteAddress(db: Db, userId: string, addressId: string): Promise<Result<object, AddressError>> {
  return inTransaction<object, AddressError>(db, async (tx) => {
    await lockOwner(tx, userId);
    const address = await findAddress(tx, userId, addressId);
    if (!address) refuse("address_not_found");
    await tx.address.delete({ where: { id: addressId } });
    if (address.isDefault) {
      const next = await tx.address.findFirst({ where: { userId }, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], select: { id: true } });
      if (next) await makeDefault(tx, userId, next.id);
    }
    return {};
  });
}

/**
 * "Save this address" at checkout: an address the shopper already has is not saved twice, and a
 * full address book is left alone (the order is placed all the same).
 */
export async function rememberCheckoutAddress(db: Db, userId: string, address: DeliveryAddress): Promise<void> {
  const wanted = columns(address);
  const same = await db.address.findFirst({ where: { userId, ...wanted }, select: { id: true } });
  if (same) return;
  await createAddress(db, userId, address);
}
