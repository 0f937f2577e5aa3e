import { parseArtworkName, renderArtwork } from "@/lib/catalog/artwork";

/**
 * Product pictures, drawn on request from their name (/art/bowl-qinghua-12-top.svg). A name
 * fully determines its picture, so responses are cached for good; no database is touched.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 500;

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const { name } = await params;
  const spec = parseArtworkName(name);
  if (!spec) {
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=300" } });
  }
  let svg = cache.get(name);
  if (svg === undefined) {
    svg = renderArtwork(spec);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(name, svg);
  }
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml",
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      // An SVG opened directly must not run anything.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
