import type { PrismaClient } from "./generated/client";
import { logError } from "@/lib/log";

export interface Health {
  status: "ok" | "error";
  database: { ok: boolean; latencyMs: number };
  uptimeSeconds: number;
}

/** One real database round trip, timed; never throws, so the health route can always answer. */
export async function checkHealth(db: PrismaClient, timeoutMs = 2000): Promise<Health> {
  const started = performance.now();
  let ok = true;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`database did not answer in ${timeoutMs} ms`)), timeoutMs).unref()),
    ]);
  } catch (error) {
    ok = false;
    logError("health.database", error);
  }
  return {
    status: ok ? "ok" : "error",
    database: { ok, latencyMs: Math.round(performance.now() - started) },
    uptimeSeconds: Math.round(process.uptime()),
  };
}
