/** Limits of the product console, shared by validation (server) and forms (browser). */

/** Variants on sale at once; with inactive ones (kept for stock and order history) up to MAX_STORED_VARIANTS. */
export const MAX_VARIANTS = 20;
export const MAX_STORED_VARIANTS = 40;
export const MAX_IMAGES = 12;
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
/** Stored pictures are at most this many pixels on their long side. */
export const MAX_IMAGE_EDGE = 1600;
export const ACCEPTED_IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
/**
 * A CSV travels in a server action's request (twice: preview, then apply), and Next refuses
 * action requests over 1 MB unless next.config raises serverActions.bodySizeLimit.
 */
export const MAX_CSV_BYTES = 900 * 1024;
/** What the browser sends a server action at most (Next's default limit is 1 MB), leaving room for the other fields. */
export const ACTION_BODY_BUDGET = 900 * 1024;
export const MAX_CSV_ROWS = 2000;
