import { getFormatter, getTranslations } from "next-intl/server";
import { localize, localizeOptional } from "@/lib/i18n/localize";
import type { ReceiptDetail } from "@/lib/inventory/receipts";
import { Badge, num, RECEIPT_TONE, TableFrame, td, th } from "./ui";

/** Who announced and received a shipment, when, and its note. */
export async function ReceiptFacts({ receipt, locale, showEnterprise = false }: { receipt: ReceiptDetail; locale: string; showEnterprise?: boolean }) {
  const t = await getTranslations("warehouseConsole");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const facts: [string, string][] = [
    ...(showEnterprise ? ([[t("common.enterprise"), localize(locale, receipt.enterprise.nameZh, receipt.enterprise.nameEn)]] as [string, string][]) : []),
    [t("inbound.announcedAt"), `${when(receipt.announcedAt)}${receipt.announcedBy ? ` · ${receipt.announcedBy}` : ""}`],
    ...(receipt.receivedAt ? ([[t("inbound.receivedAt"), `${when(receipt.receivedAt)}${receipt.receivedBy ? ` · ${receipt.receivedBy}` : ""}`]] as [string, string][]) : []),
    ...(receipt.note ? ([[t("common.note"), receipt.note]] as [string, string][]) : []),
  ];
  return (
    <div className="space-y-3">
      <Badge tone={RECEIPT_TONE[receipt.status]}>
        <span data-testid="receipt-status">{t(`receiptStatus.${receipt.status}`)}</span>
      </Badge>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-ink-soft">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** A shipment's lines: announced, and once received, good, broken, short and the bin. */
export async function ReceiptLinesTable({ receipt, locale }: { receipt: ReceiptDetail; locale: string }) {
  const t = await getTranslations("warehouseConsole");
  const received = receipt.status === "RECEIVED";
  return (
    <TableFrame label={t("inbound.detail", { number: receipt.number })}>
      <thead>
        <tr>
          <th scope="col" className={th}>{t("common.sku")}</th>
          <th scope="col" className={th}>{t("common.product")}</th>
          <th scope="col" className={`${th} ${num}`}>{t("inbound.announced")}</th>
          {received && (
            <>
              <th scope="col" className={`${th} ${num}`}>{t("inbound.good")}</th>
              <th scope="col" className={`${th} ${num}`}>{t("inbound.broken")}</th>
              <th scope="col" className={`${th} ${num}`}>{t("inbound.short")}</th>
              <th scope="col" className={th}>{t("common.bin")}</th>
            </>
          )}
        </tr>
      </thead>
      <tbody>
        {receipt.lines.map((line) => {
          const short = line.quantityAnnounced - (line.quantityGood ?? 0) - (line.quantityBroken ?? 0);
          return (
            <tr key={line.id}>
              <td className={`${td} font-mono text-xs`}>{line.variant.sku}</td>
              <td className={td}>
                {localize(locale, line.variant.product.nameZh, line.variant.product.nameEn)}
                <span className="block text-xs text-ink-soft">{localizeOptional(locale, line.variant.nameZh, line.variant.nameEn)}</span>
              </td>
              <td className={`${td} ${num}`}>{line.quantityAnnounced}</td>
              {received && (
                <>
                  <td className={`${td} ${num}`}>{line.quantityGood ?? 0}</td>
                  <td className={`${td} ${num} ${(line.quantityBroken ?? 0) > 0 ? "text-cinnabar" : ""}`}>{line.quantityBroken ?? 0}</td>
                  <td className={`${td} ${num} ${short > 0 ? "text-amber-800" : ""}`}>{short}</td>
                  <td className={`${td} font-mono text-xs`}>{line.bin?.code ?? t("common.none")}</td>
                </>
              )}
            </tr>
          );
        })}
      </tbody>
    </TableFrame>
  );
}
