"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect } from "react";
import { localize } from "@/lib/i18n/localize";
import type { PurchaseNotice } from "./room-state";

/** How long a "someone just bought …" notice stays. */
const NOTICE_MS = 5_000;

export function PurchaseNotices({ notices, onDismiss }: { notices: PurchaseNotice[]; onDismiss: (id: string) => void }) {
  return (
    <ul className="pointer-events-none flex flex-col items-start gap-1.5" aria-live="polite" data-testid="purchase-notices">
      {notices.map((notice) => (
        <Notice key={notice.id} notice={notice} onDismiss={onDismiss} />
      ))}
    </ul>
  );
}

function Notice({ notice, onDismiss }: { notice: PurchaseNotice; onDismiss: (id: string) => void }) {
  const t = useTranslations("live");
  const locale = useLocale();
  useEffect(() => {
    const timer = setTimeout(() => onDismiss(notice.id), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice.id, onDismiss]);
  return (
    <li className="flex max-w-[17rem] items-center gap-1.5 rounded-full bg-gradient-to-r from-[#e08a3c]/95 to-cinnabar/90 px-3 py-1 text-xs text-white shadow">
      <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" className="shrink-0">
        <path d="M5 8h14l-1.2 11.2a1 1 0 0 1-1 .8H7.2a1 1 0 0 1-1-.8L5 8Z" />
        <path d="M9 8V6.5a3 3 0 0 1 6 0V8" strokeLinecap="round" />
      </svg>
      <span className="truncate">{t("purchase", { buyer: notice.buyer, product: localize(locale, notice.productNameZh, notice.productNameEn), quantity: notice.quantity })}</span>
    </li>
  );
}
