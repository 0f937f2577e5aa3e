"use client";

import Image from "next/image";
import { useLocale, useTranslations } from "next-intl";
import { localize } from "@/lib/i18n/localize";
import type { RoomProduct, TimelinePin } from "@/lib/live/listing";
import { clockOf } from "./countdown";

/**
 * The replay's product timeline: each pin at its moment of the recording. With a recording a
 * click jumps there; the entry being presented at the current position is marked.
 */
export function ReplayTimeline({
  timeline,
  products,
  current,
  onSeek,
}: {
  timeline: TimelinePin[];
  products: ReadonlyMap<string, RoomProduct>;
  current: number | null;
  onSeek: ((offsetMs: number) => void) | null;
}) {
  const t = useTranslations("live.timeline");
  const locale = useLocale();
  if (timeline.length === 0) return null;
  return (
    <section aria-label={t("title")} className="md:rounded-2xl md:bg-white md:p-4">
      <h2 className="mb-2 hidden text-sm font-semibold text-cobalt-900 md:block">{t("title")}</h2>
      <ol className="flex gap-2 overflow-x-auto pb-1 md:flex-col md:overflow-visible" data-testid="replay-timeline">
        {timeline.map((pin, index) => {
          const product = products.get(pin.productId);
          if (!product) return null;
          const active = current === index;
          const content = (
            <>
              <span className="relative h-10 w-10 shrink-0 overflow-hidden rounded-lg bg-porcelain-deep">
                {product.image && <Image src={product.image.url} alt="" fill sizes="40px" unoptimized className="object-cover" />}
              </span>
              <span className="min-w-0 text-left">
                <span className="block text-xs font-semibold tabular-nums text-cobalt-700">{clockOf(pin.offsetMs)}</span>
                <span className="line-clamp-1 text-xs">{localize(locale, product.nameZh, product.nameEn)}</span>
              </span>
            </>
          );
          const style = `flex w-44 shrink-0 items-center gap-2 rounded-xl p-1.5 text-ink md:w-full ${active ? "bg-cobalt-50 ring-1 ring-cobalt-500" : "bg-white/95 md:bg-porcelain"}`;
          return (
            <li key={`${pin.offsetMs}-${pin.productId}`}>
              {onSeek ? (
                <button type="button" onClick={() => onSeek(pin.offsetMs)} aria-current={active || undefined} aria-label={t("jump", { time: clockOf(pin.offsetMs), name: localize(locale, product.nameZh, product.nameEn) })} className={`${style} hover:ring-1 hover:ring-cobalt-500`}>
                  {content}
                </button>
              ) : (
                <div className={style}>{content}</div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
