import type { PrismaClient } from "@/lib/db/generated/client";
import { findStockDiscrepancies } from "@/lib/inventory/invariants";
import { findDealDiscrepancies, findReservationDiscrepancies } from "@/lib/orders/invariants";
import { seedStockedSkus } from "@/lib/orders/test-support";
import { scheduleSession, startSessionByHand } from "./sessions";

/** Fixtures for flash-deal integration tests (never used by the app). */

export async function createHost(db: PrismaClient, label: string): Promise<string> {
  return (await db.user.create({ data: { email: `host-${label}@example.test`, name: `Host ${label}`, role: "HOST" }, select: { id: true } })).id;
}

/**
 * A host's session, live since `startedAt`, whose line-up is the products of `variantIds`: an
 * EXTERNAL one, switched live by hand (no media server in tests).
 */
export async function liveSession(db: PrismaClient, input: { hostId: string; variantIds: string[]; startedAt?: Date }): Promise<string> {
  const startedAt = input.startedAt ?? new Date();
  const products = await db.variant.findMany({ where: { id: { in: input.variantIds } }, select: { productId: true } });
  const scheduled = await scheduleSession(db, {
    hostId: input.hostId,
    title: "青瓷夜市",
    scheduledAt: startedAt,
    ingest: "EXTERNAL",
    playbackUrl: "https://cdn.example/live/test.m3u8",
    productIds: [...new Set(products.map((p) => p.productId))],
    now: startedAt,
  });
  if (!scheduled.ok) throw new Error(`scheduleSession: ${scheduled.error}`);
  const live = await startSessionByHand(db, { hostId: input.hostId, sessionId: scheduled.session.id, now: startedAt });
  if (!live.ok) throw new Error(`startSessionByHand: ${live.error}`);
  return scheduled.session.id;
}

/** One published SKU with `stock` pieces (a product of its own), priced at `priceFen`. */
export async function stockedSku(db: PrismaClient, label: string, stock: number, priceFen = 8800): Promise<string> {
  const [variantId] = await seedStockedSkus(db, { label, count: 1, stock, priceFen });
  if (!variantId) throw new Error("seedStockedSkus made no SKU");
  return variantId;
}

/** Stock, reservations, deals and their ledgers all agree: the three audits are empty. */
export async function booksBalance(db: PrismaClient): Promise<{ stock: unknown[]; reservations: unknown[]; deals: unknown[] }> {
  const [stock, reservations, deals] = await Promise.all([findStockDiscrepancies(db), findReservationDiscrepancies(db), findDealDiscrepancies(db)]);
  return { stock, reservations, deals };
}

export const BALANCED = { stock: [], reservations: [], deals: [] };
