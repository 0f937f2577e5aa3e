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
