import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ProductGrid } from "@/components/catalog/product-card";
import { Gallery } from "@/components/product/gallery";
import { productJsonLd } from "@/components/product/json-ld";
import { PurchasePanel, PurchasePanelView } from "@/components/product/purchase-panel";
import { JsonLd } from "@/components/json-ld";
import { Link } from "@/i18n/navigation";
import { cachedAvailability, cachedProduct, cachedRelatedProducts } from "@/lib/catalog/cache";
import { localize } from "@/lib/i18n/localize";
import { siteUrl } from "@/lib/site-url";

const slugSchema = /^[a-z0-9-]{1,120}$/;

async function loadProduct(slug: string) {
  return slugSchema.test(slug) ? cachedProduct(slug) : null;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/products/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  const product = await loadProduct(slug);
  if (!product) return {};
  const name = localize(locale, product.nameZh, product.nameEn);
  const description = localize(locale, product.descriptionZh, product.descriptionEn);
  const path = `/products/${product.slug}`;
  return {
    title: name,
    description,
    alternates: { canonical: locale === "en" ? `/en${path}` : path, languages: { "zh-CN": path, en: `/en${path}` } },
    openGraph: {
      title: name,
      description,
      url: locale === "en" ? `/en${path}` : path,
      images: product.media.slice(0, 1).map((m) => ({ url: m.url, width: m.width, height: m.height, alt: localize(locale, m.altZh, m.altEn) })),
    },
  };
}

// Product pages are rendered once and served from the cache (a product change invalidates its
// tag); nothing is rendered at build time, when there is no database. Stock and the chosen
// variant are filled in by the purchase panel in the browser.
export const revalidate = 60;
export const dynamic = "force-static";

export default async function ProductPage({ params }: PageProps<"/[locale]/products/[slug]">) {
  const { locale, slug } = await params;
  const product = await loadProduct(slug);
  if (!product || product.variants.length === 0) notFound();
  const [availability, related, t] = await Promise.all([
    cachedAvailability(product.id),
    cachedRelatedProducts(product),
    getTranslations("product"),
  ]);
  const name = localize(locale, product.nameZh, product.nameEn);
  const images = product.media.map((m) => ({ ...m, alt: localize(locale, m.altZh, m.altEn) }));

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 md:py-10">
      <JsonLd data={productJsonLd({ product, locale, availability, origin: siteUrl() })} />
      <div className="grid gap-8 md:grid-cols-2 md:gap-12">
        <Gallery images={images} />
        <div className="space-y-6">
          <div>
            <Link href={`/enterprises/${product.enterprise.slug}`} className="text-sm text-celadon-800 hover:underline">
              {localize(locale, product.enterprise.nameZh, product.enterprise.nameEn)}
            </Link>
            <h1 className="mt-1 font-serif text-2xl leading-snug text-cobalt-900 md:text-3xl">{name}</h1>
          </div>
          <Suspense fallback={<PurchasePanelView slug={product.slug} variants={product.variants} availability={availability} />}>
            <PurchasePanel slug={product.slug} variants={product.variants} availability={availability} />
          </Suspense>

          <section>
            <h2 className="mb-2 font-medium">{t("description")}</h2>
            <p className="leading-relaxed text-ink-soft">{localize(locale, product.descriptionZh, product.descriptionEn)}</p>
          </section>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-2xl border border-porcelain-deep p-4 text-sm">
            <dt className="text-ink-soft">{t("category")}</dt>
            <dd>
              <Link href={`/products?category=${product.category.slug}`} className="hover:underline">
                {localize(locale, product.category.nameZh, product.category.nameEn)}
              </Link>
            </dd>
            <dt className="text-ink-soft">{t("glaze")}</dt>
            <dd className="flex items-center gap-2">
              <span aria-hidden="true" className="size-3 rounded-full border border-black/10" style={{ background: product.glaze.colorHex }} />
              <Link href={`/products?glaze=${product.glaze.slug}`} className="hover:underline">
                {localize(locale, product.glaze.nameZh, product.glaze.nameEn)}
              </Link>
            </dd>
            <dt className="text-ink-soft">{t("material")}</dt>
            <dd>{localize(locale, product.materialZh, product.materialEn)}</dd>
          </dl>
          <details className="rounded-2xl bg-white p-4" open>
            <summary className="cursor-pointer font-medium">{t("care")}</summary>
            <p className="mt-2 text-sm leading-relaxed text-ink-soft">{localize(locale, product.careZh, product.careEn)}</p>
          </details>
          <details className="rounded-2xl bg-white p-4">
            <summary className="cursor-pointer font-medium">{t("shipping")}</summary>
            <p className="mt-2 text-sm leading-relaxed text-ink-soft">{t("shippingBody")}</p>
          </details>
          <aside className="rounded-2xl border border-celadon-100 bg-celadon-50 p-4">
            <p className="text-xs text-celadon-800">{t("fromEnterprise")}</p>
            <p className="mt-1 font-medium">{localize(locale, product.enterprise.nameZh, product.enterprise.nameEn)}</p>
            <p className="mt-1 text-sm text-ink-soft">{localize(locale, product.enterprise.taglineZh, product.enterprise.taglineEn)}</p>
            <Link href={`/enterprises/${product.enterprise.slug}`} className="mt-3 inline-block text-sm text-cobalt-700 hover:underline">
              {t("visitEnterprise")} →
            </Link>
          </aside>
        </div>
      </div>
      {related.length > 0 && (
        <section className="mt-14">
          <h2 className="mb-4 font-serif text-xl text-cobalt-900">{t("related")}</h2>
          <ProductGrid products={related.slice(0, 4)} />
        </section>
      )}
    </div>
  );
}
