import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { localize } from "@/lib/i18n/localize";
import type { ProductDetail } from "@/lib/catalog/queries";

/**
 * Variants as links (?variant=SKU): the chosen one is in the URL, survives a language switch and
 * a shared link, and price and stock are rendered by the server for it.
 */
export async function VariantPicker({
  product,
  selectedSku,
  availability,
}: {
  product: ProductDetail;
  selectedSku: string;
  availability: Record<string, number>;
}) {
  const locale = await getLocale();
  const t = await getTranslations("product");
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium">{t("chooseVariant")}</legend>
      <ul className="flex flex-wrap gap-2">
        {product.variants.map((variant) => {
          const selected = variant.sku === selectedSku;
          const soldOut = (availability[variant.id] ?? 0) <= 0;
          return (
            <li key={variant.id}>
              <Link
                href={`/products/${product.slug}?variant=${encodeURIComponent(variant.sku)}`}
                replace
                scroll={false}
                aria-current={selected ? "true" : undefined}
                className={`inline-block rounded-xl border px-3 py-2 text-sm transition ${
                  selected ? "border-cobalt-700 bg-cobalt-50 text-cobalt-900 ring-1 ring-cobalt-700" : "border-celadon-100 bg-white hover:border-cobalt-500"
                } ${soldOut ? "text-ink-soft line-through decoration-ink-soft/50" : ""}`}
              >
                {localize(locale, variant.nameZh, variant.nameEn)}
              </Link>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
