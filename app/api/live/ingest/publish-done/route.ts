import { db } from "@/lib/db/client";
import { readIngestCallback, refusal } from "@/lib/live/ingest-request";
import { endPublish } from "@/lib/live/sessions";
import { logError } from "@/lib/log";

/**
 * nginx-rtmp's on_publish_done: the encoder stopped, so the session ends. nginx-rtmp ignores the
 * answer; 403 for a key that matches no live session keeps such calls visible in its log.
 */
export async function POST(request: Request): Promise<Response> {
  const read = await readIngestCallback(request, "publish_done");
  if (!read.ok) return read.response;
  try {
    const result = await endPublish(db(), { streamKey: read.callback.name });
    if (!result.ok) return refusal(403, result.error);
    return Response.json({ sessionId: result.sessionId, status: "ENDED" });
  } catch (error) {
    logError("live.ingest_publish_done_failed", error);
    return refusal(500, "processing_failed");
  }
}
