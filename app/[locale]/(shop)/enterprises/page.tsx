import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EnterpriseCard } from "@/components/enterprise-card";
import { cachedEnterprises } from "@/lib/catalog/cache";

export async function generateMetadata({ params }: PageProps<"/[locale]/enterprises">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "enterprise" });
  return { title: t("title"), description: t("intro"), alternates: { canonical: locale === "en" ? "/en/enterprises" : "/enterprises" } };
}

// Rendered per request from cached data: it cannot be prerendered at build time, when there
// is no database (an on-demand cached page needs a dynamic segment of its own, as products have).
export const dynamic = "force-dynamic";

export default async function EnterprisesPage({ params }: PageProps<"/[locale]/enterprises">) {
  const { locale } = await params;
  const t = await getTranslations("enterprise");
  const enterprises = await cachedEnterprises();
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 md:py-10">
      <h1 className="font-serif text-2xl text-cobalt-900 md:text-3xl">{t("title")}</h1>
      <p className="mt-2 text-ink-soft">{t("intro")}</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {enterprises.map((enterprise) => (
          <li key={enterprise.slug}>
            <EnterpriseCard enterprise={enterprise} />
          </li>
        ))}
      </ul>
    </div>
  );
}
