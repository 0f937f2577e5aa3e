import { z } from "zod";
import { StockMovementReason } from "@/lib/db/generated/enums";
import type { LedgerFilter } from "./queries";

/**
 * The ledger's filters as they travel in a URL (the ledger page and its CSV export share them):
 * ?sku=&enterprise=&reason=&from=YYYY-MM-DD&to=YYYY-MM-DD&page=. Days are the village's days
 * (Asia/Shanghai, UTC+8 all year); `to` includes its whole day.
 */

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((text) => {
    // A real calendar day: 2026-02-31 parses (rolling over to March) but does not round-trip.
    const instant = Date.parse(`${text}T00:00:00+08:00`);
    return !Number.isNaN(instant) && new Date(instant + 8 * 3_600_000).toISOString().slice(0, 10) === text;
  }, "invalid");

const fields = {
  sku: z.string().trim().max(64),
  enterprise: z.string().trim().regex(/^[A-Za-z0-9_-]{1,64}$/),
  reason: z.enum(Object.values(StockMovementReason) as [StockMovementReason, ...StockMovementReason[]]),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(100_000),
};

/** Strict: for the export, where a malformed filter is a 400, not a silently larger file. */
export const ledgerQuerySchema = z
  .object({
    sku: fields.sku.optional(),
    enterprise: fields.enterprise.optional(),
    reason: fields.reason.optional(),
    from: fields.from.optional(),
    to: fields.to.optional(),
    page: fields.page.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "range", path: ["to"] });

/** Lenient: for the page, where a bad value is dropped and the rest still applies. */
export const ledgerPageSchema = z.object({
  sku: fields.sku.optional().catch(undefined),
  enterprise: fields.enterprise.optional().catch(undefined),
  reason: fields.reason.optional().catch(undefined),
  from: fields.from.optional().catch(undefined),
  to: fields.to.optional().catch(undefined),
  page: fields.page.optional().catch(undefined),
});

export type LedgerQuery = z.infer<typeof ledgerQuerySchema>;

/** First value of each parameter, empty ones dropped: what the schemas parse. */
export function firstValues(params: Record<string, string | string[] | undefined> | URLSearchParams): Record<string, string> {
  const entries = params instanceof URLSearchParams ? [...params.keys()].map((k) => [k, params.get(k) ?? ""] as const) : Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? "") : (v ?? "")] as const);
  return Object.fromEntries(entries.filter(([, v]) => v.trim() !== ""));
}

export function toLedgerFilter(query: LedgerQuery): LedgerFilter {
  const from = query.from ? new Date(`${query.from}T00:00:00+08:00`) : undefined;
  const to = query.to ? new Date(new Date(`${query.to}T00:00:00+08:00`).getTime() + 86_400_000) : undefined;
  return { sku: query.sku || undefined, enterpriseId: query.enterprise, reason: query.reason, from, to };
}

/** The query string of a filter (without page unless given), for links and the export. */
export function ledgerSearchParams(query: LedgerQuery): string {
  const params = new URLSearchParams();
  for (const key of ["sku", "enterprise", "reason", "from", "to", "page"] as const) {
    const value = query[key];
    if (value !== undefined && value !== "" && !(key === "page" && value === 1)) params.set(key, String(value));
  }
  return params.toString();
}
