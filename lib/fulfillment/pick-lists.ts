import type { OrderStatus } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/client";
import { defaultWarehouseId, inTransaction, InventoryRefusal, nextDocumentNumber, refuse, type Result } from "@/lib/inventory/core";
import { type BinQuantity, pickFromBins } from "@/lib/orders/reservations";
import { changeStatus, lockOrder } from "@/lib/orders/status";

/** Orders the warehouse may start picking: paid online, or confirmed for cash on delivery. */
export const READY_TO_PICK: readonly OrderStatus[] = ["PAID", "CONFIRMED"];

/** Most orders one pick list takes: a trolley's worth, and a page that still prints. */
export const MAX_PICK_LIST_ORDERS = 40;

export type CreatePickListError = "no_orders" | "too_many" | "not_ready";

/**
 * Starts picking a batch: in ONE transaction the list gets the day's next number, and each order
 * (locked in id order, so two operators batching overlapping orders take turns) must still be
 * paid or confirmed and on no other list; it joins the list and moves to PICKING, with a
 * timeline entry. One order that is no longer ready refuses the whole batch, naming it.
 */
export async function createPickList(db: Db, input: { orderIds: string[]; actorId: string; now?: Date }): Promise<Result<{ pickListId: string; number: string }, CreatePickListError>> {
  const orderIds = [...new Set(input.orderIds)].sort();
  if (orderIds.length === 0) return { ok: false, error: "no_orders" };
  if (orderIds.length > MAX_PICK_LIST_ORDERS) return { ok: false, error: "too_many", detail: { max: MAX_PICK_LIST_ORDERS } };
  const now = input.now ?? new Date();
  return inTransaction<{ pickListId: string; number: string }, CreatePickListError>(db, async (tx) => {
    const number = await nextDocumentNumber(tx, "PK", now, "PickList");
    const pickList = await tx.pickList.create({ data: { number, createdById: input.actorId, createdAt: now }, select: { id: true } });
    for (const orderId of orderIds) await joinPickList(tx, orderId, pickList.id, input.actorId);
    return { pickListId: pickList.id, number };
  });
}

async function joinPickList(tx: Tx, orderId: string, pickListId: string, actorId: string): Promise<void> {
  const notReady = async () => {
    const order = await tx.order.findUnique({ where: { id: orderId }, select: { number: true } });
    return refuse("not_ready", { number: order?.number ?? orderId });
  };
  try {
    await lockOrder(tx, orderId);
  } catch (error) {
    if (error instanceof InventoryRefusal) return notReady();
    throw error;
  }
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { pickListId: true, status: true } });
  if (order.pickListId !== null || !READY_TO_PICK.includes(order.status)) return notReady();
  await changeStatus(tx, { orderId, from: READY_TO_PICK, to: "PICKING", kind: "picking", actorId, actorKind: "warehouse", set: { pickListId } });
}

/** Marks a pick list done once none of its orders is still being picked. */
export async function completePickListIfDone(tx: Tx, pickListId: string | null, now: Date): Promise<void> {
  if (!pickListId) return;
  const picking = await tx.order.count({ where: { pickListId, status: "PICKING" } });
  if (picking === 0) await tx.pickList.updateMany({ where: { id: pickListId, completedAt: null }, data: { completedAt: now } });
}

export interface PickLine {
  variantId: string;
  sku: string;
  productNameZh: string;
  productNameEn: string;
  variantNameZh: string;
  variantNameEn: string;
  enterpriseNameZh: string;
  enterpriseNameEn: string;
  quantity: number;
  /** Which orders of the batch these pieces go to, and how many each. */
  orders: { number: string; quantity: number }[];
}

export interface PickBin {
  /** Null for pieces no bin holds any more (a shortage to resolve before packing). */
  code: string | null;
  lines: PickLine[];
}

/**
 * A pick list as the picker walks it: bin by bin in code order, each bin's SKUs from every
 * enterprise of the batch, with the pieces to take and the orders they are for. The bins of a
 * SKU are chosen by the same rule shipping takes them out with (pickFromBins: fullest first),
 * over the SKU's total for the orders still on the shelves (picking or packed), against the
 * bins as they are now.
 */
export async function pickListView(db: Db | Tx, id: string) {
  const pickList = await db.pickList.findUnique({
    where: { id },
    select: {
      id: true,
      number: true,
      createdAt: true,
      completedAt: true,
      orders: {
        orderBy: { placedAt: "asc" },
        select: {
          id: true,
          number: true,
          status: true,
          placedAt: true,
          paymentMethod: true,
          city: true,
          province: true,
          lines: {
            orderBy: { sku: "asc" },
            select: { variantId: true, sku: true, productNameZh: true, productNameEn: true, variantNameZh: true, variantNameEn: true, quantity: true, enterprise: { select: { nameZh: true, nameEn: true } } },
          },
        },
      },
    },
  });
  if (!pickList) return null;
  const onShelves = pickList.orders.filter((order) => order.status === "PICKING" || order.status === "PACKED");

  const bySku = new Map<string, { line: Omit<PickLine, "quantity" | "orders">; orders: { number: string; quantity: number }[] }>();
  for (const order of onShelves) {
    for (const line of order.lines) {
      const entry = bySku.get(line.variantId) ?? {
        line: {
          variantId: line.variantId,
          sku: line.sku,
          productNameZh: line.productNameZh,
          productNameEn: line.productNameEn,
          variantNameZh: line.variantNameZh,
          variantNameEn: line.variantNameEn,
          enterpriseNameZh: line.enterprise.nameZh,
          enterpriseNameEn: line.enterprise.nameEn,
        },
        orders: [],
      };
      entry.orders.push({ number: order.number, quantity: line.quantity });
      bySku.set(line.variantId, entry);
    }
  }

  const warehouseId = bySku.size > 0 ? await defaultWarehouseId(db) : null;
  const binStocks = warehouseId
    ? await db.binStock.findMany({
        where: { variantId: { in: [...bySku.keys()] }, quantity: { gt: 0 }, bin: { warehouseId } },
        select: { variantId: true, binId: true, quantity: true, bin: { select: { code: true } } },
      })
    : [];

  const bins = new Map<string | null, PickLine[]>();
  for (const [variantId, { line, orders }] of bySku) {
    const held: BinQuantity[] = binStocks.filter((s) => s.variantId === variantId).map((s) => ({ binId: s.binId, code: s.bin.code, quantity: s.quantity }));
    const needed = orders.reduce((sum, o) => sum + o.quantity, 0);
    const inBins = held.reduce((sum, b) => sum + b.quantity, 0);
    const picks: { code: string | null; quantity: number }[] = pickFromBins(held, Math.min(needed, inBins));
    if (needed > inBins) picks.push({ code: null, quantity: needed - inBins });
    // Hand each bin's pieces to the orders in turn, so the slip says which order each piece is for.
    const queue = orders.map((o) => ({ ...o }));
    for (const pick of picks) {
      const share: { number: string; quantity: number }[] = [];
      let left = pick.quantity;
      while (left > 0 && queue.length > 0) {
        const head = queue[0]!;
        const take = Math.min(head.quantity, left);
        share.push({ number: head.number, quantity: take });
        head.quantity -= take;
        left -= take;
        if (head.quantity === 0) queue.shift();
      }
      const list = bins.get(pick.code) ?? [];
      list.push({ ...line, quantity: pick.quantity, orders: share });
      bins.set(pick.code, list);
    }
  }
  const byBin: PickBin[] = [...bins.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([code, lines]) => ({ code, lines: lines.sort((x, y) => x.sku.localeCompare(y.sku)) }));

  return {
    id: pickList.id,
    number: pickList.number,
    createdAt: pickList.createdAt,
    completedAt: pickList.completedAt,
    orders: pickList.orders.map((order) => ({
      id: order.id,
      number: order.number,
      status: order.status,
      placedAt: order.placedAt,
      paymentMethod: order.paymentMethod,
      city: order.city,
      province: order.province,
      pieces: order.lines.reduce((sum, l) => sum + l.quantity, 0),
    })),
    bins: byBin,
    pieces: byBin.reduce((sum, bin) => sum + bin.lines.reduce((s, l) => s + l.quantity, 0), 0),
  };
}

export type PickListView = NonNullable<Awaited<ReturnType<typeof pickListView>>>;

/** Recent pick lists, newest first, with how far each has got. */
export async function listPickLists(db: Db, options: { take?: number } = {}) {
  const lists = await db.pickList.findMany({
    orderBy: { createdAt: "desc" },
    take: options.take ?? 50,
    select: { id: true, number: true, createdAt: true, completedAt: true, orders: { select: { status: true } } },
  });
  return lists.map((list) => ({
    id: list.id,
    number: list.number,
    createdAt: list.createdAt,
    completedAt: list.completedAt,
    orders: list.orders.length,
    picking: list.orders.filter((o) => o.status === "PICKING").length,
    shipped: list.orders.filter((o) => o.status === "SHIPPED" || o.status === "DELIVERED").length,
  }));
}
