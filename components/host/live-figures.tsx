"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { SessionFigures } from "@/lib/live/figures";
import { formatFen, type Locale } from "@/lib/money/format";
import { useLiveConnected, useLiveEvents } from "./live-events";

/**
 * The session's figures as they happen: viewers and likes straight from the stream, orders, GMV
 * and earnings from the server (a purchase refreshes the page's data, which arrives here as new
 * `figures`).
 */
export function LiveFigures({ figures, live }: { figures: SessionFigures; live: boolean }) {
  const t = useTranslations("hostConsole.figures");
  const locale = useLocale() as Locale;
  const connected = useLiveConnected();
  // What the stream said since the server's figures were read; new server figures start afresh.
  const [heard, setHeard] = useState<{ from: SessionFigures; viewers?: number; likes?: number }>({ from: figures });
  const current = heard.from === figures ? heard : { from: figures };
  if (current !== heard) setHeard(current);
  useLiveEvents((event) => {
    if (event.type === "viewers") setHeard((h) => ({ ...h, viewers: event.payload.count }));
    // Likes can arrive from several instances out of order: the highest count is the latest.
    if (event.type === "likes") setHeard((h) => ({ ...h, likes: Math.max(h.likes ?? 0, event.payload.count) }));
  });
  const items = [
    { key: "viewers", label: live ? t("viewers") : t("peakViewers"), value: live ? String(current.viewers ?? figures.viewers) : String(figures.peakViewers) },
    { key: "likes", label: t("likes"), value: String(Math.max(current.likes ?? 0, figures.likes)) },
    { key: "orders", label: t("orders"), value: String(figures.orders) },
    { key: "gmv", label: t("gmv"), value: formatFen(figures.gmvFen, locale) },
    { key: "earnings", label: t("earnings"), value: formatFen(figures.hostEarningsFen, locale) },
  ];
  return (
    <section aria-label={t("title")} className="mb-6">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {items.map((item) => (
          <div key={item.key} className="rounded-2xl bg-white p-4 last:col-span-2 sm:last:col-span-1" data-testid={`figure-${item.key}`}>
            <dt className="text-xs uppercase tracking-wider text-ink-soft">{item.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums text-cobalt-900">{item.value}</dd>
          </div>
        ))}
      </dl>
      {live && (
        <p className="mt-2 flex items-center gap-2 text-xs text-ink-soft" aria-live="polite">
          <span aria-hidden="true" className={`size-2 rounded-full ${connected ? "bg-celadon-600" : "bg-porcelain-deep"}`} />
          {connected ? t("connected") : t("connecting")}
        </p>
      )}
    </section>
  );
}
