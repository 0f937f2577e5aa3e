import { z } from "zod";
import { cachedProduct } from "@/lib/catalog/cache";
import { getAvailability } from "@/lib/catalog/queries";
import { db } from "@/lib/db/client";
import { releaseExpiredHolds } from "@/lib/orders/expiry";

export const dynamic = "force-dynamic";

const params = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,120}$/) });

/**
 * Live availability per variant of one product. Product pages are cached whole, so they fetch
 * this on load. It is read from the database on every request, not through the stock cache: a
 * cached read is served stale while it refreshes, and after a quiet spell that would show the
 * stock as it was minutes ago.
 */
export async function GET(_request: Request, context: RouteContext<"/api/products/[slug]/availability">) {
  const parsed = params.safeParse(await context.params);
  const product = parsed.success ? await cachedProduct(parsed.data.slug) : null;
  if (!product) return Response.json({ error: "not_found" }, { status: 404 });
  // Holds that lapsed on these SKUs go back on sale before the count is read.
  await releaseExpiredHolds(db(), { variantIds: product.variants.map((variant) => variant.id) });
  const availability = await getAvailability(db(), product.id);
  return Response.json({ availability }, { headers: { "Cache-Control": "no-store" } });
}
