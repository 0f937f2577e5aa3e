import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { localize } from "@/lib/i18n/localize";
import { parseBreakageNote } from "@/lib/inventory/breakage";
import type { LedgerRow } from "@/lib/inventory/queries";
import { Badge, Delta, linkClass, num, reasonTone, TableFrame, td, th } from "./ui";

type T = Awaited<ReturnType<typeof getTranslations<"warehouseConsole">>>;

/** A movement's note in the reader's language: machine-made notes are rebuilt from their figures. */
export function describeNote(row: Pick<LedgerRow, "reason" | "note">, t: T): string | null {
  const note = row.note;
  if (!note) return null;
  if (row.reason === "SEED") return t("notes.seed");
  if (row.reason === "BREAKAGE") {
    const { reason, text } = parseBreakageNote(note);
    if (reason) return [t(`breakageReasons.${reason}`), text].filter(Boolean).join(" · ");
  }
  const receipt = /^announced (\d+), good (\d+), broken (\d+)(?:, short (\d+))?$/.exec(note);
  if (receipt) {
    const [, announced, good, broken, short] = receipt;
    return short ? t("notes.receiptShort", { announced: announced!, good: good!, broken: broken!, short }) : t("notes.receipt", { announced: announced!, good: good!, broken: broken! });
  }
  const stocktake = /^(ST-\d{8}-\d{4}): expected (\d+), counted (\d+)$/.exec(note);
  if (stocktake) return t("notes.stocktake", { number: stocktake[1]!, expected: stocktake[2]!, counted: stocktake[3]! });
  return note;
}

/**
 * Ledger rows as a table. `links` says where references lead (the warehouse opens receipts and
 * stocktakes; enterprise staff open their own receipts); `compact` drops the wider columns.
 */
export async function MovementTable({
  rows,
  links = "none",
  compact = false,
  showEnterprise = true,
  label,
}: {
  rows: LedgerRow[];
  links?: "warehouse" | "enterprise" | "none";
  compact?: boolean;
  showEnterprise?: boolean;
  label: string;
}) {
  const t = await getTranslations("warehouseConsole");
  const format = await getFormatter();
  const locale = await getLocale();
  const referenceHref = (row: LedgerRow): string | null => {
    if (links === "warehouse" && row.referenceType === "receipt") return `/warehouse/receipts/${row.referenceId}`;
    if (links === "warehouse" && row.referenceType === "stocktake") return `/warehouse/stocktakes/${row.referenceId}`;
    if (links === "enterprise" && row.referenceType === "receipt") return `/enterprise/inbound?receipt=${row.referenceId}`;
    return null;
  };
  return (
    <TableFrame label={label}>
      <thead>
        <tr>
          <th scope="col" className={th}>{t("common.time")}</th>
          <th scope="col" className={th}>{t("common.sku")}</th>
          {showEnterprise && !compact && <th scope="col" className={th}>{t("common.enterprise")}</th>}
          <th scope="col" className={th}>{t("common.reason")}</th>
          <th scope="col" className={`${th} ${num}`}>{t("ledger.deltaOnHand")}</th>
          {!compact && <th scope="col" className={`${th} ${num}`}>{t("ledger.deltaReserved")}</th>}
          <th scope="col" className={th}>{t("common.bin")}</th>
          <th scope="col" className={th}>{t("common.reference")}</th>
          {!compact && <th scope="col" className={th}>{t("common.actor")}</th>}
          <th scope="col" className={th}>{t("common.note")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const href = referenceHref(row);
          return (
            <tr key={row.id}>
              <td className={`${td} whitespace-nowrap tabular-nums`}>
                <time dateTime={row.createdAt.toISOString()}>{format.dateTime(row.createdAt, { dateStyle: "short", timeStyle: "short" })}</time>
              </td>
              <td className={td}>
                <span className="font-mono text-xs">{row.variant.sku}</span>
                <span className="block max-w-56 truncate text-xs text-ink-soft">{localize(locale, row.variant.product.nameZh, row.variant.product.nameEn)}</span>
              </td>
              {showEnterprise && !compact && <td className={td}>{localize(locale, row.variant.product.enterprise.nameZh, row.variant.product.enterprise.nameEn)}</td>}
              <td className={td}>
                <Badge tone={reasonTone(row.reason)}>{t(`reasons.${row.reason}`)}</Badge>
              </td>
              <td className={`${td} ${num}`}>
                <Delta value={row.onHandDelta} />
              </td>
              {!compact && (
                <td className={`${td} ${num}`}>
                  <Delta value={row.reservedDelta} />
                </td>
              )}
              <td className={`${td} font-mono text-xs`}>{row.bin?.code ?? t("common.none")}</td>
              <td className={`${td} whitespace-nowrap font-mono text-xs`}>
                {row.referenceType === "seed" ? (
                  t("common.none")
                ) : href ? (
                  <Link href={href} className={linkClass}>
                    {row.referenceLabel}
                  </Link>
                ) : (
                  row.referenceLabel
                )}
              </td>
              {!compact && <td className={td}>{row.actorName ?? t("common.system")}</td>}
              <td className={`${td} max-w-72 text-xs text-ink-soft`}>{describeNote(row, t) ?? ""}</td>
            </tr>
          );
        })}
      </tbody>
    </TableFrame>
  );
}
