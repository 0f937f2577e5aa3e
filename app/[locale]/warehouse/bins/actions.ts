"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { InventoryFormState } from "@/components/warehouse/form-state";
import { authorizeAction } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { FORBIDDEN, formValues } from "@/lib/forms/state";
import { createBin } from "@/lib/inventory/bins";

const schema = z.object({ code: z.string().trim().min(1, { message: "required" }).max(20, { message: "invalidCode" }) });

/** A warehouse operator adds a bin location. */
export async function createBinAction(_previous: InventoryFormState, formData: FormData): Promise<InventoryFormState> {
  const actor = await authorizeAction("bin.create");
  if (!actor) return FORBIDDEN;
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "form", fieldErrors: { code: parsed.error.issues[0]?.message ?? "invalid" }, values: formValues(formData) };
  const result = await createBin(db(), { code: parsed.data.code });
  if (!result.ok) return { status: "error", message: "form", fieldErrors: { code: result.error }, values: formValues(formData) };
  revalidatePath("/[locale]/warehouse/bins", "page");
  return { status: "ok", result: { code: result.code } };
}
