import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { openSeededDatabase, type SeededDatabase } from "@/lib/orders/test-support";
import { availableTestEngines } from "@/lib/db/testing";
import { scheduleSession } from "@/lib/live/sessions";
import { controlRoomSession, firstProductImage, productChoices, searchLineupProducts } from "./host-console";

describe.each(availableTestEngines())("host console reads on %s", (engine) => {
  let seeded: SeededDatabase;
  let db: PrismaClient;
  let hostId: string;
  let otherHostId: string;

  beforeAll(async () => {
    seeded = await openSeededDatabase(engine);
    db = seeded.db;
    hostId = (await db.user.create({ data: { email: "host-console@example.test", name: "Host", role: "HOST" } })).id;
    otherHostId = (await db.user.create({ data: { email: "host-console-2@example.test", name: "Other", role: "HOST" } })).id;
  }, 120_000);
  afterAll(() => seeded?.database.drop());

  it("finds published products of any enterprise by name, in either language", async () => {
    const product = await db.product.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { slug: "asc" }, include: { enterprise: true } });
    const byZh = await searchLineupProducts(db, product.nameZh);
    expect(byZh.map((p) => p.id)).toContain(product.id);
    const byEn = await searchLineupProducts(db, product.nameEn.toUpperCase());
    expect(byEn.map((p) => p.id)).toContain(product.id);
    const found = byZh.find((p) => p.id === product.id);
    expect(found).toMatchObject({ nameZh: product.nameZh, enterpriseZh: product.enterprise.nameZh, published: true });

    const enterprises = new Set((await searchLineupProducts(db, "", 200)).map((p) => p.enterpriseZh));
    expect(enterprises.size).toBeGreaterThan(1);
  });

  it("never offers a product the shop does not show", async () => {
    const product = await db.product.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { slug: "desc" } });
    await db.product.update({ where: { id: product.id }, data: { status: "DRAFT" } });
    try {
      expect((await searchLineupProducts(db, product.nameZh)).map((p) => p.id)).not.toContain(product.id);
      // Shown again in a picker (e.g. the line-up of an existing session), it is marked.
      expect(await productChoices(db, [product.id])).toMatchObject([{ id: product.id, published: false }]);
    } finally {
      await db.product.update({ where: { id: product.id }, data: { status: "PUBLISHED" } });
    }
  });

  it("keeps the given order and leaves unknown ids out", async () => {
    const ids = (await db.product.findMany({ where: { status: "PUBLISHED" }, orderBy: { slug: "asc" }, take: 3, select: { id: true } })).map((p) => p.id);
    const order = [ids[2]!, "missing", ids[0]!];
    expect((await productChoices(db, order)).map((p) => p.id)).toEqual([ids[2], ids[0]]);
  });

  it("takes the first line-up product's picture as the default cover", async () => {
    const product = await db.product.findFirstOrThrow({ where: { status: "PUBLISHED", media: { some: {} } }, include: { media: { orderBy: { sortOrder: "asc" } } } });
    expect(await firstProductImage(db, [product.id])).toBe(product.media[0]?.url);
    expect(await firstProductImage(db, [])).toBeNull();
  });

  it("opens a control room only for the session's own host, with the line-up's SKUs and what they can give", async () => {
    const ids = (await db.product.findMany({ where: { status: "PUBLISHED" }, orderBy: { slug: "asc" }, take: 2, select: { id: true } })).map((p) => p.id);
    const scheduled = await scheduleSession(db, { hostId, title: "夜市", scheduledAt: new Date(Date.now() + 3_600_000), ingest: "RTMP", productIds: [ids[1]!, ids[0]!] });
    if (!scheduled.ok) throw new Error(scheduled.error);
    const id = scheduled.session.id;

    expect(await controlRoomSession(db, id, otherHostId)).toBeNull();
    expect(await controlRoomSession(db, "no-such-session", hostId)).toBeNull();

    const room = await controlRoomSession(db, id, hostId);
    expect(room?.lineup.map((p) => p.id)).toEqual([ids[1], ids[0]]);
    expect(room?.streamKeyHint).toBe(scheduled.session.streamKeyHint);
    const sku = room!.lineup[0]!.skus[0]!;
    const level = await db.stockLevel.findUniqueOrThrow({ where: { variantId_warehouseId: { variantId: sku.id, warehouseId: seeded.warehouseId } } });
    expect(sku.available).toBe(level.onHand - level.reserved);
  });
});
