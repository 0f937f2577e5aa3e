import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { CreateBinForm } from "@/components/warehouse/bin-form";
import { OpenStocktakeButton } from "@/components/warehouse/stocktake-forms";
import { Badge, EmptyLine, linkClass, num, Panel, secondaryButtonClass, TableFrame, td, th } from "@/components/warehouse/ui";
import { warehouseShell } from "@/components/warehouse/warehouse-page";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { localize } from "@/lib/i18n/localize";
import { getBinContents, listBins, normalizeBinCode } from "@/lib/inventory/bins";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("warehouseConsole");
  return { title: t("bins.title"), robots: { index: false } };
}

const querySchema = z.object({
  aisle: z.string().regex(/^[A-Z]$/).optional().catch(undefined),
  bin: z.string().max(20).optional().catch(undefined),
});

/** Bin locations by aisle, what each holds, and new bins. `?bin=A-01-1` opens one bin. */
export default async function BinsPage({ params, searchParams }: PageProps<"/[locale]/warehouse/bins">) {
  const { locale } = await params;
  await requirePage("/warehouse/bins", locale);
  const raw = await searchParams;
  const query = querySchema.parse({ aisle: typeof raw.aisle === "string" ? raw.aisle : undefined, bin: typeof raw.bin === "string" ? raw.bin : undefined });
  const t = await getTranslations("warehouseConsole");
  const all = await listBins(db());
  const aisles = [...new Set(all.map((b) => b.code[0]!))].sort();
  const bins = query.aisle ? all.filter((b) => b.code.startsWith(`${query.aisle}-`)) : all;
  const selectedCode = query.bin ? normalizeBinCode(query.bin) : null;
  const selected = selectedCode ? all.find((b) => b.code === selectedCode) : undefined;
  const contents = selected ? await getBinContents(db(), selected.id) : [];
  const href = (patch: { aisle?: string | null; bin?: string | null }) => {
    const next = new URLSearchParams();
    const aisle = patch.aisle === undefined ? query.aisle : patch.aisle;
    const bin = patch.bin === undefined ? selected?.code : patch.bin;
    if (aisle) next.set("aisle", aisle);
    if (bin) next.set("bin", bin);
    return `/warehouse/bins${next.size ? `?${next}` : ""}`;
  };
  const chip = (active: boolean) => `rounded-full px-4 py-1.5 text-sm ${active ? "bg-cobalt-700 text-white" : "border border-celadon-100 bg-white hover:border-cobalt-500"}`;

  return (
    <ConsoleShell {...await warehouseShell()}>
      <ConsoleHeading title={t("bins.title")} />
      <p className="mb-6 max-w-prose text-sm text-ink-soft">{t("bins.intro")}</p>
      <Panel title={t("bins.create")} className="mb-6">
        <CreateBinForm />
      </Panel>

      {selected && (
        <Panel
          id="bin"
          title={t("bins.contents", { code: selected.code })}
          className="mb-6 ring-2 ring-cobalt-100"
          actions={
            <>
              <OpenStocktakeButton scope="bin" code={selected.code} label={t("bins.count")} />
              <Link href={href({ bin: null })} className={secondaryButtonClass}>
                {t("inbound.close")}
              </Link>
            </>
          }
        >
          {contents.length === 0 ? (
            <EmptyLine>{t("bins.contentsNone")}</EmptyLine>
          ) : (
            <TableFrame label={t("bins.contents", { code: selected.code })}>
              <thead>
                <tr>
                  <th scope="col" className={th}>{t("common.sku")}</th>
                  <th scope="col" className={th}>{t("common.product")}</th>
                  <th scope="col" className={th}>{t("common.enterprise")}</th>
                  <th scope="col" className={`${th} ${num}`}>{t("common.quantity")}</th>
                </tr>
              </thead>
              <tbody>
                {contents.map((c) => (
                  <tr key={c.variant.id}>
                    <td className={`${td} font-mono text-xs`}>
                      <Link href={`/warehouse/stock?q=${encodeURIComponent(c.variant.sku)}`} className={linkClass}>
                        {c.variant.sku}
                      </Link>
                    </td>
                    <td className={td}>{localize(locale, c.variant.product.nameZh, c.variant.product.nameEn)}</td>
                    <td className={td}>{localize(locale, c.variant.product.enterprise.nameZh, c.variant.product.enterprise.nameEn)}</td>
                    <td className={`${td} ${num}`}>{c.quantity}</td>
                  </tr>
                ))}
              </tbody>
            </TableFrame>
          )}
        </Panel>
      )}

      <Panel>
        <nav className="mb-4 flex flex-wrap gap-2" aria-label={t("bins.title")}>
          <Link href={href({ aisle: null })} className={chip(!query.aisle)} aria-current={!query.aisle ? "page" : undefined}>
            {t("common.all")}
          </Link>
          {aisles.map((aisle) => (
            <Link key={aisle} href={href({ aisle })} className={chip(query.aisle === aisle)} aria-current={query.aisle === aisle ? "page" : undefined}>
              {t("bins.aisle", { aisle })}
            </Link>
          ))}
        </nav>
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-6">
          {bins.map((bin) => (
            <li key={bin.id}>
              <Link
                href={`${href({ bin: bin.code })}#bin`}
                aria-current={bin.id === selected?.id ? "true" : undefined}
                className={`block rounded-xl border p-3 hover:border-cobalt-500 ${bin.id === selected?.id ? "border-cobalt-500 bg-cobalt-50" : bin.pieces > 0 ? "border-celadon-100 bg-white" : "border-dashed border-celadon-100 bg-porcelain"}`}
              >
                <span className="block font-mono text-sm font-medium text-cobalt-900">{bin.code}</span>
                <span className="block text-xs text-ink-soft">
                  {bin.pieces > 0 ? `${t("bins.skus", { count: bin.skus })} · ${t("common.pieces", { count: bin.pieces })}` : t("bins.emptyBin")}
                </span>
                {!bin.active && <Badge>{t("bins.inactive")}</Badge>}
              </Link>
            </li>
          ))}
        </ul>
      </Panel>
    </ConsoleShell>
  );
}
