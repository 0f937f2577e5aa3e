import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { BREAKAGE_REASONS, type BreakageReason } from "./breakage-reasons";
import { inTransaction, isQuantity, recordMovement, refuse, removeAvailable, removeFromBin, type Result, villageDay } from "./core";

/**
 * Breakage write-offs: porcelain breaks in handling, in storage, or turns out defective. A
 * write-off takes pieces out of one bin and out of onHand with a BREAKAGE ledger row whose
 * reference is the write-off's own number (BK-YYYYMMDD-XXXXXX) and whose note starts with the
 * reason code ("HANDLING", or "HANDLING — dropped from the cart").
 *
 * Only available pieces can be written off: pieces reserved for an order must be released
 * first, so stock never goes below what is promised to shoppers.
 */

export { BREAKAGE_REASONS, type BreakageReason };

export const BREAKAGE_NOTE_MAX = 300;

export type BreakageError = "invalidQuantity" | "invalidReason" | "noteTooLong" | "variantUnknown" | "binUnknown" | "binShort" | "insufficientAvailable";

export interface BreakageInput {
  variantId: string;
  binId: string;
  quantity: number;
  reason: BreakageReason;
  note?: string | null;
  actorId: string;
  now?: Date;
}

export async function recordBreakage(db: PrismaClient, input: BreakageInput): Promise<Result<{ reference: string }, BreakageError>> {
  if (!isQuantity(input.quantity)) return { ok: false, error: "invalidQuantity" };
  if (!BREAKAGE_REASONS.includes(input.reason)) return { ok: false, error: "invalidReason" };
  if ((input.note?.length ?? 0) > BREAKAGE_NOTE_MAX) return { ok: false, error: "noteTooLong" };
  const [variant, bin] = [
    await db.variant.findUnique({ where: { id: input.variantId }, select: { id: true } }),
    await db.binLocation.findUnique({ where: { id: input.binId }, select: { id: true, warehouseId: true } }),
  ];
  if (!variant) return { ok: false, error: "variantUnknown" };
  if (!bin) return { ok: false, error: "binUnknown" };

  const reference = breakageReference(input.now ?? new Date());
  return inTransaction<{ reference: string }, BreakageError>(db, async (tx) => {
    const stock = { variantId: variant.id, warehouseId: bin.warehouseId, quantity: input.quantity };
    // StockLevel before BinStock (the lock order of lib/inventory/core).
    if (!(await removeAvailable(tx, stock))) {
      const held = await tx.binStock.findUnique({ where: { binId_variantId: { binId: bin.id, variantId: variant.id } }, select: { quantity: true } });
      if ((held?.quantity ?? 0) < input.quantity) refuse("binShort", { inBin: held?.quantity ?? 0 });
      const level = await tx.stockLevel.findUnique({ where: { variantId_warehouseId: { variantId: variant.id, warehouseId: bin.warehouseId } }, select: { onHand: true, reserved: true } });
      refuse("insufficientAvailable", { available: level ? level.onHand - level.reserved : 0, reserved: level?.reserved ?? 0 });
    }
    if (!(await removeFromBin(tx, { binId: bin.id, variantId: variant.id, quantity: input.quantity }))) {
      const held = await tx.binStock.findUnique({ where: { binId_variantId: { binId: bin.id, variantId: variant.id } }, select: { quantity: true } });
      refuse("binShort", { inBin: held?.quantity ?? 0 });
    }
    await recordMovement(tx, {
      variantId: variant.id,
      warehouseId: bin.warehouseId,
      binId: bin.id,
      onHandDelta: -input.quantity,
      reason: "BREAKAGE",
      referenceType: "breakage",
      referenceId: reference,
      note: breakageNote(input.reason, input.note),
      actorId: input.actorId,
    });
    return { reference };
  });
}

function breakageReference(now: Date): string {
  return `BK-${villageDay(now)}-${randomBytes(3).toString("hex").toUpperCase()}`;
}

const SEPARATOR = " — ";

export function breakageNote(reason: BreakageReason, note?: string | null): string {
  const text = note?.trim();
  return text ? `${reason}${SEPARATOR}${text}` : reason;
}

/** Splits a BREAKAGE movement's note back into its reason code and the operator's words. */
export function parseBreakageNote(note: string | null): { reason: BreakageReason | null; text: string | null } {
  if (!note) return { reason: null, text: null };
  const reason = BREAKAGE_REASONS.find((r) => note === r || note.startsWith(`${r}${SEPARATOR}`)) ?? null;
  if (!reason) return { reason: null, text: note };
  const text = note.slice(reason.length + SEPARATOR.length).trim();
  return { reason, text: text || null };
}
