import { currentShopper } from "@/lib/auth/shopper";
import { cartCount } from "@/lib/cart/cart";
import { ownerOf } from "@/lib/cart/owner";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** The header's cart badge: pages are cached for everyone, so the count is asked for in the browser. */
export async function GET() {
  const count = await cartCount(db(), ownerOf(await currentShopper()));
  return Response.json({ count }, { headers: { "Cache-Control": "private, no-store" } });
}
