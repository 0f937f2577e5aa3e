import type { OrderStatus, Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/client";
import { ORDER_NUMBER } from "@/lib/orders/number";
import { ORDER_DETAIL_FIELDS, ORDER_LINE_FIELDS, REFUND_FIELDS } from "@/lib/orders/queries";
import { pageWindow } from "@/lib/paging";

/** The warehouse's order queues, in the order the work flows. */
export const WAREHOUSE_TABS = {
  toPick: ["PAID", "CONFIRMED"],
  picking: ["PICKING"],
  packed: ["PACKED"],
  shipped: ["SHIPPED"],
} as const satisfies Record<string, readonly OrderStatus[]>;
export type WarehouseTab = keyof typeof WAREHOUSE_TABS;

export const ORDER_STATUSES = ["PENDING_PAYMENT", "PAID", "CONFIRMED", "PICKING", "PACKED", "SHIPPED", "DELIVERED", "CANCELLED", "REFUNDED"] as const satisfies readonly OrderStatus[];

/** Most orders one queue page shows; the oldest come first, so nothing waits unseen. */
export const QUEUE_LIMIT = 100;

/** A typed order number, as people paste it: spaces dropped, upper case. */
function numberQuery(q: string | undefined): string | undefined {
  const cleaned = q?.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
  return cleaned ? cleaned : undefined;
}

const queueSelect = {
  id: true,
  number: true,
  status: true,
  paymentMethod: true,
  placedAt: true,
  city: true,
  province: true,
  weightGrams: true,
  pickList: { select: { id: true, number: true } },
  shipment: { select: { carrier: true, trackingNumber: true, shippedAt: true } },
  lines: { select: { quantity: true, enterprise: { select: { nameZh: true, nameEn: true } } } },
} satisfies Prisma.OrderSelect;

/**
 * One queue of the warehouse, oldest first (the orders ready to fulfil are those PAID or
 * CONFIRMED), optionally narrowed to order numbers containing `q`; with every queue's count.
 */
export async function warehouseQueue(db: Db, input: { tab: WarehouseTab; q?: string }) {
  const q = numberQuery(input.q);
  const number = q ? { number: { contains: q } } : {};
  const [orders, counts] = await Promise.all([
    db.order.findMany({ where: { status: { in: [...WAREHOUSE_TABS[input.tab]] }, ...number }, orderBy: [{ placedAt: "asc" }, { id: "asc" }], take: QUEUE_LIMIT, select: queueSelect }),
    db.order.groupBy({ by: ["status"], where: number, _count: { _all: true } }),
  ]);
  const countOf = (statuses: readonly OrderStatus[]) => counts.filter((c) => statuses.includes(c.status)).reduce((sum, c) => sum + c._count._all, 0);
  return {
    orders: orders.map(summarize),
    counts: Object.fromEntries(Object.entries(WAREHOUSE_TABS).map(([tab, statuses]) => [tab, countOf(statuses)])) as Record<WarehouseTab, number>,
  };
}

function summarize(order: Prisma.OrderGetPayload<{ select: typeof queueSelect }>) {
  const enterprises = new Map(order.lines.map((l) => [l.enterprise.nameZh, l.enterprise]));
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    paymentMethod: order.paymentMethod,
    placedAt: order.placedAt,
    city: order.city,
    province: order.province,
    weightGrams: order.weightGrams,
    pickList: order.pickList,
    shipment: order.shipment,
    pieces: order.lines.reduce((sum, l) => sum + l.quantity, 0),
    enterprises: [...enterprises.values()],
  };
}

export type QueueOrder = ReturnType<typeof summarize>;

export const ADMIN_ORDERS_PAGE_SIZE = 20;

/**
 * Every order for the cooperative's admin, newest first: by status, and by order number or the
 * recipient's / guest's mobile number.
 */
export async function adminOrders(db: Db, input: { status?: OrderStatus; q?: string; page?: number }) {
  const q = input.q?.trim();
  const digits = q?.replace(/\D/g, "");
  const search: Prisma.OrderWhereInput = q
    ? { OR: [{ number: { contains: numberQuery(q) } }, ...(digits && digits.length >= 4 ? [{ mobile: { contains: digits } }, { contactPhone: { contains: digits } }] : [])] }
    : {};
  const where: Prisma.OrderWhereInput = { ...(input.status ? { status: input.status } : {}), ...search };
  const total = await db.order.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, ADMIN_ORDERS_PAGE_SIZE, input.page);
  const orders = await db.order.findMany({
    where,
    orderBy: [{ placedAt: "desc" }, { id: "desc" }],
    skip,
    take,
    select: { ...queueSelect, recipient: true, totalFen: true, refundedFen: true },
  });
  return { orders: orders.map((o) => ({ ...summarize(o), recipient: o.recipient, totalFen: o.totalFen, refundedFen: o.refundedFen })), total, page, pageCount };
}

/** Everything the warehouse and the admin see of one order, by its number. */
export async function orderDetail(db: Db, number: string) {
  if (!ORDER_NUMBER.test(number)) return null;
  return db.order.findUnique({
    where: { number },
    select: {
      ...ORDER_DETAIL_FIELDS,
      user: { select: { name: true, email: true, phone: true } },
      pickList: { select: { id: true, number: true } },
      shipment: true,
      lines: { orderBy: { sku: "asc" }, select: { ...ORDER_LINE_FIELDS, weightGrams: true, enterprise: { select: { nameZh: true, nameEn: true } } } },
      payments: { orderBy: { createdAt: "asc" }, select: { id: true, method: true, status: true, amountFen: true, paidAt: true } },
      refunds: { orderBy: { createdAt: "asc" }, select: { ...REFUND_FIELDS, lines: { select: { orderLineId: true, quantity: true, amountFen: true } } } },
    },
  });
}

export type OrderDetail = NonNullable<Awaited<ReturnType<typeof orderDetail>>>;

/** Shipping and packing money of an order not yet given back (what a refund may still return of it). */
export function shippingLeftFen(order: Pick<OrderDetail, "shippingFen" | "packingFen" | "refunds">): number {
  return order.shippingFen + order.packingFen - order.refunds.reduce((sum, r) => sum + r.shippingFen, 0);
}

export const ENTERPRISE_LINES_PAGE_SIZE = 30;

/**
 * The order lines of ONE enterprise's products, newest first. Only that enterprise's lines are
 * read (the filter is on the line, not the order), and of the order only its number, date,
 * status and destination city: never the shopper's name, address or contact details, and never
 * another enterprise's lines of the same order.
 */
export async function enterpriseOrderLines(db: Db, input: { enterpriseId: string; status?: OrderStatus; page?: number }) {
  const where: Prisma.OrderLineWhereInput = { enterpriseId: input.enterpriseId, ...(input.status ? { order: { status: input.status } } : {}) };
  const total = await db.orderLine.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, ENTERPRISE_LINES_PAGE_SIZE, input.page);
  const lines = await db.orderLine.findMany({
    where,
    orderBy: [{ order: { placedAt: "desc" } }, { sku: "asc" }],
    skip,
    take,
    select: { ...ORDER_LINE_FIELDS, order: { select: { number: true, placedAt: true, status: true, city: true, province: true } } },
  });
  return { lines, total, page, pageCount };
}
