import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { AnnounceForm } from "@/components/warehouse/announce-form";
import { enterprisePageContext } from "@/components/warehouse/enterprise-page";
import { EmptyLine, Panel } from "@/components/warehouse/ui";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { localize, localizeOptional } from "@/lib/i18n/localize";
import { announceableVariants } from "@/lib/inventory/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("warehouseConsole");
  return { title: t("announce.title"), robots: { index: false } };
}

/**
 * Announce an inbound shipment. `?sku=CODE:QTY` (repeatable) pre-fills rows, as the stock page's
 * replenish list does; unknown or foreign SKUs in it are ignored.
 */
export default async function AnnounceShipmentPage({ params, searchParams }: PageProps<"/[locale]/enterprise/inbound/new">) {
  const { locale } = await params;
  const actor = await requirePage("/enterprise/inbound/new", locale);
  const query = await searchParams;
  const { enterprise, shell } = await enterprisePageContext(actor, locale, query.enterprise);
  const t = await getTranslations("warehouseConsole");
  const variants = await announceableVariants(db(), enterprise.id);
  const options = variants.map((v) => ({
    id: v.id,
    label: [v.sku, localize(locale, v.product.nameZh, v.product.nameEn), localizeOptional(locale, v.sizeZh, v.sizeEn)].filter(Boolean).join(" · "),
  }));
  const bySku = new Map(variants.map((v) => [v.sku.toLowerCase(), v.id]));
  const prefill = [query.sku ?? []]
    .flat()
    .slice(0, 50)
    .flatMap((entry) => {
      const match = /^(.{1,64}):(\d{1,6})$/.exec(entry);
      const id = match && bySku.get(match[1]!.toLowerCase());
      return id ? [{ variantId: id, quantity: match[2]! }] : [];
    });
  return (
    <ConsoleShell {...shell}>
      <ConsoleHeading title={t("announce.title")} />
      <p className="mb-6 max-w-prose text-sm text-ink-soft">{t("announce.intro")}</p>
      <Panel className="max-w-3xl">
        {options.length === 0 ? <EmptyLine>{t("announce.noSkus")}</EmptyLine> : <AnnounceForm enterpriseId={enterprise.id} options={options} initial={prefill} />}
      </Panel>
    </ConsoleShell>
  );
}
