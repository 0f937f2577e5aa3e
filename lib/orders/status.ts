import type { OrderStatus } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import { refuse } from "@/lib/inventory/core";

/**
 * The order status machine. Paid online → PAID; cash on delivery is confirmed at once →
 * CONFIRMED; both then go through the warehouse. Cancellation is possible until picking starts;
 * REFUNDED means all the money that was paid went back.
 */
export const TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  PENDING_PAYMENT: ["PAID", "CANCELLED"],
  PAID: ["PICKING", "CANCELLED", "REFUNDED"],
  CONFIRMED: ["PICKING", "CANCELLED"],
  PICKING: ["PACKED", "REFUNDED"],
  PACKED: ["SHIPPED", "REFUNDED"],
  SHIPPED: ["DELIVERED", "REFUNDED"],
  DELIVERED: ["REFUNDED"],
  // A payment that arrives for a cancelled order: paid again (re-reserved) or refunded.
  CANCELLED: ["PAID", "REFUNDED"],
  REFUNDED: [],
};

/** Statuses from which the shopper may still cancel. */
export const CANCELLABLE: readonly OrderStatus[] = ["PENDING_PAYMENT", "PAID", "CONFIRMED"];

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export type ActorKind = "shopper" | "guest" | "warehouse" | "admin" | "system" | "payment";

export interface StatusChange {
  orderId: string;
  /** The statuses the order may be in for this change to apply. */
  from: readonly OrderStatus[];
  to: OrderStatus;
  /** What happened, for the timeline: "paid", "expired", "shipped" … (orderCommon.event.*). */
  kind: string;
  actorId: string | null;
  actorKind: ActorKind;
  note?: string | null;
  /** Further columns to set in the same guarded update (e.g. cancelReason, paidFen). */
  set?: Record<string, unknown>;
}

/**
 * Locks an order's row until the transaction ends and returns its status. Every workflow that
 * changes an order starts here, so concurrent ones (a webhook and a cancellation, two
 * redeliveries) take turns and each sees what the other did.
 */
export async function lockOrder(tx: Tx, orderId: string): Promise<OrderStatus> {
  const rows = await tx.$queryRaw<{ status: OrderStatus }[]>`SELECT "status" FROM "Order" WHERE "id" = ${orderId} FOR UPDATE`;
  const row = rows[0];
  if (!row) refuse("order_not_found");
  return row.status;
}

/**
 * Moves a locked order from one of `from` to `to` and records the event. Refuses with
 * "order_status" (rolling the transaction back) when the order is in any other status.
 */
export async function changeStatus(tx: Tx, change: StatusChange): Promise<OrderStatus> {
  const current = await lockOrder(tx, change.orderId);
  if (!change.from.includes(current) || !canTransition(current, change.to)) refuse("order_status", { status: current });
  await tx.order.update({ where: { id: change.orderId }, data: { status: change.to, ...change.set } });
  await recordOrderEvent(tx, { ...change, fromStatus: current });
  return current;
}

/** Adds a line to the order's timeline without changing its status (e.g. a partial refund). */
export async function recordOrderEvent(
  tx: Tx,
  event: { orderId: string; fromStatus: OrderStatus | null; to: OrderStatus; kind: string; actorId: string | null; actorKind: ActorKind; note?: string | null },
): Promise<void> {
  await tx.orderEvent.create({
    data: { orderId: event.orderId, fromStatus: event.fromStatus, toStatus: event.to, kind: event.kind, actorId: event.actorId, actorKind: event.actorKind, note: event.note ?? null },
  });
}
