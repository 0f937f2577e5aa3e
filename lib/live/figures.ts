import { type LiveIngest, type LiveSessionStatus, Prisma, type PrismaClient } from "@/lib/db/generated/client";
import { PRESENCE_FRESH_MS } from "./presence";

/**
 * A session's figures for its host: the audience (watching now, peak, likes) and the sales
 * attributed to it. Sales count the order lines carrying the session, of orders not cancelled:
 * pieces and GMV net of what was refunded; the host's earnings are the host's share recorded in
 * the settlement ledger for those lines (sales once paid, less refunds).
 */
export interface SessionFigures {
  viewers: number;
  peakViewers: number;
  likes: number;
  orders: number;
  pieces: number;
  gmvFen: number;
  hostEarningsFen: number;
}

export interface HostSession extends SessionFigures {
  id: string;
  title: string;
  status: LiveSessionStatus;
  ingest: LiveIngest;
  coverUrl: string | null;
  scheduledAt: Date;
  startedAt: Date | null;
  endedAt: Date | null;
}

/** A HostSession as PostgreSQL returns it: sums of integers come back as bigint. */
type Row = Omit<HostSession, "pieces" | "gmvFen" | "hostEarningsFen"> & { pieces: bigint; gmvFen: bigint; hostEarningsFen: bigint };

/** Every session matching `where`, with its figures, in one statement. */
function figuresOf(db: PrismaClient, where: Prisma.Sql): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    SELECT s."id", s."title", s."status", s."ingest", s."scheduledAt", s."startedAt", s."endedAt",
      -- A session without its own cover shows its first line-up product's picture, as /live does.
      COALESCE(s."coverUrl", (
        SELECT m."url" FROM "LineupItem" li JOIN "Media" m ON m."productId" = li."productId"
        WHERE li."sessionId" = s."id" ORDER BY li."sortOrder", m."sortOrder" LIMIT 1
      )) AS "coverUrl",
      COALESCE(p."viewers", 0)::int AS "viewers", s."peakViewers", s."likeCount" AS "likes",
      COALESCE(sales."orders", 0)::int AS "orders", COALESCE(sales."pieces", 0)::bigint AS "pieces",
      COALESCE(sales."gmvFen", 0)::bigint AS "gmvFen", COALESCE(earned."hostFen", 0)::bigint AS "hostEarningsFen"
    FROM "LiveSession" s
    LEFT JOIN LATERAL (
      SELECT SUM(lp."viewers") AS "viewers" FROM "LivePresence" lp
      WHERE lp."sessionId" = s."id" AND lp."updatedAt" > now() - ${PRESENCE_FRESH_MS}::int * interval '1 millisecond'
    ) p ON true
    LEFT JOIN LATERAL (
      SELECT COUNT(DISTINCT ol."orderId") AS "orders",
        SUM(ol."quantity" - ol."refundedQuantity") AS "pieces",
        SUM(ol."lineTotalFen" - ol."refundedFen") AS "gmvFen"
      FROM "OrderLine" ol JOIN "Order" o ON o."id" = ol."orderId"
      WHERE ol."liveSessionId" = s."id" AND o."status" <> 'CANCELLED'
    ) sales ON true
    LEFT JOIN LATERAL (
      SELECT SUM(sl."hostFen") AS "hostFen"
      FROM "SettlementLine" sl JOIN "OrderLine" ol ON ol."id" = sl."orderLineId"
      WHERE ol."liveSessionId" = s."id"
    ) earned ON true
    WHERE ${where}
    ORDER BY s."scheduledAt" DESC, s."id"`;
}

function toFigures(row: Row): SessionFigures {
  return {
    viewers: row.viewers,
    peakViewers: row.peakViewers,
    likes: row.likes,
    orders: row.orders,
    pieces: Number(row.pieces),
    gmvFen: Number(row.gmvFen),
    hostEarningsFen: Number(row.hostEarningsFen),
  };
}

/** One session's figures (null when there is no such session). */
export async function sessionFigures(db: PrismaClient, sessionId: string): Promise<SessionFigures | null> {
  const [row] = await figuresOf(db, Prisma.sql`s."id" = ${sessionId}`);
  return row ? toFigures(row) : null;
}

/** The host's sessions, latest scheduled first, each with its figures: the /host list. */
export async function hostSessions(db: PrismaClient, hostId: string): Promise<HostSession[]> {
  const rows = await figuresOf(db, Prisma.sql`s."hostId" = ${hostId}`);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    ingest: row.ingest,
    coverUrl: row.coverUrl,
    scheduledAt: row.scheduledAt,
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    ...toFigures(row),
  }));
}
