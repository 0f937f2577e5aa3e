import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, type TestDatabase } from "@/lib/db/testing";
import { createShopper } from "@/lib/admin/test-support";
import { reserveForTest } from "@/lib/inventory/testing";
import { openSeededDatabase } from "@/lib/orders/test-support";
import { addToCart, cartCount, cartLinesForCheckout, clearCart, mergeGuestCart, removeCartLine, setCartQuantity } from "./cart";
import { readCart } from "./read";
import { MAX_LINE_QUANTITY } from "./sellable";

/**
 * Carts against a real database (embedded, and PostgreSQL when TEST_DATABASE_URL is set): lines
 * stay within stock, withdrawn or sold-out pieces are refused, a guest's secret opens only their
 * own cart, signing in merges it into the account's, and prices are always today's.
 */
describe.each(availableTestEngines())("cart on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;

  beforeAll(async () => {
    ({ database, db } = await openSeededDatabase(engine));
  });
  afterAll(async () => {
    await database?.drop();
  });

  /** Published variants of active enterprises with their availability, distinct per call. */
  const taken = new Set<string>();
  async function variant(test: (available: number) => boolean, apart: { productId?: string; product?: { enterpriseId: string } }[] = []) {
    const rows = await db.variant.findMany({
      where: {
        active: true,
        product: {
          status: "PUBLISHED",
          enterprise: { status: "ACTIVE" },
          id: { notIn: apart.flatMap((v) => v.productId ?? []) },
          enterpriseId: { notIn: apart.flatMap((v) => v.product?.enterpriseId ?? []) },
        },
      },
      orderBy: { sku: "asc" },
      select: { id: true, sku: true, priceFen: true, weightGrams: true, productId: true, product: { select: { enterpriseId: true } }, stockLevels: { select: { onHand: true, reserved: true } } },
    });
    for (const row of rows) {
      const available = row.stockLevels.reduce((s, l) => s + l.onHand - l.reserved, 0);
      if (!taken.has(row.id) && test(available)) {
        taken.add(row.id);
        return { ...row, available };
      }
    }
    throw new Error("no such variant in the seed");
  }

  /** A new guest's cart with one line, and its secret. */
  async function guestWith(variantId: string, quantity: number) {
    const added = await addToCart(db, { guestToken: null }, { variantId, quantity });
    if (!added.ok || !added.newGuestToken) throw new Error(`add failed: ${JSON.stringify(added)}`);
    return { token: added.newGuestToken, lineId: added.lineId };
  }

  it("gives a new guest a random 43-character secret and prices the line from the database", async () => {
    const v = await variant((a) => a > 20);
    const added = await addToCart(db, { guestToken: null }, { variantId: v.id, quantity: 2 });
    expect(added).toMatchObject({ ok: true, quantity: 2, added: 2, limitedBy: null });
    const token = added.ok ? added.newGuestToken : null;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // Adding again with the cookie's secret goes to the same line and mints no new secret.
    const again = await addToCart(db, { guestToken: token }, { variantId: v.id, quantity: 1 });
    expect(again).toMatchObject({ ok: true, quantity: 3, added: 1, newGuestToken: null });

    const cart = await readCart(db, { guestToken: token });
    expect(cart.lines).toHaveLength(1);
    expect(cart.lines[0]).toMatchObject({ sku: v.sku, unitPriceFen: v.priceFen, quantity: 3, lineTotalFen: v.priceFen * 3, weightGrams: v.weightGrams, issues: [] });
    expect(cart.lines[0]?.image?.url).toBeTruthy();
    expect(cart).toMatchObject({ subtotalFen: v.priceFen * 3, weightGrams: v.weightGrams * 3, count: 3 });
    expect(await cartCount(db, { guestToken: token })).toBe(3);
  });

  it("caps a line at what is available and then refuses to add more", async () => {
    const v = await variant((a) => a >= 1 && a <= 4);
    const added = await addToCart(db, { guestToken: null }, { variantId: v.id, quantity: v.available + 3 });
    expect(added).toMatchObject({ ok: true, quantity: v.available, added: v.available, limitedBy: "stock", available: v.available });
    const token = added.ok ? added.newGuestToken : null;
    expect(await addToCart(db, { guestToken: token }, { variantId: v.id, quantity: 1 })).toEqual({ ok: false, error: "limit_reached", available: v.available });
    expect((await readCart(db, { guestToken: token })).lines[0]?.quantity).toBe(v.available);
  });

  it("caps a line at the per-line maximum and refuses quantities outside 1..max", async () => {
    const v = await variant((a) => a > MAX_LINE_QUANTITY + 10);
    const { token } = await guestWith(v.id, 90);
    expect(await addToCart(db, { guestToken: token }, { variantId: v.id, quantity: 20 })).toMatchObject({ ok: true, quantity: MAX_LINE_QUANTITY, limitedBy: "line_max" });
    for (const quantity of [0, -1, 1.5, MAX_LINE_QUANTITY + 1]) {
      expect(await addToCart(db, { guestToken: token }, { variantId: v.id, quantity })).toEqual({ ok: false, error: "invalid_quantity" });
    }
  });

  it("refuses sold-out, unpublished and unknown variants and writes nothing", async () => {
    const soldOut = await variant((a) => a === 0);
    const draft = await variant((a) => a > 5, [{ productId: soldOut.productId }]);
    await db.product.update({ where: { id: draft.productId }, data: { status: "DRAFT" } });
    try {
      const carts = await db.cart.count();
      expect(await addToCart(db, { guestToken: null }, { variantId: soldOut.id, quantity: 1 })).toEqual({ ok: false, error: "sold_out" });
      expect(await addToCart(db, { guestToken: null }, { variantId: draft.id, quantity: 1 })).toEqual({ ok: false, error: "unavailable" });
      expect(await addToCart(db, { guestToken: null }, { variantId: "no-such-variant", quantity: 1 })).toEqual({ ok: false, error: "variant_not_found" });
      expect(await db.cart.count()).toBe(carts);
    } finally {
      await db.product.update({ where: { id: draft.productId }, data: { status: "PUBLISHED" } });
    }
  });

  it("a guest's secret opens only that guest's cart", async () => {
    const v = await variant((a) => a > 10);
    const alice = await guestWith(v.id, 2);
    const bob = await guestWith(v.id, 1);
    expect(alice.token).not.toBe(bob.token);
    expect((await readCart(db, { guestToken: bob.token })).lines.map((l) => l.lineId)).toEqual([bob.lineId]);
    expect(await readCart(db, { guestToken: "x".repeat(43) })).toMatchObject({ cartId: null, lines: [] });
    expect(await readCart(db, { guestToken: null })).toMatchObject({ cartId: null, lines: [] });

    // Bob cannot change or remove Alice's line by its id.
    expect(await setCartQuantity(db, { guestToken: bob.token }, { lineId: alice.lineId, quantity: 5 })).toEqual({ ok: false, error: "line_not_found" });
    expect(await removeCartLine(db, { guestToken: bob.token }, alice.lineId)).toEqual({ ok: false, error: "line_not_found" });
    expect(await removeCartLine(db, { guestToken: null }, alice.lineId)).toEqual({ ok: false, error: "line_not_found" });
    const user = await createShopper(db, "Mallory");
    expect(await setCartQuantity(db, { userId: user }, { lineId: alice.lineId, quantity: 5 })).toEqual({ ok: false, error: "line_not_found" });
    expect((await readCart(db, { guestToken: alice.token })).lines[0]?.quantity).toBe(2);
    expect(await readCart(db, { userId: user })).toMatchObject({ lines: [] });
  });

  it("sets a quantity within stock and removes a line", async () => {
    const v = await variant((a) => a >= 3 && a <= 30);
    const { token, lineId } = await guestWith(v.id, 1);
    expect(await setCartQuantity(db, { guestToken: token }, { lineId, quantity: 2 })).toMatchObject({ ok: true, quantity: 2, limitedBy: null });
    expect(await setCartQuantity(db, { guestToken: token }, { lineId, quantity: v.available + 1 })).toMatchObject({ ok: true, quantity: v.available, limitedBy: "stock" });
    expect(await setCartQuantity(db, { guestToken: token }, { lineId, quantity: 0 })).toEqual({ ok: false, error: "invalid_quantity" });
    expect(await removeCartLine(db, { guestToken: token }, lineId)).toEqual({ ok: true, lineId });
    expect((await readCart(db, { guestToken: token })).lines).toEqual([]);
  });

  it("always shows today's price: a price cut after adding is what the cart charges", async () => {
    const v = await variant((a) => a > 5);
    const { token } = await guestWith(v.id, 2);
    await db.variant.update({ where: { id: v.id }, data: { priceFen: v.priceFen - 123 } });
    const cart = await readCart(db, { guestToken: token });
    expect(cart.lines[0]).toMatchObject({ unitPriceFen: v.priceFen - 123, lineTotalFen: (v.priceFen - 123) * 2 });
    expect(cart.subtotalFen).toBe((v.priceFen - 123) * 2);
  });

  it("flags lines that cannot be ordered as asked, and checkout takes only what can be", async () => {
    const shrinking = await variant((a) => a >= 6 && a <= 40);
    const withdrawn = await variant((a) => a > 5, [shrinking]);
    const fine = await variant((a) => a > 5, [shrinking, withdrawn]);
    const user = await createShopper(db, "Flagged");
    const owner = { userId: user };
    await addToCart(db, owner, { variantId: shrinking.id, quantity: 5 });
    await addToCart(db, owner, { variantId: withdrawn.id, quantity: 1 });
    await addToCart(db, owner, { variantId: fine.id, quantity: 2, liveSessionId: "live1" });
    // Someone else's checkout holds all but 2 pieces; the enterprise of another is suspended.
    await reserveForTest(db, shrinking.id, shrinking.available - 2);
    await db.enterprise.update({ where: { id: withdrawn.product.enterpriseId }, data: { status: "SUSPENDED" } });
    try {
      const cart = await readCart(db, owner);
      const byId = new Map(cart.lines.map((l) => [l.variantId, l]));
      expect(byId.get(shrinking.id)).toMatchObject({ requestedQuantity: 5, quantity: 2, available: 2, issues: ["reduced"], lineTotalFen: shrinking.priceFen * 2 });
      expect(byId.get(withdrawn.id)).toMatchObject({ quantity: 0, issues: ["unavailable"], lineTotalFen: 0 });
      expect(byId.get(fine.id)).toMatchObject({ quantity: 2, issues: [] });
      expect(cart.subtotalFen).toBe(shrinking.priceFen * 2 + fine.priceFen * 2);
      expect(cart.count).toBe(4);

      const checkout = await cartLinesForCheckout(db, owner);
      expect(checkout?.cartId).toBe(cart.cartId);
      expect(checkout?.lines).toEqual([
        { variantId: shrinking.id, quantity: 2, liveSessionId: null },
        { variantId: fine.id, quantity: 2, liveSessionId: "live1" },
      ]);
      expect(await setCartQuantity(db, owner, { lineId: byId.get(withdrawn.id)!.lineId, quantity: 1 })).toEqual({ ok: false, error: "unavailable" });

      await db.$transaction((tx) => clearCart(tx, cart.cartId!));
      expect(await readCart(db, owner)).toMatchObject({ cartId: cart.cartId, lines: [], subtotalFen: 0 });
    } finally {
      await db.enterprise.update({ where: { id: withdrawn.product.enterpriseId }, data: { status: "ACTIVE" } });
    }
  });

  it("merges a guest cart into the account's on sign-in: sums, caps, and deletes the guest cart", async () => {
    const both = await variant((a) => a >= 8 && a <= 40);
    const guestOnly = await variant((a) => a > 5);
    const scarce = await variant((a) => a >= 2 && a <= 4);
    const user = await createShopper(db, "Merging");
    await addToCart(db, { userId: user }, { variantId: both.id, quantity: 3 });
    await addToCart(db, { userId: user }, { variantId: scarce.id, quantity: scarce.available - 1 });
    const { token } = await guestWith(both.id, 4);
    await addToCart(db, { guestToken: token }, { variantId: guestOnly.id, quantity: 1, liveSessionId: "live2" });
    await addToCart(db, { guestToken: token }, { variantId: scarce.id, quantity: scarce.available });

    expect(await mergeGuestCart(db, token, user)).toEqual({ mergedLines: 3 });
    const cart = await readCart(db, { userId: user });
    const quantities = Object.fromEntries(cart.lines.map((l) => [l.variantId, l.requestedQuantity]));
    expect(quantities).toEqual({ [both.id]: 7, [guestOnly.id]: 1, [scarce.id]: scarce.available });
    expect((await cartLinesForCheckout(db, { userId: user }))?.lines.find((l) => l.variantId === guestOnly.id)?.liveSessionId).toBe("live2");
    // The secret in the old cookie names nothing now; merging it again changes nothing.
    expect(await db.cart.findUnique({ where: { token } })).toBeNull();
    expect(await readCart(db, { guestToken: token })).toMatchObject({ lines: [] });
    expect(await mergeGuestCart(db, token, user)).toEqual({ mergedLines: 0 });
    expect(await cartCount(db, { userId: user })).toBe(8 + scarce.available);
  });

  it("merging into an account without a cart moves the lines over", async () => {
    const v = await variant((a) => a > 5);
    const user = await createShopper(db, "Fresh");
    const { token } = await guestWith(v.id, 2);
    await mergeGuestCart(db, token, user);
    expect((await readCart(db, { userId: user })).lines.map((l) => [l.variantId, l.quantity])).toEqual([[v.id, 2]]);
  });
});
