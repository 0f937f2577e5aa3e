import Image from "next/image";
import { getLocale, getTranslations } from "next-intl/server";
import { Price } from "@/components/price";
import { Link } from "@/i18n/navigation";
import { localize } from "@/lib/i18n/localize";
import type { HeldClaim } from "@/lib/live/deals";
import { HoldCountdown } from "./hold-countdown";

/**
 * A flash-deal piece claimed in a live room, held for the buyer's checkout: the deal price with
 * the everyday one struck through, the session it came from and the time left on the hold. Its
 * quantity is what was claimed; it is ordered with the cart at checkout.
 */
export async function DealClaimRow({ claim }: { claim: HeldClaim }) {
  const locale = await getLocale();
  const t = await getTranslations("cart");
  const name = localize(locale, claim.product.nameZh, claim.product.nameEn);
  return (
    <li data-testid="deal-claim" data-sku={claim.sku} className="flex gap-3 py-4 sm:gap-4">
      <Link href={`/products/${claim.product.slug}`} className="shrink-0" tabIndex={-1} aria-hidden="true">
        <div className="size-20 overflow-hidden rounded-xl bg-porcelain-deep sm:size-24">
          {claim.image && (
            <Image src={claim.image.url} alt={localize(locale, claim.image.altZh, claim.image.altEn)} width={192} height={192} sizes="96px" unoptimized className="h-full w-full object-cover" />
          )}
        </div>
      </Link>
      <div className="flex min-w-0 flex-1 flex-col gap-2 sm:flex-row sm:justify-between">
        <div className="min-w-0 space-y-1">
          <Link href={`/products/${claim.product.slug}`} className="line-clamp-2 font-medium leading-snug hover:text-cobalt-700">
            {name}
          </Link>
          <p className="text-sm text-ink-soft">{localize(locale, claim.variant.nameZh, claim.variant.nameEn)}</p>
          <p className="flex flex-wrap items-baseline gap-x-2 text-xs text-ink-soft">
            <span>
              {t("deal.price")} <Price fen={claim.priceFen} locale={locale} className="font-semibold text-cinnabar" />
            </span>
            <s className="tabular-nums" aria-label={t("deal.regularPrice")}>
              <Price fen={claim.regularPriceFen} locale={locale} />
            </s>
            <span>
              × {claim.quantity} · {claim.sku}
            </span>
          </p>
          <p className="text-xs">
            <Link href={`/live/${claim.liveSessionId}`} className="text-cobalt-700 underline-offset-4 hover:underline" data-testid="deal-claim-session">
              {t("deal.fromSession", { title: claim.liveSessionTitle })}
            </Link>
          </p>
          <p className="inline-flex items-center gap-1.5 rounded-lg bg-amber-50 px-2 py-1 text-xs text-amber-800">
            <svg viewBox="0 0 24 24" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" aria-hidden="true">
              <circle cx="12" cy="12" r="9" />
              <path d="M12 7v5l3 2" />
            </svg>
            <HoldCountdown expiresAt={claim.expiresAt.toISOString()} />
          </p>
        </div>
        <p className="font-semibold text-cobalt-900 sm:text-right" data-testid="line-total">
          <span className="sr-only">{t("lineTotal")} </span>
          <Price fen={claim.lineTotalFen} locale={locale} />
        </p>
      </div>
    </li>
  );
}
