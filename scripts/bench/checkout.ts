/**
 * `npm run bench:checkout`: placed orders per second on PostgreSQL, calling the checkout's domain
 * function `placeOrder` directly (pricing, order, lines, payment, timeline, guarded reservation and
 * ledger rows in one transaction), for one hot SKU that every buyer wants and for buyers spread
 * over 200 SKUs, at 1, 8, 32 and 64 concurrent buyers. Each figure comes with the same database's
 * raw SQL rate at the same concurrency for the irreducible part of the work — one transaction with
 * the guarded `UPDATE "StockLevel"` and one INSERT of a ledger row, through `pg` — so the ratio
 * reads as "what share of the database's own commit rate checkout reaches" across machines.
 *
 * It creates a fresh, uniquely named database on BENCH_DATABASE_URL's server, migrates and seeds
 * it, and drops it at the end (also on failure or Ctrl-C). BENCH_SECONDS sets each run's length
 * (default 5), BENCH_CONCURRENCY the buyer counts (default "1,8,32,64"). Prints one JSON document
 * on stdout (progress goes to stderr), also saved to bench/results/.
 */
import { randomUUID } from "node:crypto";
import os from "node:os";
import pg from "pg";
import { createDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPostgresTestDatabase } from "@/lib/db/testing";
import { defaultWarehouseId } from "@/lib/inventory/core";
import { findStockDiscrepancies } from "@/lib/inventory/invariants";
import { placeOrder } from "@/lib/orders/place";
import { guestBuyer, seedStockedSkus, TEST_ADDRESS } from "@/lib/orders/test-support";
import { seedCatalogue } from "@/prisma/seed/seed";
import { log, machine, publish, round, runOnScratchDatabase } from "./report";

const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const seconds = positiveNumber("BENCH_SECONDS", process.env.BENCH_SECONDS ?? "5");
const concurrencies = (process.env.BENCH_CONCURRENCY ?? "1,8,32,64").split(",").map((n) => positiveNumber("BENCH_CONCURRENCY", n.trim()));
// JIT, Prisma's query plans and PostgreSQL's caches get hot before anything is measured.
const warmupSeconds = Math.min(1, seconds);
// Neither run may sell out: onHand far above what even a fast machine reserves in the whole run.
const HOT_STOCK = 2_000_000;
const SPREAD_SKUS = 200;
const SPREAD_STOCK = 100_000;

function positiveNumber(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (name === "BENCH_CONCURRENCY" && (!Number.isInteger(n) || n > 90))) {
    throw new Error(`${name}: expected a positive number${name === "BENCH_CONCURRENCY" ? " (integers up to 90, PostgreSQL allows 100 connections)" : ""}, got "${value}"`);
  }
  return n;
}

let dropDatabase: (() => Promise<void>) | undefined;

/** A fresh, migrated database on the server, uniquely named as the integration tests' are, so a crashed run is never reused. */
async function createBenchDatabase(): Promise<string> {
  const database = await createPostgresTestDatabase(serverUrl, "ceramic_bench");
  const name = new URL(database.url).pathname.slice(1);
  dropDatabase = async () => {
    dropDatabase = undefined;
    await database.drop();
    log(`dropped ${name}`);
  };
  return database.url;
}

interface Measured {
  perSecond: number;
  completed: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  errorSamples: string[];
}

/**
 * `concurrency` loops call `attempt` back to back until the time is up. Only attempts that did
 * their work count (and give a latency); a refusal or an exception is an error. The rate divides
 * by the time until the last in-flight attempt finished, so stragglers are not free.
 */
async function measure(concurrency: number, durationSeconds: number, attempt: (worker: number, n: number) => Promise<boolean>): Promise<Measured> {
  const latencies: number[] = [];
  const samples = new Set<string>();
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationSeconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let n = 0; performance.now() < deadline; n++) {
        const sent = performance.now();
        try {
          if (await attempt(worker, n)) latencies.push(performance.now() - sent);
          else errors++;
        } catch (error) {
          errors++;
          if (samples.size < 3) samples.add(String(error).slice(0, 300));
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]! : 0);
  return { perSecond: latencies.length / elapsed, completed: latencies.length, p50Ms: round(percentile(0.5)), p99Ms: round(percentile(0.99)), errors, errorSamples: [...samples] };
}

/** The raw SQL floor: the guarded reservation plus its ledger row, one transaction, nothing else. */
function rawReservation(pool: pg.Pool, warehouseId: string, pick: () => string) {
  return async (): Promise<boolean> => {
    const variantId = pick();
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const updated = await client.query(
        `UPDATE "StockLevel" SET "reserved" = "reserved" + 1, "updatedAt" = now()
         WHERE "variantId" = $1 AND "warehouseId" = $2 AND "onHand" - "reserved" >= 1`,
        [variantId, warehouseId],
      );
      if (updated.rowCount !== 1) {
        await client.query("ROLLBACK");
        return false;
      }
      // A real RESERVE ledger row, so the books still balance after the benchmark.
      await client.query(
        `INSERT INTO "StockMovement" ("id", "variantId", "warehouseId", "reservedDelta", "reason", "referenceType", "referenceId")
         VALUES ($1, $2, $3, 1, 'RESERVE', 'bench', 'raw-sql')`,
        [randomUUID(), variantId, warehouseId],
      );
      await client.query("COMMIT");
      return true;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
}

/** Checkout as the storefront runs it: a guest places an order for one piece, paid online (a hold). */
function checkout(db: PrismaClient, label: string, pick: () => string) {
  return async (worker: number, n: number): Promise<boolean> => {
    const result = await placeOrder(db, {
      customer: guestBuyer(`${label}-${worker}-${n}`),
      lines: [{ variantId: pick(), quantity: 1 }],
      address: TEST_ADDRESS,
      paymentMethod: "STRIPE",
    });
    return result.ok;
  };
}

/** Each side gets a pool of exactly one connection per buyer, opened for its run and closed after. */
async function runRaw(url: string, warehouseId: string, pick: () => string, concurrency: number, durationSeconds: number) {
  const pool = new pg.Pool({ connectionString: url, max: concurrency });
  try {
    return await measure(concurrency, durationSeconds, rawReservation(pool, warehouseId, pick));
  } finally {
    await pool.end();
  }
}

async function runCheckout(url: string, label: string, pick: () => string, concurrency: number, durationSeconds: number) {
  const db = createDb(url, { maxConnections: concurrency });
  try {
    return await measure(concurrency, durationSeconds, checkout(db, label, pick));
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  const loadAtStart = os.loadavg()[0]!;
  log("creating and migrating the benchmark database");
  const url = await createBenchDatabase();
  log(`seeding ${new URL(url).pathname.slice(1)}`);
  const setup = createDb(url, { maxConnections: 2 });
  try {
    await seedCatalogue(setup);
    const [hot] = await seedStockedSkus(setup, { label: "bench-hot", count: 1, stock: HOT_STOCK });
    const spread = await seedStockedSkus(setup, { label: "bench-spread", count: SPREAD_SKUS, stock: SPREAD_STOCK });
    const warehouseId = await defaultWarehouseId(setup);
    const [server] = await setup.$queryRaw<{ version: string; synchronous_commit: string; max_connections: string; shared_buffers: string }[]>`
      SELECT version() AS version, current_setting('synchronous_commit') AS synchronous_commit,
             current_setting('max_connections') AS max_connections, current_setting('shared_buffers') AS shared_buffers`;

    const scenarios = [
      { name: "hot-sku", description: "every buyer wants the same SKU", pick: () => hot! },
      { name: "spread-skus", description: `each buyer picks one of ${SPREAD_SKUS} SKUs at random`, pick: () => spread[Math.floor(Math.random() * spread.length)]! },
    ];

    log(`warming up (${warmupSeconds} s each way)`);
    await runRaw(url, warehouseId, scenarios[1]!.pick, 8, warmupSeconds);
    await runCheckout(url, "warmup", scenarios[1]!.pick, 8, warmupSeconds);

    const results = [];
    for (const scenario of scenarios) {
      for (const concurrency of concurrencies) {
        log(`${scenario.name} × ${concurrency} buyers: raw SQL for ${seconds} s`);
        const raw = await runRaw(url, warehouseId, scenario.pick, concurrency, seconds);
        log(`${scenario.name} × ${concurrency} buyers: placeOrder for ${seconds} s`);
        const orders = await runCheckout(url, `${scenario.name}-${concurrency}`, scenario.pick, concurrency, seconds);
        const ratio = raw.perSecond > 0 ? round(orders.perSecond / raw.perSecond, 3) : null;
        log(`  ${round(orders.perSecond, 1)} orders/s vs ${round(raw.perSecond, 1)} raw/s (ratio ${ratio}), p50 ${orders.p50Ms} ms, p99 ${orders.p99Ms} ms, errors ${orders.errors}/${raw.errors}`);
        results.push({
          scenario: scenario.name,
          concurrency,
          ordersPerSecond: round(orders.perSecond, 1),
          rawSqlPerSecond: round(raw.perSecond, 1),
          ratio,
          p50Ms: orders.p50Ms,
          p99Ms: orders.p99Ms,
          errors: orders.errors,
          ordersPlaced: orders.completed,
          raw: { transactions: raw.completed, p50Ms: raw.p50Ms, p99Ms: raw.p99Ms, errors: raw.errors },
          ...(orders.errorSamples.length || raw.errorSamples.length ? { errorSamples: [...orders.errorSamples, ...raw.errorSamples] } : {}),
        });
      }
    }

    // The benchmark doubles as a load test of the stock invariants: the books must balance afterwards.
    const discrepancies = await findStockDiscrepancies(setup);
    const held = await setup.reservation.count({ where: { status: "HELD" } });
    const result = {
      benchmark: "checkout",
      date: new Date().toISOString(),
      machine: machine(loadAtStart, {
        postgres: server!.version,
        postgresSettings: { synchronous_commit: server!.synchronous_commit, max_connections: Number(server!.max_connections), shared_buffers: server!.shared_buffers },
      }),
      settings: {
        secondsPerRun: seconds,
        warmupSeconds,
        concurrency: concurrencies,
        orders: "placeOrder(db, …) called directly: one guest order of one piece, paid online (STRIPE → a held reservation)",
        baseline:
          'raw SQL through pg, same database, same concurrency, run just before: BEGIN; UPDATE "StockLevel" SET reserved = reserved + 1 WHERE … AND "onHand" - "reserved" >= 1; INSERT INTO "StockMovement" …; COMMIT',
        pools: "one connection per concurrent buyer on each side",
        scenarios: scenarios.map(({ name, description }) => ({ name, description })),
        stock: { hotSku: HOT_STOCK, spreadSkus: SPREAD_SKUS, perSpreadSku: SPREAD_STOCK },
      },
      results,
      checks: { stockDiscrepancies: discrepancies.length, heldReservations: held },
    };

    publish(result);
    const failed = discrepancies.length > 0 || results.some((r) => r.errors > 0 || r.raw.errors > 0);
    if (failed) log("FAILED: errors during the runs, or stock and ledger disagree afterwards");
    return !failed;
  } finally {
    await setup.$disconnect();
  }
}

runOnScratchDatabase(main, () => dropDatabase?.());
