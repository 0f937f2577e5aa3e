"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { type Actor, authorizeAction } from "@/lib/auth/session";
import { addressSchema } from "@/lib/checkout/address";
import { createAddress, deleteAddress, setDefaultAddress, updateAddress } from "@/lib/checkout/addresses";
import { db } from "@/lib/db/client";
import { FORBIDDEN, type FormState, formValues, invalidForm } from "@/lib/forms/state";

/**
 * The signed-in person's address book (/account/addresses). Each action acts on the caller's
 * own addresses only: the domain functions look addresses up by id AND owner, so another
 * person's id changes nothing. (Checkout's "save this address" is part of placing the order.)
 */

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const saveSchema = z.object({ id: z.preprocess((v) => (v === "" ? undefined : v), idSchema.optional()), makeDefault: z.literal("on").optional() });

export async function saveAddressAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await authorizeAction("account.manageAddresses");
  if (!actor) return FORBIDDEN;
  const fields = Object.fromEntries(formData);
  const address = addressSchema.safeParse(fields);
  const options = saveSchema.safeParse(fields);
  if (!address.success) return invalidForm(formData, address.error);
  if (!options.success) return invalidForm(formData, options.error);
  const makeDefault = options.data.makeDefault === "on";
  const result = options.data.id
    ? await updateAddress(db(), actor.id, options.data.id, address.data, { makeDefault })
    : await createAddress(db(), actor.id, address.data, { makeDefault });
  if (!result.ok) return { status: "error", message: result.error === "too_many" ? "addressBookFull" : "invalid", values: formValues(formData) };
  refresh();
  return { status: "ok" };
}

export async function deleteAddressAction(formData: FormData): Promise<void> {
  const actor = await authorizeAction("account.manageAddresses");
  await changeAddress(actor, formData, (userId, id) => deleteAddress(db(), userId, id));
}

export async function setDefaultAddressAction(formData: FormData): Promise<void> {
  const actor = await authorizeAction("account.manageAddresses");
  await changeAddress(actor, formData, (userId, id) => setDefaultAddress(db(), userId, id));
}

/** A row button's change to the address its form names; nothing without an authorized actor or with a malformed id. */
async function changeAddress(actor: Actor | null, formData: FormData, change: (userId: string, addressId: string) => Promise<unknown>): Promise<void> {
  const id = idSchema.safeParse(formData.get("id"));
  if (!actor || !id.success) return;
  await change(actor.id, id.data);
  refresh();
}
