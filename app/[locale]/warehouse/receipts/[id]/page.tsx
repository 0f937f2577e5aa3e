import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { ReceiptFacts, ReceiptLinesTable } from "@/components/warehouse/receipt-summary";
import { ReceiveForm } from "@/components/warehouse/receive-form";
import { Panel, secondaryButtonClass } from "@/components/warehouse/ui";
import { warehouseShell } from "@/components/warehouse/warehouse-page";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { localize, localizeOptional } from "@/lib/i18n/localize";
import { listBinOptions } from "@/lib/inventory/bins";
import { getReceipt } from "@/lib/inventory/receipts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("warehouseConsole");
  return { title: t("queue.receive"), robots: { index: false } };
}

/** One inbound shipment: the receiving form while it is announced, what was received afterwards. */
export default async function ReceiptPage({ params, searchParams }: PageProps<"/[locale]/warehouse/receipts/[id]">) {
  const { locale, id } = await params;
  await requirePage("/warehouse/receipts/[id]", locale, `/warehouse/receipts/${id}`);
  const receipt = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await getReceipt(db(), id) : null;
  if (!receipt) notFound();
  const t = await getTranslations("warehouseConsole");
  const justReceived = (await searchParams).received === "1";
  const bins = receipt.status === "ANNOUNCED" ? await listBinOptions(db()) : [];

  return (
    <ConsoleShell {...await warehouseShell()}>
      <ConsoleHeading title={t("receive.title", { number: receipt.number })}>
        <Link href="/warehouse" className={secondaryButtonClass}>
          ← {t("receive.back")}
        </Link>
      </ConsoleHeading>
      {justReceived && (
        <p role="status" className="mb-4 rounded-lg bg-celadon-50 px-3 py-2 text-sm text-celadon-800">
          {t("receive.received")}
        </p>
      )}
      <Panel className="mb-6">
        <ReceiptFacts receipt={receipt} locale={locale} showEnterprise />
      </Panel>
      <Panel>
        {receipt.status === "ANNOUNCED" ? (
          <ReceiveForm
            receiptId={receipt.id}
            bins={bins}
            lines={receipt.lines.map((line) => ({
              id: line.id,
              sku: line.variant.sku,
              name: [localize(locale, line.variant.product.nameZh, line.variant.product.nameEn), localizeOptional(locale, line.variant.nameZh, line.variant.nameEn)].filter(Boolean).join(" · "),
              announced: line.quantityAnnounced,
              binsWithSku: line.variant.binStocks.map((s) => ({ id: s.bin.id, code: s.bin.code, quantity: s.quantity })),
            }))}
          />
        ) : (
          <div className="space-y-4">
            {receipt.status === "CANCELLED" && <p className="text-sm text-ink-soft">{t("receive.cancelled")}</p>}
            <ReceiptLinesTable receipt={receipt} locale={locale} />
          </div>
        )}
      </Panel>
    </ConsoleShell>
  );
}
