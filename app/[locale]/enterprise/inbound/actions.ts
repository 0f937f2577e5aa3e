"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { InventoryFormState } from "@/components/warehouse/form-state";
import { authorizeAction } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { FORBIDDEN } from "@/lib/forms/state";
import { cancelReceipt } from "@/lib/inventory/receipts";

const schema = z.object({ enterpriseId: z.string().min(1).max(64), receiptId: z.string().min(1).max(64) });

/** Enterprise staff withdraw one of their own announcements that the warehouse has not received. */
export async function cancelReceiptAction(_previous: InventoryFormState, formData: FormData): Promise<InventoryFormState> {
  const enterpriseId = String(formData.get("enterpriseId") ?? "");
  const actor = await authorizeAction("receipt.announce", { enterpriseId });
  if (!actor) return FORBIDDEN;
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "invalid" };
  const result = await cancelReceipt(db(), parsed.data);
  if (!result.ok) return { status: "error", message: result.error };
  revalidatePath("/[locale]/enterprise/inbound", "page");
  return { status: "ok" };
}
