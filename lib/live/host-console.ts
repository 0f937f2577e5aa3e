import { COVER_IMAGE } from "@/lib/catalog/cover-image";
import { searchTerms } from "@/lib/catalog/search";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { defaultWarehouseId } from "@/lib/inventory/core";

/**
 * What the host console reads besides the live domain's own functions: products to put in a
 * line-up (published, from any enterprise) and the host's own session as the control room shows
 * it. A session of another host is not found, exactly like one that does not exist.
 */

/** A product as the line-up picker and the control room show it. */
export interface ProductChoice {
  id: string;
  slug: string;
  nameZh: string;
  nameEn: string;
  enterpriseZh: string;
  enterpriseEn: string;
  imageUrl: string | null;
  priceMinFen: number;
  priceMaxFen: number;
  published: boolean;
}

const CHOICE_SELECT = {
  id: true,
  slug: true,
  nameZh: true,
  nameEn: true,
  status: true,
  priceMinFen: true,
  priceMaxFen: true,
  enterprise: { select: { nameZh: true, nameEn: true } },
  ...COVER_IMAGE,
} satisfies Prisma.ProductSelect;

type ChoiceRow = Prisma.ProductGetPayload<{ select: typeof CHOICE_SELECT }>;

function toChoice(row: ChoiceRow): ProductChoice {
  return {
    id: row.id,
    slug: row.slug,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    enterpriseZh: row.enterprise.nameZh,
    enterpriseEn: row.enterprise.nameEn,
    imageUrl: row.media[0]?.url ?? null,
    priceMinFen: row.priceMinFen,
    priceMaxFen: row.priceMaxFen,
    published: row.status === "PUBLISHED",
  };
}

const SEARCH_LIMIT = 12;

/**
 * Products the shop shows (published, of an active enterprise) whose names, enterprise, category
 * or glaze hold every term; newest first.
 */
export async function searchLineupProducts(db: PrismaClient, query: string, limit = SEARCH_LIMIT): Promise<ProductChoice[]> {
  const rows = await db.product.findMany({
    where: { status: "PUBLISHED", enterprise: { status: "ACTIVE" }, AND: searchTerms(query).map((term) => ({ searchText: { contains: term } })) },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: CHOICE_SELECT,
  });
  return rows.map(toChoice);
}

/** The given products in the given order (unknown ids left out), for a picker shown again. */
export async function productChoices(db: PrismaClient, ids: string[]): Promise<ProductChoice[]> {
  if (ids.length === 0) return [];
  const rows = await db.product.findMany({ where: { id: { in: ids } }, select: CHOICE_SELECT });
  const byId = new Map(rows.map((row) => [row.id, toChoice(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A session's cover when the host gave none: the first line-up product's picture. */
export async function firstProductImage(db: PrismaClient, productIds: string[]): Promise<string | null> {
  const first = productIds[0];
  if (!first) return null;
  const product = await db.product.findUnique({ where: { id: first }, select: COVER_IMAGE });
  return product?.media[0]?.url ?? null;
}

export interface LineupSku {
  id: string;
  sku: string;
  nameZh: string;
  nameEn: string;
  priceFen: number;
  /** Pieces on hand and not reserved in the warehouse deals are carved from: what a quota can take. */
  available: number;
}

export type LineupProduct = ProductChoice & { skus: LineupSku[] };

const roomSelect = (warehouseId: string) => ({
  id: true,
  hostId: true,
  title: true,
  status: true,
  ingest: true,
  scheduledAt: true,
  startedAt: true,
  endedAt: true,
  streamKeyHint: true,
  playbackUrl: true,
  pinnedProductId: true,
  lineup: {
    orderBy: { sortOrder: "asc" },
    select: {
      product: {
        select: {
          ...CHOICE_SELECT,
          variants: {
            where: { active: true },
            orderBy: { sortOrder: "asc" },
            select: { id: true, sku: true, nameZh: true, nameEn: true, priceFen: true, stockLevels: { where: { warehouseId }, select: { onHand: true, reserved: true } } },
          },
        },
      },
    },
  },
}) satisfies Prisma.LiveSessionSelect;

export type ControlRoomSession = Omit<Prisma.LiveSessionGetPayload<{ select: ReturnType<typeof roomSelect> }>, "lineup"> & { lineup: LineupProduct[] };

/** The host's own session with its line-up and each product's active SKUs; null for any other. */
export async function controlRoomSession(db: PrismaClient, sessionId: string, hostId: string): Promise<ControlRoomSession | null> {
  if (sessionId.length > 64) return null;
  const session = await db.liveSession.findUnique({ where: { id: sessionId }, select: roomSelect(await defaultWarehouseId(db)) });
  if (!session || session.hostId !== hostId) return null;
  const lineup = session.lineup.map(({ product }) => ({
    ...toChoice(product),
    skus: product.variants.map((v) => ({
      id: v.id,
      sku: v.sku,
      nameZh: v.nameZh,
      nameEn: v.nameEn,
      priceFen: v.priceFen,
      available: v.stockLevels.reduce((sum, level) => sum + Math.max(0, level.onHand - level.reserved), 0),
    })),
  }));
  return { ...session, lineup };
}
