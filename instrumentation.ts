import type { Instrumentation } from "next";

/**
 * On the Node.js server: a sweep that releases lapsed stock holds, ends lapsed flash deals and
 * deal claims, and retries refunds waiting for the payment provider (holds and deals are also
 * swept lazily wherever they are read).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build" || !process.env.DATABASE_URL) return;
  const [{ db }, { startHoldSweeper }] = await Promise.all([import("./lib/db/client"), import("./lib/orders/expiry")]);
  startHoldSweeper(db, Number(process.env.HOLD_SWEEP_INTERVAL_MS) || 60_000);
}

/** Every request that fails on the server leaves one structured log line. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { logError } = await import("./lib/log");
  logError("request.failed", error, {
    method: request.method,
    path: request.path,
    routePath: context.routePath,
    routeType: context.routeType,
    digest: (error as { digest?: string }).digest,
  });
};
