import type { PrismaClient } from "@/lib/db/generated/client";
import { generateStreamKey } from "@/lib/live/stream-key";

/** The demo host who presents the seeded sessions (one of DEMO_ACCOUNTS). */
export const DEMO_HOST_EMAIL = "host@ceramic.example";

/** Key of the advisory lock that keeps two starting instances from seeding sessions twice. */
const LIVE_SEED_LOCK_KEY = 73_104_412;

export interface DemoSession {
  title: string;
  description: string;
  /** Line-up in the order the host presents it: slugs of the catalogue seed's products. */
  lineup: string[];
}

/** Two sessions to come (the first one soon, the second tomorrow evening) and one that ended yesterday. */
export const DEMO_SESSIONS = {
  soon: {
    title: "青花夜市 · 南家堡窑口直播",
    description: "主播小南带大家走进嘉明陶瓷的青花车间，从缠枝莲饭碗到功夫茶具，边看边讲釉下青花的画法和窑温。",
    lineup: [
      "jiaming-qinghua-lotus-scroll-rice-bowl",
      "jiaming-qinghua-lotus-scroll-dinner-plate",
      "jiaming-qinghua-fish-deep-plate",
      "jiaming-qinghua-bamboo-teacup",
      "jiaming-qinghua-clouds-kungfu-tea-set",
      "weilan-qinghua-lotus-scroll-ginger-jar",
    ],
  },
  tomorrow: {
    title: "青瓷与茶器专场",
    description: "青岚和玉珑的青瓷、汝瓷茶器一次看全：开片怎么养、茶壶怎么挑，直播间里有限量秒杀。",
    lineup: [
      "qinglan-celadon-kungfu-tea-set",
      "qinglan-ru-teapot",
      "qinglan-celadon-crackle-teacup",
      "yulong-celadon-rice-bowl",
      "qinglan-celadon-bud-vase",
    ],
  },
  ended: {
    title: "开窑日：窑变与天目",
    description: "桑干窑和玄釉坊同一天开窑，每一件窑变釉都独一无二。回放里可以按商品跳到讲解的那一刻。",
    lineup: [
      "sanggan-flambe-sunset-teapot",
      "sanggan-flambe-sky-kungfu-tea-set",
      "xuanyou-tenmoku-oil-spot-teapot",
      "xuanyou-tenmoku-hares-fur-travel-tea-set",
    ],
  },
} satisfies Record<string, DemoSession>;

/** Where on the ended session's video each of its line-up was presented (its replay timeline). */
const ENDED_PIN_OFFSETS_MS = [2 * 60_000 + 10_000, 11 * 60_000 + 40_000, 23 * 60_000 + 5_000, 35 * 60_000 + 30_000];
const ENDED_DURATION_MS = 48 * 60_000;

/** 20:00 in the village (Asia/Shanghai, UTC+8, no daylight saving) `days` after today's date there. */
function villageEvening(now: Date, days: number): Date {
  const villageDate = new Date(now.getTime() + 8 * 3_600_000);
  return new Date(Date.UTC(villageDate.getUTCFullYear(), villageDate.getUTCMonth(), villageDate.getUTCDate() + days, 12, 0, 0));
}

/** Two hours from now, on the next half hour: a session "starting soon" with a countdown to watch. */
function soonSlot(now: Date): Date {
  const halfHour = 30 * 60_000;
  return new Date(Math.ceil((now.getTime() + 2 * 3_600_000) / halfHour) * halfHour);
}

/**
 * The demo live sessions of host@: two upcoming (with stream keys, so the host can regenerate one
 * and go live) and one ended with its pins on the video's timeline, likes and peak viewers.
 * Runs after the catalogue and account seeds. Idempotent: nothing is written when the host
 * already has a session, or when the host or a line-up product is missing.
 */
export async function seedLiveSessions(db: PrismaClient, options: { now?: Date } = {}): Promise<{ created: number }> {
  const now = options.now ?? new Date();
  const host = await db.user.findUnique({ where: { email: DEMO_HOST_EMAIL }, select: { id: true } });
  if (!host) return { created: 0 };
  const slugs = Object.values(DEMO_SESSIONS).flatMap((s) => s.lineup);
  const products = new Map((await db.product.findMany({ where: { slug: { in: slugs }, status: "PUBLISHED" }, select: { id: true, slug: true } })).map((p) => [p.slug, p.id]));
  if (products.size !== new Set(slugs).size) return { created: 0 };
  const lineupOf = (session: DemoSession) => session.lineup.map((slug, sortOrder) => ({ productId: products.get(slug)!, sortOrder }));

  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LIVE_SEED_LOCK_KEY}::bigint)`;
      if (await tx.liveSession.findFirst({ where: { hostId: host.id }, select: { id: true } })) return { created: 0 };

      for (const [session, scheduledAt] of [
        [DEMO_SESSIONS.soon, soonSlot(now)],
        [DEMO_SESSIONS.tomorrow, villageEvening(now, 1)],
      ] as const) {
        const key = generateStreamKey();
        await tx.liveSession.create({
          data: {
            hostId: host.id,
            title: session.title,
            description: session.description,
            scheduledAt,
            ingest: "RTMP",
            streamKeyHash: key.hash,
            streamKeyHint: key.hint,
            lineup: { create: lineupOf(session) },
          },
        });
      }

      const startedAt = villageEvening(now, -1);
      const ended = await tx.liveSession.create({
        data: {
          hostId: host.id,
          title: DEMO_SESSIONS.ended.title,
          description: DEMO_SESSIONS.ended.description,
          scheduledAt: startedAt,
          status: "ENDED",
          ingest: "RTMP",
          startedAt,
          endedAt: new Date(startedAt.getTime() + ENDED_DURATION_MS),
          likeCount: 2360,
          peakViewers: 148,
          lineup: { create: lineupOf(DEMO_SESSIONS.ended) },
        },
        select: { id: true },
      });
      // The stored event stream is what the replay's product timeline is read from.
      await tx.liveEvent.createMany({
        data: [
          { sessionId: ended.id, type: "live", payload: { startedAt: startedAt.toISOString(), playbackUrl: null }, streamOffsetMs: 0, createdAt: startedAt },
          ...DEMO_SESSIONS.ended.lineup.map((slug, index) => {
            const offset = ENDED_PIN_OFFSETS_MS[index] ?? 0;
            return { sessionId: ended.id, type: "pin", payload: { productId: products.get(slug)! }, streamOffsetMs: offset, createdAt: new Date(startedAt.getTime() + offset) };
          }),
          {
            sessionId: ended.id,
            type: "ended",
            payload: { endedAt: new Date(startedAt.getTime() + ENDED_DURATION_MS).toISOString(), replayUrl: null },
            streamOffsetMs: ENDED_DURATION_MS,
            createdAt: new Date(startedAt.getTime() + ENDED_DURATION_MS),
          },
        ],
      });
      return { created: 3 };
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
}
