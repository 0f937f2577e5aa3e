import { timingSafeEqual } from "node:crypto";
import { z } from "zod";

/**
 * What nginx-rtmp's notify callbacks (on_publish, on_publish_done) post, form-encoded. `name` is
 * the stream name the encoder used, i.e. the secret key: it never goes into a log line.
 */
const callbackSchema = z.object({
  call: z.string().min(1).max(32),
  app: z.string().max(128).optional(),
  name: z.string().min(1).max(256),
});

export type IngestCallback = z.infer<typeof callbackSchema>;

/**
 * Checks the shared secret (LIVE_INGEST_SECRET, given as ?secret= in the callback URL configured in
 * nginx) and parses the form. Answers the refusal to send when the request is not acceptable.
 */
export async function readIngestCallback(request: Request, expectedCall: string): Promise<{ ok: true; callback: IngestCallback } | { ok: false; response: Response }> {
  if (!secretMatches(new URL(request.url).searchParams.get("secret"))) return { ok: false, response: refusal(403, "forbidden") };
  const parsed = callbackSchema.safeParse(Object.fromEntries(new URLSearchParams(await request.text())));
  if (!parsed.success || parsed.data.call !== expectedCall) return { ok: false, response: refusal(400, "invalid") };
  return { ok: true, callback: parsed.data };
}

function secretMatches(given: string | null): boolean {
  const expected = process.env.LIVE_INGEST_SECRET;
  if (!expected) return true;
  if (given === null) return false;
  const a = Buffer.from(given, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** nginx-rtmp treats any non-2xx/3xx answer as "refuse"; the body is for people reading logs. */
export function refusal(status: 400 | 403 | 500, error: string): Response {
  return Response.json({ error }, { status });
}
