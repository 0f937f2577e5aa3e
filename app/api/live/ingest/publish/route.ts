import { db } from "@/lib/db/client";
import { readIngestCallback, refusal } from "@/lib/live/ingest-request";
import { authorizePublish } from "@/lib/live/sessions";
import { logError } from "@/lib/log";

/**
 * nginx-rtmp's on_publish. A valid key is answered 302 with `Location: <session id>`: nginx-rtmp
 * renames the stream to that (a Location not starting with rtmp:// is a rename, not a relay), and
 * deploy/nginx-rtmp.conf pushes the renamed stream to the applications that write HLS, so the
 * files and every playback URL carry the public session id, never the secret key. Anything else
 * is answered 403 (or 400 when malformed), which nginx-rtmp turns into a refused publish.
 */
export async function POST(request: Request): Promise<Response> {
  const read = await readIngestCallback(request, "publish");
  if (!read.ok) return read.response;
  try {
    const result = await authorizePublish(db(), { streamKey: read.callback.name });
    if (!result.ok) return refusal(403, result.error);
    return new Response(null, { status: 302, headers: { Location: result.streamName } });
  } catch (error) {
    logError("live.ingest_publish_failed", error);
    return refusal(500, "processing_failed");
  }
}
