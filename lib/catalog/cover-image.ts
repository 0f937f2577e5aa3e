import type { Prisma } from "@/lib/db/generated/client";

/** A product's cover picture as lines and lists show it: the first by sort order, with bilingual alt text. */
export const COVER_IMAGE = {
  media: { select: { url: true, altZh: true, altEn: true }, orderBy: { sortOrder: "asc" }, take: 1 },
} satisfies Prisma.ProductSelect;

export interface CoverImage {
  url: string;
  altZh: string;
  altEn: string;
}

/** The cover picked by COVER_IMAGE, or null for a product without pictures. */
export function coverImage(product: { media: CoverImage[] }): CoverImage | null {
  return product.media[0] ?? null;
}
