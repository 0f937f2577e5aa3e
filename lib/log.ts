/**
 * Structured logs: one JSON object per line on stderr, so a log collector can parse them.
 * console.error rather than process.stderr, because instrumentation also runs on the edge runtime.
 */
export function logError(event: string, error: unknown, context: Record<string, unknown> = {}): void {
  const err = error instanceof Error ? { message: error.message, name: error.name, stack: error.stack } : { message: String(error) };
  console.error(JSON.stringify({ level: "error", time: new Date().toISOString(), event, ...context, error: err }));
}
