import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { Badge, buttonClass, EmptyLine, linkClass, num, Panel, RECEIPT_TONE, TableFrame, td, th } from "@/components/warehouse/ui";
import { warehouseShell } from "@/components/warehouse/warehouse-page";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { localize } from "@/lib/i18n/localize";
import { listReceipts } from "@/lib/inventory/receipts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("warehouseConsole");
  return { title: t("queue.title"), robots: { index: false } };
}

/** The inbound queue: shipments announced by every enterprise, oldest first, and what was received lately. */
export default async function InboundQueuePage({ params }: PageProps<"/[locale]/warehouse">) {
  const { locale } = await params;
  await requirePage("/warehouse", locale);
  const t = await getTranslations("warehouseConsole");
  const format = await getFormatter();
  const [waiting, recent] = [
    await listReceipts(db(), { status: "ANNOUNCED", oldestFirst: true, pageSize: 100 }),
    await listReceipts(db(), { status: "RECEIVED", pageSize: 10 }),
  ];
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "short" });

  return (
    <ConsoleShell {...await warehouseShell()}>
      <ConsoleHeading title={t("queue.title")} />
      <p className="mb-6 max-w-prose text-sm text-ink-soft">{t("queue.intro")}</p>
      <Panel className="mb-6">
        {waiting.items.length === 0 ? (
          <EmptyLine>{t("queue.none")}</EmptyLine>
        ) : (
          <ul className="divide-y divide-porcelain-deep" aria-label={t("queue.title")}>
            {waiting.items.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid="queue-item">
                <div className="min-w-0">
                  <p className="font-mono text-sm font-medium text-cobalt-900">{r.number}</p>
                  <p className="text-sm">
                    {localize(locale, r.enterprise.nameZh, r.enterprise.nameEn)} · {t("common.lines", { count: r.lineCount })} · {t("common.pieces", { count: r.announced })}
                  </p>
                  <p className="text-xs text-ink-soft">
                    {when(r.announcedAt)}
                    {r.note ? ` · ${r.note}` : ""}
                  </p>
                </div>
                <Link href={`/warehouse/receipts/${r.id}`} className={buttonClass} aria-label={`${t("queue.receive")} ${r.number}`}>
                  {t("queue.receive")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel title={t("queue.recent")}>
        {recent.items.length === 0 ? (
          <EmptyLine>{t("queue.recentNone")}</EmptyLine>
        ) : (
          <TableFrame label={t("queue.recent")}>
            <thead>
              <tr>
                <th scope="col" className={th}>{t("inbound.number")}</th>
                <th scope="col" className={th}>{t("common.enterprise")}</th>
                <th scope="col" className={th}>{t("inbound.receivedAt")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("inbound.announced")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("inbound.good")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("inbound.broken")}</th>
                <th scope="col" className={th}>{t("common.status")}</th>
              </tr>
            </thead>
            <tbody>
              {recent.items.map((r) => (
                <tr key={r.id}>
                  <td className={`${td} font-mono text-xs`}>
                    <Link href={`/warehouse/receipts/${r.id}`} className={linkClass}>
                      {r.number}
                    </Link>
                  </td>
                  <td className={td}>{localize(locale, r.enterprise.nameZh, r.enterprise.nameEn)}</td>
                  <td className={`${td} whitespace-nowrap`}>{r.receivedAt ? when(r.receivedAt) : t("common.none")}</td>
                  <td className={`${td} ${num}`}>{r.announced}</td>
                  <td className={`${td} ${num}`}>{r.good}</td>
                  <td className={`${td} ${num}`}>{r.broken}</td>
                  <td className={td}>
                    <Badge tone={RECEIPT_TONE[r.status]}>{t(`receiptStatus.${r.status}`)}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </TableFrame>
        )}
      </Panel>
    </ConsoleShell>
  );
}
