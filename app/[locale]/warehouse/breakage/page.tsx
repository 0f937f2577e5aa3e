import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { BreakageForm } from "@/components/warehouse/breakage-form";
import { MovementTable } from "@/components/warehouse/movement-table";
import { EmptyLine, Panel } from "@/components/warehouse/ui";
import { warehouseShell } from "@/components/warehouse/warehouse-page";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listBinOptions } from "@/lib/inventory/bins";
import { recentMovements } from "@/lib/inventory/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("warehouseConsole");
  return { title: t("breakage.title"), robots: { index: false } };
}

const first = (value: string | string[] | undefined) => (typeof value === "string" ? value.slice(0, 64) : undefined);

/** Record broken pieces (`?sku=&bin=` pre-fill the form), and the latest write-offs. */
export default async function BreakagePage({ params, searchParams }: PageProps<"/[locale]/warehouse/breakage">) {
  const { locale } = await params;
  await requirePage("/warehouse/breakage", locale);
  const query = await searchParams;
  const t = await getTranslations("warehouseConsole");
  const [bins, recent] = [await listBinOptions(db()), await recentMovements(db(), { reason: "BREAKAGE", take: 20 })];
  return (
    <ConsoleShell {...await warehouseShell()}>
      <ConsoleHeading title={t("breakage.title")} />
      <p className="mb-6 max-w-prose text-sm text-ink-soft">{t("breakage.intro")}</p>
      <Panel className="mb-6 max-w-3xl">
        <BreakageForm bins={bins.map((b) => b.code)} defaults={{ sku: first(query.sku), bin: first(query.bin) }} />
      </Panel>
      <Panel title={t("breakage.recent")}>
        {recent.length === 0 ? <EmptyLine>{t("breakage.recentNone")}</EmptyLine> : <MovementTable rows={recent} links="warehouse" label={t("breakage.recent")} />}
      </Panel>
    </ConsoleShell>
  );
}
