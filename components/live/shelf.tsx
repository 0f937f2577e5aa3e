"use client";

import { useTranslations } from "next-intl";
import type { RoomProduct } from "@/lib/live/listing";
import { ProductOffer } from "./product-offer";

/**
 * Every line-up product of the session. A bottom sheet on a phone (opened from the bag button),
 * a list in the side panel on a desktop.
 */
export function Shelf({ products, sessionId, open, onClose }: { products: RoomProduct[]; sessionId: string; open: boolean; onClose: () => void }) {
  const t = useTranslations("live.shelf");
  return (
    <>
      {open && <div className="fixed inset-0 z-40 bg-black/40 md:hidden" onClick={onClose} aria-hidden="true" />}
      <section
        aria-label={t("title", { count: products.length })}
        data-testid="shelf"
        className={`${open ? "fixed inset-x-0 bottom-0 z-50 flex max-h-[72dvh] flex-col rounded-t-3xl bg-porcelain text-ink shadow-2xl" : "hidden"} md:static md:z-auto md:flex md:max-h-none md:min-h-[9rem] md:flex-1 md:flex-col md:rounded-2xl md:bg-white md:shadow-none`}
      >
        <header className="flex items-center justify-between px-4 pb-2 pt-4">
          <h2 className="text-sm font-semibold text-cobalt-900">{t("title", { count: products.length })}</h2>
          <button type="button" onClick={onClose} className="rounded-full px-3 py-1 text-sm text-ink-soft hover:bg-porcelain-deep md:hidden">
            {t("close")}
          </button>
        </header>
        <ul className="flex-1 space-y-2 overflow-y-auto overscroll-contain px-3 pb-[max(env(safe-area-inset-bottom),1rem)] md:pb-3">
          {products.map((product, index) => (
            <li key={product.id} className="flex items-start gap-2">
              <span className="mt-5 w-5 shrink-0 text-center text-xs font-semibold text-ink-soft">{index + 1}</span>
              <div className="min-w-0 flex-1 rounded-2xl ring-1 ring-porcelain-deep">
                <ProductOffer product={product} sessionId={sessionId} />
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export function ShelfButton({ count, onOpen }: { count: number; onOpen: () => void }) {
  const t = useTranslations("live.shelf");
  return (
    <button
      type="button"
      onClick={onOpen}
      data-testid="shelf-button"
      aria-label={t("open", { count })}
      className="relative flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-[#e08a3c] text-white shadow md:hidden"
    >
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round">
        <path d="M5 8h14l-1.2 11.2a1 1 0 0 1-1 .8H7.2a1 1 0 0 1-1-.8L5 8Z" />
        <path d="M9 8V6.5a3 3 0 0 1 6 0V8" strokeLinecap="round" />
      </svg>
      <span className="absolute -right-1 -top-1 min-w-4 rounded-full bg-white px-1 text-[10px] font-bold text-cinnabar">{count}</span>
    </button>
  );
}
