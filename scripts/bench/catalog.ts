/**
 * `npm run bench:catalog [-- --duration 10 --connections 10]`: throughput and latency of the
 * storefront's catalogue pages on the production build, against a static file served by the same
 * Next server (public/bench/static.html), so the numbers read as "how many times the server's own
 * floor" and stay comparable across machines.
 *
 * It starts its own app (build if needed, fresh in-memory database, demo seed) on a free port,
 * warms every URL, measures each one after the other with autocannon, and prints one JSON document
 * on stdout (everything else goes to stderr), also saved to bench/results/. It only talks to
 * 127.0.0.1 and always stops the app it started.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { type AddressInfo, createServer } from "node:net";
import os from "node:os";
import { parseArgs } from "node:util";
import { log, machine, publish, root, round } from "./report";

// autocannon ships no type declarations (and @types/autocannon is not installed): declare the part we use.
type Stats = { mean: number; p50: number; p97_5: number; p99: number; max: number; total: number };
type AutocannonResult = {
  requests: Stats;
  latency: Stats;
  throughput: Stats;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
};
type AutocannonOptions = { url: string; connections: number; duration: number; timeout: number };
const autocannon = createRequire(import.meta.url)("autocannon") as (options: AutocannonOptions) => Promise<AutocannonResult>;


const { values: args } = parseArgs({
  options: { duration: { type: "string", default: "10" }, connections: { type: "string", default: "10" } },
});
const positiveInt = (name: string, value: string, max: number) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name} must be an integer from 1 to ${max}, got "${value}"`);
  return n;
};
const duration = positiveInt("duration", args.duration, 600);
const connections = positiveInt("connections", args.connections, 1000);
// A short concurrent run before measuring: JIT, route modules and the data caches get hot.
const warmupSeconds = Math.min(2, duration);
// A cold `next build` on 2 cores takes minutes; past this the start is considered failed.
const startupTimeoutMs = 10 * 60_000;

/** The static baseline comes first: every other target's ratio is relative to it. */
const targets = [
  { name: "static", path: "/bench/static.html" },
  { name: "home", path: "/" },
  { name: "catalogue", path: "/products" },
  { name: "catalogue-filtered", path: "/products?category=bowls&glaze=qinghua&sort=price-asc" },
  { name: "catalogue-search", path: `/products?q=${encodeURIComponent("青花")}` },
  { name: "product", path: "/products/jiaming-qinghua-lotus-scroll-rice-bowl" },
] as const;

/** A port nobody listens on right now (the OS picks it; tiny race until Next binds it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

let app: ChildProcess | undefined;
let appExited: string | undefined;

/** Measuring a dead server only counts ECONNREFUSED: stop as soon as the app is gone (e.g. a concurrent
 * `next build` in the same checkout replaced .next under it). */
function assertAppAlive(): void {
  if (appExited) throw new Error(appExited);
}

/** Signal the app's whole process group (app.ts, next start, next-server): it is its own group leader. */
function signalApp(signal: NodeJS.Signals | 0): boolean {
  if (!app?.pid) return false;
  try {
    process.kill(-app.pid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is gone
  }
}

/** SIGTERM lets app.ts stop Next and the database cleanly; SIGKILL whatever is left after 10 s. */
async function stopApp(): Promise<void> {
  if (!signalApp("SIGTERM")) return;
  const started = Date.now();
  while (Date.now() - started < 10_000 && signalApp(0)) await new Promise((r) => setTimeout(r, 100));
  log(signalApp("SIGKILL") ? "app did not stop within 10 s of SIGTERM; killed" : `app stopped in ${Date.now() - started} ms`);
  app = undefined;
}

async function startApp(port: number): Promise<void> {
  app = spawn(process.execPath, ["--import", "tsx", "scripts/app.ts", "start"], {
    cwd: root,
    detached: true, // own process group, so stopApp reaches Next's children too
    stdio: ["ignore", 2, 2], // the app's logs go to our stderr, keeping stdout for the JSON
    // Its own build folder, so a benchmark never rebuilds under a developer's running server.
    env: { ...process.env, PORT: String(port), DATA_DIR: "memory://", SEED: "demo", NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-bench", NEXT_TELEMETRY_DISABLED: "1" },
  });
  app.once("exit", (code, signal) => (appExited = `the app exited unexpectedly (code ${code}, signal ${signal})`));
  const deadline = Date.now() + startupTimeoutMs;
  while (Date.now() < deadline) {
    assertAppAlive();
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`app not healthy after ${startupTimeoutMs / 1000} s`);
}

/** One request must be a 200 before load is worth measuring (a 404 page is fast and meaningless). */
async function warmUp(url: string): Promise<void> {
  const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${body.slice(0, 200)}`);
  await autocannon({ url, connections, duration: warmupSeconds, timeout: 10 });
}

/**
 * The app keeps working for seconds after a load stops (both Next and the process hosting PGlite stay
 * busy; apparently database work queued behind the embedded database's single connection): measured
 * here, a health check (one database round trip) took ~2 s right after a run instead of ~6 ms. Wait
 * until it is fast again, so each target starts on an idle server instead of paying for the previous
 * one's backlog, and report how long that took.
 */
async function waitUntilIdle(base: string): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < 60_000) {
    assertAppAlive();
    const sent = performance.now();
    const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(30_000) }).then((r) => r.ok, () => false);
    if (ok && performance.now() - sent < 50) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return Math.round(performance.now() - started);
}

// Latencies are whole milliseconds in autocannon's histogram, so a static p50 can be 0: no ratio then.
const ratio = (value: number, base: number) => (base > 0 ? round(value / base, 3) : null);

async function main() {
  const loadAtStart = os.loadavg()[0]!;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  log(`starting the app on ${base} (builds first if the sources changed)…`);
  await startApp(port);

  for (const target of targets) {
    log(`warming up ${target.path}`);
    await warmUp(base + target.path);
    assertAppAlive();
  }
  await waitUntilIdle(base);

  const measured = [];
  for (const target of targets) {
    log(`measuring ${target.path} for ${duration} s with ${connections} connections`);
    const r = await autocannon({ url: base + target.path, connections, duration, timeout: 10 });
    assertAppAlive();
    const drainMs = await waitUntilIdle(base);
    log(`  ${round(r.requests.mean, 1)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}, errors ${r.errors}; idle again after ${drainMs} ms`);
    measured.push({ ...target, r, drainMs });
  }
  await stopApp();

  const baseline = measured[0]!.r;
  const result = {
    benchmark: "catalog",
    date: new Date().toISOString(),
    machine: machine(loadAtStart),
    settings: {
      durationSeconds: duration,
      connections,
      warmupSeconds,
      server: "next start (production build), one process",
      database: "embedded PGlite, memory://, SEED=demo",
      baseline: targets[0].path,
    },
    targets: measured.map(({ name, path: urlPath, r, drainMs }) => ({
      name,
      path: urlPath,
      requestsPerSecond: round(r.requests.mean),
      latencyMs: { p50: r.latency.p50, p97_5: r.latency.p97_5, p99: r.latency.p99, max: r.latency.max },
      throughputBytesPerSecond: Math.round(r.throughput.mean),
      requests: r.requests.total,
      non2xx: r.non2xx,
      errors: r.errors,
      timeouts: r.timeouts,
      statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, { count }]) => [code, count])),
      ratioToStatic: ratio(r.requests.mean, baseline.requests.mean),
      latencyP50RatioToStatic: ratio(r.latency.p50, baseline.latency.p50),
      msUntilIdleAfterRun: drainMs,
    })),
  };

  publish(result);
  const failures = result.targets.filter((t) => t.non2xx > 0 || t.errors > 0);
  if (failures.length) log(`FAILED: non-2xx responses or errors on ${failures.map((t) => t.path).join(", ")}`);
  return failures.length === 0;
}

// Never leave the app running: on Ctrl-C, kill, or any failure (the exit hook is the synchronous last resort).
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the app`);
    void stopApp().finally(() => process.exit(130));
  });
}
process.once("exit", () => signalApp("SIGKILL"));

// Exit 2 when any response was not a 2xx: the JSON is still printed, but a CI step should notice.
main().then(
  (allOk) => process.exit(allOk ? 0 : 2),
  async (error: unknown) => {
    console.error(error);
    await stopApp();
    process.exit(1);
  },
);
