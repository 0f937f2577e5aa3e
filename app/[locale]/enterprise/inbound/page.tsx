import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { CancelReceiptButton } from "@/components/warehouse/cancel-receipt-button";
import { enterprisePageContext } from "@/components/warehouse/enterprise-page";
import { ReceiptFacts, ReceiptLinesTable } from "@/components/warehouse/receipt-summary";
import { Badge, buttonClass, EmptyLine, linkClass, num, Pager, Panel, RECEIPT_TONE, secondaryButtonClass, TableFrame, td, th } from "@/components/warehouse/ui";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getReceipt, listReceipts } from "@/lib/inventory/receipts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("warehouseConsole");
  return { title: t("inbound.title"), robots: { index: false } };
}

const querySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
  receipt: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional().catch(undefined),
  created: z.literal("1").optional().catch(undefined),
});

/**
 * The enterprise's own inbound shipments; `?receipt=<id>` opens one of them. Another
 * enterprise's receipt is not found (404): its existence is not this enterprise's business.
 */
export default async function EnterpriseInboundPage({ params, searchParams }: PageProps<"/[locale]/enterprise/inbound">) {
  const { locale } = await params;
  const actor = await requirePage("/enterprise/inbound", locale);
  const raw = await searchParams;
  const { enterprise, shell } = await enterprisePageContext(actor, locale, raw.enterprise);
  const query = querySchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const t = await getTranslations("warehouseConsole");
  const format = await getFormatter();
  const selected = query.receipt ? await getReceipt(db(), query.receipt, { enterpriseId: enterprise.id }) : null;
  if (query.receipt && !selected) notFound();
  const receipts = await listReceipts(db(), { enterpriseId: enterprise.id, page: query.page });

  return (
    <ConsoleShell {...shell}>
      <ConsoleHeading title={t("inbound.title")}>
        <Link href="/enterprise/inbound/new" className={buttonClass}>
          {t("inbound.new")}
        </Link>
      </ConsoleHeading>
      <p className="mb-6 max-w-prose text-sm text-ink-soft">{t("inbound.intro")}</p>

      {selected && (
        <Panel
          id="receipt"
          className="mb-6 ring-2 ring-cobalt-100"
          title={t("inbound.detail", { number: selected.number })}
          actions={
            <Link href="/enterprise/inbound" className={secondaryButtonClass}>
              {t("inbound.close")}
            </Link>
          }
        >
          {query.created && (
            <p role="status" className="mb-4 rounded-lg bg-celadon-50 px-3 py-2 text-sm text-celadon-800">
              {t("inbound.created", { number: selected.number })}
            </p>
          )}
          <div className="space-y-4">
            <ReceiptFacts receipt={selected} locale={locale} />
            <ReceiptLinesTable receipt={selected} locale={locale} />
            {selected.status === "ANNOUNCED" && <CancelReceiptButton enterpriseId={enterprise.id} receiptId={selected.id} />}
          </div>
        </Panel>
      )}

      <Panel title={t("inbound.list")}>
        {receipts.items.length === 0 ? (
          <EmptyLine>{t("inbound.none")}</EmptyLine>
        ) : (
          <TableFrame label={t("inbound.list")}>
            <thead>
              <tr>
                <th scope="col" className={th}>{t("inbound.number")}</th>
                <th scope="col" className={th}>{t("inbound.announcedAt")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("common.sku")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("inbound.announced")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("inbound.good")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("inbound.broken")}</th>
                <th scope="col" className={th}>{t("common.status")}</th>
              </tr>
            </thead>
            <tbody>
              {receipts.items.map((r) => (
                <tr key={r.id} className={r.id === selected?.id ? "bg-cobalt-50/50" : undefined}>
                  <td className={`${td} whitespace-nowrap font-mono text-xs`}>
                    <Link href={`/enterprise/inbound?receipt=${r.id}#receipt`} className={linkClass} aria-current={r.id === selected?.id ? "true" : undefined}>
                      {r.number}
                    </Link>
                  </td>
                  <td className={`${td} whitespace-nowrap`}>{format.dateTime(r.announcedAt, { dateStyle: "short", timeStyle: "short" })}</td>
                  <td className={`${td} ${num}`}>{r.lineCount}</td>
                  <td className={`${td} ${num}`}>{r.announced}</td>
                  <td className={`${td} ${num}`}>{r.status === "RECEIVED" ? r.good : t("common.none")}</td>
                  <td className={`${td} ${num}`}>{r.status === "RECEIVED" ? r.broken : t("common.none")}</td>
                  <td className={td}>
                    <Badge tone={RECEIPT_TONE[r.status]}>{t(`receiptStatus.${r.status}`)}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </TableFrame>
        )}
        <Pager
          page={receipts.page}
          pageCount={receipts.pageCount}
          href={(page) => `/enterprise/inbound${page > 1 ? `?page=${page}` : ""}`}
          labels={{ previous: t("common.previous"), next: t("common.next"), pageOf: t("common.pageOf", { page: receipts.page, pageCount: receipts.pageCount }), nav: t("common.pagination") }}
        />
      </Panel>
    </ConsoleShell>
  );
}
