import type { ProductDetail } from "@/lib/catalog/queries";
import { localize } from "@/lib/i18n/localize";
import { fenToYuanString } from "@/lib/money/format";

/** schema.org Product with one Offer per variant, prices as decimal strings built from fen. */
export function productJsonLd({
  product,
  locale,
  availability,
  origin,
}: {
  product: ProductDetail;
  locale: string;
  availability: Record<string, number>;
  origin: string;
}) {
  const path = `${locale === "en" ? "/en" : ""}/products/${product.slug}`;
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: localize(locale, product.nameZh, product.nameEn),
    description: localize(locale, product.descriptionZh, product.descriptionEn),
    image: product.media.map((m) => new URL(m.url, origin).toString()),
    brand: { "@type": "Brand", name: localize(locale, product.enterprise.nameZh, product.enterprise.nameEn) },
    category: localize(locale, product.category.nameZh, product.category.nameEn),
    material: localize(locale, product.materialZh, product.materialEn),
    offers: product.variants.map((variant) => ({
      "@type": "Offer",
      sku: variant.sku,
      name: localize(locale, variant.nameZh, variant.nameEn),
      price: fenToYuanString(variant.priceFen),
      priceCurrency: variant.currency,
      availability: (availability[variant.id] ?? 0) > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      url: `${origin}${path}?variant=${encodeURIComponent(variant.sku)}`,
    })),
  };
}
