import { readStoredImage } from "@/lib/catalog/admin/images";

export const dynamic = "force-dynamic";

/**
 * Uploaded product pictures from UPLOAD_DIR. Only products/<random>.webp is served (anything
 * else, including any path with "..", is 404); names are random and never reused, so the files
 * are cached for a year.
 */
export async function GET(_request: Request, context: RouteContext<"/media/[...path]">) {
  const { path } = await context.params;
  const bytes = await readStoredImage(path);
  if (!bytes) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "image/webp",
      "Content-Length": String(bytes.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
