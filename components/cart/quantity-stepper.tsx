"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/**
 * − [n] + within 1..max. Typing commits on blur or Enter, so a cart line is not updated for
 * every keystroke.
 */
export function QuantityStepper({
  value,
  max,
  onChange,
  disabled = false,
  label,
  size = "md",
}: {
  value: number;
  max: number;
  onChange: (quantity: number) => void;
  disabled?: boolean;
  label: string;
  size?: "sm" | "md";
}) {
  const t = useTranslations("cart");
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const upper = Math.max(1, max);
  const commit = (next: number) => {
    const clamped = Math.min(upper, Math.max(1, Number.isFinite(next) ? Math.trunc(next) : value));
    setDraft(String(clamped));
    if (clamped !== value) onChange(clamped);
  };
  const box = size === "sm" ? "h-8 w-8" : "h-10 w-10";
  const button = `${box} flex items-center justify-center text-lg text-cobalt-900 transition hover:bg-cobalt-50 disabled:cursor-not-allowed disabled:text-ink-soft/40 disabled:hover:bg-transparent`;
  return (
    <div className={`inline-flex items-center overflow-hidden rounded-full border border-celadon-100 bg-white ${disabled ? "opacity-70" : ""}`}>
      <button type="button" className={button} aria-label={t("decrease")} disabled={disabled || value <= 1} onClick={() => commit(value - 1)}>
        −
      </button>
      <input
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        aria-label={label}
        value={draft}
        disabled={disabled}
        onChange={(event) => setDraft(event.target.value.replace(/\D/g, "").slice(0, 2))}
        onBlur={() => commit(Number(draft))}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            commit(Number(draft));
          }
        }}
        className={`${size === "sm" ? "h-8 w-9" : "h-10 w-11"} border-x border-celadon-100 text-center text-sm tabular-nums focus:outline-none focus-visible:bg-cobalt-50`}
      />
      <button type="button" className={button} aria-label={t("increase")} disabled={disabled || value >= upper} onClick={() => commit(value + 1)}>
        +
      </button>
    </div>
  );
}
