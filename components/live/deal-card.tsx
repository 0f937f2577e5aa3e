"use client";

import Image from "next/image";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useSecondsLeft } from "@/components/ui/use-seconds-left";
import { type ClaimActionResult, claimDealAction } from "@/app/[locale]/(shop)/live/[id]/actions";
import { Price } from "@/components/price";
import { Link } from "@/i18n/navigation";
import { localize } from "@/lib/i18n/localize";
import { clockOf } from "./countdown";
import type { RoomDeal } from "./room-state";

/**
 * A running flash deal: deal price against the everyday one, time and pieces left, and "claim".
 * A claim holds the piece for the buyer's checkout; the card then says until when.
 */
export function DealCard({ deal, signedIn, signInHref, onRemaining }: { deal: RoomDeal; signedIn: boolean; signInHref: string; onRemaining: (dealId: string, remaining: number) => void }) {
  const t = useTranslations("live.deal");
  const te = useTranslations("live.errors");
  const locale = useLocale();
  const format = useFormatter();
  const secondsLeft = useSecondsLeft(deal.endsAt);
  const [result, setResult] = useState<ClaimActionResult | { ok: false; error: "failed" } | null>(null);
  const [pending, startTransition] = useTransition();

  const over = secondsLeft === 0;
  const soldOut = deal.remaining <= 0;
  const claimed = deal.quota - deal.remaining;

  const claim = () =>
    startTransition(async () => {
      try {
        const answer = await claimDealAction({ dealId: deal.dealId });
        setResult(answer);
        if (answer.ok) onRemaining(deal.dealId, answer.remaining);
      } catch {
        setResult({ ok: false, error: "failed" });
      }
    });

  return (
    <article data-testid="flash-deal" className="w-full overflow-hidden rounded-2xl bg-white text-ink shadow-lg ring-1 ring-cinnabar/20 md:shadow-none">
      <div className="flex items-center justify-between bg-gradient-to-r from-cinnabar to-[#d4654f] px-3 py-1.5 text-xs font-semibold text-white">
        <span>⚡ {t("badge")}</span>
        <span className="tabular-nums" role="timer">
          {secondsLeft === null ? "\u00a0" : over ? t("over") : t("endsIn", { time: clockOf(secondsLeft * 1000) })}
        </span>
      </div>
      <div className="flex gap-3 p-2.5 pb-2 md:p-3">
        <div className="relative h-12 w-12 shrink-0 overflow-hidden rounded-xl bg-porcelain-deep md:h-16 md:w-16">
          {deal.imageUrl && <Image src={deal.imageUrl} alt="" fill sizes="64px" unoptimized className="object-cover" />}
        </div>
        <div className="min-w-0 flex-1">
          <p className="line-clamp-1 text-sm font-medium">
            {localize(locale, deal.productNameZh, deal.productNameEn)} <span className="text-xs font-normal text-ink-soft">· {localize(locale, deal.variantNameZh, deal.variantNameEn)}</span>
          </p>
          <p className="mt-0.5 flex items-baseline gap-2">
            <span className="text-base font-bold text-cinnabar md:text-lg" data-testid="deal-price">
              <Price fen={deal.priceFen} locale={locale} />
            </span>
            <span className="text-xs text-ink-soft line-through">
              <Price fen={deal.regularPriceFen} locale={locale} />
            </span>
          </p>
        </div>
      </div>
      <div className="px-2.5 pb-2.5 md:px-3 md:pb-3">
        {result?.ok ? (
          <p className="rounded-xl bg-celadon-50 px-3 py-2 text-xs text-celadon-800" role="status" data-testid="deal-held">
            {t("held", { time: format.dateTime(new Date(result.heldUntil), { hour: "2-digit", minute: "2-digit" }) })}{" "}
            <Link href="/cart" className="font-semibold text-cobalt-700 underline-offset-2 hover:underline">
              {t("checkout")} →
            </Link>
          </p>
        ) : (
          <div className="flex items-center gap-3">
            <div className="min-w-0 flex-1">
              <div className="flex items-center justify-between gap-2 text-xs text-ink-soft">
                <span data-testid="deal-remaining">{soldOut ? t("soldOut") : t("remaining", { count: deal.remaining })}</span>
                <span className="truncate">{t("limit", { count: deal.perBuyerLimit })}</span>
              </div>
              <div className="mt-1 h-1.5 overflow-hidden rounded-full bg-cinnabar/10" aria-hidden="true">
                <div className="h-full rounded-full bg-cinnabar transition-all" style={{ width: `${Math.min(100, (claimed / Math.max(1, deal.quota)) * 100)}%` }} />
              </div>
            </div>
            {signedIn ? (
              <button
                type="button"
                onClick={claim}
                disabled={over || soldOut || pending}
                aria-busy={pending || undefined}
                className="h-9 shrink-0 rounded-full bg-cinnabar px-4 text-sm font-semibold text-white shadow-sm transition hover:bg-cinnabar/90 disabled:cursor-not-allowed disabled:bg-ink-soft/40 md:px-6"
              >
                {pending ? t("claiming") : over ? t("over") : soldOut ? t("soldOut") : t("claim")}
              </button>
            ) : (
              <Link href={signInHref} className="flex h-9 shrink-0 items-center rounded-full bg-cinnabar px-4 text-sm font-semibold text-white">
                {t("signIn")}
              </Link>
            )}
          </div>
        )}
        {result && !result.ok && (
          <p className="mt-2 text-xs text-cinnabar" role="alert" data-testid="deal-error">
            {te(result.error, { limit: "limit" in result ? (result.limit ?? deal.perBuyerLimit) : deal.perBuyerLimit, seconds: 0 })}
          </p>
        )}
      </div>
    </article>
  );
}
