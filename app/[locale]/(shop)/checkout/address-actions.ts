"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { currentShopper } from "@/lib/auth/shopper";
import { addressSchema } from "@/lib/checkout/address";
import { createAddress, deleteAddress, setDefaultAddress, updateAddress } from "@/lib/checkout/addresses";
import { db } from "@/lib/db/client";
import { FORBIDDEN, type FormState, formValues, invalidForm } from "@/lib/forms/state";

/**
 * The signed-in shopper's address book (/account/addresses, and "save this address" at
 * checkout). Each action acts on the caller's own addresses only: the domain functions look
 * addresses up by id AND owner, so another person's id changes nothing.
 */

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const saveSchema = z.object({ id: z.preprocess((v) => (v === "" ? undefined : v), idSchema.optional()), makeDefault: z.literal("on").optional() });

export async function saveAddressAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const shopper = await currentShopper();
  if (!shopper.actor) return FORBIDDEN;
  const fields = Object.fromEntries(formData);
  const address = addressSchema.safeParse(fields);
  const options = saveSchema.safeParse(fields);
  if (!address.success) return invalidForm(formData, address.error);
  if (!options.success) return invalidForm(formData, options.error);
  const makeDefault = options.data.makeDefault === "on";
  const result = options.data.id
    ? await updateAddress(db(), shopper.actor.id, options.data.id, address.data, { makeDefault })
    : await createAddress(db(), shopper.actor.id, address.data, { makeDefault });
  if (!result.ok) return { status: "error", message: result.error === "too_many" ? "addressBookFull" : "invalid", values: formValues(formData) };
  refresh();
  return { status: "ok" };
}

export async function deleteAddressAction(formData: FormData): Promise<void> {
  const shopper = await currentShopper();
  const id = idSchema.safeParse(formData.get("id"));
  if (!shopper.actor || !id.success) return;
  await deleteAddress(db(), shopper.actor.id, id.data);
  refresh();
}

export async function setDefaultAddressAction(formData: FormData): Promise<void> {
  const shopper = await currentShopper();
  const id = idSchema.safeParse(formData.get("id"));
  if (!shopper.actor || !id.success) return;
  await setDefaultAddress(db(), shopper.actor.id, id.data);
  refresh();
}
