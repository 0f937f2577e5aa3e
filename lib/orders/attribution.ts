import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { streamOffsetMs } from "@/lib/live/event-types";
import { publishLiveEvent } from "@/lib/live/events";

/**
 * Sales made from a live room: an order line whose piece was added (or claimed) in a session is
 * attributed to that session and its host, who earns the host commission on it (lib/settlement).
 * Credit runs while the session is live and for a day after it ends, for viewers who finish
 * their purchase later; a stale or unknown session id earns nothing.
 */

export const ATTRIBUTION_WINDOW_MS = 24 * 60 * 60_000;

export interface CreditedSession {
  hostId: string;
  startedAt: Date | null;
  live: boolean;
}

/**
 * The sessions among `sessionIds` that may still be credited with a sale, by id. Their rows are
 * held FOR KEY SHARE until the order commits: the order announces itself in them last, and a host
 * starting a deal locks the session before the stock it carves out, so the order must take the
 * session before its stock rows too (ids in order, like every multi-row lock here).
 */
export async function creditedSessions(tx: Tx, sessionIds: (string | null)[], now: Date): Promise<Map<string, CreditedSession>> {
  const ids = [...new Set(sessionIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const sessions = await tx.$queryRaw<{ id: string; hostId: string; startedAt: Date | null; status: string; endedAt: Date | null }[]>`
    SELECT "id", "hostId", "startedAt", "status", "endedAt" FROM "LiveSession" WHERE "id" IN (${Prisma.join(ids)}) ORDER BY "id" FOR KEY SHARE`;
  const since = now.getTime() - ATTRIBUTION_WINDOW_MS;
  return new Map(
    sessions
      .filter((s) => s.status === "LIVE" || (s.status === "ENDED" && s.endedAt !== null && s.endedAt.getTime() > since))
      .map((s) => [s.id, { hostId: s.hostId, startedAt: s.startedAt, live: s.status === "LIVE" }]),
  );
}

/**
 * A buyer's name as the room shows it ("someone just bought …"): the first character only, so
 * viewers see a real purchase without learning who made it (张** / J***).
 */
export function maskBuyerName(name: string | null | undefined): string {
  const first = [...(name ?? "").trim()][0];
  if (!first) return "***";
  return /\p{Script=Han}/u.test(first) ? `${first}**` : `${first.toUpperCase()}***`;
}

interface AttributedLine {
  liveSessionId: string | null;
  productNameZh: string;
  productNameEn: string;
  quantity: number;
}

/**
 * One "purchase" event per session still live among the order's attributed lines: the first
 * line's product and the pieces bought there. Only live rooms are told; a replay viewer would
 * see a notice that belongs to no moment of the video. Meant to run last in the order's
 * transaction (the event lock is held until commit).
 */
export async function announcePurchases(tx: Tx, input: { lines: AttributedLine[]; sessions: Map<string, CreditedSession>; buyerName: string | null; now: Date }): Promise<void> {
  const bySession = new Map<string, { first: AttributedLine; quantity: number }>();
  for (const line of input.lines) {
    if (!line.liveSessionId || !input.sessions.get(line.liveSessionId)?.live) continue;
    const entry = bySession.get(line.liveSessionId);
    if (entry) entry.quantity += line.quantity;
    else bySession.set(line.liveSessionId, { first: line, quantity: line.quantity });
  }
  const buyer = maskBuyerName(input.buyerName);
  // Session id order, so two orders announcing in the same rooms take the event locks in one order.
  for (const [sessionId, { first, quantity }] of [...bySession].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    await publishLiveEvent(tx, {
      sessionId,
      type: "purchase",
      payload: { buyer, productNameZh: first.productNameZh, productNameEn: first.productNameEn, quantity },
      streamOffsetMs: streamOffsetMs(input.sessions.get(sessionId)?.startedAt ?? null, input.now),
    });
  }
}
