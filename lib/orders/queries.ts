import { createHash, timingSafeEqual } from "node:crypto";
import type { OrderStatus, PaymentMethod, PaymentStatus, Prisma, RefundStatus } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/client";
import { ORDER_NUMBER } from "./number";
import { COVER_IMAGE, type CoverImage, coverImage } from "@/lib/catalog/cover-image";
import type { PricedLine } from "./pricing";

/**
 * What shoppers read about their orders. An order is shown only to its account, or to whoever
 * holds its access token (a guest's link); anyone else gets null, exactly as for an order
 * number that does not exist, so a page cannot tell strangers which numbers are real.
 */

export interface OrderViewer {
  userId?: string | null;
  accessToken?: string | null;
}


/** Compares two secrets in constant time (hashing first makes the lengths equal). */
function sameSecret(given: string, stored: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(stored));
}

function mayView(order: { userId: string | null; accessToken: string }, viewer: OrderViewer): boolean {
  if (order.userId && viewer.userId && order.userId === viewer.userId) return true;
  return !!viewer.accessToken && sameSecret(viewer.accessToken, order.accessToken);
}

/** The order's id and status when the viewer may act on it (cancel, pay), otherwise null. */
export async function findOrderAccess(db: Db | Tx, number: string, viewer: OrderViewer): Promise<{ id: string; number: string; status: OrderStatus; userId: string | null; accessToken: string } | null> {
  if (!ORDER_NUMBER.test(number)) return null;
  const order = await db.order.findUnique({ where: { number }, select: { id: true, number: true, status: true, userId: true, accessToken: true } });
  return order && mayView(order, viewer) ? order : null;
}


/**
 * What every reader of one order's detail sees of it (the shopper's page, the warehouse and the
 * admin): its money, destination, contact, notes and history. Each reader adds what only it needs.
 */
export const ORDER_DETAIL_FIELDS = {
  id: true,
  number: true,
  userId: true,
  status: true,
  paymentMethod: true,
  placedAt: true,
  itemsFen: true,
  shippingFen: true,
  packingFen: true,
  totalFen: true,
  paidFen: true,
  refundedFen: true,
  weightGrams: true,
  recipient: true,
  mobile: true,
  province: true,
  city: true,
  district: true,
  street: true,
  postalCode: true,
  contactEmail: true,
  contactPhone: true,
  note: true,
  cancelReason: true,
  events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { kind: true, actorKind: true, toStatus: true, note: true, createdAt: true } },
} satisfies Prisma.OrderSelect;

/** An order line as bought and as refunded so far. */
export const ORDER_LINE_FIELDS = {
  id: true,
  sku: true,
  productNameZh: true,
  productNameEn: true,
  variantNameZh: true,
  variantNameEn: true,
  unitPriceFen: true,
  quantity: true,
  lineTotalFen: true,
  refundedQuantity: true,
  refundedFen: true,
} satisfies Prisma.OrderLineSelect;

export const REFUND_FIELDS = { id: true, amountFen: true, shippingFen: true, reason: true, status: true, createdAt: true } satisfies Prisma.RefundSelect;

/** A line as sold (the names and price it was priced with) and what has been refunded of it. */
export interface OrderLineView extends Pick<PricedLine, "sku" | "productSlug" | "productNameZh" | "productNameEn" | "variantNameZh" | "variantNameEn" | "unitPriceFen" | "quantity" | "lineTotalFen"> {
  id: string;
  refundedQuantity: number;
  refundedFen: number;
  image: CoverImage | null;
}

export interface OrderDetail {
  id: string;
  number: string;
  /** The guest link's secret; pages put it in the URLs they build for guests. */
  accessToken: string;
  /** True when the order belongs to an account (no token needed in links). */
  hasAccount: boolean;
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  itemsFen: number;
  shippingFen: number;
  packingFen: number;
  totalFen: number;
  paidFen: number;
  refundedFen: number;
  weightGrams: number;
  address: { recipient: string; mobile: string; province: string; city: string; district: string; street: string; postalCode: string | null };
  contactEmail: string | null;
  contactPhone: string | null;
  note: string | null;
  cancelReason: string | null;
  holdExpiresAt: Date | null;
  placedAt: Date;
  lines: OrderLineView[];
  events: { kind: string; actorKind: string; toStatus: OrderStatus; note: string | null; createdAt: Date }[];
  refunds: { id: string; amountFen: number; shippingFen: number; reason: string; status: RefundStatus; createdAt: Date; completedAt: Date | null }[];
  /** The latest payment attempt. */
  payment: { method: PaymentMethod; status: PaymentStatus; paidAt: Date | null } | null;
  shipment: { carrier: string | null; trackingNumber: string | null; packedAt: Date; shippedAt: Date | null; deliveredAt: Date | null } | null;
}

/** The full order for its detail page, or null when it does not exist or is not the viewer's. */
export async function findOrderForViewer(db: Db | Tx, number: string, viewer: OrderViewer): Promise<OrderDetail | null> {
  if (!ORDER_NUMBER.test(number)) return null;
  const order = await db.order.findUnique({
    where: { number },
    select: {
      ...ORDER_DETAIL_FIELDS,
      accessToken: true,
      holdExpiresAt: true,
      lines: { orderBy: { id: "asc" }, select: { ...ORDER_LINE_FIELDS, productSlug: true, variant: { select: { product: { select: COVER_IMAGE } } } } },
      refunds: { orderBy: { createdAt: "asc" }, select: { ...REFUND_FIELDS, completedAt: true } },
      payments: { orderBy: { createdAt: "desc" }, take: 1, select: { method: true, status: true, paidAt: true } },
      shipment: { select: { carrier: true, trackingNumber: true, packedAt: true, shippedAt: true, deliveredAt: true } },
    },
  });
  if (!order || !mayView(order, viewer)) return null;
  const { userId, recipient, mobile, province, city, district, street, postalCode, lines, payments, ...rest } = order;
  return {
    ...rest,
    hasAccount: userId !== null,
    address: { recipient, mobile, province, city, district, street, postalCode },
    lines: lines.map(({ variant, ...line }) => ({ ...line, image: coverImage(variant.product) })),
    payment: payments[0] ?? null,
  };
}

export interface OrderSummary {
  number: string;
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  totalFen: number;
  placedAt: Date;
  pieces: number;
  /** The first few lines, for a glance at what was bought. */
  preview: { productNameZh: string; productNameEn: string; quantity: number; image: CoverImage | null }[];
  /** Set for orders listed by guest token, so their links can carry it. */
  accessToken: string | null;
}

const PREVIEW_LINES = 3;

const SUMMARY = {
  number: true,
  status: true,
  paymentMethod: true,
  totalFen: true,
  placedAt: true,
  accessToken: true,
  lines: { orderBy: { id: "asc" as const }, select: { productNameZh: true, productNameEn: true, quantity: true, variant: { select: { product: { select: COVER_IMAGE } } } } },
};

type SummaryRow = { number: string; status: OrderStatus; paymentMethod: PaymentMethod; totalFen: number; placedAt: Date; accessToken: string; lines: { productNameZh: string; productNameEn: string; quantity: number; variant: { product: { media: CoverImage[] } } }[] };

function summary(row: SummaryRow, withToken: boolean): OrderSummary {
  return {
    number: row.number,
    status: row.status,
    paymentMethod: row.paymentMethod,
    totalFen: row.totalFen,
    placedAt: row.placedAt,
    pieces: row.lines.reduce((sum, line) => sum + line.quantity, 0),
    preview: row.lines.slice(0, PREVIEW_LINES).map((line) => ({ productNameZh: line.productNameZh, productNameEn: line.productNameEn, quantity: line.quantity, image: coverImage(line.variant.product) })),
    accessToken: withToken ? row.accessToken : null,
  };
}

/** A signed-in shopper's orders, newest first. */
export async function listOrdersForUser(db: Db | Tx, userId: string, options: { take?: number } = {}): Promise<OrderSummary[]> {
  const rows = await db.order.findMany({ where: { userId }, orderBy: [{ placedAt: "desc" }, { id: "desc" }], take: options.take ?? 50, select: SUMMARY });
  return rows.map((row) => summary(row, false));
}

/** Orders a guest placed on this device (their tokens are remembered in a cookie), newest first. */
export async function listOrdersByTokens(db: Db | Tx, tokens: readonly string[]): Promise<OrderSummary[]> {
  const wanted = [...new Set(tokens)].filter((token) => /^[A-Za-z0-9_-]{20,64}$/.test(token));
  if (wanted.length === 0) return [];
  const rows = await db.order.findMany({ where: { accessToken: { in: wanted }, userId: null }, orderBy: [{ placedAt: "desc" }, { id: "desc" }], select: SUMMARY });
  return rows.map((row) => summary(row, true));
}
