import Image from "next/image";
import { getLocale, getTranslations } from "next-intl/server";
import { Price } from "@/components/price";
import { Link } from "@/i18n/navigation";
import type { ProductCard as Card } from "@/lib/catalog/queries";
import { localize } from "@/lib/i18n/localize";
import { formatFen, type Locale } from "@/lib/money/format";

export async function ProductCard({ product, priority = false }: { product: Card; priority?: boolean }) {
  const locale = await getLocale();
  const t = await getTranslations("product");
  const name = localize(locale, product.nameZh, product.nameEn);
  const soldOut = product.available === 0;
  return (
    <article className="group relative flex flex-col">
      <div className="relative aspect-square overflow-hidden rounded-xl bg-porcelain-deep">
        {product.image && (
          <Image
            src={product.image.url}
            alt={localize(locale, product.image.altZh, product.image.altEn)}
            width={product.image.width}
            height={product.image.height}
            sizes="(min-width: 1024px) 23vw, (min-width: 640px) 31vw, 48vw"
            priority={priority}
            unoptimized
            className={`h-full w-full object-cover transition duration-300 group-hover:scale-[1.03] ${soldOut ? "opacity-60" : ""}`}
          />
        )}
        {soldOut && (
          <span className="absolute left-2 top-2 rounded-full bg-ink/80 px-2 py-0.5 text-xs text-white">{t("soldOut")}</span>
        )}
      </div>
      <div className="mt-2 flex flex-1 flex-col gap-0.5">
        <p className="text-xs text-ink-soft">{localize(locale, product.enterprise.nameZh, product.enterprise.nameEn)}</p>
        <h3 className="line-clamp-2 text-sm font-medium leading-snug">
          <Link href={`/products/${product.slug}`} className="after:absolute after:inset-0">
            {name}
          </Link>
        </h3>
        <p className="mt-auto flex items-baseline gap-2 pt-1">
          <span className="font-semibold text-cobalt-900">
            {product.priceMinFen === product.priceMaxFen ? (
              <Price fen={product.priceMinFen} locale={locale} />
            ) : (
              t("from", { price: formatFen(product.priceMinFen, locale as Locale) })
            )}
          </span>
          {product.compareAtFen !== null && (
            <span className="text-xs text-ink-soft line-through">
              <Price fen={product.compareAtFen} locale={locale} />
            </span>
          )}
        </p>
      </div>
    </article>
  );
}

export function ProductGrid({ products, priorityCount = 0 }: { products: Card[]; priorityCount?: number }) {
  return (
    <ul className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} priority={index < priorityCount} />
        </li>
      ))}
    </ul>
  );
}
