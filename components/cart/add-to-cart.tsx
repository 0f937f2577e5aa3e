"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { addToCartAction, type CartActionResult } from "@/app/[locale]/(shop)/cart/actions";
import { Link } from "@/i18n/navigation";
import { MAX_LINE_QUANTITY } from "@/lib/cart/sellable";
import { announceCartCount } from "./cart-count";
import { QuantityStepper } from "./quantity-stepper";

type Feedback = CartActionResult | { ok: false; error: "failed"; available?: undefined };

/**
 * Quantity and "add to cart" for the chosen variant (key it by the variant, so another choice
 * starts again from one piece). The server answers with what the line now holds (capped by
 * stock) and the cart's piece count, shown here and in the header at once.
 */
export function AddToCart({ variantId, available, liveSessionId }: { variantId: string; available: number; liveSessionId?: string }) {
  const t = useTranslations("cart");
  const [quantity, setQuantity] = useState(1);
  const [result, setResult] = useState<Feedback | null>(null);
  const [pending, startTransition] = useTransition();

  const soldOut = available <= 0;
  const add = () =>
    startTransition(async () => {
      setResult(null);
      try {
        const answer = await addToCartAction({ variantId, quantity, ...(liveSessionId ? { liveSessionId } : {}) });
        setResult(answer);
        if (answer.ok) announceCartCount(answer.count);
      } catch {
        setResult({ ok: false, error: "failed" });
      }
    });

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <QuantityStepper value={quantity} max={Math.min(available, MAX_LINE_QUANTITY)} onChange={setQuantity} disabled={soldOut || pending} label={t("quantity")} />
        <button
          type="button"
          onClick={add}
          disabled={soldOut || pending}
          aria-busy={pending || undefined}
          className="h-11 flex-1 rounded-full bg-cobalt-700 px-6 text-sm font-semibold text-white shadow-sm transition hover:bg-cobalt-900 disabled:cursor-not-allowed disabled:bg-cobalt-700/40 sm:flex-none sm:min-w-44"
        >
          {pending ? t("add.pending") : t("add.button")}
        </button>
      </div>
      <div aria-live="polite" role="status" className="min-h-0">
        {result && <AddFeedback result={result} />}
      </div>
    </div>
  );
}

function AddFeedback({ result }: { result: Feedback }) {
  const t = useTranslations("cart");
  if (!result.ok) {
    return (
      <p data-testid="cart-feedback" className="rounded-xl bg-cinnabar/10 px-3 py-2 text-sm text-cinnabar">
        {t(`errors.${result.error}`, { available: result.available ?? 0 })}
      </p>
    );
  }
  return (
    <div data-testid="cart-feedback" className="flex flex-wrap items-center justify-between gap-2 rounded-xl bg-celadon-50 px-3 py-2 text-sm text-celadon-800">
      <p className="flex items-center gap-2">
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" className="shrink-0">
          <circle cx="10" cy="10" r="9" fill="#5b8c77" />
          <path d="m6 10.5 2.6 2.5L14 7.5" fill="none" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span>
          <span className="font-medium">{t("add.added")}</span>
          {result.limitedBy === "stock" && <span className="block text-cinnabar">{t("add.cappedByStock", { available: result.available, quantity: result.quantity })}</span>}
          {result.limitedBy === "line_max" && <span className="block text-cinnabar">{t("add.cappedByLineMax", { max: MAX_LINE_QUANTITY, quantity: result.quantity })}</span>}
        </span>
      </p>
      <Link href="/cart" className="font-medium text-cobalt-700 underline-offset-2 hover:underline">
        {t("add.viewCart")} →
      </Link>
    </div>
  );
}
