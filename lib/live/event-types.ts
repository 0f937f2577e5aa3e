/**
 * What each event of a live session's stream carries: the one contract between the modules that
 * publish (sessions, pins, deals, chat, likes, presence, orders) and the pages that render them
 * (the live room, the host console). Payloads are plain JSON: dates as ISO strings, money in fen.
 */
export interface LiveEventPayloads {
  live: { startedAt: string; playbackUrl: string | null };
  ended: { endedAt: string; replayUrl: string | null };
  /** The host presents this product now ("讲解中"); always one of the session's line-up. */
  pin: { productId: string };
  unpin: { productId: string };
  "deal.started": DealPayload;
  /** Pieces of a running deal still to claim, after a claim or a lapsed claim returned. */
  "deal.stock": { dealId: string; remaining: number };
  "deal.ended": { dealId: string; returned: number };
  chat: ChatPayload;
  "chat.deleted": { messageId: string };
  likes: { count: number };
  viewers: { count: number };
  /** "someone just bought …": the buyer's name masked (张**), never their account. */
  purchase: { buyer: string; productNameZh: string; productNameEn: string; quantity: number };
}

export type LiveEventType = keyof LiveEventPayloads;

export interface DealPayload {
  dealId: string;
  variantId: string;
  productId: string;
  productSlug: string;
  productNameZh: string;
  productNameEn: string;
  variantNameZh: string;
  variantNameEn: string;
  imageUrl: string | null;
  priceFen: number;
  /** The SKU's everyday price, shown struck through. */
  regularPriceFen: number;
  quota: number;
  perBuyerLimit: number;
  remaining: number;
  endsAt: string;
}

export interface ChatPayload {
  messageId: string;
  userId: string;
  name: string;
  body: string;
  fromHost: boolean;
  createdAt: string;
}

/** Where on the session's video an event happens: milliseconds since it went live (null before). */
export function streamOffsetMs(startedAt: Date | null, now: Date): number | null {
  return startedAt ? Math.max(0, now.getTime() - startedAt.getTime()) : null;
}
