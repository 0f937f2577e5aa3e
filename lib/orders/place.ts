import { randomUUID } from "node:crypto";
import { type OrderStatus, type PaymentMethod, Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/client";
import type { DeliveryAddress } from "@/lib/checkout/address";
import { loadRules, type Rules } from "@/lib/checkout/rules";
import { defaultWarehouseId, inTransaction, isQuantity, refuse, type Result } from "@/lib/inventory/core";
import { heldClaims } from "@/lib/live/deals";
import { announcePurchases, creditedSessions } from "./attribution";
import { releaseExpiredHolds } from "./expiry";
import { newAccessToken, newOrderNumber } from "./number";
import { priceOrder, type RequestedLine } from "./pricing";
import { reserveClaimedLines, reserveLines } from "./reservations";

export type Customer = { userId: string } | { email: string | null; phone: string | null };

export interface PlaceOrderInput {
  customer: Customer;
  lines: RequestedLine[];
  /** Flash-deal claims the signed-in buyer holds, ordered at the deal's price (lib/live/deals). */
  claimIds?: string[];
  address: DeliveryAddress;
  paymentMethod: PaymentMethod;
  note?: string | null;
  /** The cart the lines came from: emptied in the same transaction. */
  cartId?: string | null;
  now?: Date;
}

export interface PlacedOrder {
  id: string;
  number: string;
  accessToken: string;
  status: OrderStatus;
  totalFen: number;
  holdExpiresAt: Date | null;
}

export type PlaceOrderError = "empty" | "quantity" | "unavailable" | "sold_out" | "claim_expired";

/**
 * Places an order: prices the lines from the database, then in ONE transaction reserves every
 * SKU (guarded, all or none), writes the order, its lines, reservations, ledger rows, first
 * timeline entry and payment, and empties the cart. Cash on delivery is confirmed at once and
 * its stock allocated; an online payment holds the stock until `holdMinutes` have passed.
 *
 * Held flash-deal claims become lines at the deal's price whose pieces move from the deal into
 * the order's reservation (a claim that lapsed or was ordered meanwhile refuses the whole order
 * with "claim_expired"). Lines from a live room are attributed to the session and its host
 * (./attribution), and each room still live hears of the purchase in the same commit.
 */
export async function placeOrder(db: Db, input: PlaceOrderInput): Promise<Result<{ order: PlacedOrder }, PlaceOrderError>> {
  const now = input.now ?? new Date();
  const claimIds = input.claimIds ?? [];
  if (input.lines.length === 0 && claimIds.length === 0) return { ok: false, error: "empty" };
  if (claimIds.length > 0 && (!("userId" in input.customer) || new Set(claimIds).size !== claimIds.length)) return { ok: false, error: "claim_expired" };
  if (input.lines.some((line) => !isQuantity(line.quantity)) || new Set(input.lines.map((l) => l.variantId)).size !== input.lines.length) {
    return { ok: false, error: "quantity" };
  }
  // Lapsed holds on these SKUs go back on sale before we try to reserve them.
  if (input.lines.length > 0) await releaseExpiredHolds(db, { now, variantIds: input.lines.map((line) => line.variantId) });
  const [rules, warehouseId] = await Promise.all([loadRules(db), defaultWarehouseId(db)]);

  for (let attempt = 1; ; attempt++) {
    try {
      return await placeInTransaction(db, input, { now, rules, warehouseId });
    } catch (error) {
      const numberClash = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && String(error.meta?.target ?? error.message).includes("number");
      if (!numberClash || attempt === 3) throw error;
    }
  }
}

function placeInTransaction(db: Db, input: PlaceOrderInput, context: { now: Date; rules: Rules; warehouseId: string }): Promise<Result<{ order: PlacedOrder }, PlaceOrderError>> {
  const { now, rules, warehouseId } = context;
  return inTransaction<{ order: PlacedOrder }, PlaceOrderError>(db, async (tx) => {
    const userId = "userId" in input.customer ? input.customer.userId : null;
    const wantedClaims = new Set(input.claimIds ?? []);
    const claims = userId && wantedClaims.size > 0 ? (await heldClaims(tx, userId, now)).filter((claim) => wantedClaims.has(claim.claimId)) : [];
    if (claims.length !== wantedClaims.size) refuse("claim_expired");
    const { order: priced, unavailable } = await priceOrder(tx, input.lines, rules, claims);
    if (unavailable.length > 0) refuse("unavailable", { variantId: unavailable[0] ?? "" });
    const sessions = await creditedSessions(tx, priced.lines.map((line) => line.liveSessionId), now);
    const cod = input.paymentMethod === "COD";
    const status: OrderStatus = cod ? "CONFIRMED" : "PENDING_PAYMENT";
    const holdExpiresAt = cod ? null : new Date(now.getTime() + rules.holdMinutes * 60_000);
    const customer = "userId" in input.customer ? { userId: input.customer.userId } : { contactEmail: input.customer.email, contactPhone: input.customer.phone };

    const order = await tx.order.create({
      data: {
        number: newOrderNumber(now),
        accessToken: newAccessToken(),
        ...customer,
        status,
        paymentMethod: input.paymentMethod,
        itemsFen: priced.itemsFen,
        shippingFen: priced.shippingFen,
        packingFen: priced.packingFen,
        totalFen: priced.totalFen,
        weightGrams: priced.weightGrams,
        ...input.address,
        postalCode: input.address.postalCode ?? null,
        note: input.note?.trim() || null,
        holdExpiresAt,
        placedAt: now,
      },
      select: { id: true, number: true, accessToken: true },
    });
    // Flat inserts with ids made here rather than one nested create: fewer round trips per order.
    const lines = priced.lines.map(({ claimId, ...line }) => {
      const credited = line.liveSessionId ? sessions.get(line.liveSessionId) : undefined;
      return { ...line, liveSessionId: credited ? line.liveSessionId : null, hostId: credited?.hostId ?? null, id: randomUUID(), orderId: order.id, claimId };
    });
    await tx.orderLine.createMany({ data: lines.map(({ claimId: _claimId, ...line }) => line) });
    await tx.payment.createMany({ data: [{ orderId: order.id, method: input.paymentMethod, amountFen: priced.totalFen }] });
    const actorKind = userId ? "shopper" : "guest";
    // A cash-on-delivery order is confirmed the moment it is placed; a millisecond apart keeps
    // the two timeline entries in their order.
    const created = { orderId: order.id, actorId: userId, actorKind, createdAt: now };
    await tx.orderEvent.createMany({
      data: [
        { ...created, toStatus: "PENDING_PAYMENT", kind: "created" },
        ...(cod ? [{ ...created, fromStatus: "PENDING_PAYMENT" as const, toStatus: "CONFIRMED" as const, kind: "confirmed", createdAt: new Date(now.getTime() + 1) }] : []),
      ],
    });
    if (input.cartId) await tx.cartLine.deleteMany({ where: { cartId: input.cartId } });
    const reservation = { orderId: order.id, status: cod ? ("ALLOCATED" as const) : ("HELD" as const), expiresAt: holdExpiresAt };
    // Claims before stock rows: lapsing a claim locks it before the stock it returns (lib/live/deals).
    if (userId) {
      await reserveClaimedLines(tx, { ...reservation, userId, now, lines: lines.flatMap((line) => (line.claimId ? [{ orderLineId: line.id, claimId: line.claimId }] : [])) });
    }
    // Last but the announcement, so the stock rows stay locked for as short a time as possible before the commit.
    await reserveLines(tx, {
      ...reservation,
      warehouseId,
      lines: lines.flatMap((line) => (line.claimId ? [] : [{ orderLineId: line.id, variantId: line.variantId, quantity: line.quantity }])),
      actorId: userId,
    });
    if (lines.some((line) => line.liveSessionId && sessions.get(line.liveSessionId)?.live)) {
      const buyerName = userId ? (await tx.user.findUnique({ where: { id: userId }, select: { name: true } }))?.name : input.address.recipient;
      await announcePurchases(tx, { lines, sessions, buyerName: buyerName ?? null, now });
    }
    return { order: { id: order.id, number: order.number, accessToken: order.accessToken, status, totalFen: priced.totalFen, holdExpiresAt } };
  });
}
