"use client";

import { useEffect, useRef, useState } from "react";

/**
 * A submit button that asks first: the first press shows what will happen with a confirm and a
 * cancel button (focus moves to confirm; Escape or cancel goes back and focus returns). Confirm
 * submits the form, as `name`=`value` when given. Each console passes its own button styles.
 */
export function ConfirmSubmit({
  label,
  warning,
  confirmLabel,
  cancelLabel,
  pending,
  classes,
  name,
  value,
}: {
  label: string;
  warning: string;
  confirmLabel: string;
  cancelLabel: string;
  pending?: boolean;
  classes: { open: string; confirm: string; cancel: string };
  name?: string;
  value?: string;
}) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  useEffect(() => {
    if (!pending) setAsking(false);
  }, [pending]);
  if (!asking) {
    return (
      <button ref={openRef} type="button" disabled={pending} onClick={() => setAsking(true)} className={classes.open}>
        {label}
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-label={warning}
      className="w-full space-y-3 rounded-xl border border-cinnabar/30 bg-cinnabar/5 p-3"
      onKeyDown={(event) => {
        if (event.key === "Escape") setAsking(false);
      }}
    >
      <p className="text-sm text-ink">{warning}</p>
      <div className="flex flex-wrap gap-2">
        <button ref={confirmRef} type="submit" name={name} value={value} disabled={pending} className={classes.confirm}>
          {confirmLabel}
        </button>
        <button type="button" onClick={() => setAsking(false)} className={classes.cancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
