"use client";

import { useLocale, useTranslations } from "next-intl";
import { type KeyboardEvent, useEffect, useId, useRef, useState, useTransition } from "react";
import { searchLineupProductsAction } from "@/app/[locale]/host/sessions/actions";
import type { ProductChoice } from "@/lib/live/host-console";
import { inputClass } from "@/components/forms/field";
import { localize } from "@/lib/i18n/localize";
import { formatFen, type Locale } from "@/lib/money/format";
import { FieldError } from "./form-controls";
import type { HostFormState } from "./form-state";
import { LineThumb } from "@/components/orders/line-thumb";
import { smallButton } from "./ui";

/**
 * A session's line-up: published products of any enterprise, found by name, in the order the
 * host will present them. The choice travels with the form as repeated `productIds` fields; the
 * server checks again that each one is still published.
 */
export function LineupPicker({ initial, max, state, name = "productIds" }: { initial: ProductChoice[]; max: number; state?: HostFormState; name?: string }) {
  const t = useTranslations("hostConsole.picker");
  const locale = useLocale();
  const id = useId();
  const [chosen, setChosen] = useState(initial);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<ProductChoice[] | null>(null);
  const [searching, startSearch] = useTransition();
  const latest = useRef(0);

  const search = (text: string) => {
    const ticket = ++latest.current;
    startSearch(async () => {
      const found = await searchLineupProductsAction(text);
      // A slower answer to an older query must not replace a newer one.
      if (ticket === latest.current) setResults(found);
    });
  };
  // The newest products show before anything is typed; typing searches after a short pause.
  useEffect(() => {
    const timer = setTimeout(() => search(query), query ? 250 : 0);
    return () => clearTimeout(timer);
  }, [query]);

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter searches at once instead of sending the whole form.
    if (event.key === "Enter") {
      event.preventDefault();
      search(query);
    }
  };
  const chosenIds = new Set(chosen.map((p) => p.id));
  const add = (product: ProductChoice) => setChosen((list) => (list.length >= max || list.some((p) => p.id === product.id) ? list : [...list, product]));
  const remove = (productId: string) => setChosen((list) => list.filter((p) => p.id !== productId));
  const move = (index: number, by: -1 | 1) =>
    setChosen((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      if (item) next.splice(index + by, 0, item);
      return next;
    });
  const nameOf = (p: ProductChoice) => localize(locale, p.nameZh, p.nameEn);
  const price = (p: ProductChoice) => formatFen(p.priceMinFen, locale as Locale) + (p.priceMaxFen > p.priceMinFen ? ` – ${formatFen(p.priceMaxFen, locale as Locale)}` : "");
  const errorId = `${id}-error`;

  return (
    <div className="grid gap-5 lg:grid-cols-2">
      <div className="min-w-0">
        <div className="mb-2 flex items-baseline justify-between gap-3">
          <h3 id={`${id}-chosen`} className="text-sm font-medium">
            {t("chosen")}
          </h3>
          <span className="text-xs tabular-nums text-ink-soft">{t("count", { count: chosen.length, max })}</span>
        </div>
        {chosen.map((p) => (
          <input key={p.id} type="hidden" name={name} value={p.id} />
        ))}
        <FieldError state={state} name={name} id={errorId} className="mb-2" />
        {chosen.length === 0 ? (
          <p className="rounded-xl border border-dashed border-celadon-300 px-4 py-6 text-center text-sm text-ink-soft">{t("none")}</p>
        ) : (
          <ol aria-labelledby={`${id}-chosen`} aria-describedby={state?.fieldErrors?.[name] ? errorId : undefined} className="divide-y divide-porcelain-deep rounded-xl border border-porcelain-deep" data-testid="lineup-chosen">
            {chosen.map((p, index) => (
              <li key={p.id} className="flex items-center gap-3 p-2">
                <span className="w-5 shrink-0 text-center text-xs tabular-nums text-ink-soft">{index + 1}</span>
                <LineThumb image={p.imageUrl ? { url: p.imageUrl } : null} alt="" size={44} />
                <div className="min-w-0 flex-1">
                  <p className="truncate text-sm">{nameOf(p)}</p>
                  <p className="truncate text-xs text-ink-soft">
                    {localize(locale, p.enterpriseZh, p.enterpriseEn)} · {price(p)}
                    {!p.published && <span className="text-cinnabar"> · {t("unpublished")}</span>}
                  </p>
                </div>
                <div className="flex shrink-0 gap-1">
                  <button type="button" className={smallButton} disabled={index === 0} onClick={() => move(index, -1)} aria-label={t("up", { name: nameOf(p) })}>
                    ↑
                  </button>
                  <button type="button" className={smallButton} disabled={index === chosen.length - 1} onClick={() => move(index, 1)} aria-label={t("down", { name: nameOf(p) })}>
                    ↓
                  </button>
                  <button type="button" className={smallButton} onClick={() => remove(p.id)} aria-label={t("remove", { name: nameOf(p) })}>
                    ✕
                  </button>
                </div>
              </li>
            ))}
          </ol>
        )}
      </div>

      <div className="min-w-0">
        <label htmlFor={`${id}-search`} className="mb-2 block text-sm font-medium">
          {t("search")}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onSearchKey}
          placeholder={t("searchPlaceholder")}
          maxLength={100}
          autoComplete="off"
          className={inputClass}
        />
        <div aria-live="polite" className="mt-2 text-xs text-ink-soft">
          {searching ? t("searching") : results?.length === 0 ? t("noResults") : null}
        </div>
        {results && results.length > 0 && (
          <ul aria-label={t("results")} className="mt-1 max-h-96 divide-y divide-porcelain-deep overflow-y-auto rounded-xl border border-porcelain-deep" data-testid="lineup-results">
            {results.map((p) => {
              const added = chosenIds.has(p.id);
              return (
                <li key={p.id} className="flex items-center gap-3 p-2">
                  <LineThumb image={p.imageUrl ? { url: p.imageUrl } : null} alt="" size={44} />
                  <div className="min-w-0 flex-1">
                    <p className="truncate text-sm">{nameOf(p)}</p>
                    <p className="truncate text-xs text-ink-soft">
                      {localize(locale, p.enterpriseZh, p.enterpriseEn)} · {price(p)}
                    </p>
                  </div>
                  <button type="button" className={smallButton} disabled={added || chosen.length >= max} onClick={() => add(p)} aria-label={added ? t("added", { name: nameOf(p) }) : t("add", { name: nameOf(p) })}>
                    {added ? "✓" : "+"}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
