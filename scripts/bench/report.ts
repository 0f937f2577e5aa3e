import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** What every benchmark shares: progress on stderr, the machine it ran on, one JSON document as its result. */

export const root = path.resolve(import.meta.dirname, "..", "..");

/** Progress goes to stderr, so stdout carries nothing but the result. */
export const log = (message: string) => console.error(`[bench] ${message}`);

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The machine a result was measured on; `extra` (e.g. the database server) goes before the load average. */
export function machine(loadAtStart: number, extra: Record<string, unknown> = {}) {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    ...extra,
    // Other work on the machine skews every number: a 1-minute load near the core count means contention.
    loadAverage1m: { atStart: round(loadAtStart), atEnd: round(os.loadavg()[0]!) },
  };
}

/** Prints the result on stdout and keeps a copy in bench/results/<benchmark>-<date>.json. */
export function publish(result: { benchmark: string; date: string }): void {
  const json = JSON.stringify(result, null, 2);
  process.stdout.write(json + "\n");
  const dir = path.join(root, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${result.benchmark}-${result.date.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, json + "\n");
  log(`saved ${path.relative(root, file)}`);
}

/**
 * Runs a benchmark that works on a scratch database and drops it however the run ends: exit 0,
 * 2 when a run had errors or the books do not balance (the JSON is still printed), 1 on a crash,
 * 130 when interrupted. `drop` answers undefined until the database exists.
 */
export function runOnScratchDatabase(main: () => Promise<boolean>, drop: () => Promise<void> | undefined): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      log(`${signal}: dropping the benchmark database`);
      void (drop() ?? Promise.resolve()).finally(() => process.exit(130));
    });
  }
  main().then(
    async (ok) => {
      await drop();
      process.exit(ok ? 0 : 2);
    },
    async (error: unknown) => {
      console.error(error);
      await drop()?.catch((dropError: unknown) => console.error(dropError));
      process.exit(1);
    },
  );
}
