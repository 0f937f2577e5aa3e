import { COVER_IMAGE, type CoverImage, coverImage } from "@/lib/catalog/cover-image";
import type { LiveSessionStatus, Prisma, PrismaClient } from "@/lib/db/generated/client";
import { recentChat } from "./chat";
import { type ActiveDeal, activeDeals } from "./deals";
import type { ChatPayload } from "./event-types";
import { latestLiveEventId } from "./events";
import { productTimeline } from "./pins";
import { viewerCount } from "./presence";
import { remindedSessionIds } from "./reminders";
import { START_WINDOW_MS } from "./sessions";

/**
 * What shoppers see of live sessions: the /live listing, the home page's section and the room's
 * first render. Everything returned is plain JSON (dates as ISO strings), ready to hand to client
 * components. Line-up products a shopper cannot buy (unpublished, enterprise suspended) are left
 * out, the way the catalogue leaves them out.
 */

const visibleProduct = { status: "PUBLISHED", enterprise: { status: "ACTIVE" } } satisfies Prisma.ProductWhereInput;

/** How many line-up pictures a session card shows. */
export const LINEUP_PREVIEW = 4;

export interface LineupPreview {
  id: string;
  slug: string;
  nameZh: string;
  nameEn: string;
  image: CoverImage | null;
}

export interface SessionCard {
  id: string;
  title: string;
  description: string;
  status: LiveSessionStatus;
  scheduledAt: string;
  startedAt: string | null;
  endedAt: string | null;
  hostName: string;
  /** The session's own cover, else its first line-up product's picture. */
  cover: CoverImage | null;
  lineup: LineupPreview[];
  lineupCount: number;
  likeCount: number;
  /** Whether the shopper asked to be reminded (always false for guests). */
  reminded: boolean;
}

const cardSelect = {
  id: true,
  title: true,
  description: true,
  status: true,
  scheduledAt: true,
  startedAt: true,
  endedAt: true,
  coverUrl: true,
  likeCount: true,
  host: { select: { name: true } },
  lineup: {
    where: { product: visibleProduct },
    orderBy: { sortOrder: "asc" },
    select: { product: { select: { id: true, slug: true, nameZh: true, nameEn: true, ...COVER_IMAGE } } },
  },
} satisfies Prisma.LiveSessionSelect;

type CardRow = Prisma.LiveSessionGetPayload<{ select: typeof cardSelect }>;

function toCard(row: CardRow, reminded: ReadonlySet<string>): SessionCard {
  const lineup = row.lineup.map(({ product }) => ({ id: product.id, slug: product.slug, nameZh: product.nameZh, nameEn: product.nameEn, image: coverImage(product) }));
  const firstPicture = lineup.find((p) => p.image)?.image ?? null;
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status,
    scheduledAt: row.scheduledAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
    hostName: row.host.name,
    cover: row.coverUrl ? { url: row.coverUrl, altZh: row.title, altEn: row.title } : firstPicture,
    lineup: lineup.slice(0, LINEUP_PREVIEW),
    lineupCount: lineup.length,
    likeCount: row.likeCount,
    reminded: reminded.has(row.id),
  };
}

/**
 * Sessions still to come: scheduled, and not so long past their time that their key no longer
 * starts them (see START_WINDOW_MS), soonest first.
 */
function upcomingWhere(now: Date): Prisma.LiveSessionWhereInput {
  return { status: "SCHEDULED", scheduledAt: { gte: new Date(now.getTime() - START_WINDOW_MS) } };
}

function remindedAmong(db: PrismaClient, userId: string | null, sessionIds: string[]): Promise<Set<string>> {
  return userId ? remindedSessionIds(db, userId, sessionIds) : Promise.resolve(new Set());
}

export interface LiveListing {
  live: SessionCard[];
  upcoming: SessionCard[];
  replays: SessionCard[];
}

/** The /live page: live now (latest start first), upcoming (soonest first), replays (latest first). */
export async function liveListing(
  db: PrismaClient,
  options: { userId?: string | null; now?: Date; limits?: Partial<Record<keyof LiveListing, number>> } = {},
): Promise<LiveListing> {
  const now = options.now ?? new Date();
  const limits = { live: 12, upcoming: 24, replays: 12, ...options.limits };
  const [live, upcoming, replays] = await Promise.all([
    limits.live > 0 ? db.liveSession.findMany({ where: { status: "LIVE" }, orderBy: [{ startedAt: "desc" }, { id: "asc" }], take: limits.live, select: cardSelect }) : [],
    limits.upcoming > 0 ? db.liveSession.findMany({ where: upcomingWhere(now), orderBy: [{ scheduledAt: "asc" }, { id: "asc" }], take: limits.upcoming, select: cardSelect }) : [],
    limits.replays > 0 ? db.liveSession.findMany({ where: { status: "ENDED" }, orderBy: [{ endedAt: "desc" }, { id: "asc" }], take: limits.replays, select: cardSelect }) : [],
  ]);
  const reminded = await remindedAmong(db, options.userId ?? null, upcoming.map((s) => s.id));
  return {
    live: live.map((row) => toCard(row, reminded)),
    upcoming: upcoming.map((row) => toCard(row, reminded)),
    replays: replays.map((row) => toCard(row, reminded)),
  };
}

/** The home page's section: up to `take` sessions, those live now first, then the next to come. */
export async function homeLiveSection(db: PrismaClient, options: { now?: Date; take?: number } = {}): Promise<SessionCard[]> {
  const take = options.take ?? 3;
  const { live, upcoming } = await liveListing(db, { now: options.now, limits: { live: take, upcoming: take, replays: 0 } });
  return [...live, ...upcoming].slice(0, take);
}

export interface RoomVariant {
  id: string;
  nameZh: string;
  nameEn: string;
  priceFen: number;
  compareAtFen: number | null;
  available: number;
}

export interface RoomProduct extends LineupPreview {
  priceMinFen: number;
  priceMaxFen: number;
  /** Pieces of all its SKUs not yet reserved (a running deal's quota is carved out already). */
  available: number;
  variants: RoomVariant[];
}

export interface TimelinePin {
  productId: string;
  offsetMs: number;
}

export interface LiveRoom extends Pick<SessionCard, "id" | "title" | "description" | "status" | "scheduledAt" | "startedAt" | "endedAt" | "hostName" | "cover"> {
  /** What the player plays: the live stream while live, the recording once ended. */
  playbackUrl: string | null;
  replayUrl: string | null;
  products: RoomProduct[];
  pinnedProductId: string | null;
  deals: ActiveDeal[];
  chat: ChatPayload[];
  likeCount: number;
  viewers: number;
  /** Pins on the recording, for the replay's product timeline. */
  timeline: TimelinePin[];
  reminded: boolean;
  /** The newest event this render reflects: the event stream resumes after it. */
  latestEventId: string | null;
}

/** Everything the live room renders first; null when there is no such session. */
export async function liveRoom(db: PrismaClient, sessionId: string, options: { userId?: string | null; now?: Date } = {}): Promise<LiveRoom | null> {
  // Read first, so the state rendered is never older than the id the stream resumes after.
  const latestEventId = await latestLiveEventId(db, sessionId);
  const session = await db.liveSession.findUnique({
    where: { id: sessionId },
    select: {
      ...cardSelect,
      playbackUrl: true,
      replayUrl: true,
      pinnedProductId: true,
      lineup: {
        where: { product: visibleProduct },
        orderBy: { sortOrder: "asc" },
        select: {
          product: {
            select: {
              id: true,
              slug: true,
              nameZh: true,
              nameEn: true,
              priceMinFen: true,
              priceMaxFen: true,
              ...COVER_IMAGE,
              variants: {
                where: { active: true },
                orderBy: { sortOrder: "asc" },
                select: { id: true, nameZh: true, nameEn: true, priceFen: true, compareAtFen: true, stockLevels: { select: { onHand: true, reserved: true } } },
              },
            },
          },
        },
      },
    },
  });
  if (!session) return null;
  const open = session.status === "SCHEDULED" || session.status === "LIVE";
  const live = session.status === "LIVE";
  const [deals, viewers, chat, timeline, reminded] = await Promise.all([
    live ? activeDeals(db, sessionId, options.now) : Promise.resolve([]),
    live ? viewerCount(db, sessionId) : Promise.resolve(0),
    open ? recentChat(db, sessionId) : Promise.resolve([]),
    session.status === "ENDED" ? productTimeline(db, sessionId) : Promise.resolve([]),
    remindedAmong(db, session.status === "SCHEDULED" ? (options.userId ?? null) : null, [sessionId]),
  ]);

  const products = session.lineup
    .map(({ product }) => {
      const variants = product.variants.map((v) => ({
        id: v.id,
        nameZh: v.nameZh,
        nameEn: v.nameEn,
        priceFen: v.priceFen,
        compareAtFen: v.compareAtFen !== null && v.compareAtFen > v.priceFen ? v.compareAtFen : null,
        available: v.stockLevels.reduce((sum, level) => sum + Math.max(0, level.onHand - level.reserved), 0),
      }));
      return {
        id: product.id,
        slug: product.slug,
        nameZh: product.nameZh,
        nameEn: product.nameEn,
        image: coverImage(product),
        priceMinFen: product.priceMinFen,
        priceMaxFen: product.priceMaxFen,
        available: variants.reduce((sum, v) => sum + v.available, 0),
        variants,
      };
    })
    .filter((p) => p.variants.length > 0);
  const shown = new Set(products.map((p) => p.id));
  const card = toCard(session, reminded);

  return {
    id: session.id,
    title: session.title,
    description: session.description,
    status: session.status,
    scheduledAt: card.scheduledAt,
    startedAt: card.startedAt,
    endedAt: card.endedAt,
    hostName: card.hostName,
    cover: card.cover,
    playbackUrl: session.status === "LIVE" ? session.playbackUrl : null,
    replayUrl: session.status === "ENDED" ? session.replayUrl : null,
    products,
    pinnedProductId: live && session.pinnedProductId && shown.has(session.pinnedProductId) ? session.pinnedProductId : null,
    deals,
    chat,
    likeCount: session.likeCount,
    viewers,
    timeline: timeline.filter((pin) => shown.has(pin.productId)).map((pin) => ({ productId: pin.productId, offsetMs: pin.offsetMs })),
    reminded: reminded.has(sessionId),
    latestEventId: latestEventId?.toString() ?? null,
  };
}

/** Title and description of a session, for the room's page metadata. */
export function sessionHeadline(db: PrismaClient, sessionId: string): Promise<{ title: string; description: string } | null> {
  return db.liveSession.findUnique({ where: { id: sessionId }, select: { title: true, description: true } });
}
