import { REGIONS } from "@/lib/checkout/regions";

/**
 * The cities of one province and their districts, for the address form's cascading selects:
 * the form starts with the province list only and asks here when a province is chosen, instead
 * of shipping the whole country's 3,000 districts to every phone.
 */
export async function GET(request: Request): Promise<Response> {
  const province = new URL(request.url).searchParams.get("province") ?? "";
  const cities = Object.hasOwn(REGIONS, province) ? REGIONS[province] : undefined;
  if (!cities) return Response.json({ error: "unknown_province" }, { status: 404 });
  return Response.json({ cities }, { headers: { "Cache-Control": "public, max-age=86400, immutable" } });
}
