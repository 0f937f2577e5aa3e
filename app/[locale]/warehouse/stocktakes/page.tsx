import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { OpenStocktakeForm } from "@/components/warehouse/stocktake-forms";
import { Badge, Delta, EmptyLine, linkClass, num, Panel, STOCKTAKE_TONE, TableFrame, td, th } from "@/components/warehouse/ui";
import { warehouseShell } from "@/components/warehouse/warehouse-page";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listStocktakes } from "@/lib/inventory/stocktakes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("warehouseConsole");
  return { title: t("stocktakes.title"), robots: { index: false } };
}

/** Start a count, and the stocktakes in progress and lately finished. */
export default async function StocktakesPage({ params }: PageProps<"/[locale]/warehouse/stocktakes">) {
  const { locale } = await params;
  await requirePage("/warehouse/stocktakes", locale);
  const t = await getTranslations("warehouseConsole");
  const format = await getFormatter();
  const all = await listStocktakes(db(), { take: 60 });
  const open = all.filter((s) => s.status === "OPEN");
  const done = all.filter((s) => s.status !== "OPEN").slice(0, 30);
  const table = (rows: typeof all, label: string) => (
    <TableFrame label={label}>
      <thead>
        <tr>
          <th scope="col" className={th}>{t("stocktakes.number")}</th>
          <th scope="col" className={th}>{t("stocktakes.scope")}</th>
          <th scope="col" className={th}>{t("stocktakes.createdAt")}</th>
          <th scope="col" className={th}>{t("common.status")}</th>
          <th scope="col" className={`${th} ${num}`}>{t("stocktakes.variance")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={s.id}>
            <td className={`${td} whitespace-nowrap font-mono text-xs`}>
              <Link href={`/warehouse/stocktakes/${s.id}`} className={linkClass}>
                {s.number}
              </Link>
            </td>
            <td className={`${td} whitespace-nowrap`}>{s.scope.kind === "bin" ? t("stocktakes.scopeLabelBin", { code: s.scope.code }) : t("stocktakes.scopeLabelSku", { code: s.scope.code })}</td>
            <td className={`${td} whitespace-nowrap`}>{format.dateTime(s.createdAt, { dateStyle: "short", timeStyle: "short" })}</td>
            <td className={td}>
              <Badge tone={STOCKTAKE_TONE[s.status]}>{t(`stocktakeStatus.${s.status}`)}</Badge>
              {s.status === "OPEN" && <span className="ml-2 text-xs text-ink-soft">{t("stocktakes.progress", { counted: s.countedLines, total: s.lineCount })}</span>}
            </td>
            <td className={`${td} ${num}`}>
              <Delta value={s.variance} />
            </td>
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );

  return (
    <ConsoleShell {...await warehouseShell()}>
      <ConsoleHeading title={t("stocktakes.title")} />
      <p className="mb-6 max-w-prose text-sm text-ink-soft">{t("stocktakes.intro")}</p>
      <Panel title={t("stocktakes.open")} className="mb-6">
        <OpenStocktakeForm />
      </Panel>
      <Panel title={t("stocktakes.openList")} className="mb-6">
        {open.length === 0 ? <EmptyLine>{t("stocktakes.openNone")}</EmptyLine> : table(open, t("stocktakes.openList"))}
      </Panel>
      <Panel title={t("stocktakes.recentList")}>{done.length === 0 ? <EmptyLine>{t("stocktakes.recentNone")}</EmptyLine> : table(done, t("stocktakes.recentList"))}</Panel>
    </ConsoleShell>
  );
}
