import type { z } from "zod";

/** An error answered in Stripe's `{ error: { type, message, code, param } }` shape, so stripe-node throws its typed errors. */
export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: "invalid_request_error" | "idempotency_error" | "api_error",
    message: string,
    readonly code?: string,
    readonly param?: string,
  ) {
    super(message);
  }

  body() {
    return { error: { type: this.type, message: this.message, ...(this.code && { code: this.code }), ...(this.param && { param: this.param }) } };
  }
}

export const missingResource = (kind: string, id: string, param: string) =>
  new StripeApiError(404, "invalid_request_error", `No such ${kind}: '${id}'`, "resource_missing", param);

/** Names the first invalid parameter the way Stripe does: `line_items[0][price_data][unit_amount]`. */
export function invalidParams(error: z.ZodError): StripeApiError {
  const issue = error.issues[0];
  if (!issue) return new StripeApiError(400, "invalid_request_error", "Invalid request");
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys") path.push(issue.keys[0] ?? "");
  const param = path.map((key, index) => (index === 0 ? key : `[${key}]`)).join("");
  if (issue.code === "unrecognized_keys") return new StripeApiError(400, "invalid_request_error", `Received unknown parameter: ${param}`, "parameter_unknown", param);
  if (issue.code === "invalid_type" && issue.input === undefined) return new StripeApiError(400, "invalid_request_error", `Missing required param: ${param}.`, "parameter_missing", param);
  return new StripeApiError(400, "invalid_request_error", `Invalid ${param}: ${issue.message}`, "parameter_invalid", param);
}
