import Image from "next/image";
import { getTranslations } from "next-intl/server";
import { ProductGrid } from "@/components/catalog/product-card";
import { EnterpriseCard } from "@/components/enterprise-card";
import { HomeLiveSection } from "@/components/live/home-live-section";
import { SectionHeading } from "@/components/ui/section-heading";
import { Link } from "@/i18n/navigation";
import { cachedEnterprises, cachedFacets, cachedFeaturedProducts, cachedNewArrivals } from "@/lib/catalog/cache";
import { artworkUrl } from "@/lib/catalog/artwork";
import { db } from "@/lib/db/client";
import { homeLiveSection } from "@/lib/live/listing";
import { localize } from "@/lib/i18n/localize";

/** The cluster's published figures (not every enterprise's own are known, so not summed). */
const VILLAGE_FACTS = { productionLines: 14 };

const CATEGORY_ART: Record<string, Parameters<typeof artworkUrl>[0]> = {
  bowls: { shape: "bowl", glaze: "qinghua", motif: 1 },
  plates: { shape: "plate", glaze: "celadon", motif: 2 },
  "cups-mugs": { shape: "mug", glaze: "cobalt", motif: 3 },
  "tea-sets": { shape: "tea-set", glaze: "white", motif: 4 },
  "dinnerware-sets": { shape: "dinnerware-set", glaze: "qinghua", motif: 5 },
  "vases-decor": { shape: "vase", glaze: "flambe", motif: 6 },
  "kitchen-storage": { shape: "jar", glaze: "tenmoku", motif: 7 },
};

// Rendered per request from cached data: it cannot be prerendered at build time, when there
// is no database (an on-demand cached page needs a dynamic segment of its own, as products have).
export const dynamic = "force-dynamic";

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  const t = await getTranslations("home");
  const [featured, arrivals, enterprises, facets, live] = await Promise.all([
    cachedFeaturedProducts(8),
    cachedNewArrivals(8),
    cachedEnterprises(),
    cachedFacets(),
    homeLiveSection(db()),
  ]);

  return (
    <>
      <section className="relative overflow-hidden bg-gradient-to-b from-celadon-50 to-porcelain">
        <div className="mx-auto grid max-w-6xl items-center gap-8 px-4 py-10 md:grid-cols-[1.2fr_1fr] md:py-16">
          <div>
            <h1 className="font-serif text-3xl leading-tight text-cobalt-900 md:text-5xl">{t("heroTitle")}</h1>
            <p className="mt-4 max-w-prose text-ink-soft md:text-lg">{t("heroBody")}</p>
            <div className="mt-6 flex flex-wrap gap-3">
              <Link href="/products" className="rounded-full bg-cobalt-700 px-5 py-2.5 text-sm font-medium text-white hover:bg-cobalt-900">
                {t("heroCta")}
              </Link>
              <Link href="/enterprises" className="rounded-full border border-cobalt-700 px-5 py-2.5 text-sm font-medium text-cobalt-700 hover:bg-cobalt-50">
                {t("heroSecondary")}
              </Link>
            </div>
            <dl className="mt-8 grid max-w-md grid-cols-3 gap-4 text-center">
              <Stat value={String(enterprises.length)} label={t("stats.enterprises")} />
              <Stat value={String(VILLAGE_FACTS.productionLines)} label={t("stats.lines")} />
              <Stat value={t("stats.piecesValue")} label={t("stats.pieces")} />
            </dl>
          </div>
          <Image
            src={artworkUrl({ shape: "tea-set", glaze: "qinghua", motif: 11 })}
            alt=""
            width={800}
            height={800}
            priority
            unoptimized
            className="mx-auto aspect-square w-full max-w-sm rounded-3xl md:max-w-md"
          />
        </div>
      </section>

      <HomeLiveSection sessions={live} />

      <section className="mx-auto max-w-6xl px-4 pt-10">
        <SectionHeading title={t("categories")} />
        <ul className="grid grid-cols-4 gap-3 sm:grid-cols-7">
          {facets.categories.map((category) => {
            const art = CATEGORY_ART[category.slug];
            return (
              <li key={category.slug}>
                <Link href={`/products?category=${category.slug}`} className="group flex flex-col items-center gap-1 text-center text-xs sm:text-sm">
                  {art && (
                    <Image src={artworkUrl(art)} alt="" width={800} height={800} unoptimized className="aspect-square w-full rounded-2xl bg-white transition group-hover:-translate-y-0.5" />
                  )}
                  <span>{localize(locale, category.nameZh, category.nameEn)}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </section>

      {featured.length > 0 && (
        <section className="mx-auto max-w-6xl px-4 pt-12">
          <SectionHeading title={t("featured")} href="/products" linkLabel={t("seeAll")} />
          <ProductGrid products={featured} priorityCount={2} />
        </section>
      )}

      <section className="mx-auto max-w-6xl px-4 pt-12">
        <SectionHeading title={t("enterprises")} href="/enterprises" linkLabel={t("seeAll")} />
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {enterprises.slice(0, 6).map((enterprise) => (
            <li key={enterprise.slug}>
              <EnterpriseCard enterprise={enterprise} />
            </li>
          ))}
        </ul>
      </section>

      <section className="mx-auto max-w-6xl px-4 pt-12">
        <SectionHeading title={t("newArrivals")} href="/products?sort=newest" linkLabel={t("seeAll")} />
        <ProductGrid products={arrivals} />
      </section>

      <section className="mx-auto mt-12 max-w-6xl px-4">
        <div className="rounded-3xl bg-cobalt-900 px-6 py-10 text-cobalt-50 md:px-12">
          <h2 className="font-serif text-2xl text-white">{t("storyTitle")}</h2>
          <p className="mt-3 max-w-3xl leading-relaxed">{t("storyBody")}</p>
          <ul className="mt-6 grid gap-4 text-sm md:grid-cols-3">
            {(["warehouse", "live", "shared"] as const).map((key) => (
              <li key={key} className="rounded-2xl bg-white/10 p-4">
                {t(`storyPoints.${key}`)}
              </li>
            ))}
          </ul>
        </div>
      </section>
    </>
  );
}

function Stat({ value, label }: { value: string; label: string }) {
  return (
    <div className="rounded-2xl bg-white/70 px-2 py-3">
      <dt className="sr-only">{label}</dt>
      <dd className="font-serif text-2xl text-cobalt-700">{value}</dd>
      <dd className="text-xs text-ink-soft">{label}</dd>
    </div>
  );
}
