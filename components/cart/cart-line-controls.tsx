"use client";

import { useTranslations } from "next-intl";
import { useOptimistic, useState, useTransition } from "react";
import { type CartActionResult, removeCartLineAction, setCartQuantityAction } from "@/app/[locale]/(shop)/cart/actions";
import { MAX_LINE_QUANTITY } from "@/lib/cart/sellable";
import { announceCartCount } from "./cart-count";
import { QuantityStepper } from "./quantity-stepper";

/**
 * A cart line's stepper and remove button. Each change goes to the server, which caps it by
 * stock and re-renders the page (totals, shipping); the stepper shows the wish meanwhile.
 */
export function CartLineControls({ lineId, quantity, available, name, orderable }: { lineId: string; quantity: number; available: number; name: string; orderable: boolean }) {
  const t = useTranslations("cart");
  const [pending, startTransition] = useTransition();
  const [shown, setShown] = useOptimistic(quantity);
  const [error, setError] = useState<string | null>(null);

  const run = (change: () => Promise<CartActionResult>, optimistic?: number) =>
    startTransition(async () => {
      setError(null);
      if (optimistic !== undefined) setShown(optimistic);
      try {
        const answer = await change();
        if (answer.ok) announceCartCount(answer.count);
        else setError(t(`errors.${answer.error}`, { available: answer.available ?? 0 }));
      } catch {
        setError(t("errors.failed"));
      }
    });

  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex items-center gap-3">
        {orderable && (
          <QuantityStepper
            size="sm"
            value={shown}
            max={Math.min(Math.max(available, 1), MAX_LINE_QUANTITY)}
            disabled={pending}
            label={t("quantity")}
            onChange={(next) => run(() => setCartQuantityAction({ lineId, quantity: next }), next)}
          />
        )}
        <button
          type="button"
          onClick={() => run(() => removeCartLineAction({ lineId }))}
          disabled={pending}
          aria-label={t("removeItem", { name })}
          className="rounded-full px-2.5 py-2 text-xs text-ink-soft underline-offset-2 hover:text-cinnabar hover:underline disabled:opacity-50"
        >
          {t("remove")}
        </button>
      </div>
      {error && (
        <p role="alert" className="text-xs text-cinnabar">
          {error}
        </p>
      )}
    </div>
  );
}
