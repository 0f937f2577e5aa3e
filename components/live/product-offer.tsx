"use client";

import Image from "next/image";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { AddToCart } from "@/components/cart/add-to-cart";
import { Price } from "@/components/price";
import { Link } from "@/i18n/navigation";
import { localize } from "@/lib/i18n/localize";
import { formatFen, type Locale } from "@/lib/money/format";
import type { RoomProduct } from "@/lib/live/listing";

/**
 * A line-up product as the room offers it: picture, name, price, and "buy" that opens the
 * variant choice and add-to-cart (the line carries the session, so the sale is attributed).
 * The pinned card is the same offer with the "讲解中" badge.
 */
export function ProductOffer({ product, sessionId, pinned = false }: { product: RoomProduct; sessionId: string; pinned?: boolean }) {
  const t = useTranslations("live.offer");
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [variantId, setVariantId] = useState(product.variants.find((v) => v.available > 0)?.id ?? product.variants[0]?.id);
  const variant = product.variants.find((v) => v.id === variantId) ?? product.variants[0];
  const name = localize(locale, product.nameZh, product.nameEn);
  const soldOut = product.available <= 0;

  return (
    <article
      data-testid={pinned ? "pinned-product" : "shelf-product"}
      className={`rounded-2xl bg-white text-ink ${pinned ? "p-2.5 shadow-lg ring-1 ring-black/5 md:p-4 md:shadow-none md:ring-celadon-100" : "p-3"}`}
    >
      <div className="flex items-center gap-3">
        <div className={`relative shrink-0 overflow-hidden rounded-xl bg-porcelain-deep ${pinned ? "h-14 w-14 md:h-20 md:w-20" : "h-16 w-16"}`}>
          {product.image && <Image src={product.image.url} alt={localize(locale, product.image.altZh, product.image.altEn)} fill sizes="80px" unoptimized className="object-cover" />}
          {pinned && <span className="absolute inset-x-0 bottom-0 bg-cinnabar/90 py-0.5 text-center text-[10px] font-semibold text-white">{t("presenting")}</span>}
        </div>
        <div className="min-w-0 flex-1">
          <h3 className="line-clamp-2 text-sm font-medium leading-snug">
            <Link href={`/products/${product.slug}`} className="hover:text-cobalt-700">
              {name}
            </Link>
          </h3>
          <p className="mt-1 flex items-baseline gap-2 text-sm">
            <span className="font-semibold text-cinnabar">
              {product.priceMinFen === product.priceMaxFen ? <Price fen={product.priceMinFen} locale={locale} /> : t("from", { price: formatFen(product.priceMinFen, locale as Locale) })}
            </span>
            {soldOut && <span className="text-xs text-ink-soft">{t("soldOut")}</span>}
          </p>
        </div>
        <button
          type="button"
          onClick={() => setOpen((value) => !value)}
          aria-expanded={open}
          disabled={soldOut}
          className="shrink-0 rounded-full bg-cinnabar px-3.5 py-1.5 text-xs font-semibold text-white shadow-sm transition hover:bg-cinnabar/90 disabled:bg-ink-soft/40"
        >
          {open ? t("close") : t("buy")}
        </button>
      </div>
      {open && variant && (
        <div className="mt-3 space-y-3 border-t border-porcelain-deep pt-3">
          {product.variants.length > 1 && (
            <fieldset>
              <legend className="mb-1.5 text-xs text-ink-soft">{t("chooseVariant")}</legend>
              <div className="flex flex-wrap gap-1.5">
                {product.variants.map((option) => (
                  <label key={option.id} className="cursor-pointer">
                    <input type="radio" name={`variant-${product.id}`} value={option.id} checked={option.id === variant.id} onChange={() => setVariantId(option.id)} className="peer sr-only" />
                    <span
                      className={`inline-block rounded-lg border border-celadon-100 px-2.5 py-1 text-xs peer-checked:border-cobalt-700 peer-checked:bg-cobalt-50 peer-checked:text-cobalt-900 peer-focus-visible:outline-2 peer-focus-visible:outline-cobalt-500 ${
                        option.available <= 0 ? "text-ink-soft line-through" : ""
                      }`}
                    >
                      {localize(locale, option.nameZh, option.nameEn)} · <Price fen={option.priceFen} locale={locale} />
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          <AddToCart key={variant.id} variantId={variant.id} available={variant.available} liveSessionId={sessionId} />
        </div>
      )}
    </article>
  );
}
