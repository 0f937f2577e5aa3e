import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { createShopper } from "@/lib/admin/test-support";
import { defaultWarehouseId } from "@/lib/inventory/core";
import { seedCatalogue } from "@/prisma/seed/seed";
import { cancelOrder } from "./cancel";
import { placeOrder } from "./place";
import { findOrderAccess, findOrderForViewer, listOrdersByTokens, listOrdersForUser } from "./queries";

/**
 * Who may read an order: its account, or whoever holds its link's token. Everyone else gets
 * exactly what a non-existent number gives (null), and lists never mix people's orders.
 */
const address = { recipient: "李青", mobile: "13900139000", province: "江西省", city: "景德镇市", district: "珠山区", street: "陶阳里 8 号", postalCode: "333000" };

describe.each(availableTestEngines())("order queries on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let variants: { id: string; priceFen: number }[];

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    db = database.db;
    await seedCatalogue(db);
    const warehouseId = await defaultWarehouseId(db);
    const levels = await db.stockLevel.findMany({
      where: { warehouseId, variant: { active: true, product: { status: "PUBLISHED", enterprise: { status: "ACTIVE" } } } },
      orderBy: { variantId: "asc" },
      select: { onHand: true, reserved: true, variant: { select: { id: true, priceFen: true } } },
    });
    variants = levels.filter((l) => l.onHand - l.reserved >= 10).map((l) => l.variant);
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
  });

  async function place(customer: { userId: string } | { email: string; phone: null }, variantIndex: number, quantity = 1) {
    const variant = variants[variantIndex]!;
    const placed = await placeOrder(db, { customer, lines: [{ variantId: variant.id, quantity }], address, paymentMethod: "COD" });
    if (!placed.ok) throw new Error(`place failed: ${placed.error}`);
    return placed.order;
  }

  it("shows an account's order to that account only, and a guest's order to its token only", async () => {
    const owner = await createShopper(db, "Owner");
    const stranger = await createShopper(db, "Stranger");
    const mine = await place({ userId: owner }, 0, 2);
    const guests = await place({ email: "guest@example.test", phone: null }, 1);

    const detail = await findOrderForViewer(db, mine.number, { userId: owner });
    expect(detail).toMatchObject({ number: mine.number, status: "CONFIRMED", paymentMethod: "COD", hasAccount: true, itemsFen: variants[0]!.priceFen * 2, totalFen: mine.totalFen });
    expect(detail?.address).toEqual(address);
    expect(detail?.lines).toHaveLength(1);
    expect(detail?.lines[0]).toMatchObject({ quantity: 2, unitPriceFen: variants[0]!.priceFen, lineTotalFen: variants[0]!.priceFen * 2 });
    expect(detail?.lines[0]?.image?.url).toBeTruthy();
    expect(detail?.events.map((e) => [e.kind, e.toStatus, e.actorKind])).toEqual([
      ["created", "PENDING_PAYMENT", "shopper"],
      ["confirmed", "CONFIRMED", "shopper"],
    ]);
    expect(detail?.payment).toMatchObject({ method: "COD", status: "PENDING" });

    // Another account, nobody, a wrong token, a token of another order: nothing.
    expect(await findOrderForViewer(db, mine.number, { userId: stranger })).toBeNull();
    expect(await findOrderForViewer(db, mine.number, {})).toBeNull();
    expect(await findOrderForViewer(db, mine.number, { userId: stranger, accessToken: guests.accessToken })).toBeNull();
    expect(await findOrderForViewer(db, guests.number, { accessToken: "x".repeat(32) })).toBeNull();
    expect(await findOrderForViewer(db, guests.number, { accessToken: guests.accessToken.slice(0, -1) })).toBeNull();
    expect(await findOrderForViewer(db, guests.number, { userId: owner })).toBeNull();
    expect(await findOrderAccess(db, guests.number, { userId: stranger, accessToken: mine.accessToken })).toBeNull();

    const guestView = await findOrderForViewer(db, guests.number, { accessToken: guests.accessToken });
    expect(guestView).toMatchObject({ number: guests.number, hasAccount: false, contactEmail: "guest@example.test", accessToken: guests.accessToken });
    expect(await findOrderAccess(db, guests.number, { accessToken: guests.accessToken })).toMatchObject({ number: guests.number, status: "CONFIRMED" });

    // Numbers that are not order numbers are refused before any lookup.
    expect(await findOrderForViewer(db, "CE-1' OR 1=1", { userId: owner })).toBeNull();
    expect(await findOrderForViewer(db, "CE-20990101-ZZZZZZZZ", { userId: owner })).toBeNull();
  });

  it("the detail shows a shopper's cancellation and its timeline entry", async () => {
    const owner = await createShopper(db, "Canceller");
    const order = await place({ userId: owner }, 2);
    expect(await cancelOrder(db, { orderId: order.id, actorId: owner, actorKind: "shopper", reason: "shopper" })).toEqual({ ok: true, refunded: false });
    const detail = await findOrderForViewer(db, order.number, { userId: owner });
    expect(detail).toMatchObject({ status: "CANCELLED", cancelReason: "shopper", refunds: [] });
    expect(detail?.events.at(-1)).toMatchObject({ kind: "cancelled", toStatus: "CANCELLED", actorKind: "shopper" });
  });

  it("lists an account's orders newest first with a preview, and nobody else's", async () => {
    const owner = await createShopper(db, "Lister");
    const other = await createShopper(db, "Other");
    const first = await place({ userId: owner }, 3, 1);
    const second = await place({ userId: owner }, 4, 3);
    await place({ userId: other }, 3);
    await place({ email: "someone@example.test", phone: null }, 4);

    const list = await listOrdersForUser(db, owner);
    expect(list.map((o) => o.number)).toEqual([second.number, first.number]);
    expect(list[0]).toMatchObject({ status: "CONFIRMED", totalFen: second.totalFen, pieces: 3, accessToken: null });
    expect(list[0]?.preview[0]).toMatchObject({ quantity: 3 });
    expect(list[0]?.preview[0]?.image?.url).toBeTruthy();
    expect(await listOrdersForUser(db, (await createShopper(db, "Nobody")))).toEqual([]);
  });

  it("lists a device's guest orders by their tokens, ignoring unknown, malformed and account tokens", async () => {
    const a = await place({ email: "a@example.test", phone: null }, 5);
    const b = await place({ email: "b@example.test", phone: null }, 6);
    const account = await place({ userId: await createShopper(db, "Tokened") }, 5);
    const list = await listOrdersByTokens(db, [a.accessToken, b.accessToken, a.accessToken, "y".repeat(32), "bad token!", account.accessToken]);
    expect(list.map((o) => o.number).sort()).toEqual([a.number, b.number].sort());
    expect(list.find((o) => o.number === a.number)?.accessToken).toBe(a.accessToken);
    expect(await listOrdersByTokens(db, [])).toEqual([]);
  });
});
