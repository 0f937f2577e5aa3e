import type { PrismaClient, ReceiptStatus } from "@/lib/db/generated/client";
import { addOnHand, addToBin, defaultWarehouseId, inTransaction, isQuantity, nextDocumentNumber, recordMovement, refuse, type Result } from "./core";

/**
 * Inbound shipments into the shared warehouse. Enterprise staff announce what they send (SKUs
 * of their own enterprise and quantities); a warehouse operator receives the shipment once,
 * counting good and broken pieces per line and putting the good ones into a bin. Receiving is
 * one transaction: stock, bins, ledger and the receipt's status change together or not at all.
 */

export const MAX_RECEIPT_LINES = 50;
export const MAX_NOTE_LENGTH = 500;

export type AnnounceError = "noLines" | "tooManyLines" | "invalidQuantity" | "duplicateVariant" | "variantNotOwned" | "noteTooLong";

export interface AnnounceInput {
  enterpriseId: string;
  actorId: string;
  lines: { variantId: string; quantity: number }[];
  note?: string | null;
  warehouseId?: string;
  now?: Date;
}

/**
 * Records an announced shipment and gives it a readable number (RC-YYYYMMDD-NNNN). Every
 * variant must belong to the enterprise; a refused announcement writes nothing. Errors about
 * one line carry its index in `detail.line`.
 */
export async function announceReceipt(db: PrismaClient, input: AnnounceInput): Promise<Result<{ receiptId: string; number: string }, AnnounceError>> {
  if (input.lines.length === 0) return { ok: false, error: "noLines" };
  if (input.lines.length > MAX_RECEIPT_LINES) return { ok: false, error: "tooManyLines" };
  if ((input.note?.length ?? 0) > MAX_NOTE_LENGTH) return { ok: false, error: "noteTooLong" };
  const seen = new Set<string>();
  for (const [line, { variantId, quantity }] of input.lines.entries()) {
    if (!isQuantity(quantity)) return { ok: false, error: "invalidQuantity", detail: { line } };
    if (seen.has(variantId)) return { ok: false, error: "duplicateVariant", detail: { line } };
    seen.add(variantId);
  }
  const owned = new Set(
    (
      await db.variant.findMany({
        where: { id: { in: [...seen] }, product: { enterpriseId: input.enterpriseId } },
        select: { id: true },
      })
    ).map((v) => v.id),
  );
  const foreign = input.lines.findIndex((l) => !owned.has(l.variantId));
  if (foreign >= 0) return { ok: false, error: "variantNotOwned", detail: { line: foreign } };

  const warehouseId = input.warehouseId ?? (await defaultWarehouseId(db));
  const now = input.now ?? new Date();
  return inTransaction<{ receiptId: string; number: string }, AnnounceError>(db, async (tx) => {
    const number = await nextDocumentNumber(tx, "RC", now, "Receipt");
    const receipt = await tx.receipt.create({
      data: {
        number,
        enterpriseId: input.enterpriseId,
        warehouseId,
        note: input.note?.trim() || null,
        announcedById: input.actorId,
        announcedAt: now,
        lines: { create: input.lines.map((l) => ({ variantId: l.variantId, quantityAnnounced: l.quantity })) },
      },
      select: { id: true, number: true },
    });
    return { receiptId: receipt.id, number: receipt.number };
  });
}

export type ReceiveError =
  | "notFound"
  | "alreadyReceived"
  | "cancelled"
  | "linesMismatch"
  | "invalidQuantity"
  | "overAnnounced"
  | "binRequired"
  | "binUnknown"
  | "nothingReceived"
  | "noteTooLong";

export interface ReceiveLineInput {
  lineId: string;
  good: number;
  broken: number;
  /** Where the good pieces go; required when good > 0. */
  binId: string | null;
}

/**
 * Receives an announced shipment, once. Per line, good + broken may be less than announced (a
 * short delivery, recorded as such) but never more. In one transaction: the receipt turns
 * RECEIVED (a guarded update, so a second or concurrent receive is refused), each line keeps
 * its counts and bin, and for the good pieces onHand and the bin grow, with one RECEIPT ledger
 * row per line. Broken pieces never enter stock; they stay on the receipt line.
 */
export async function receiveReceipt(
  db: PrismaClient,
  input: { receiptId: string; actorId: string; lines: ReceiveLineInput[]; note?: string | null; now?: Date },
): Promise<Result<{ received: number; broken: number; short: number }, ReceiveError>> {
  if ((input.note?.length ?? 0) > MAX_NOTE_LENGTH) return { ok: false, error: "noteTooLong" };
  const receipt = await db.receipt.findUnique({
    where: { id: input.receiptId },
    select: { id: true, status: true, warehouseId: true, lines: { select: { id: true, variantId: true, quantityAnnounced: true } } },
  });
  if (!receipt) return { ok: false, error: "notFound" };
  if (receipt.status === "RECEIVED") return { ok: false, error: "alreadyReceived" };
  if (receipt.status === "CANCELLED") return { ok: false, error: "cancelled" };

  const given = new Map(input.lines.map((l) => [l.lineId, l]));
  if (given.size !== input.lines.length || given.size !== receipt.lines.length || receipt.lines.some((l) => !given.has(l.id))) {
    return { ok: false, error: "linesMismatch" };
  }
  const binIds = new Set<string>();
  for (const [index, line] of receipt.lines.entries()) {
    const counts = given.get(line.id)!;
    if (!isQuantity(counts.good, { allowZero: true }) || !isQuantity(counts.broken, { allowZero: true })) {
      return { ok: false, error: "invalidQuantity", detail: { line: index, lineId: line.id } };
    }
    if (counts.good + counts.broken > line.quantityAnnounced) return { ok: false, error: "overAnnounced", detail: { line: index, lineId: line.id, announced: line.quantityAnnounced } };
    if (counts.good > 0 && !counts.binId) return { ok: false, error: "binRequired", detail: { line: index, lineId: line.id } };
    if (counts.good > 0 && counts.binId) binIds.add(counts.binId);
  }
  if (receipt.lines.every((l) => given.get(l.id)!.good + given.get(l.id)!.broken === 0)) return { ok: false, error: "nothingReceived" };
  const bins = await db.binLocation.findMany({ where: { id: { in: [...binIds] }, warehouseId: receipt.warehouseId, active: true }, select: { id: true } });
  if (bins.length !== binIds.size) {
    const known = new Set(bins.map((b) => b.id));
    const index = receipt.lines.findIndex((l) => { const b = given.get(l.id)!; return b.good > 0 && !known.has(b.binId ?? ""); });
    return { ok: false, error: "binUnknown", detail: { line: index, lineId: receipt.lines[index]?.id ?? "" } };
  }

  const now = input.now ?? new Date();
  return inTransaction<{ received: number; broken: number; short: number }, ReceiveError>(db, async (tx) => {
    // The guard that makes receiving happen once: only an ANNOUNCED receipt turns RECEIVED. A
    // concurrent second receive waits for this row's lock, then finds nothing to update.
    const claimed = await tx.receipt.updateMany({
      where: { id: receipt.id, status: "ANNOUNCED" },
      data: { status: "RECEIVED", receivedById: input.actorId, receivedAt: now, ...(input.note?.trim() ? { note: input.note.trim() } : {}) },
    });
    if (claimed.count !== 1) refuse("alreadyReceived");
    let received = 0;
    let broken = 0;
    let short = 0;
    // SKUs in variantId order: the lock order of lib/inventory/core.
    for (const line of [...receipt.lines].sort((a, b) => (a.variantId < b.variantId ? -1 : 1))) {
      const counts = given.get(line.id)!;
      const binId = counts.good > 0 ? counts.binId : null;
      await tx.receiptLine.update({ where: { id: line.id }, data: { quantityGood: counts.good, quantityBroken: counts.broken, binId } });
      received += counts.good;
      broken += counts.broken;
      short += line.quantityAnnounced - counts.good - counts.broken;
      if (counts.good > 0 && binId) {
        await addOnHand(tx, { variantId: line.variantId, warehouseId: receipt.warehouseId, quantity: counts.good });
        await addToBin(tx, { binId, variantId: line.variantId, quantity: counts.good });
        await recordMovement(tx, {
          variantId: line.variantId,
          warehouseId: receipt.warehouseId,
          binId,
          onHandDelta: counts.good,
          reason: "RECEIPT",
          referenceType: "receipt",
          referenceId: receipt.id,
          note: receiptLineNote(line.quantityAnnounced, counts.good, counts.broken),
          actorId: input.actorId,
        });
      }
    }
    return { received, broken, short };
  });
}

/** The machine-made note of a RECEIPT movement: "announced 10, good 9, broken 1". Shown as is in the ledger. */
export function receiptLineNote(announced: number, good: number, broken: number): string {
  const short = announced - good - broken;
  return `announced ${announced}, good ${good}, broken ${broken}${short > 0 ? `, short ${short}` : ""}`;
}

export type CancelError = "notFound" | "notAnnounced";

/** Withdraws an announcement that has not been received yet (enterprise staff changed their plans). */
export async function cancelReceipt(db: PrismaClient, input: { receiptId: string; enterpriseId: string }): Promise<Result<object, CancelError>> {
  const exists = await db.receipt.findFirst({ where: { id: input.receiptId, enterpriseId: input.enterpriseId }, select: { id: true } });
  if (!exists) return { ok: false, error: "notFound" };
  const changed = await db.receipt.updateMany({ where: { id: input.receiptId, enterpriseId: input.enterpriseId, status: "ANNOUNCED" }, data: { status: "CANCELLED" } });
  return changed.count === 1 ? { ok: true } : { ok: false, error: "notAnnounced" };
}

// ───────────────────────────── reads ─────────────────────────────

export const RECEIPTS_PAGE_SIZE = 20;

/** Receipts, newest first; for enterprise staff always pass their enterpriseId. */
export async function listReceipts(
  db: PrismaClient,
  filter: { enterpriseId?: string; status?: ReceiptStatus; page?: number; pageSize?: number; oldestFirst?: boolean },
) {
  const where = { ...(filter.enterpriseId ? { enterpriseId: filter.enterpriseId } : {}), ...(filter.status ? { status: filter.status } : {}) };
  const pageSize = filter.pageSize ?? RECEIPTS_PAGE_SIZE;
  const total = await db.receipt.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, filter.page ?? 1), pageCount);
  const rows = await db.receipt.findMany({
    where,
    orderBy: [{ announcedAt: filter.oldestFirst ? "asc" : "desc" }, { number: filter.oldestFirst ? "asc" : "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      number: true,
      status: true,
      note: true,
      announcedAt: true,
      receivedAt: true,
      enterprise: { select: { id: true, nameZh: true, nameEn: true } },
      lines: { select: { quantityAnnounced: true, quantityGood: true, quantityBroken: true } },
    },
  });
  const items = rows.map(({ lines, ...r }) => ({
    ...r,
    lineCount: lines.length,
    announced: lines.reduce((sum, l) => sum + l.quantityAnnounced, 0),
    good: lines.reduce((sum, l) => sum + (l.quantityGood ?? 0), 0),
    broken: lines.reduce((sum, l) => sum + (l.quantityBroken ?? 0), 0),
  }));
  return { items, total, page, pageCount };
}

/**
 * One receipt with its lines. With `enterpriseId` it is found only if it belongs to that
 * enterprise, so another enterprise's receipt is indistinguishable from a missing one.
 */
export async function getReceipt(db: PrismaClient, id: string, scope: { enterpriseId?: string } = {}) {
  const receipt = await db.receipt.findFirst({
    where: { id, ...(scope.enterpriseId ? { enterpriseId: scope.enterpriseId } : {}) },
    select: {
      id: true,
      number: true,
      status: true,
      note: true,
      warehouseId: true,
      announcedAt: true,
      announcedById: true,
      receivedAt: true,
      receivedById: true,
      enterprise: { select: { id: true, nameZh: true, nameEn: true } },
      lines: {
        orderBy: { variant: { sku: "asc" } },
        select: {
          id: true,
          quantityAnnounced: true,
          quantityGood: true,
          quantityBroken: true,
          bin: { select: { id: true, code: true } },
          variant: {
            select: {
              id: true,
              sku: true,
              nameZh: true,
              nameEn: true,
              product: { select: { nameZh: true, nameEn: true } },
              binStocks: { where: { quantity: { gt: 0 } }, orderBy: { quantity: "desc" }, select: { quantity: true, bin: { select: { id: true, code: true } } } },
            },
          },
        },
      },
    },
  });
  if (!receipt) return null;
  const people = await db.user.findMany({
    where: { id: { in: [receipt.announcedById, receipt.receivedById].filter((x): x is string => !!x) } },
    select: { id: true, name: true },
  });
  const name = (id: string | null) => people.find((p) => p.id === id)?.name ?? null;
  return { ...receipt, announcedBy: name(receipt.announcedById), receivedBy: name(receipt.receivedById) };
}

export type ReceiptDetail = NonNullable<Awaited<ReturnType<typeof getReceipt>>>;
