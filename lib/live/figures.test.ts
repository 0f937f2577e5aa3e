import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, type TestDatabase } from "@/lib/db/testing";
import { cancelOrder } from "@/lib/orders/cancel";
import { placeOrder } from "@/lib/orders/place";
import { guestBuyer, openSeededDatabase, seedStockedSkus, TEST_ADDRESS } from "@/lib/orders/test-support";
import { refundOrder } from "@/lib/payments/refunds";
import { recordSaleSettlement } from "@/lib/settlement/record";
import { hostSessions, sessionFigures } from "./figures";

describe.each(availableTestEngines())("session figures on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let hostId: string;
  let skus: string[];
  let buyers = 0;

  beforeAll(async () => {
    ({ database, db } = await openSeededDatabase(engine));
    hostId = (await db.user.create({ data: { email: "host-figures@example.test", name: "Host", role: "HOST" } })).id;
    skus = await seedStockedSkus(db, { label: "figures", count: 3, stock: 100, priceFen: 10_000 });
  });
  afterAll(async () => {
    await database?.drop();
  });

  const newSession = async (title: string, scheduledAt = new Date()) =>
    (await db.liveSession.create({ data: { hostId, title, scheduledAt, status: "LIVE", startedAt: new Date(), likeCount: 7, peakViewers: 12 } })).id;

  async function order(lines: { variantId: string; quantity: number; liveSessionId?: string }[]) {
    const placed = await placeOrder(db, { customer: guestBuyer(`figures-${++buyers}`), lines, address: TEST_ADDRESS, paymentMethod: "COD" });
    if (!placed.ok) throw new Error(placed.error);
    return placed.order.id;
  }

  /** Delivered and paid in cash: the sale enters the settlement ledger, with the host's commission. */
  async function deliverAndSettle(orderId: string) {
    await db.$transaction(async (tx) => {
      const { totalFen } = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { totalFen: true } });
      await tx.order.update({ where: { id: orderId }, data: { status: "DELIVERED", paidFen: totalFen } });
      await recordSaleSettlement(tx, orderId);
    });
  }

  it("counts the attributed lines of orders not cancelled, net of refunds, and the host's settled earnings", async () => {
    const sessionId = await newSession("Figures");
    const otherSession = await newSession("Other");
    const [a, b, c] = skus as [string, string, string];

    // Two attributed lines and one plain line in one order: one order, the plain line left out.
    const first = await order([
      { variantId: a, quantity: 2, liveSessionId: sessionId },
      { variantId: b, quantity: 1, liveSessionId: sessionId },
      { variantId: c, quantity: 5 },
    ]);
    const second = await order([{ variantId: a, quantity: 3, liveSessionId: sessionId }]);
    const cancelled = await order([{ variantId: b, quantity: 4, liveSessionId: sessionId }]);
    await order([{ variantId: c, quantity: 6, liveSessionId: otherSession }]);
    expect(await cancelOrder(db, { orderId: cancelled, actorId: null, actorKind: "guest", reason: "shopper" })).toMatchObject({ ok: true });

    const attributed = await db.orderLine.findMany({ where: { liveSessionId: sessionId }, select: { orderId: true, hostId: true } });
    expect(attributed).toHaveLength(4);
    expect(attributed.every((line) => line.hostId === hostId)).toBe(true);

    let figures = await sessionFigures(db, sessionId);
    expect(figures).toEqual({ viewers: 0, peakViewers: 12, likes: 7, orders: 2, pieces: 6, gmvFen: 60_000, hostEarningsFen: 0 });

    // The first order is paid (on delivery), then one piece of its line "a" comes back.
    await deliverAndSettle(first);
    const sale = await db.settlementLine.findMany({ where: { orderId: first, orderLine: { liveSessionId: sessionId } }, select: { hostFen: true } });
    const saleHostFen = sale.reduce((sum, row) => sum + row.hostFen, 0);
    expect(saleHostFen).toBeGreaterThan(0);
    expect((await sessionFigures(db, sessionId))?.hostEarningsFen).toBe(saleHostFen);

    const lineA = await db.orderLine.findFirstOrThrow({ where: { orderId: first, variantId: a }, select: { id: true } });
    expect(await refundOrder(db, { orderId: first, lines: [{ orderLineId: lineA.id, quantity: 1 }], shippingFen: 0, reason: "broken", actorId: null, actorKind: "admin" })).toMatchObject({ ok: true });
    const settled = await db.settlementLine.findMany({ where: { orderLine: { liveSessionId: sessionId } }, select: { hostFen: true, kind: true } });
    expect(settled.some((row) => row.kind === "REFUND" && row.hostFen < 0)).toBe(true);
    const earnings = settled.reduce((sum, row) => sum + row.hostFen, 0);
    expect(earnings).toBeLessThan(saleHostFen);

    figures = await sessionFigures(db, sessionId);
    expect(figures).toEqual({ viewers: 0, peakViewers: 12, likes: 7, orders: 2, pieces: 5, gmvFen: 50_000, hostEarningsFen: earnings });
    // The second order is not paid yet: it counts in GMV but earns nothing so far.
    expect(await db.settlementLine.count({ where: { orderId: second } })).toBe(0);

    await db.livePresence.create({ data: { sessionId, instanceId: "figures-a", viewers: 9 } });
    expect((await sessionFigures(db, sessionId))?.viewers).toBe(9);
    expect(await sessionFigures(db, "nosuchsession")).toBeNull();
  });

  it("lists the host's sessions, latest first, each with its own figures", async () => {
    const hostB = (await db.user.create({ data: { email: "host-figures-b@example.test", name: "Host B", role: "HOST" } })).id;
    const early = (await db.liveSession.create({ data: { hostId: hostB, title: "Early", scheduledAt: new Date(Date.now() - 3_600_000), status: "LIVE", startedAt: new Date(Date.now() - 3_600_000) } })).id;
    const late = (await db.liveSession.create({ data: { hostId: hostB, title: "Late", scheduledAt: new Date(Date.now() + 86_400_000) } })).id;
    await order([{ variantId: skus[0]!, quantity: 2, liveSessionId: early }]);
    await db.liveSession.update({ where: { id: early }, data: { status: "ENDED", endedAt: new Date() } });

    // Without a cover of its own, a session shows its first line-up product's first picture.
    const picture = await db.media.findFirstOrThrow({ orderBy: [{ productId: "asc" }, { sortOrder: "asc" }] });
    await db.lineupItem.create({ data: { sessionId: late, productId: picture.productId, sortOrder: 0 } });
    const sessions = await hostSessions(db, hostB);
    expect(sessions.map((session) => session.id)).toEqual([late, early]);
    expect(sessions.map((session) => session.coverUrl)).toEqual([picture.url, null]);
    expect(sessions[0]).toMatchObject({ title: "Late", status: "SCHEDULED", orders: 0, pieces: 0, gmvFen: 0, hostEarningsFen: 0 });
    expect(sessions[1]).toMatchObject({ title: "Early", status: "ENDED", orders: 1, pieces: 2, gmvFen: 20_000, hostEarningsFen: 0 });
    expect(sessions[1]?.scheduledAt).toBeInstanceOf(Date);
    expect(await hostSessions(db, "nosuchhost")).toEqual([]);
  });
});
