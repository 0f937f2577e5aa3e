import { randomUUID } from "node:crypto";
import { type OrderStatus, type PaymentMethod, Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/client";
import type { DeliveryAddress } from "@/lib/checkout/address";
import { loadRules, type Rules } from "@/lib/checkout/rules";
import { defaultWarehouseId, inTransaction, isQuantity, refuse, type Result } from "@/lib/inventory/core";
import { releaseExpiredHolds } from "./expiry";
import { newAccessToken, newOrderNumber } from "./number";
import { priceOrder, type RequestedLine } from "./pricing";
import { reserveLines } from "./reservations";

export type Customer = { userId: string } | { email: string | null; phone: string | null };

export interface PlaceOrderInput {
  customer: Customer;
  lines: RequestedLine[];
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

export type PlaceOrderError = "empty" | "quantity" | "unavailable" | "sold_out";

/**
 * Places an order: prices the lines from the database, then in ONE transaction reserves every
 * SKU (guarded, all or none), writes the order, its lines, reservations, ledger rows, first
 * timeline entry and payment, and empties the cart. Cash on delivery is confirmed at once and
 * its stock allocated; an online payment holds the stock until `holdMinutes` have passed.
 */
export async function placeOrder(db: Db, input: PlaceOrderInput): Promise<Result<{ order: PlacedOrder }, PlaceOrderError>> {
  const now = input.now ?? new Date();
  if (input.lines.length === 0) return { ok: false, error: "empty" };
  if (input.lines.some((line) => !isQuantity(line.quantity)) || new Set(input.lines.map((l) => l.variantId)).size !== input.lines.length) {
    return { ok: false, error: "quantity" };
  }
  // Lapsed holds on these SKUs go back on sale before we try to reserve them.
  await releaseExpiredHolds(db, { now, variantIds: input.lines.map((line) => line.variantId) });
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
    const { order: priced, unavailable } = await priceOrder(tx, input.lines, rules);
    if (unavailable.length > 0) refuse("unavailable", { variantId: unavailable[0] ?? "" });
    const cod = input.paymentMethod === "COD";
    const status: OrderStatus = cod ? "CONFIRMED" : "PENDING_PAYMENT";
    const holdExpiresAt = cod ? null : new Date(now.getTime() + rules.holdMinutes * 60_000);
    const customer = "userId" in input.customer ? { userId: input.customer.userId } : { contactEmail: input.customer.email, contactPhone: input.customer.phone };
    const actorId = "userId" in input.customer ? input.customer.userId : null;

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
    const lines = priced.lines.map((line) => ({ ...line, id: randomUUID(), orderId: order.id }));
    await tx.orderLine.createMany({ data: lines });
    await tx.payment.createMany({ data: [{ orderId: order.id, method: input.paymentMethod, amountFen: priced.totalFen }] });
    const actorKind = actorId ? "shopper" : "guest";
    // A cash-on-delivery order is confirmed the moment it is placed; a millisecond apart keeps
    // the two timeline entries in their order.
    const created = { orderId: order.id, actorId, actorKind, createdAt: now };
    await tx.orderEvent.createMany({
      data: [
        { ...created, toStatus: "PENDING_PAYMENT", kind: "created" },
        ...(cod ? [{ ...created, fromStatus: "PENDING_PAYMENT" as const, toStatus: "CONFIRMED" as const, kind: "confirmed", createdAt: new Date(now.getTime() + 1) }] : []),
      ],
    });
    if (input.cartId) await tx.cartLine.deleteMany({ where: { cartId: input.cartId } });
    // Last, so the stock rows stay locked for as short a time as possible before the commit.
    await reserveLines(tx, {
      orderId: order.id,
      warehouseId,
      lines: lines.map((line) => ({ orderLineId: line.id, variantId: line.variantId, quantity: line.quantity })),
      status: cod ? "ALLOCATED" : "HELD",
      expiresAt: holdExpiresAt,
      actorId,
    });
    return { order: { id: order.id, number: order.number, accessToken: order.accessToken, status, totalFen: priced.totalFen, holdExpiresAt } };
  });
}
