import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProductGrid } from "@/components/catalog/product-card";
import { Link } from "@/i18n/navigation";
import { cachedEnterprise, cachedProductList } from "@/lib/catalog/cache";
import { EMPTY_FILTERS } from "@/lib/catalog/filters";
import { localize } from "@/lib/i18n/localize";

const slugPattern = /^[a-z0-9-]{1,80}$/;

async function loadEnterprise(slug: string) {
  return slugPattern.test(slug) ? cachedEnterprise(slug) : null;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/enterprises/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  const enterprise = await loadEnterprise(slug);
  if (!enterprise) return {};
  const path = `/enterprises/${enterprise.slug}`;
  return {
    title: localize(locale, enterprise.nameZh, enterprise.nameEn),
    description: localize(locale, enterprise.taglineZh, enterprise.taglineEn),
    alternates: { canonical: locale === "en" ? `/en${path}` : path, languages: { "zh-CN": path, en: `/en${path}` } },
  };
}

// Rendered on first request and then served from the cache, refreshed in the background;
// nothing is rendered at build time, when there is no database.
export const revalidate = 60;
export const dynamic = "force-static";

export default async function EnterprisePage({ params }: PageProps<"/[locale]/enterprises/[slug]">) {
  const { locale, slug } = await params;
  const enterprise = await loadEnterprise(slug);
  if (!enterprise) notFound();
  const t = await getTranslations("enterprise");
  const products = await cachedProductList({ ...EMPTY_FILTERS, enterprises: [enterprise.slug] });
  const name = localize(locale, enterprise.nameZh, enterprise.nameEn);
  const facts = [
    enterprise.foundedYear && t("founded", { year: enterprise.foundedYear }),
    enterprise.productionLines && t("lines", { count: enterprise.productionLines }),
    t("products", { count: enterprise._count.products }),
  ].filter(Boolean);

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 md:py-10">
      <header className="rounded-3xl bg-gradient-to-br from-celadon-50 to-white p-6 md:p-10">
        <h1 className="flex flex-wrap items-center gap-3 font-serif text-3xl text-cobalt-900">
          {name}
          {enterprise.isSample && <span className="rounded bg-porcelain-deep px-2 py-0.5 font-sans text-xs text-ink-soft">{t("sample")}</span>}
        </h1>
        <p className="mt-2 text-lg text-celadon-800">{localize(locale, enterprise.taglineZh, enterprise.taglineEn)}</p>
        <p className="mt-2 text-sm text-ink-soft">{facts.join(" · ")}</p>
        <section className="mt-6 max-w-3xl">
          <h2 className="sr-only">{t("story")}</h2>
          {localize(locale, enterprise.storyZh, enterprise.storyEn)
            .split(/\n+/)
            .map((paragraph) => (
              <p key={paragraph} className="mt-3 leading-relaxed text-ink">
                {paragraph}
              </p>
            ))}
        </section>
        {enterprise.isSample && <p className="mt-4 text-xs text-ink-soft">{t("sampleNote")}</p>}
      </header>
      <section className="mt-10">
        <div className="mb-4 flex items-baseline justify-between">
          <h2 className="font-serif text-xl text-cobalt-900">{t("catalog", { name })}</h2>
          <Link href={`/products?enterprise=${enterprise.slug}`} className="text-sm text-cobalt-700 hover:underline">
            {t("viewAll")} →
          </Link>
        </div>
        <ProductGrid products={products.items} />
      </section>
    </div>
  );
}
