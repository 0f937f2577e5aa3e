import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { ProductForm } from "@/components/enterprise/product-form";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { productConsoleContext } from "../context";
import { productFormOptions } from "../options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("enterpriseConsole");
  return { title: `${t("productForm.newTitle")} · ${t("title")}`, robots: { index: false } };
}

const EMPTY_VALUES = {
  nameZh: "",
  nameEn: "",
  categorySlug: "",
  glazeSlug: "",
  descriptionZh: "",
  descriptionEn: "",
  materialZh: "",
  materialEn: "",
  careZh: "",
  careEn: "",
};

export default async function NewProductPage({ params, searchParams }: PageProps<"/[locale]/enterprise/products/new">) {
  const { locale } = await params;
  const actor = await requirePage("/enterprise/products/new", locale);
  const context = await productConsoleContext(actor, locale, (await searchParams).enterprise);
  const [t, options] = await Promise.all([getTranslations("enterpriseConsole"), productFormOptions(locale)]);
  const listHref = context.withEnterprise("/enterprise/products");
  return (
    <ConsoleShell {...context.shell}>
      <Link href={listHref} className="mb-2 inline-block text-sm text-ink-soft hover:text-cobalt-700">
        ← {t("productEdit.back")}
      </Link>
      <ConsoleHeading title={t("productForm.newTitle")} />
      <div className="max-w-4xl">
        <ProductForm
          mode="create"
          enterpriseId={context.enterprise.id}
          version="new"
          values={EMPTY_VALUES}
          variants={[]}
          categories={options.categories}
          glazes={options.glazes}
          cancelHref={listHref}
        />
      </div>
    </ConsoleShell>
  );
}
