import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines, type TestDatabase } from "@/lib/db/testing";
import { openSeededDatabase } from "@/lib/orders/test-support";
import { pinProduct, productTimeline, unpinProduct } from "./pins";

describe.each(availableTestEngines())("pins on %s", (engine) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let hostId: string;
  let otherHostId: string;
  let lineup: string[];
  let outsider: string;
  const startedAt = new Date(Date.now() - 10 * 60_000);
  const at = (seconds: number) => new Date(startedAt.getTime() + seconds * 1_000);

  beforeAll(async () => {
    ({ database, db } = await openSeededDatabase(engine));
    hostId = (await db.user.create({ data: { email: "host-pins@example.test", name: "Host", role: "HOST" } })).id;
    otherHostId = (await db.user.create({ data: { email: "host-pins-2@example.test", name: "Other", role: "HOST" } })).id;
    const products = await db.product.findMany({ where: { status: "PUBLISHED" }, orderBy: { slug: "asc" }, select: { id: true }, take: 4 });
    lineup = products.slice(0, 3).map((p) => p.id);
    outsider = products[3]!.id;
  });
  afterAll(async () => {
    await database?.drop();
  });

  async function liveSession(status: "LIVE" | "SCHEDULED" | "ENDED" = "LIVE") {
    const session = await db.liveSession.create({
      data: { hostId, title: "Pins", scheduledAt: startedAt, status, startedAt: status === "SCHEDULED" ? null : startedAt, lineup: { create: lineup.map((productId, sortOrder) => ({ productId, sortOrder })) } },
    });
    return session.id;
  }
  const row = (id: string) => db.liveSession.findUniqueOrThrow({ where: { id }, select: { pinnedProductId: true, pinnedAt: true } });
  const events = (sessionId: string) => db.liveEvent.findMany({ where: { sessionId }, orderBy: { id: "asc" }, select: { type: true, payload: true, streamOffsetMs: true } });

  it("pins line-up products with their offsets on the video; a new pin replaces the last, and the timeline lists them", async () => {
    const sessionId = await liveSession();
    const [first, second] = lineup as [string, string];
    expect(await pinProduct(db, { hostId, sessionId, productId: first, now: at(30) })).toEqual({ ok: true, productId: first });
    expect(await row(sessionId)).toEqual({ pinnedProductId: first, pinnedAt: at(30) });
    // Pinning the pinned product again changes nothing.
    expect(await pinProduct(db, { hostId, sessionId, productId: first, now: at(40) })).toEqual({ ok: true, productId: first });
    expect(await pinProduct(db, { hostId, sessionId, productId: second, now: at(95) })).toEqual({ ok: true, productId: second });
    expect(await row(sessionId)).toEqual({ pinnedProductId: second, pinnedAt: at(95) });
    expect(await unpinProduct(db, { hostId, sessionId, now: at(120) })).toEqual({ ok: true, productId: second });
    expect(await row(sessionId)).toEqual({ pinnedProductId: null, pinnedAt: null });
    expect(await unpinProduct(db, { hostId, sessionId, now: at(121) })).toEqual({ ok: true, productId: null });
    expect(await pinProduct(db, { hostId, sessionId, productId: first, now: at(200) })).toEqual({ ok: true, productId: first });

    expect(await events(sessionId)).toEqual([
      { type: "pin", payload: { productId: first }, streamOffsetMs: 30_000 },
      { type: "pin", payload: { productId: second }, streamOffsetMs: 95_000 },
      { type: "unpin", payload: { productId: second }, streamOffsetMs: 120_000 },
      { type: "pin", payload: { productId: first }, streamOffsetMs: 200_000 },
    ]);
    const timeline = await productTimeline(db, sessionId);
    expect(timeline.map(({ productId, offsetMs }) => ({ productId, offsetMs }))).toEqual([
      { productId: first, offsetMs: 30_000 },
      { productId: second, offsetMs: 95_000 },
      { productId: first, offsetMs: 200_000 },
    ]);
    expect(timeline.every((entry) => entry.at instanceof Date)).toBe(true);
  });

  it("refuses products outside the line-up, sessions not live, other hosts and bad input, changing nothing", async () => {
    const sessionId = await liveSession();
    const productId = lineup[0]!;
    expect(await pinProduct(db, { hostId, sessionId, productId: outsider })).toEqual({ ok: false, error: "not_in_lineup" });
    expect(await pinProduct(db, { hostId: otherHostId, sessionId, productId })).toEqual({ ok: false, error: "forbidden" });
    expect(await pinProduct(db, { hostId, sessionId: "nosuchsession", productId })).toEqual({ ok: false, error: "not_found" });
    expect(await pinProduct(db, { hostId, sessionId, productId: "" })).toMatchObject({ ok: false, error: "invalid" });
    expect(await unpinProduct(db, { hostId: otherHostId, sessionId })).toEqual({ ok: false, error: "forbidden" });
    for (const status of ["SCHEDULED", "ENDED"] as const) {
      const closed = await liveSession(status);
      expect(await pinProduct(db, { hostId, sessionId: closed, productId })).toEqual({ ok: false, error: "session_not_live" });
      expect(await events(closed)).toEqual([]);
    }
    expect(await row(sessionId)).toEqual({ pinnedProductId: null, pinnedAt: null });
    expect(await events(sessionId)).toEqual([]);
    expect(await productTimeline(db, sessionId)).toEqual([]);
  });

  it("keeps one pin when the host clicks several products at once", async () => {
    const sessionId = await liveSession();
    const results = await Promise.all(lineup.map((productId) => pinProduct(db, { hostId, sessionId, productId })));
    expect(results.every((result) => result.ok)).toBe(true);
    const pins = (await events(sessionId)).filter((event) => event.type === "pin");
    expect(pins).toHaveLength(lineup.length);
    // The row holds the product of the last pin published.
    expect((await row(sessionId)).pinnedProductId).toBe((pins.at(-1)!.payload as { productId: string }).productId);
  });
});
