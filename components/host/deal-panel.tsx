"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { LineupProduct } from "@/lib/live/host-console";
import { endDealAction, startDealAction } from "@/app/[locale]/host/sessions/[id]/actions";
import { SubmitButton } from "@/components/forms/field";
import { useSecondsLeft } from "@/components/ui/use-seconds-left";
import { LineThumb } from "@/components/orders/line-thumb";
import { EmptyLine } from "@/components/warehouse/ui";
import { IDLE } from "@/lib/forms/state";
import type { ActiveDeal } from "@/lib/live/deals";
import { localize } from "@/lib/i18n/localize";
import { formatFen, type Locale } from "@/lib/money/format";
import { FormNotice, NumberField, SelectField, TextField } from "./form-controls";
import type { HostFormState } from "./form-state";
import { useLiveEvents } from "./live-events";
import { dangerButton } from "./ui";

export interface DealLimits {
  maxQuota: number;
  maxPerBuyer: number;
  maxMinutes: number;
}

/**
 * Launch a flash deal on one SKU of the line-up. The price is typed in yuan and kept in fen; the
 * quota comes out of available stock at once, so each SKU shows what it can give.
 */
export function DealForm({ sessionId, lineup, limits }: { sessionId: string; lineup: LineupProduct[]; limits: DealLimits }) {
  const t = useTranslations("hostConsole.deals");
  const locale = useLocale();
  const [state, action, pending] = useActionState<HostFormState, FormData>(startDealAction, IDLE);
  const offered = lineup.filter((product) => product.published && product.skus.length > 0);
  if (offered.length === 0) return <EmptyLine>{t("noSkus")}</EmptyLine>;
  return (
    <form action={action} noValidate className="space-y-4" aria-label={t("launch")}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <FormNotice state={state} okText={t("started")} quietOnFieldErrors />
      <SelectField name="variantId" label={t("sku")} state={state} defaultValue="" required>
        <option value="" disabled>
          {t("chooseSku")}
        </option>
        {offered.map((product) => (
          <optgroup key={product.id} label={localize(locale, product.nameZh, product.nameEn)}>
            {product.skus.map((sku) => (
              <option key={sku.id} value={sku.id} disabled={sku.available === 0}>
                {t("skuOption", { name: localize(locale, sku.nameZh, sku.nameEn), sku: sku.sku, price: formatFen(sku.priceFen, locale as Locale), available: sku.available })}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="price" label={t("price")} hint={t("priceHint")} prefix="¥" inputMode="decimal" autoComplete="off" state={state} required />
        <NumberField name="quota" label={t("quota")} hint={t("quotaHint", { max: limits.maxQuota })} max={limits.maxQuota} min={1} state={state} required />
        <NumberField name="perBuyerLimit" label={t("perBuyerLimit")} max={limits.maxPerBuyer} min={1} defaultValue="1" state={state} required />
        <TextField name="minutes" label={t("minutes")} suffix={t("minutesUnit")} type="number" inputMode="numeric" step={1} max={limits.maxMinutes} min={1} defaultValue="5" state={state} required />
      </div>
      <SubmitButton pending={pending}>{pending ? t("launching") : t("launch")}</SubmitButton>
    </form>
  );
}

/** The running deals with what is left (straight from the stream) and a stop button each. */
export function RunningDeals({ deals }: { deals: ActiveDeal[] }) {
  const t = useTranslations("hostConsole.deals");
  // Pieces left as the stream reports them since the server's deals were read.
  const [heard, setHeard] = useState<{ from: ActiveDeal[]; remaining: Record<string, number> }>({ from: deals, remaining: {} });
  const current = heard.from === deals ? heard : { from: deals, remaining: {} };
  if (current !== heard) setHeard(current);
  useLiveEvents((event) => {
    if (event.type === "deal.stock") setHeard((h) => ({ ...h, remaining: { ...h.remaining, [event.payload.dealId]: event.payload.remaining } }));
  });
  if (deals.length === 0) return <p className="text-sm text-ink-soft">{t("noneRunning")}</p>;
  return (
    <ul className="space-y-3" aria-label={t("running")}>
      {deals.map((deal) => (
        <RunningDeal key={deal.dealId} deal={deal} remaining={current.remaining[deal.dealId] ?? deal.remaining} />
      ))}
    </ul>
  );
}

function RunningDeal({ deal, remaining }: { deal: ActiveDeal; remaining: number }) {
  const t = useTranslations("hostConsole.deals");
  const locale = useLocale();
  const [state, action, pending] = useActionState<HostFormState, FormData>(endDealAction, IDLE);
  const secondsLeft = useSecondsLeft(deal.endsAt);
  const name = `${localize(locale, deal.productNameZh, deal.productNameEn)} · ${localize(locale, deal.variantNameZh, deal.variantNameEn)}`;
  const clock = secondsLeft === null ? null : `${Math.floor(secondsLeft / 60)}:${String(secondsLeft % 60).padStart(2, "0")}`;
  return (
    <li className="rounded-xl border border-amber-200 bg-amber-50/60 p-3" data-testid="running-deal">
      <div className="flex items-start gap-3">
        <LineThumb image={deal.imageUrl ? { url: deal.imageUrl } : null} alt="" size={52} />
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-medium">{name}</p>
          <p className="text-sm">
            <span className="font-semibold text-cinnabar">{formatFen(deal.priceFen, locale as Locale)}</span>{" "}
            <s className="text-xs text-ink-soft">{formatFen(deal.regularPriceFen, locale as Locale)}</s>
            <span className="ml-2 text-xs text-ink-soft">{t("limitEach", { count: deal.perBuyerLimit })}</span>
          </p>
        </div>
        <p className="shrink-0 text-right text-xs text-ink-soft" aria-label={t("timeLeft")}>
          {clock ? <span className="font-mono text-base tabular-nums text-cobalt-900">{clock}</span> : null}
        </p>
      </div>
      <div className="mt-3">
        <div className="flex items-baseline justify-between text-xs">
          <span data-testid="deal-remaining" aria-live="polite">
            {t("remaining", { remaining, quota: deal.quota })}
          </span>
        </div>
        <div className="mt-1 h-1.5 overflow-hidden rounded-full bg-white" aria-hidden="true">
          <div className="h-full rounded-full bg-cinnabar/70 transition-[width]" style={{ width: `${deal.quota > 0 ? (remaining / deal.quota) * 100 : 0}%` }} />
        </div>
      </div>
      <form action={action} className="mt-3 flex flex-wrap items-center gap-3">
        <input type="hidden" name="dealId" value={deal.dealId} />
        <button type="submit" disabled={pending} className={dangerButton} aria-label={t("stopNamed", { name })}>
          {t("stop")}
        </button>
        <FormNotice state={state.status === "error" ? state : IDLE} />
      </form>
    </li>
  );
}
