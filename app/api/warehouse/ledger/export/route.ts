import Papa from "papaparse";
import { authorizeAction } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { firstValues, ledgerQuerySchema, toLedgerFilter } from "@/lib/inventory/ledger-filter";
import { ledgerForExport } from "@/lib/inventory/queries";
import { villageDay } from "@/lib/inventory/core";

export const dynamic = "force-dynamic";

/** The village's local time of an instant, as "2026-11-30 09:15:02" (UTC+8, no DST). */
function villageTime(date: Date): string {
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().replace("T", " ").slice(0, 19);
}

/**
 * The stock ledger as CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese names), with
 * the ledger page's filters. Warehouse operators only: 403 for anyone else, 400 for a malformed
 * filter, oldest row first.
 */
export async function GET(request: Request) {
  const actor = await authorizeAction("ledger.exportCsv");
  if (!actor) return Response.json({ error: "forbidden" }, { status: 403 });
  const parsed = ledgerQuerySchema.safeParse(firstValues(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: "invalid_query", issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) }, { status: 400 });
  const { rows, truncated } = await ledgerForExport(db(), toLedgerFilter(parsed.data));
  const csv = Papa.unparse(
    {
      fields: ["time_utc8", "sku", "product_zh", "product_en", "enterprise_zh", "enterprise_en", "bin", "reason", "on_hand_delta", "reserved_delta", "reference_type", "reference", "actor", "note"],
      data: rows.map((row) => [
        villageTime(row.createdAt),
        row.variant.sku,
        row.variant.product.nameZh,
        row.variant.product.nameEn,
        row.variant.product.enterprise.nameZh,
        row.variant.product.enterprise.nameEn,
        row.bin?.code ?? "",
        row.reason,
        row.onHandDelta,
        row.reservedDelta,
        row.referenceType,
        row.referenceLabel,
        row.actorName ?? "",
        row.note ?? "",
      ]),
    },
    // Cells starting with = + - @ are neutralised so a spreadsheet never runs them as formulas.
    { escapeFormulae: true, newline: "\r\n" },
  );
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="stock-ledger-${villageDay(new Date())}.csv"`,
      "Cache-Control": "no-store",
      ...(truncated ? { "X-Ledger-Truncated": "true" } : {}),
    },
  });
}
