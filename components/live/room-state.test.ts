import { describe, expect, it } from "vitest";
import { isNewerEvent, pinIndexAt, releaseDue, type RoomEvent, roomReducer, type RoomState, SYNC_MAX_WAIT_MS, waitsForVideo } from "./room-state";
import type { DealPayload } from "@/lib/live/event-types";

/** The live room's reducer and its video-time sync (components/live/room-state.ts). */

const initial: RoomState = {
  status: "SCHEDULED",
  startedAt: null,
  playbackUrl: null,
  replayUrl: null,
  pinnedProductId: null,
  deals: [],
  stock: {},
  chat: [],
  likeCount: 10,
  viewers: 0,
  notices: [],
};

let nextId = 5;
function event<T extends RoomEvent["type"]>(type: T, payload: Extract<RoomEvent, { type: T }>["payload"], streamOffsetMs: number | null = null): RoomEvent {
  return { id: String(nextId++), type, payload, streamOffsetMs, createdAt: new Date().toISOString() } as RoomEvent;
}

const deal: DealPayload = {
  dealId: "d1",
  variantId: "v1",
  productId: "p1",
  productSlug: "bowl",
  productNameZh: "碗",
  productNameEn: "Bowl",
  variantNameZh: "大",
  variantNameEn: "Large",
  imageUrl: null,
  priceFen: 5900,
  regularPriceFen: 8800,
  quota: 20,
  perBuyerLimit: 1,
  remaining: 20,
  endsAt: new Date(Date.now() + 60_000).toISOString(),
};

const apply = (state: RoomState, ...events: RoomEvent[]) => events.reduce((s, e) => roomReducer(s, { kind: "event", event: e }), state);

describe("roomReducer", () => {
  it("goes live, pins and unpins, and ends with the replay", () => {
    let state = apply(initial, event("live", { startedAt: "2026-11-30T12:00:00.000Z", playbackUrl: "/hls/s.m3u8" }, 0), event("pin", { productId: "p1" }, 1000));
    expect(state).toMatchObject({ status: "LIVE", playbackUrl: "/hls/s.m3u8", pinnedProductId: "p1" });
    // An unpin of another product (a stale one) leaves the current pin.
    state = apply(state, event("unpin", { productId: "p2" }, 2000));
    expect(state.pinnedProductId).toBe("p1");
    state = apply(state, event("unpin", { productId: "p1" }, 3000));
    expect(state.pinnedProductId).toBeNull();
    state = apply(state, event("pin", { productId: "p2" }, 4000), event("ended", { endedAt: "2026-11-30T13:00:00.000Z", replayUrl: "/replays/s.m3u8" }, 5000));
    expect(state).toMatchObject({ status: "ENDED", replayUrl: "/replays/s.m3u8", pinnedProductId: null, deals: [] });
  });

  it("tells events already seen (a replay after reconnecting) from new ones, by id", () => {
    expect(isNewerEvent("5", null)).toBe(true);
    expect(isNewerEvent("10", "9")).toBe(true);
    expect(isNewerEvent("9", "9")).toBe(false);
    expect(isNewerEvent("9", "10")).toBe(false);
    expect(isNewerEvent("12345678901234567890", "12345678901234567889")).toBe(true);
  });

  it("adds a chat message once and removes it when deleted", () => {
    const chat = event("chat", { messageId: "m1", userId: "u1", name: "张三", body: "好看", fromHost: false, createdAt: "2026-11-30T12:00:00.000Z" });
    const once = apply(initial, chat);
    expect(apply(once, chat).chat).toHaveLength(1);
    // The poster's own message, added from the action's answer, is not doubled by its event.
    const posted = roomReducer(initial, { kind: "chat.posted", message: chat.payload as Extract<RoomEvent, { type: "chat" }>["payload"] });
    expect(apply(posted, chat).chat).toHaveLength(1);
    expect(apply(once, event("chat.deleted", { messageId: "m1" })).chat).toEqual([]);
  });

  it("keeps stock news for a deal whose start still waits for the video", () => {
    let state = apply(initial, event("deal.stock", { dealId: "d1", remaining: 12 }));
    state = apply(state, event("deal.started", deal, 1000));
    expect(state.deals).toMatchObject([{ dealId: "d1", remaining: 12 }]);
    state = apply(state, event("deal.stock", { dealId: "d1", remaining: 11 }));
    expect(state.deals[0]?.remaining).toBe(11);
    state = apply(state, event("deal.ended", { dealId: "d1", returned: 11 }, 9000));
    expect(state.deals).toEqual([]);
  });

  it("counts likes upward only, tracks viewers, and keeps the last three purchase notices", () => {
    let state = apply(initial, event("likes", { count: 50 }), event("likes", { count: 40 }), event("viewers", { count: 7 }));
    expect(state).toMatchObject({ likeCount: 50, viewers: 7 });
    for (const buyer of ["张**", "李**", "王**", "赵**"]) state = apply(state, event("purchase", { buyer, productNameZh: "碗", productNameEn: "Bowl", quantity: 1 }, 100));
    expect(state.notices.map((n) => n.buyer)).toEqual(["李**", "王**", "赵**"]);
    state = roomReducer(state, { kind: "notice.dismiss", id: state.notices[0]!.id });
    expect(state.notices.map((n) => n.buyer)).toEqual(["王**", "赵**"]);
  });
});

describe("video-time sync", () => {
  const pin = (offset: number) => event("pin", { productId: `p${offset}` }, offset);

  it("holds pins, deals and purchases until the video gets there; conversation never waits", () => {
    expect(waitsForVideo(pin(1000))).toBe(true);
    expect(waitsForVideo(event("deal.started", deal, 1000))).toBe(true);
    expect(waitsForVideo(event("chat", { messageId: "m", userId: "u", name: "n", body: "b", fromHost: false, createdAt: "" }, 1000))).toBe(false);
    expect(waitsForVideo(event("viewers", { count: 1 }))).toBe(false);
    expect(waitsForVideo(event("deal.stock", { dealId: "d1", remaining: 1 }))).toBe(false);
  });

  it("releases an event when the playing position reaches its offset, in arrival order", () => {
    const now = 1_000_000;
    const waiting = [pin(10_000), pin(12_000), pin(15_000)].map((e) => ({ event: e, arrivedAt: now }));
    expect(releaseDue(waiting, 9_000, now).due).toEqual([]);
    const step = releaseDue(waiting, 12_500, now + 2_000);
    expect(step.due.map((e) => e.streamOffsetMs)).toEqual([10_000, 12_000]);
    expect(step.waiting.map((w) => w.event.streamOffsetMs)).toEqual([15_000]);
  });

  it("releases everything when no video plays, and anything that waited too long", () => {
    const now = 2_000_000;
    const waiting = [{ event: pin(50_000), arrivedAt: now - SYNC_MAX_WAIT_MS }, { event: pin(60_000), arrivedAt: now - 1_000 }];
    expect(releaseDue(waiting, 10_000, now).due.map((e) => e.streamOffsetMs)).toEqual([50_000]);
    expect(releaseDue(waiting, null, now).due).toHaveLength(2);
  });

  it("finds the product presented at a moment of the replay", () => {
    const timeline = [{ productId: "a", offsetMs: 10_000 }, { productId: "b", offsetMs: 70_000 }];
    expect(pinIndexAt(timeline, 5_000)).toBeNull();
    expect(pinIndexAt(timeline, 10_000)).toBe(0);
    expect(pinIndexAt(timeline, 69_999)).toBe(0);
    expect(pinIndexAt(timeline, 600_000)).toBe(1);
  });
});
