import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { ImportForm } from "@/components/enterprise/import-form";
import { card } from "@/components/enterprise/styles";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { productConsoleContext } from "../context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("enterpriseConsole");
  return { title: `${t("productImport.title")} · ${t("title")}`, robots: { index: false } };
}

export default async function ImportProductsPage({ params, searchParams }: PageProps<"/[locale]/enterprise/products/import">) {
  const { locale } = await params;
  const actor = await requirePage("/enterprise/products/import", locale);
  const context = await productConsoleContext(actor, locale, (await searchParams).enterprise);
  const t = await getTranslations("enterpriseConsole");
  const listHref = context.withEnterprise("/enterprise/products");
  const exportHref = `/api/enterprise/products/export${context.isDefault ? "" : `?enterprise=${encodeURIComponent(context.enterprise.id)}`}`;
  return (
    <ConsoleShell {...context.shell}>
      <Link href={listHref} className="mb-2 inline-block text-sm text-ink-soft hover:text-cobalt-700">
        ← {t("productEdit.back")}
      </Link>
      <ConsoleHeading title={t("productImport.title")} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_19rem] lg:items-start">
        <aside className={`${card} min-w-0 space-y-3 text-sm text-ink-soft lg:order-last`}>
          <p>{t("productImport.intro")}</p>
          <h2 className="font-medium text-ink">{t("productImport.columnsTitle")}</h2>
          <p className="break-words">{t("productImport.columnsBody")}</p>
          <a href={exportHref} download className="inline-block text-cobalt-700 underline underline-offset-2">
            {t("productImport.template")}
          </a>
        </aside>
        {/* min-w-0: a wide preview table scrolls inside its card instead of widening the page. */}
        <div className="min-w-0">
          <ImportForm enterpriseId={context.enterprise.id} listHref={listHref} />
        </div>
      </div>
    </ConsoleShell>
  );
}
