"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { AddToCart } from "@/components/cart/add-to-cart";
import type { ProductDetail } from "@/lib/catalog/queries";
import { localize, localizeOptional } from "@/lib/i18n/localize";
import { formatFen, type Locale } from "@/lib/money/format";

type Variant = ProductDetail["variants"][number];

interface PanelProps {
  slug: string;
  variants: Variant[];
  /** Availability per variant id when the page was rendered; refreshed from the API on load. */
  availability: Record<string, number>;
}

/**
 * Price, variant choice and stock of a product. The page around it is cached whole, so the
 * chosen variant lives in the URL (?variant=SKU, read here) and stock is fetched fresh.
 */
export function PurchasePanel(props: PanelProps) {
  const fromUrl = useSearchParams().get("variant") ?? undefined;
  const [selectedSku, setSelectedSku] = useState(fromUrl);
  // Back and forward change the URL without a click here.
  useEffect(() => setSelectedSku(fromUrl), [fromUrl]);
  return (
    <PurchasePanelView
      {...props}
      selectedSku={selectedSku}
      live
      onSelect={(sku) => {
        setSelectedSku(sku);
        // Next keeps useSearchParams in step with the History API; no server round trip is needed.
        window.history.replaceState(null, "", `?variant=${encodeURIComponent(sku)}`);
      }}
    />
  );
}

/** The same panel before the URL is known (the server's HTML): the first variant. */
export function PurchasePanelView({
  slug,
  variants,
  availability: initialAvailability,
  selectedSku,
  live = false,
  onSelect,
}: PanelProps & { selectedSku?: string; live?: boolean; onSelect?: (sku: string) => void }) {
  const locale = useLocale();
  const t = useTranslations("product");
  const [availability, setAvailability] = useState(initialAvailability);
  useEffect(() => {
    if (!live) return;
    const controller = new AbortController();
    const refresh = () =>
      fetch(`/api/products/${slug}/availability`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : null))
        .then((body: { availability: Record<string, number> } | null) => body && setAvailability(body.availability))
        .catch(() => {});
    refresh();
    window.addEventListener("focus", refresh);
    return () => {
      controller.abort();
      window.removeEventListener("focus", refresh);
    };
  }, [slug, live]);

  const variant = variants.find((v) => v.sku === selectedSku) ?? variants[0];
  if (!variant) return null;
  const available = availability[variant.id] ?? 0;
  const size = localizeOptional(locale, variant.sizeZh, variant.sizeEn);
  const money = (fen: number) => formatFen(fen, locale as Locale);

  return (
    <div className="space-y-6">
      <div className="flex items-baseline gap-3" data-testid="price">
        <span className="text-3xl font-semibold tabular-nums text-cobalt-900">{money(variant.priceFen)}</span>
        {variant.compareAtFen !== null && variant.compareAtFen > variant.priceFen && (
          <span className="text-sm text-ink-soft line-through">{money(variant.compareAtFen)}</span>
        )}
      </div>
      {variants.length > 1 && (
        <fieldset>
          <legend className="mb-2 text-sm font-medium">{t("chooseVariant")}</legend>
          <div className="flex flex-wrap gap-2">
            {variants.map((option) => {
              const soldOut = (availability[option.id] ?? 0) <= 0;
              return (
                <label key={option.id} className="cursor-pointer">
                  <input
                    type="radio"
                    name="variant"
                    value={option.sku}
                    checked={option.sku === variant.sku}
                    onChange={() => onSelect?.(option.sku)}
                    className="peer sr-only"
                  />
                  <span
                    className={`inline-block rounded-xl border border-celadon-100 bg-white px-3 py-2 text-sm transition hover:border-cobalt-500 peer-checked:border-cobalt-700 peer-checked:bg-cobalt-50 peer-checked:text-cobalt-900 peer-checked:ring-1 peer-checked:ring-cobalt-700 peer-focus-visible:outline-2 peer-focus-visible:outline-cobalt-500 ${
                      soldOut ? "text-ink-soft line-through decoration-ink-soft/50" : ""
                    }`}
                  >
                    {localize(locale, option.nameZh, option.nameEn)}
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>
      )}
      <div className="rounded-2xl bg-white p-4">
        <p data-testid="availability" className={`text-sm ${available > variant.lowStockThreshold ? "text-celadon-800" : "font-medium text-cinnabar"}`}>
          {available <= 0 ? t("soldOut") : available <= variant.lowStockThreshold ? t("lowStock", { count: available }) : t("available", { count: available })}
        </p>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm text-ink-soft">
          <dt>{t("sku")}</dt>
          <dd data-testid="sku">{variant.sku}</dd>
          {size && (
            <>
              <dt>{t("variant")}</dt>
              <dd>{size}</dd>
            </>
          )}
          {variant.setCount > 1 && (
            <>
              <dt>{t("details")}</dt>
              <dd>{t("setCount", { count: variant.setCount })}</dd>
            </>
          )}
          <dt>{t("weight")}</dt>
          <dd>{t("weightValue", { grams: variant.weightGrams })}</dd>
        </dl>
      </div>
      <AddToCart key={variant.id} variantId={variant.id} available={available} />
    </div>
  );
}
