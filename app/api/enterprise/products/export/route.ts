import { authorizeAction, getActor } from "@/lib/auth/session";
import { exportProductsCsv } from "@/lib/catalog/admin/csv";
import { currentEnterpriseId } from "@/lib/catalog/admin/scope";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

const forbidden = () => Response.json({ error: "forbidden" }, { status: 403, headers: { "Cache-Control": "no-store" } });

/**
 * The signed-in staff member's enterprise's products as CSV (one row per variant): their first
 * enterprise, or the one of theirs named by ?enterprise=. Anyone else gets 403.
 */
export async function GET(request: Request) {
  const actor = await getActor();
  const enterpriseId = actor && currentEnterpriseId(actor.memberships, new URL(request.url).searchParams.get("enterprise"));
  if (!enterpriseId) return forbidden();
  const allowed = await authorizeAction("product.exportCsv", { enterpriseId });
  if (!allowed) return forbidden();
  const enterprise = await db().enterprise.findUnique({ where: { id: enterpriseId }, select: { slug: true } });
  const csv = await exportProductsCsv(db(), enterpriseId);
  const day = new Date().toISOString().slice(0, 10).replace(/-/g, "");
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${enterprise?.slug ?? "enterprise"}-products-${day}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
