import { z } from "zod";
import { cachedAvailability, cachedProduct } from "@/lib/catalog/cache";
import { db } from "@/lib/db/client";
import { releaseExpiredHolds } from "@/lib/orders/expiry";

export const dynamic = "force-dynamic";

const params = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,120}$/) });

/**
 * Live availability per variant of one product. Product pages are cached whole, so they fetch
 * this on load: the stock a shopper sees is at most the stock cache's few seconds old (a
 * released hold shows once that cache expires).
 */
export async function GET(_request: Request, context: RouteContext<"/api/products/[slug]/availability">) {
  const parsed = params.safeParse(await context.params);
  const product = parsed.success ? await cachedProduct(parsed.data.slug) : null;
  if (!product) return Response.json({ error: "not_found" }, { status: 404 });
  // Holds that lapsed on these SKUs go back on sale before the count is read.
  await releaseExpiredHolds(db(), { variantIds: product.variants.map((variant) => variant.id) });
  const availability = await cachedAvailability(product.id);
  return Response.json({ availability }, { headers: { "Cache-Control": "no-store" } });
}
