import { z } from "zod";
import { db } from "@/lib/db/client";
import { liveEventBus } from "@/lib/live/event-bus";
import { LIVE_EVENT_ID_PATTERN, type LiveEventRecord, liveEventsAfter } from "@/lib/live/events";
import { trackViewer } from "@/lib/live/presence";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const params = z.object({ id: z.string().regex(/^[a-z0-9]{1,64}$/) });

const streamQuery = z.object({
  lastEventId: z.string().regex(LIVE_EVENT_ID_PATTERN).optional(),
  audience: z.enum(["viewer", "console"]).default("viewer"),
});

const HEARTBEAT_MS = 15_000;
const REPLAY_BATCH = 500;

/**
 * The live room's event stream (Server-Sent Events): pins, deals, stock, chat, likes, viewers,
 * purchases. Each event is sent as `id: <LiveEvent id>`, `event: <type>`, `data: <the stored
 * event as JSON>`.
 *
 * Where it starts: after `Last-Event-ID` (EventSource sends it on every reconnect), or after
 * `?lastEventId=` on the first connection, the id of the newest event the server-rendered page
 * already reflects, so nothing published between rendering and connecting is lost. With neither,
 * nothing is replayed: the page renders the current state itself and the stream carries what
 * happens from now on. `?audience=console` (the host's control room) is not counted as a viewer.
 */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const parsed = params.safeParse(await context.params);
  const session = parsed.success ? await db().liveSession.findUnique({ where: { id: parsed.data.id }, select: { id: true } }) : null;
  if (!session) return Response.json({ error: "not_found" }, { status: 404 });
  const search = new URL(request.url).searchParams;
  const query = streamQuery.safeParse({
    lastEventId: request.headers.get("last-event-id") ?? search.get("lastEventId") ?? undefined,
    audience: search.get("audience") ?? undefined,
  });
  if (!query.success) return Response.json({ error: "invalid_query" }, { status: 400 });
  const lastEventId = query.data.lastEventId ?? null;
  const sessionId = session.id;

  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      let unsubscribe = () => {};
      let leaveAudience = () => {};
      let heartbeat: ReturnType<typeof setInterval> | undefined;
      stop = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
        leaveAudience();
        request.signal.removeEventListener("abort", stop);
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      request.signal.addEventListener("abort", stop);
      if (request.signal.aborted) return stop();
      const send = (text: string) => {
        if (open) controller.enqueue(encoder.encode(text));
      };

      // Live events arriving while the backlog is read wait here; ids already sent are skipped.
      let sentUpTo = lastEventId === null ? 0n : BigInt(lastEventId);
      let held: LiveEventRecord[] | null = [];
      const emit = (event: LiveEventRecord) => {
        const id = BigInt(event.id);
        if (id <= sentUpTo) return;
        sentUpTo = id;
        send(frame(event));
      };

      try {
        const leave = await liveEventBus().subscribe(sessionId, (event) => (held ? held.push(event) : emit(event)));
        if (!open) return leave();
        unsubscribe = leave;
        // Each open stream is one viewer, counted until it closes; the host's own console is not.
        if (query.data.audience === "viewer") leaveAudience = trackViewer(sessionId);
        // First bytes once subscribed: from here on nothing published is missed.
        send("retry: 2000\n\n");
        if (lastEventId !== null) {
          for (;;) {
            const batch = await liveEventsAfter(db(), sessionId, sentUpTo, REPLAY_BATCH);
            for (const event of batch) emit(event);
            if (batch.length < REPLAY_BATCH) break;
          }
        }
        const waiting = held;
        held = null;
        for (const event of waiting) emit(event);
      } catch (error) {
        console.error("live event stream failed", error);
        return stop();
      }
      // Keeps proxies from closing an idle connection.
      heartbeat = setInterval(() => send(": heartbeat\n\n"), HEARTBEAT_MS);
    },
    cancel() {
      stop();
    },
  });

  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}

function frame(event: LiveEventRecord): string {
  // JSON.stringify escapes newlines, so the data fits on one line.
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}
