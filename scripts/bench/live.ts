/**
 * `npm run bench:live`: one app instance's live room under load, on PostgreSQL.
 *
 * 1. Event delivery: BENCH_VIEWERS (default 3,000) concurrent SSE viewers hold the room's event
 *    stream open while the host pins BENCH_PINS products (default 20) with `pinProduct`; for each
 *    pin and each viewer, the time from calling pinProduct to that viewer having read the `pin`
 *    frame off its socket. p50/p99/max over every (pin, viewer) pair.
 *
 *    The stream is served by the app's own route handler (app/api/live/[id]/events/route.ts GET,
 *    the function Next calls) behind a plain node:http server in this process, not by a built
 *    `next start`: what is measured (PostgreSQL NOTIFY → the event bus → thousands of open
 *    streams) is the same code, without a 3–4 minute production build before every run; Next
 *    only adds per-request routing when a stream opens, not per event on an open stream. The
 *    viewers run in a worker thread (their own event loop, real sockets over loopback), so
 *    reading 3,000 streams does not queue behind the server's work; the machine's cores are
 *    still shared, as they would be by a load generator on the same box.
 *
 * 2. Flash-deal claims per second on one hot deal: 1,000 distinct buyers claim one piece each of a
 *    deal with quota 1,000 (DEAL_LIMITS.maxQuota) through `claimDeal`, BENCH_CLAIM_CONCURRENCY at
 *    a time (default 32), until it is sold out; against the same database's raw SQL rate for the
 *    same guarded statements — the deal UPDATE (never past the quota), the buyer upsert (never
 *    past the per-buyer limit) and the claim INSERT, one transaction through `pg` — on another
 *    deal of the same shape, in the same run. BENCH_DEALS rounds of each (default 3), alternated.
 *    The viewers are gone by then, so this measures the database path, not the fan-out.
 *
 * It creates a fresh, uniquely named database on BENCH_DATABASE_URL's server (as bench:checkout
 * does), migrates and seeds it, and drops it at the end (also on failure or Ctrl-C). Prints one
 * JSON document on stdout (progress goes to stderr), also saved to bench/results/. Exits 2 when a
 * viewer missed a pin, a run had errors or the books do not balance afterwards.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import os from "node:os";
import { Readable } from "node:stream";
import { Worker } from "node:worker_threads";
import pg from "pg";
import { createDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPostgresTestDatabase } from "@/lib/db/testing";
import { CLAIM_HOLD_MINUTES, claimDeal, DEAL_LIMITS, endDeal, startDeal } from "@/lib/live/deals";
import { booksBalance } from "@/lib/live/deals-test-support";
import { pinProduct } from "@/lib/live/pins";
import { authorizePublish, scheduleSession } from "@/lib/live/sessions";
import { seedStockedSkus } from "@/lib/orders/test-support";
import { seedCatalogue } from "@/prisma/seed/seed";
import { log, machine, publish, round, runOnScratchDatabase } from "./report";

const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const viewers = whole("BENCH_VIEWERS", process.env.BENCH_VIEWERS ?? "3000", 20_000);
const pins = whole("BENCH_PINS", process.env.BENCH_PINS ?? "20", 1_000);
const deals = whole("BENCH_DEALS", process.env.BENCH_DEALS ?? "3", 100);
// Both sides get one connection per concurrent buyer; PostgreSQL here allows 100 in all.
const claimConcurrency = whole("BENCH_CLAIM_CONCURRENCY", process.env.BENCH_CLAIM_CONCURRENCY ?? "32", 40);
const QUOTA = DEAL_LIMITS.maxQuota;
/** How long a pin may take to reach every viewer before the run counts the stragglers as missed. */
const PIN_PATIENCE_MS = 15_000;
/** Viewers connect in waves, as an audience arriving does, rather than in one SYN flood. */
const CONNECT_WAVE = 250;

function whole(name: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`${name}: expected an integer from 1 to ${max}, got "${value}"`);
  return n;
}

let dropDatabase: (() => Promise<void>) | undefined;

const now = () => performance.timeOrigin + performance.now();

function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : 0);
  return { p50Ms: round(at(0.5)), p99Ms: round(at(0.99)), maxMs: round(sorted.at(-1) ?? 0) };
}

/** What the bench needs in the database: a host live on an RTMP session whose line-up has two products and a well-stocked SKU. */
async function seedRoom(db: PrismaClient) {
  await seedCatalogue(db);
  const [dealSku] = await seedStockedSkus(db, { label: "bench-live-deal", count: 1, stock: QUOTA * deals * 2 });
  const dealProduct = await db.variant.findUniqueOrThrow({ where: { id: dealSku! }, select: { productId: true } });
  const [first, second] = await db.product.findMany({ where: { status: "PUBLISHED", id: { not: dealProduct.productId } }, orderBy: { slug: "asc" }, take: 2, select: { id: true } });
  const host = await db.user.create({ data: { email: "bench-host@example.test", name: "Bench host", role: "HOST" }, select: { id: true } });
  const scheduled = await scheduleSession(db, { hostId: host.id, title: "bench", scheduledAt: new Date(), ingest: "RTMP", productIds: [first!.id, second!.id, dealProduct.productId] });
  if (!scheduled.ok || !scheduled.streamKey) throw new Error(`scheduleSession: ${JSON.stringify(scheduled)}`);
  // Live the way a real session goes live: the media server's on_publish with the stream key.
  const live = await authorizePublish(db, { streamKey: scheduled.streamKey });
  if (!live.ok) throw new Error(`authorizePublish: ${live.error}`);
  await db.user.createMany({ data: Array.from({ length: QUOTA }, (_, i) => ({ email: `bench-buyer-${i}@example.test`, name: `Buyer ${i}` })) });
  const buyers = (await db.user.findMany({ where: { email: { startsWith: "bench-buyer-" } }, select: { id: true } })).map((u) => u.id);
  return { hostId: host.id, sessionId: scheduled.session.id, pinProducts: [first!.id, second!.id], dealSku: dealSku!, buyers };
}

type RouteHandler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

/** The SSE route handler behind node:http: each request becomes the Request Next would pass, the Response body is piped to the socket. */
function serveEvents(GET: RouteHandler): Promise<{ port: number; close(): Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    const match = /^\/api\/live\/([^/]+)\/events$/.exec(new URL(req.url ?? "/", "http://bench").pathname);
    if (!match) return void res.writeHead(404).end();
    const abort = new AbortController();
    res.on("close", () => abort.abort());
    try {
      const response = await GET(new Request(`http://bench${req.url}`, { headers: req.headers as Record<string, string>, signal: abort.signal }), { params: Promise.resolve({ id: match[1]! }) });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      if (!response.body) return void res.end();
      Readable.fromWeb(response.body as import("node:stream/web").ReadableStream).on("error", () => res.destroy()).pipe(res);
    } catch (error) {
      log(`route failed: ${String(error)}`);
      res.destroy();
    }
  });
  server.maxConnections = viewers + 100;
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        port: (server.address() as { port: number }).port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    ),
  );
}

/**
 * The audience, in a worker thread (plain JavaScript, so no TypeScript loader is needed there).
 * Each viewer reads its stream like EventSource does, frame by frame; for every `pin` frame it
 * notes when it had it. Messages: {connect} → {connected, failed}; {report} → {receipts}.
 */
const AUDIENCE = `
const http = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
const { port, sessionId, count, wave } = workerData;
const now = () => performance.timeOrigin + performance.now();
const receipts = Array.from({ length: count }, () => []);
const requests = [];
let connected = 0, failed = 0;
function open(i) {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: "/api/live/" + sessionId + "/events", agent: false, headers: { accept: "text/event-stream" } }, (res) => {
      if (res.statusCode !== 200) { failed++; res.resume(); return resolve(); }
      res.setEncoding("utf8");
      let buffer = "", first = true;
      res.on("data", (chunk) => {
        if (first) { first = false; connected++; resolve(); }
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf("\\n\\n")) !== -1) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (frame.includes("\\nevent: pin\\n")) receipts[i].push(now());
        }
      });
      res.on("error", () => {});
    });
    req.on("error", () => { failed++; resolve(); });
    requests.push(req);
  });
}
parentPort.on("message", async (message) => {
  if (message === "connect") {
    for (let start = 0; start < count; start += wave) {
      const batch = [];
      for (let i = start; i < Math.min(count, start + wave); i++) batch.push(open(i));
      await Promise.all(batch);
    }
    parentPort.postMessage({ connected, failed });
  } else if (message === "progress") {
    parentPort.postMessage({ progress: receipts.map((r) => r.length) });
  } else if (message === "report") {
    for (const req of requests) req.destroy();
    parentPort.postMessage({ receipts });
  }
});
`;

function ask<T>(worker: Worker, message: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const answered = (answer: T) => {
      worker.off("error", failed);
      resolve(answer);
    };
    const failed = (error: Error) => {
      worker.off("message", answered);
      reject(error);
    };
    worker.once("message", answered);
    worker.once("error", failed);
    worker.postMessage(message);
  });
}

async function measureDelivery(room: Awaited<ReturnType<typeof seedRoom>>, db: PrismaClient) {
  const { GET } = (await import("@/app/api/live/[id]/events/route")) as { GET: RouteHandler };
  const server = await serveEvents(GET);
  const audience = new Worker(AUDIENCE, { eval: true, workerData: { port: server.port, sessionId: room.sessionId, count: viewers, wave: CONNECT_WAVE } });
  try {
    log(`opening ${viewers} SSE streams`);
    const connectStarted = performance.now();
    const opened = await ask<{ connected: number; failed: number }>(audience, "connect");
    const connectSeconds = (performance.now() - connectStarted) / 1000;
    log(`  ${opened.connected} open, ${opened.failed} failed, in ${round(connectSeconds, 1)} s`);
    // Let presence settle its "viewers" events first: they travel the same streams.
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const publishedAt: number[] = [];
    const callMs: number[] = [];
    for (let k = 0; k < pins; k++) {
      const started = now();
      const pinned = await pinProduct(db, { hostId: room.hostId, sessionId: room.sessionId, productId: room.pinProducts[k % 2]! });
      callMs.push(now() - started);
      if (!pinned.ok) throw new Error(`pinProduct: ${pinned.error}`);
      publishedAt.push(started);
      const deadline = performance.now() + PIN_PATIENCE_MS;
      for (;;) {
        const { progress } = await ask<{ progress: number[] }>(audience, "progress");
        if (progress.filter((n) => n > k).length >= opened.connected || performance.now() > deadline) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      log(`  pin ${k + 1}/${pins} delivered`);
    }
    const { receipts } = await ask<{ receipts: number[][] }>(audience, "report");
    const latencies: number[] = [];
    let missed = 0;
    for (const viewer of receipts) {
      for (let k = 0; k < pins; k++) {
        const at = viewer[k];
        if (at === undefined) missed++;
        else latencies.push(at - publishedAt[k]!);
      }
    }
    return {
      viewers: { requested: viewers, connected: opened.connected, failed: opened.failed, connectSeconds: round(connectSeconds, 2) },
      pins,
      deliveries: latencies.length,
      missed,
      latency: percentiles(latencies),
      pinProductCallMs: percentiles(callMs),
    };
  } finally {
    await audience.terminate();
    await server.close();
  }
}

type ClaimRun = Awaited<ReturnType<typeof claimRun>>;

/** `concurrency` loops take buyers off one queue until each buyer has tried once; the rate counts successful claims over the wall time. */
async function claimRun(concurrency: number, buyers: string[], attempt: (userId: string) => Promise<"ok" | string>) {
  let next = 0;
  let claimed = 0;
  const refusals: Record<string, number> = {};
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < buyers.length) {
        const userId = buyers[next++]!;
        const sent = performance.now();
        const outcome = await attempt(userId).catch((error: unknown) => `error: ${String(error).slice(0, 200)}`);
        if (outcome === "ok") {
          claimed++;
          latencies.push(performance.now() - sent);
        } else refusals[outcome] = (refusals[outcome] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const { p50Ms, p99Ms } = percentiles(latencies);
  return { claimed, perSecond: round(claimed / seconds, 1), seconds: round(seconds, 3), p50Ms, p99Ms, refusals };
}

/** The claim's guarded statements and nothing else, as claimDeal runs them (minus its zod check and its "deal.stock" event). */
function rawClaim(pool: pg.Pool, dealId: string) {
  return async (userId: string): Promise<"ok" | string> => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const taken = await client.query<{ perBuyerLimit: number }>(
        `UPDATE "FlashDeal" SET "claimed" = "claimed" + 1
         WHERE "id" = $1 AND "status" = 'ACTIVE' AND "endsAt" > now() AND "claimed" + "returned" + 1 <= "quota"
         RETURNING "perBuyerLimit"`,
        [dealId],
      );
      if (taken.rowCount !== 1) {
        await client.query("ROLLBACK");
        return "sold_out";
      }
      const buyer = await client.query(
        `INSERT INTO "DealBuyer" ("dealId", "userId", "quantity") VALUES ($1, $2, 1)
         ON CONFLICT ("dealId", "userId") DO UPDATE SET "quantity" = "DealBuyer"."quantity" + EXCLUDED."quantity"
         WHERE "DealBuyer"."quantity" + EXCLUDED."quantity" <= $3
         RETURNING "quantity"`,
        [dealId, userId, taken.rows[0]!.perBuyerLimit],
      );
      if (buyer.rowCount !== 1) {
        await client.query("ROLLBACK");
        return "limit_reached";
      }
      await client.query(
        `INSERT INTO "DealClaim" ("id", "dealId", "userId", "quantity", "expiresAt", "updatedAt") VALUES ($1, $2, $3, 1, now() + make_interval(mins => $4), now())`,
        [randomUUID(), dealId, userId, CLAIM_HOLD_MINUTES],
      );
      await client.query("COMMIT");
      return "ok";
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
}

async function measureClaims(room: Awaited<ReturnType<typeof seedRoom>>, url: string, db: PrismaClient) {
  const launch = async () => {
    const started = await startDeal(db, { hostId: room.hostId, sessionId: room.sessionId, variantId: room.dealSku, priceFen: 6600, quota: QUOTA, perBuyerLimit: 1, durationSeconds: 600 });
    if (!started.ok) throw new Error(`startDeal: ${started.error}`);
    return started.deal.dealId;
  };
  const close = async (dealId: string) => {
    const ended = await endDeal(db, { dealId, hostId: room.hostId });
    if (!ended.ok) throw new Error(`endDeal: ${ended.error}`);
  };
  const claimsDb = createDb(url, { maxConnections: claimConcurrency });
  const pool = new pg.Pool({ connectionString: url, max: claimConcurrency });
  const rounds: { claimDeal: ClaimRun; rawSql: ClaimRun; ratio: number | null }[] = [];
  try {
    for (let r = 0; r < deals; r++) {
      const rawDeal = await launch();
      log(`deal round ${r + 1}/${deals}: raw SQL, ${QUOTA} buyers × ${claimConcurrency} at a time`);
      const raw = await claimRun(claimConcurrency, room.buyers, rawClaim(pool, rawDeal));
      await close(rawDeal);
      const dealId = await launch();
      log(`deal round ${r + 1}/${deals}: claimDeal`);
      const claims = await claimRun(claimConcurrency, room.buyers, async (userId) => {
        const result = await claimDeal(claimsDb, { dealId, userId });
        return result.ok ? "ok" : result.error;
      });
      await close(dealId);
      log(`  ${claims.perSecond} claims/s vs ${raw.perSecond} raw/s`);
      rounds.push({ claimDeal: claims, rawSql: raw, ratio: raw.perSecond > 0 ? round(claims.perSecond / raw.perSecond, 3) : null });
    }
  } finally {
    await claimsDb.$disconnect();
    await pool.end();
  }
  const total = (side: "claimDeal" | "rawSql") => {
    const claimed = rounds.reduce((sum, round_) => sum + round_[side].claimed, 0);
    const seconds = rounds.reduce((sum, round_) => sum + round_[side].seconds, 0);
    return round(claimed / seconds, 1);
  };
  return { claimsPerSecond: total("claimDeal"), rawSqlPerSecond: total("rawSql"), ratio: round(total("claimDeal") / total("rawSql"), 3), rounds };
}

async function main() {
  const loadAtStart = os.loadavg()[0]!;
  log("creating and migrating the benchmark database");
  const database = await createPostgresTestDatabase(serverUrl, "ceramic_bench");
  const name = new URL(database.url).pathname.slice(1);
  dropDatabase = async () => {
    dropDatabase = undefined;
    await database.drop();
    log(`dropped ${name}`);
  };
  // The route handler and the event bus use the app's client and LISTEN on DATABASE_URL, as on a server.
  process.env.DATABASE_URL = database.url;
  const db = createDb(database.url, { maxConnections: 4 });
  try {
    log(`seeding ${name}`);
    const room = await seedRoom(db);
    const delivery = await measureDelivery(room, db);
    const claims = await measureClaims(room, database.url, db);
    const books = await booksBalance(db);
    const [server] = await db.$queryRaw<{ version: string; synchronous_commit: string }[]>`SELECT version() AS version, current_setting('synchronous_commit') AS synchronous_commit`;
    const result = {
      benchmark: "live",
      date: new Date().toISOString(),
      machine: machine(loadAtStart, { postgres: server!.version, postgresSettings: { synchronous_commit: server!.synchronous_commit } }),
      settings: {
        instance:
          "one: the SSE route handler (app/api/live/[id]/events GET) behind node:http in this process, its event bus LISTENing on the benchmark database; viewers in a worker thread over loopback",
        viewers,
        pins,
        latency: "from calling pinProduct (its transaction commits the event and NOTIFY) to a viewer having read the pin frame",
        claims: `claimDeal on a deal of quota ${QUOTA}, limit 1 per buyer, ${QUOTA} distinct buyers, ${claimConcurrency} at a time, until sold out; ${deals} rounds`,
        baseline:
          'raw SQL through pg, same database, alternated with claimDeal: BEGIN; UPDATE "FlashDeal" guarded by quota; INSERT "DealBuyer" … ON CONFLICT guarded by the per-buyer limit; INSERT "DealClaim"; COMMIT',
      },
      delivery,
      claims,
      checks: { books },
    };
    publish(result);
    const balanced = books.stock.length === 0 && books.reservations.length === 0 && books.deals.length === 0;
    const clean = delivery.missed === 0 && delivery.viewers.failed === 0 && claims.rounds.every((r) => r.claimDeal.claimed === QUOTA && r.rawSql.claimed === QUOTA);
    if (!balanced || !clean) log("FAILED: a viewer missed a pin, a deal did not sell out cleanly, or the books do not balance");
    return balanced && clean;
  } finally {
    await db.$disconnect();
    // The app's client and bus (opened by the route handler) hold connections to the database.
    const { liveEventBus } = await import("@/lib/live/event-bus");
    const { db: appDb } = await import("@/lib/db/client");
    await liveEventBus().close();
    await appDb().$disconnect();
  }
}

runOnScratchDatabase(main, () => dropDatabase?.());
