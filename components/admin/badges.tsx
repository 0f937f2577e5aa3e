import type { ReactNode } from "react";

const TONES = {
  ok: "bg-celadon-50 text-celadon-800 ring-celadon-300",
  warn: "bg-cinnabar/10 text-cinnabar ring-cinnabar/30",
  info: "bg-cobalt-50 text-cobalt-700 ring-cobalt-100",
  muted: "bg-porcelain-deep text-ink-soft ring-ink-soft/20",
} as const;

export type BadgeTone = keyof typeof TONES;

/** A small status label. The colour only repeats what the text says. */
export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return <span className={`inline-flex shrink-0 items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}>{children}</span>;
}

export const roleTone = (role: string): BadgeTone => (role === "ADMIN" ? "warn" : role === "SHOPPER" ? "muted" : "info");
export const enterpriseStatusTone = (status: string): BadgeTone => (status === "ACTIVE" ? "ok" : "warn");
export const applicationStatusTone = (status: string): BadgeTone => (status === "PENDING" ? "info" : status === "APPROVED" ? "ok" : "muted");
