import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { type FlashDealStatus, Prisma, type PrismaClient } from "@/lib/db/generated/client";
import { COVER_IMAGE, type CoverImage, coverImage } from "@/lib/catalog/cover-image";
import { defaultWarehouseId, inTransaction, refuse, type Result } from "@/lib/inventory/core";
import { type DealPayload, streamOffsetMs } from "./event-types";
import { publishLiveEvent } from "./events";

/**
 * Flash deals in a live room. A deal's quota is carved out of available stock when it starts
 * (StockLevel.reserved rises, guarded, with a RESERVE ledger row referenced to the deal), so a
 * claim never touches stock: it is one guarded UPDATE on the deal row (never past the quota)
 * plus one guarded upsert on the buyer's row (never past the per-buyer limit), in one
 * transaction. A claim holds its pieces for the buyer's checkout for CLAIM_HOLD_MINUTES; at
 * checkout they move into the order's reservation (lib/orders/place). A claim not checked out in
 * time goes back to the deal while it runs, else to stock; when the deal ends, what nobody
 * claimed goes back to stock.
 *
 * Counters on the deal row: `claimed` = pieces of HELD and ORDERED claims, `returned` = pieces
 * given back to stock. While the deal is ACTIVE, returned is 0 and quota − claimed is what is left;
 * once ENDED, claimed + returned = quota. So, per SKU and warehouse, StockLevel.reserved =
 * live order reservations + Σ ACTIVE deals (quota − claimed − returned) + Σ HELD claims
 * (lib/orders/invariants findReservationDiscrepancies).
 *
 * Locks, so that no two of these workflows (nor checkout) can wait on each other in a circle:
 * - a session row comes before stock rows: starting a deal holds it FOR UPDATE while carving the
 *   quota, so ending a deal and placing an order take it FOR KEY SHARE before theirs; whoever
 *   holds it FOR UPDATE never waits for a deal, buyer or claim row;
 * - deal before buyer before stock; a lapsing claim locks itself (its guarded UPDATE) before its
 *   deal, and a claim only ever inserts new claim rows while it holds the deal;
 * - publishing an event comes last (session FOR KEY SHARE, then the session's advisory lock).
 */

export const DEAL_LIMITS = { maxQuota: 1000, maxPerBuyer: 10, minSeconds: 30, maxSeconds: 2 * 60 * 60 } as const;

/**
 * How long a claimed piece waits for its buyer's checkout. Shorter than an order's payment hold
 * on purpose: a deal lasts minutes, and a piece a buyer walked away from should go back to the
 * other viewers while the deal still runs. Fixed (not an admin rule) so a claim, the hot path,
 * costs no extra read.
 */
export const CLAIM_HOLD_MINUTES = 15;

/** Most pieces one sale may be priced at, in fen (¥1,000,000): a sanity bound on input. */
const MAX_PRICE_FEN = 100_000_000;

type InvalidDetail = Record<string, string>;

function invalid(error: z.ZodError): { ok: false; error: "invalid"; detail: InvalidDetail } {
  const detail: InvalidDetail = {};
  for (const issue of error.issues) detail[issue.path.join(".") || "form"] ??= issue.message;
  return { ok: false, error: "invalid", detail };
}

const id = z.string().trim().min(1).max(64);
const whole = (max: number, key: string) => z.number({ message: key }).int({ message: key }).min(1, { message: key }).max(max, { message: key });

const startSchema = z
  .object({
    hostId: id,
    sessionId: id,
    variantId: id,
    priceFen: whole(MAX_PRICE_FEN, "priceFen.invalid"),
    quota: whole(DEAL_LIMITS.maxQuota, "quota.invalid"),
    perBuyerLimit: whole(DEAL_LIMITS.maxPerBuyer, "perBuyerLimit.invalid"),
    durationSeconds: z
      .number({ message: "durationSeconds.invalid" })
      .int({ message: "durationSeconds.invalid" })
      .min(DEAL_LIMITS.minSeconds, { message: "durationSeconds.invalid" })
      .max(DEAL_LIMITS.maxSeconds, { message: "durationSeconds.invalid" }),
    now: z.date().optional(),
  })
  .refine((input) => input.perBuyerLimit <= input.quota, { path: ["perBuyerLimit"], message: "perBuyerLimit.aboveQuota" });

export type StartDealInput = z.input<typeof startSchema>;
export type StartDealError = "invalid" | "not_found" | "forbidden" | "session_not_live" | "not_in_lineup" | "insufficient_stock";

/** The deal row with what its payload shows: product names, picture and everyday price. */
const DEAL_VIEW = {
  id: true,
  sessionId: true,
  variantId: true,
  priceFen: true,
  quota: true,
  perBuyerLimit: true,
  claimed: true,
  returned: true,
  status: true,
  startsAt: true,
  endsAt: true,
  endedAt: true,
  streamOffsetMs: true,
  variant: {
    select: {
      nameZh: true,
      nameEn: true,
      priceFen: true,
      product: { select: { id: true, slug: true, nameZh: true, nameEn: true, ...COVER_IMAGE } },
    },
  },
} satisfies Prisma.FlashDealSelect;

type DealView = Prisma.FlashDealGetPayload<{ select: typeof DEAL_VIEW }>;

function payloadOf(deal: DealView): DealPayload {
  const { variant } = deal;
  return {
    dealId: deal.id,
    variantId: deal.variantId,
    productId: variant.product.id,
    productSlug: variant.product.slug,
    productNameZh: variant.product.nameZh,
    productNameEn: variant.product.nameEn,
    variantNameZh: variant.nameZh,
    variantNameEn: variant.nameEn,
    imageUrl: coverImage(variant.product)?.url ?? null,
    priceFen: deal.priceFen,
    regularPriceFen: variant.priceFen,
    quota: deal.quota,
    perBuyerLimit: deal.perBuyerLimit,
    remaining: deal.status === "ACTIVE" ? deal.quota - deal.claimed - deal.returned : 0,
    endsAt: deal.endsAt.toISOString(),
  };
}

/**
 * The host launches a deal on one SKU of the line-up while their session is live: the quota is
 * taken out of available stock at once (all or nothing), and viewers are told in the same commit.
 * A product no longer on sale counts as not in the line-up: it cannot be offered.
 */
export async function startDeal(db: PrismaClient, input: StartDealInput): Promise<Result<{ deal: DealPayload }, StartDealError>> {
  const parsed = startSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const data = parsed.data;
  const now = data.now ?? new Date();
  const warehouseId = await defaultWarehouseId(db);

  return inTransaction<{ deal: DealPayload }, StartDealError>(db, async (tx) => {
    const rows = await tx.$queryRaw<{ hostId: string; status: string; startedAt: Date | null }[]>`
      SELECT "hostId", "status", "startedAt" FROM "LiveSession" WHERE "id" = ${data.sessionId} FOR UPDATE`;
    const session = rows[0];
    if (!session) refuse("not_found");
    if (session.hostId !== data.hostId) refuse("forbidden");
    if (session.status !== "LIVE") refuse("session_not_live");

    const variant = await tx.variant.findUnique({
      where: { id: data.variantId },
      select: { priceFen: true, active: true, product: { select: { id: true, status: true, enterprise: { select: { status: true } } } } },
    });
    if (!variant) refuse("not_found");
    const inLineup = await tx.lineupItem.count({ where: { sessionId: data.sessionId, productId: variant.product.id } });
    const onSale = variant.active && variant.product.status === "PUBLISHED" && variant.product.enterprise.status === "ACTIVE";
    if (inLineup === 0 || !onSale) refuse("not_in_lineup");
    if (data.priceFen > variant.priceFen) refuse("invalid", { priceFen: "priceFen.aboveRegular" });

    const dealId = randomUUID();
    const offset = streamOffsetMs(session.startedAt, now);
    await tx.flashDeal.create({
      data: {
        id: dealId,
        sessionId: data.sessionId,
        variantId: data.variantId,
        warehouseId,
        priceFen: data.priceFen,
        quota: data.quota,
        perBuyerLimit: data.perBuyerLimit,
        startsAt: now,
        endsAt: new Date(now.getTime() + data.durationSeconds * 1000),
        streamOffsetMs: offset,
        createdById: data.hostId,
      },
    });
    const carved = await tx.$executeRaw`
      WITH carved AS (
        UPDATE "StockLevel" SET "reserved" = "reserved" + ${data.quota}, "updatedAt" = now()
        WHERE "variantId" = ${data.variantId} AND "warehouseId" = ${warehouseId} AND "onHand" - "reserved" >= ${data.quota}
        RETURNING "variantId"
      )
      INSERT INTO "StockMovement" ("id", "variantId", "warehouseId", "onHandDelta", "reservedDelta", "reason", "referenceType", "referenceId", "note", "actorId")
      SELECT ${randomUUID()}, "variantId", ${warehouseId}, 0, ${data.quota}, 'RESERVE', 'flash_deal', ${dealId}, 'flash deal quota', ${data.hostId} FROM carved`;
    if (carved !== 1) refuse("insufficient_stock");

    const deal = payloadOf(await tx.flashDeal.findUniqueOrThrow({ where: { id: dealId }, select: DEAL_VIEW }));
    await publishLiveEvent(tx, { sessionId: data.sessionId, type: "deal.started", payload: { ...deal }, streamOffsetMs: offset });
    return { deal };
  });
}

const claimSchema = z.object({
  dealId: id,
  userId: id,
  quantity: whole(DEAL_LIMITS.maxPerBuyer, "quantity.invalid").optional().default(1),
  now: z.date().optional(),
});

export type ClaimDealInput = z.input<typeof claimSchema>;
export type ClaimDealError = "invalid" | "not_found" | "deal_ended" | "sold_out" | "limit_reached";
export interface ClaimedPieces {
  claim: { id: string; quantity: number; priceFen: number; expiresAt: Date };
  /** Pieces of the deal still to claim after this one. */
  remaining: number;
}

/**
 * A signed-in buyer claims pieces of a running deal: held for their checkout at the deal price.
 * Refused with "sold_out" when fewer than asked are left (detail.remaining), "limit_reached" when
 * the buyer would hold more than the per-buyer limit, "deal_ended" once it has ended or lapsed.
 * When it looks sold out, claims that lapsed meanwhile go back to the deal and it is tried again.
 */
export async function claimDeal(db: PrismaClient, input: ClaimDealInput): Promise<Result<ClaimedPieces, ClaimDealError>> {
  const parsed = claimSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const data = { ...parsed.data, now: parsed.data.now ?? new Date() };
  const first = await claimOnce(db, data);
  if (first.ok || first.error !== "sold_out") return first;
  return (await expireLapsedClaims(db, data.now, { dealId: data.dealId })) > 0 ? claimOnce(db, data) : first;
}

function claimOnce(db: PrismaClient, input: { dealId: string; userId: string; quantity: number; now: Date }): Promise<Result<ClaimedPieces, ClaimDealError>> {
  const { dealId, userId, quantity, now } = input;
  const claimId = randomUUID();
  const expiresAt = new Date(now.getTime() + CLAIM_HOLD_MINUTES * 60_000);
  return inTransaction<ClaimedPieces, ClaimDealError>(db, async (tx) => {
    // One statement while the deal's row is the hot spot of the room: take the pieces (never past
    // the quota, only while the deal and its session run), count them against the buyer's limit
    // (a guarded upsert), and write the claim. A buyer over the limit gets a deal row but no
    // claim: refusing then rolls the pieces back.
    const rows = await tx.$queryRaw<{ sessionId: string; priceFen: number; perBuyerLimit: number; remaining: number; held: number }[]>`
      WITH deal AS (
        UPDATE "FlashDeal" d SET "claimed" = d."claimed" + ${quantity}
        WHERE d."id" = ${dealId} AND d."status" = 'ACTIVE' AND d."endsAt" > ${now} AND d."claimed" + d."returned" + ${quantity} <= d."quota"
          AND EXISTS (SELECT 1 FROM "LiveSession" s WHERE s."id" = d."sessionId" AND s."status" = 'LIVE')
        RETURNING d."sessionId", d."priceFen", d."perBuyerLimit", (d."quota" - d."claimed" - d."returned")::int AS "remaining"
      ), buyer AS (
        INSERT INTO "DealBuyer" ("dealId", "userId", "quantity")
        SELECT ${dealId}, ${userId}, ${quantity} FROM deal WHERE ${quantity} <= deal."perBuyerLimit"
        ON CONFLICT ("dealId", "userId") DO UPDATE SET "quantity" = "DealBuyer"."quantity" + EXCLUDED."quantity"
        WHERE "DealBuyer"."quantity" + EXCLUDED."quantity" <= (SELECT "perBuyerLimit" FROM "FlashDeal" WHERE "id" = ${dealId})
        RETURNING "quantity"
      ), claim AS (
        INSERT INTO "DealClaim" ("id", "dealId", "userId", "quantity", "status", "expiresAt", "updatedAt")
        SELECT ${claimId}, ${dealId}, ${userId}, ${quantity}, 'HELD', ${expiresAt}, now() FROM buyer
        RETURNING "id"
      )
      SELECT deal.*, (SELECT COUNT(*) FROM claim)::int AS "held" FROM deal`;
    const deal = rows[0];
    if (!deal) return refuseClaim(tx, dealId, now);
    if (deal.held !== 1) refuse("limit_reached", { limit: deal.perBuyerLimit });
    await publishLiveEvent(tx, { sessionId: deal.sessionId, type: "deal.stock", payload: { dealId, remaining: deal.remaining } });
    return { claim: { id: claimId, quantity, priceFen: deal.priceFen, expiresAt }, remaining: deal.remaining };
  });
}

/** Why the guarded claim changed nothing. */
async function refuseClaim(tx: Tx, dealId: string, now: Date): Promise<never> {
  const deal = await tx.flashDeal.findUnique({ where: { id: dealId }, select: { status: true, endsAt: true, quota: true, claimed: true, returned: true, session: { select: { status: true } } } });
  if (!deal) refuse("not_found");
  if (deal.status !== "ACTIVE" || deal.endsAt <= now || deal.session.status !== "LIVE") refuse("deal_ended");
  refuse("sold_out", { remaining: deal.quota - deal.claimed - deal.returned });
}

export type EndDealError = "invalid" | "not_found" | "forbidden" | "deal_ended";

/** The host stops their deal before its time: what nobody claimed goes back to stock. */
export async function endDeal(db: PrismaClient, input: { dealId: string; hostId: string; now?: Date }): Promise<Result<{ returned: number }, EndDealError>> {
  const parsed = z.object({ dealId: id, hostId: id, now: z.date().optional() }).safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { dealId, hostId } = parsed.data;
  const now = parsed.data.now ?? new Date();
  const deal = await db.flashDeal.findUnique({ where: { id: dealId }, select: { session: { select: { hostId: true } } } });
  if (!deal) return { ok: false, error: "not_found" };
  if (deal.session.hostId !== hostId) return { ok: false, error: "forbidden" };
  return inTransaction<{ returned: number }, EndDealError>(db, async (tx) => {
    const closed = await closeDeal(tx, dealId, now, hostId);
    if (closed === null) refuse("deal_ended");
    return { returned: closed };
  });
}

/**
 * Ends an ACTIVE deal (guarded on its status, so overlapping sweeps are harmless): the unclaimed
 * pieces go back to available stock with a RELEASE ledger row, and viewers are told. A lapsed
 * deal ends at its endsAt. Returns the pieces returned, or null when it had already ended.
 */
async function closeDeal(tx: Tx, dealId: string, now: Date, actorId: string | null): Promise<number | null> {
  // The session before the deal and its stock (the house order; starting a deal locks the session
  // first): the "deal.ended" event published at the end takes it too.
  await tx.$executeRaw`SELECT 1 FROM "LiveSession" WHERE "id" = (SELECT "sessionId" FROM "FlashDeal" WHERE "id" = ${dealId}) FOR KEY SHARE`;
  const rows = await tx.$queryRaw<{ sessionId: string; variantId: string; warehouseId: string; returned: number; endedAt: Date }[]>`
    UPDATE "FlashDeal" SET "status" = 'ENDED', "endedAt" = LEAST("endsAt", ${now}), "returned" = "quota" - "claimed"
    WHERE "id" = ${dealId} AND "status" = 'ACTIVE'
    RETURNING "sessionId", "variantId", "warehouseId", "returned", "endedAt"`;
  const deal = rows[0];
  if (!deal) return null;
  await releaseToStock(tx, { ...deal, dealId, quantity: deal.returned, note: "flash deal ended", actorId });
  const session = await tx.liveSession.findUniqueOrThrow({ where: { id: deal.sessionId }, select: { startedAt: true } });
  await publishLiveEvent(tx, {
    sessionId: deal.sessionId,
    type: "deal.ended",
    payload: { dealId, returned: deal.returned },
    streamOffsetMs: streamOffsetMs(session.startedAt, deal.endedAt),
  });
  return deal.returned;
}

/** reserved −= quantity, guarded, with its RELEASE ledger row referenced to the deal. */
async function releaseToStock(tx: Tx, input: { dealId: string; variantId: string; warehouseId: string; quantity: number; note: string; actorId: string | null }): Promise<void> {
  if (input.quantity === 0) return;
  const released = await tx.$executeRaw`
    WITH released AS (
      UPDATE "StockLevel" SET "reserved" = "reserved" - ${input.quantity}, "updatedAt" = now()
      WHERE "variantId" = ${input.variantId} AND "warehouseId" = ${input.warehouseId} AND "reserved" >= ${input.quantity}
      RETURNING "variantId"
    )
    INSERT INTO "StockMovement" ("id", "variantId", "warehouseId", "onHandDelta", "reservedDelta", "reason", "referenceType", "referenceId", "note", "actorId")
    SELECT ${randomUUID()}, "variantId", ${input.warehouseId}, 0, ${-input.quantity}, 'RELEASE', 'flash_deal', ${input.dealId}, ${input.note}, ${input.actorId} FROM released`;
  if (released !== 1) throw new Error(`flash deal ${input.dealId}: reserved stock is lower than the deal's pieces`);
}

export interface LapseScope {
  sessionId?: string;
  dealId?: string;
  userId?: string;
  limit?: number;
}

/**
 * Ends the deals whose time is up or whose session is no longer live (from the sweep, and lazily
 * before deals are shown). Returns how many it ended.
 */
export async function endLapsedDeals(db: PrismaClient, now: Date = new Date(), scope: LapseScope = {}): Promise<number> {
  const due = await db.flashDeal.findMany({
    where: {
      status: "ACTIVE",
      OR: [{ endsAt: { lte: now } }, { session: { status: { not: "LIVE" } } }],
      ...(scope.sessionId ? { sessionId: scope.sessionId } : {}),
      ...(scope.dealId ? { id: scope.dealId } : {}),
    },
    select: { id: true },
    take: scope.limit ?? 200,
  });
  let ended = 0;
  for (const { id: dealId } of due) {
    if ((await db.$transaction((tx) => closeDeal(tx, dealId, now, null))) !== null) ended += 1;
  }
  return ended;
}

/**
 * Claims not checked out in time expire: their pieces go back to the deal while it is ACTIVE
 * (viewers see the stock rise), else to available stock. Each claim in its own transaction,
 * re-checked by its guarded UPDATE, so overlapping runs are harmless. Returns how many expired.
 */
export async function expireLapsedClaims(db: PrismaClient, now: Date = new Date(), scope: LapseScope = {}): Promise<number> {
  const due = await db.dealClaim.findMany({
    where: {
      status: "HELD",
      expiresAt: { lte: now },
      ...(scope.dealId ? { dealId: scope.dealId } : {}),
      ...(scope.userId ? { userId: scope.userId } : {}),
      ...(scope.sessionId ? { deal: { sessionId: scope.sessionId } } : {}),
    },
    select: { id: true },
    take: scope.limit ?? 500,
  });
  let expired = 0;
  for (const { id: claimId } of due) {
    const done = await db.$transaction(async (tx) => {
      const claims = await tx.$queryRaw<{ dealId: string; userId: string; quantity: number }[]>`
        UPDATE "DealClaim" SET "status" = 'EXPIRED', "updatedAt" = now()
        WHERE "id" = ${claimId} AND "status" = 'HELD' AND "expiresAt" <= ${now}
        RETURNING "dealId", "userId", "quantity"`;
      const claim = claims[0];
      if (!claim) return false;
      // While the deal runs the pieces stay in its carve-out; once it has ended they are returned.
      const deals = await tx.$queryRaw<{ sessionId: string; variantId: string; warehouseId: string; status: FlashDealStatus; remaining: number }[]>`
        UPDATE "FlashDeal" SET "claimed" = "claimed" - ${claim.quantity},
               "returned" = "returned" + CASE WHEN "status" = 'ACTIVE' THEN 0 ELSE ${claim.quantity} END
        WHERE "id" = ${claim.dealId}
        RETURNING "sessionId", "variantId", "warehouseId", "status", ("quota" - "claimed" - "returned")::int AS "remaining"`;
      const deal = deals[0];
      if (!deal) throw new Error(`deal claim ${claimId}: its deal is missing`);
      await tx.$executeRaw`UPDATE "DealBuyer" SET "quantity" = "quantity" - ${claim.quantity} WHERE "dealId" = ${claim.dealId} AND "userId" = ${claim.userId}`;
      if (deal.status === "ACTIVE") {
        await publishLiveEvent(tx, { sessionId: deal.sessionId, type: "deal.stock", payload: { dealId: claim.dealId, remaining: deal.remaining } });
      } else {
        await releaseToStock(tx, { dealId: claim.dealId, variantId: deal.variantId, warehouseId: deal.warehouseId, quantity: claim.quantity, note: "deal claim expired", actorId: null });
      }
      return true;
    });
    if (done) expired += 1;
  }
  return expired;
}

export type ActiveDeal = DealPayload & { streamOffsetMs: number | null };

/** The session's running deals, soonest to end first (the room's first render, the host console). */
export async function activeDeals(db: PrismaClient, sessionId: string, now: Date = new Date()): Promise<ActiveDeal[]> {
  await endLapsedDeals(db, now, { sessionId });
  await expireLapsedClaims(db, now, { sessionId });
  const deals = await db.flashDeal.findMany({ where: { sessionId, status: "ACTIVE", endsAt: { gt: now } }, orderBy: [{ endsAt: "asc" }, { id: "asc" }], select: DEAL_VIEW });
  return deals.map((deal) => ({ ...payloadOf(deal), streamOffsetMs: deal.streamOffsetMs }));
}

export interface SessionDeal extends ActiveDeal {
  status: FlashDealStatus;
  claimed: number;
  returned: number;
  /** Pieces of claims that became order lines. */
  ordered: number;
  startsAt: Date;
  endedAt: Date | null;
}

/** Every deal of the session, newest first, with its counters (the host console's history). */
export async function sessionDeals(db: PrismaClient, sessionId: string): Promise<SessionDeal[]> {
  const [deals, ordered] = await Promise.all([
    db.flashDeal.findMany({ where: { sessionId }, orderBy: [{ startsAt: "desc" }, { id: "asc" }], select: DEAL_VIEW }),
    db.dealClaim.groupBy({ by: ["dealId"], where: { status: "ORDERED", deal: { sessionId } }, _sum: { quantity: true } }),
  ]);
  const orderedBy = new Map(ordered.map((row) => [row.dealId, row._sum.quantity ?? 0]));
  return deals.map((deal) => ({
    ...payloadOf(deal),
    streamOffsetMs: deal.streamOffsetMs,
    status: deal.status,
    claimed: deal.claimed,
    returned: deal.returned,
    ordered: orderedBy.get(deal.id) ?? 0,
    startsAt: deal.startsAt,
    endedAt: deal.endedAt,
  }));
}

export interface HeldClaim {
  claimId: string;
  dealId: string;
  variantId: string;
  sku: string;
  product: { slug: string; nameZh: string; nameEn: string };
  variant: { nameZh: string; nameEn: string };
  image: CoverImage | null;
  quantity: number;
  /** The deal's price of one piece. */
  priceFen: number;
  /** The SKU's everyday price of one piece, shown struck through. */
  regularPriceFen: number;
  lineTotalFen: number;
  /** Of one piece. */
  weightGrams: number;
  expiresAt: Date;
  liveSessionId: string;
  liveSessionTitle: string;
}

/**
 * The buyer's claims still held for their checkout, oldest first (the cart and checkout pages).
 * A claim of a product withdrawn from sale meanwhile is left out: it cannot be ordered, and
 * lapses back to the deal or stock like any claim not checked out.
 */
export async function heldClaims(db: PrismaClient | Tx, userId: string, now: Date = new Date()): Promise<HeldClaim[]> {
  if (isClient(db)) await expireLapsedClaims(db, now, { userId });
  const claims = await db.dealClaim.findMany({
    where: {
      userId,
      status: "HELD",
      expiresAt: { gt: now },
      deal: { variant: { active: true, product: { status: "PUBLISHED", enterprise: { status: "ACTIVE" } } } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      quantity: true,
      expiresAt: true,
      deal: {
        select: {
          id: true,
          sessionId: true,
          priceFen: true,
          session: { select: { title: true } },
          variant: { select: { id: true, sku: true, nameZh: true, nameEn: true, priceFen: true, weightGrams: true, product: { select: { slug: true, nameZh: true, nameEn: true, ...COVER_IMAGE } } } },
        },
      },
    },
  });
  return claims.map(({ id: claimId, quantity, expiresAt, deal }) => {
    const { variant } = deal;
    return {
      claimId,
      dealId: deal.id,
      variantId: variant.id,
      sku: variant.sku,
      product: { slug: variant.product.slug, nameZh: variant.product.nameZh, nameEn: variant.product.nameEn },
      variant: { nameZh: variant.nameZh, nameEn: variant.nameEn },
      image: coverImage(variant.product),
      quantity,
      priceFen: deal.priceFen,
      regularPriceFen: variant.priceFen,
      lineTotalFen: deal.priceFen * quantity,
      weightGrams: variant.weightGrams,
      expiresAt,
      liveSessionId: deal.sessionId,
      liveSessionTitle: deal.session.title,
    };
  });
}

// A transaction client has no $transaction of its own.
function isClient(db: PrismaClient | Tx): db is PrismaClient {
  return typeof (db as { $transaction?: unknown }).$transaction === "function";
}
