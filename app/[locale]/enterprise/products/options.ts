import { listProductOptions } from "@/lib/catalog/admin/products";
import { db } from "@/lib/db/client";
import { localize } from "@/lib/i18n/localize";

/** Category and glaze choices of the product form, labelled in the page's language. */
export async function productFormOptions(locale: string) {
  const { categories, glazes } = await listProductOptions(db());
  return {
    categories: categories.map((c) => ({ value: c.slug, label: localize(locale, c.nameZh, c.nameEn) })),
    glazes: glazes.map((g) => ({ value: g.slug, label: localize(locale, g.nameZh, g.nameEn) })),
  };
}
