"use client";

import { useTranslations } from "next-intl";

/**
 * A form-level error: a key of `checkout.errors` when checkout has its own words for it,
 * otherwise of the shared `validation` namespace ("form", "forbidden" …).
 */
export function FormError({ message, values }: { message?: string; values?: Record<string, string> }) {
  const t = useTranslations();
  if (!message) return null;
  const key = t.has(`checkout.errors.${message}`) ? `checkout.errors.${message}` : `validation.${message}`;
  return (
    <p role="alert" className="rounded-lg bg-cinnabar/10 px-3 py-2 text-sm text-cinnabar">
      {t(key, values)}
    </p>
  );
}
