import { checkHealth } from "@/lib/db/health";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth(db());
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
