import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { availableTestEngines } from "@/lib/db/testing";
import { openSeededDatabase, type SeededDatabase } from "@/lib/orders/test-support";
import { DEMO_HOST_EMAIL, DEMO_SESSIONS, seedLiveSessions } from "@/prisma/seed/live";
import { PRODUCTS } from "@/prisma/seed/catalogue";
import { postChatMessage } from "./chat";
import { startDeal } from "./deals";
import { latestLiveEventId } from "./events";
import { addLikes, flushLikes } from "./likes";
import { homeLiveSection, LINEUP_PREVIEW, liveListing, liveRoom } from "./listing";
import { pinProduct } from "./pins";
import { setReminder } from "./reminders";
import { scheduleSession, START_WINDOW_MS, startSessionByHand } from "./sessions";

/**
 * What shoppers see of live sessions, read from a real database with the demo sessions seeded:
 * the listing's three groups, reminders, the home section, and the room's first render of a
 * live session (pin, deal, chat, likes) and of an ended one (its product timeline).
 */
describe.each(availableTestEngines())("live listing on %s", (engine) => {
  let seeded: SeededDatabase;
  let db: PrismaClient;
  let hostId: string;
  let shopperId: string;
  const now = new Date();

  beforeAll(async () => {
    seeded = await openSeededDatabase(engine);
    db = seeded.db;
    hostId = (await db.user.create({ data: { email: DEMO_HOST_EMAIL, name: "主播小南 · Host Xiaonan", role: "HOST" } })).id;
    shopperId = (await db.user.create({ data: { email: "viewer@example.test", name: "看客", role: "SHOPPER" } })).id;
    expect(await seedLiveSessions(db, { now })).toEqual({ created: 3 });
  }, 180_000);
  afterAll(async () => {
    await flushLikes();
    await seeded?.database.drop();
  });

  const productId = async (slug: string) => (await db.product.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

  it("seeds the demo sessions once", async () => {
    expect(await seedLiveSessions(db, { now })).toEqual({ created: 0 });
    expect(await db.liveSession.count({ where: { hostId } })).toBe(3);
  });

  it("lists upcoming sessions soonest first and the ended one as a replay, with line-up previews", async () => {
    const listing = await liveListing(db, { now });
    expect(listing.live).toEqual([]);
    expect(listing.upcoming.map((s) => s.title)).toEqual([DEMO_SESSIONS.soon.title, DEMO_SESSIONS.tomorrow.title]);
    expect(listing.replays.map((s) => s.title)).toEqual([DEMO_SESSIONS.ended.title]);

    const [soon] = listing.upcoming;
    const first = PRODUCTS.find((p) => p.slug === DEMO_SESSIONS.soon.lineup[0])!;
    expect(soon).toMatchObject({ status: "SCHEDULED", hostName: "主播小南 · Host Xiaonan", lineupCount: DEMO_SESSIONS.soon.lineup.length, reminded: false });
    expect(soon!.lineup.map((p) => p.slug)).toEqual(DEMO_SESSIONS.soon.lineup.slice(0, LINEUP_PREVIEW));
    // No cover of its own: the first line-up product's picture stands in.
    expect(soon!.cover?.url).toBe(first.media[0]!.url);
    expect(Date.parse(soon!.scheduledAt)).toBeGreaterThan(now.getTime());
  });

  it("marks the sessions a shopper asked to be reminded of, for that shopper only", async () => {
    const tomorrow = (await liveListing(db, { now })).upcoming[1]!;
    expect(await setReminder(db, { userId: shopperId, sessionId: tomorrow.id, on: true })).toMatchObject({ ok: true, on: true });
    const mine = await liveListing(db, { now, userId: shopperId });
    expect(mine.upcoming.map((s) => s.reminded)).toEqual([false, true]);
    expect((await liveListing(db, { now })).upcoming.map((s) => s.reminded)).toEqual([false, false]);
    expect((await liveRoom(db, tomorrow.id, { userId: shopperId }))?.reminded).toBe(true);
  });

  it("leaves out sessions whose time passed too long ago to start, and unpublished line-up products", async () => {
    const stale = await db.liveSession.create({
      data: { hostId, title: "过期的预告", scheduledAt: new Date(now.getTime() - START_WINDOW_MS - 60_000), lineup: { create: [{ productId: await productId(DEMO_SESSIONS.soon.lineup[0]!), sortOrder: 0 }] } },
    });
    const hidden = DEMO_SESSIONS.tomorrow.lineup[0]!;
    await db.product.update({ where: { slug: hidden }, data: { status: "ARCHIVED" } });
    try {
      const listing = await liveListing(db, { now });
      expect(listing.upcoming.map((s) => s.id)).not.toContain(stale.id);
      const tomorrow = listing.upcoming.find((s) => s.title === DEMO_SESSIONS.tomorrow.title)!;
      expect(tomorrow.lineup.map((p) => p.slug)).not.toContain(hidden);
      expect(tomorrow.lineupCount).toBe(DEMO_SESSIONS.tomorrow.lineup.length - 1);
      expect((await liveRoom(db, tomorrow.id))!.products.map((p) => p.slug)).not.toContain(hidden);
    } finally {
      await db.product.update({ where: { slug: hidden }, data: { status: "PUBLISHED" } });
    }
  });

  it("renders a live room with its pin, running deal, chat, likes and line-up stock", async () => {
    const lineup = [await productId("jiaming-qinghua-lotus-scroll-rice-bowl"), await productId("jiaming-qinghua-bamboo-teacup")];
    const scheduled = await scheduleSession(db, { hostId, title: "今晚上新", scheduledAt: new Date(Date.now() + 60_000), ingest: "EXTERNAL", playbackUrl: "https://video.example/live/tonight.m3u8", productIds: lineup });
    if (!scheduled.ok) throw new Error(scheduled.error);
    const sessionId = scheduled.session.id;
    expect(await startSessionByHand(db, { sessionId, hostId })).toMatchObject({ ok: true });
    expect(await pinProduct(db, { hostId, sessionId, productId: lineup[1]! })).toMatchObject({ ok: true });

    const bowl = await db.variant.findFirstOrThrow({ where: { productId: lineup[0], active: true }, orderBy: { sortOrder: "asc" }, select: { id: true, priceFen: true } });
    const before = (await liveRoom(db, sessionId))!.products[0]!.variants.find((v) => v.id === bowl.id)!.available;
    const deal = await startDeal(db, { hostId, sessionId, variantId: bowl.id, priceFen: bowl.priceFen - 1000, quota: 5, perBuyerLimit: 1, durationSeconds: 600 });
    expect(deal).toMatchObject({ ok: true });
    expect(await postChatMessage(db, { sessionId, userId: shopperId, body: "<b>好看</b>" })).toMatchObject({ ok: true });
    expect(await addLikes(db, { sessionId, count: 7 })).toMatchObject({ ok: true, likeCount: 7 });

    const room = (await liveRoom(db, sessionId, { userId: shopperId }))!;
    expect(room).toMatchObject({ status: "LIVE", playbackUrl: "https://video.example/live/tonight.m3u8", replayUrl: null, pinnedProductId: lineup[1], likeCount: 7, reminded: false, timeline: [] });
    expect(room.products.map((p) => p.id)).toEqual(lineup);
    expect(room.deals).toMatchObject([{ variantId: bowl.id, priceFen: bowl.priceFen - 1000, regularPriceFen: bowl.priceFen, remaining: 5, quota: 5 }]);
    // The deal's quota is carved out of what the shelf can sell.
    expect(room.products[0]!.variants.find((v) => v.id === bowl.id)!.available).toBe(before - 5);
    expect(room.chat.map((m) => m.body)).toEqual(["<b>好看</b>"]);
    expect(room.latestEventId).toBe((await latestLiveEventId(db, sessionId))!.toString());

    const [first] = await homeLiveSection(db, { now });
    expect(first).toMatchObject({ id: sessionId, status: "LIVE" });
    expect((await homeLiveSection(db, { now, take: 3 })).map((s) => s.status)).toEqual(["LIVE", "SCHEDULED", "SCHEDULED"]);
  });

  it("renders an ended session with its product timeline and nothing live", async () => {
    const ended = (await liveListing(db, { now })).replays[0]!;
    const room = (await liveRoom(db, ended.id))!;
    const pins = await Promise.all(DEMO_SESSIONS.ended.lineup.map(productId));
    expect(room).toMatchObject({ status: "ENDED", playbackUrl: null, replayUrl: null, pinnedProductId: null, deals: [], chat: [], likeCount: 2360 });
    expect(room.timeline.map((pin) => pin.productId)).toEqual(pins);
    expect(room.timeline.map((pin) => pin.offsetMs)).toEqual([...room.timeline.map((pin) => pin.offsetMs)].sort((a, b) => a - b));
    expect(await liveRoom(db, "nosuchsession")).toBeNull();
  });
});
