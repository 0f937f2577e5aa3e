"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { smallButton } from "./ui";

/** A value the host pastes into an encoder (RTMP address, stream key), with a copy button. */
export function CopyField({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const t = useTranslations("hostConsole.stream");
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard (insecure origin): the value stays selectable by hand.
    }
  };
  return (
    <div className="min-w-0">
      <p className="text-xs text-ink-soft">{label}</p>
      <div className="mt-1 flex items-center gap-2">
        <code className="min-w-0 flex-1 break-all rounded-lg bg-porcelain-deep px-3 py-2 font-mono text-sm text-cobalt-900" data-testid={testId}>
          {value}
        </code>
        <button type="button" onClick={copy} className={smallButton} aria-label={t("copy", { what: label })}>
          {copied ? t("copied") : t("copyShort")}
        </button>
      </div>
    </div>
  );
}
