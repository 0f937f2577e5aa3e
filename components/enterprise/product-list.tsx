import Image from "next/image";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { EnterpriseProductListItem } from "@/lib/catalog/admin/products";
import { localize } from "@/lib/i18n/localize";
import { formatFen, type Locale } from "@/lib/money/format";
import { StatusBadge } from "./status-badge";

function priceRange(item: EnterpriseProductListItem, locale: string): string {
  if (item.activeVariantCount === 0) return "—";
  const min = formatFen(item.priceMinFen, locale as Locale);
  return item.priceMinFen === item.priceMaxFen ? min : `${min} – ${formatFen(item.priceMaxFen, locale as Locale)}`;
}

function Thumb({ item, size }: { item: EnterpriseProductListItem; size: number }) {
  return item.image ? (
    <Image src={item.image.url} alt="" width={size} height={size} unoptimized className="shrink-0 rounded-lg border border-porcelain-deep bg-white object-cover" style={{ width: size, height: size }} />
  ) : (
    <span aria-hidden="true" className="block shrink-0 rounded-lg border border-dashed border-celadon-300 bg-celadon-50" style={{ width: size, height: size }} />
  );
}

/**
 * The enterprise's products: a table on tablets and desktops, cards on phones. Each name links
 * to the product's edit page.
 */
export async function ProductList({ items, locale, hrefOf }: { items: EnterpriseProductListItem[]; locale: string; hrefOf: (id: string) => string }) {
  const t = await getTranslations("enterpriseConsole");
  const format = await getFormatter();
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  return (
    <>
      <div className="hidden overflow-hidden rounded-2xl border border-porcelain-deep bg-white md:block">
        <table className="w-full text-left text-sm">
          <thead className="bg-porcelain-deep/60 text-xs text-ink-soft">
            <tr>
              <th scope="col" className="px-4 py-2.5 font-medium">
                {t("products.columns.product")}
              </th>
              <th scope="col" className="px-3 py-2.5 font-medium">
                {t("products.columns.status")}
              </th>
              <th scope="col" className="px-3 py-2.5 font-medium">
                {t("products.columns.price")}
              </th>
              <th scope="col" className="px-3 py-2.5 font-medium">
                {t("products.columns.variants")}
              </th>
              <th scope="col" className="px-3 py-2.5 font-medium">
                {t("products.columns.stock")}
              </th>
              <th scope="col" className="px-4 py-2.5 text-right font-medium">
                {t("products.columns.updated")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-porcelain-deep">
            {items.map((item) => {
              const name = localize(locale, item.nameZh, item.nameEn);
              const other = localize(locale, item.nameEn, item.nameZh);
              return (
                <tr key={item.id} className="hover:bg-cobalt-50/40">
                  <td className="px-4 py-3">
                    <div className="flex items-center gap-3">
                      <Thumb item={item} size={48} />
                      <div className="min-w-0">
                        <Link href={hrefOf(item.id)} className="font-medium text-cobalt-900 hover:underline">
                          {name}
                        </Link>
                        <p className="truncate text-xs text-ink-soft">{other}</p>
                      </div>
                    </div>
                  </td>
                  <td className="px-3 py-3">
                    <StatusBadge status={item.status} label={t(`statusLabel.${item.status}`)} />
                  </td>
                  <td className="whitespace-nowrap px-3 py-3 tabular-nums">{priceRange(item, locale)}</td>
                  <td className="whitespace-nowrap px-3 py-3 text-ink-soft">{t("products.variantCount", { active: item.activeVariantCount, total: item.variantCount })}</td>
                  <td className="whitespace-nowrap px-3 py-3 tabular-nums text-ink-soft">{t("products.stockSummary", { available: item.available, onHand: item.onHand })}</td>
                  <td className="whitespace-nowrap px-4 py-3 text-right text-xs text-ink-soft">{date(item.updatedAt)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <ul className="space-y-3 md:hidden">
        {items.map((item) => (
          <li key={item.id}>
            <Link href={hrefOf(item.id)} className="flex gap-3 rounded-2xl border border-porcelain-deep bg-white p-3 hover:border-cobalt-500">
              <Thumb item={item} size={64} />
              <div className="min-w-0 flex-1 space-y-1">
                <div className="flex items-start justify-between gap-2">
                  <p className="font-medium leading-snug text-cobalt-900">{localize(locale, item.nameZh, item.nameEn)}</p>
                  <StatusBadge status={item.status} label={t(`statusLabel.${item.status}`)} />
                </div>
                <p className="text-sm tabular-nums">{priceRange(item, locale)}</p>
                <p className="text-xs text-ink-soft">
                  {t("products.variantCount", { active: item.activeVariantCount, total: item.variantCount })} · {t("products.stockSummary", { available: item.available, onHand: item.onHand })}
                </p>
              </div>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
