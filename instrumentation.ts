import type { Instrumentation } from "next";

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
