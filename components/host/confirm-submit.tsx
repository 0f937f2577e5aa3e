"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useEffect, useRef, useState } from "react";

/**
 * A submit button that asks first, in place: the first press shows the question with "confirm"
 * (which submits, as `name`=`value` when given) and "cancel". Keyboard focus follows.
 */
export function ConfirmSubmit({
  label,
  question,
  confirmLabel,
  pending,
  className,
  name,
  value,
}: {
  label: ReactNode;
  question: string;
  confirmLabel: string;
  pending?: boolean;
  className: string;
  name?: string;
  value?: string;
}) {
  const t = useTranslations("hostConsole");
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  useEffect(() => {
    if (!pending) setAsking(false);
  }, [pending]);
  if (!asking) {
    return (
      <button ref={start} type="button" className={className} disabled={pending} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span role="group" aria-label={question} className="inline-flex flex-wrap items-center gap-2 rounded-xl bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <span>{question}</span>
      <button ref={confirm} type="submit" name={name} value={value} className={className} disabled={pending}>
        {confirmLabel}
      </button>
      <button type="button" className="rounded-full px-3 py-1 text-sm text-ink-soft underline-offset-2 hover:underline" onClick={() => setAsking(false)}>
        {t("cancel")}
      </button>
    </span>
  );
}
