import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

/** Small presentational pieces of the stock consoles (server or client, no state). */

const TONES = {
  neutral: "bg-porcelain-deep text-ink-soft",
  info: "bg-cobalt-50 text-cobalt-700",
  ok: "bg-celadon-50 text-celadon-800",
  warn: "bg-amber-50 text-amber-800",
  danger: "bg-cinnabar/10 text-cinnabar",
} as const;

export type Tone = keyof typeof TONES;

export function Badge({ tone = "neutral", children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`inline-flex shrink-0 items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ${TONES[tone]}`}>{children}</span>;
}

export const RECEIPT_TONE = { ANNOUNCED: "info", RECEIVED: "ok", CANCELLED: "neutral" } as const;
export const STOCKTAKE_TONE = { OPEN: "info", POSTED: "ok", CANCELLED: "neutral" } as const;

export function reasonTone(reason: string): Tone {
  if (reason === "BREAKAGE") return "danger";
  if (reason === "STOCKTAKE" || reason === "ADJUSTMENT") return "warn";
  if (reason === "RECEIPT" || reason === "SEED") return "ok";
  return "info";
}

/** A white panel with an optional heading and actions. */
export function Panel({ title, actions, children, id, className = "" }: { title?: string; actions?: ReactNode; children: ReactNode; id?: string; className?: string }) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section id={id} aria-labelledby={title ? headingId : undefined} className={`min-w-0 rounded-2xl bg-white p-4 sm:p-6 ${className}`}>
      {(title || actions) && (
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
          {title && (
            <h2 id={headingId} className="font-medium text-cobalt-900">
              {title}
            </h2>
          )}
          {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
        </div>
      )}
      {children}
    </section>
  );
}

/** A figure on the dashboard. */
export function Stat({ label, value, detail, href }: { label: string; value: ReactNode; detail?: ReactNode; href?: string }) {
  const body = (
    <>
      <p className="text-xs uppercase tracking-wider text-ink-soft">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums text-cobalt-900">{value}</p>
      {detail && <p className="mt-1 text-sm text-ink-soft">{detail}</p>}
    </>
  );
  return href ? (
    <Link href={href} className="block rounded-2xl bg-white p-4 hover:ring-2 hover:ring-cobalt-100 sm:p-5">
      {body}
    </Link>
  ) : (
    <div className="rounded-2xl bg-white p-4 sm:p-5">{body}</div>
  );
}

/** Tables scroll sideways inside their frame on narrow screens; the page itself never does. */
export function TableFrame({ children, label }: { children: ReactNode; label?: string }) {
  return (
    // biome-ignore lint: a labelled, focusable scroll region lets keyboard users scroll a wide table.
    <div className="relative -mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0" role={label ? "region" : undefined} aria-label={label} tabIndex={label ? 0 : undefined}>
      <table className="w-full min-w-max border-collapse text-left text-sm">{children}</table>
    </div>
  );
}

export const th = "border-b border-porcelain-deep px-3 py-2 text-xs font-medium uppercase tracking-wider text-ink-soft";
export const td = "border-b border-porcelain-deep px-3 py-2 align-top";
export const num = "text-right tabular-nums";

/** Previous / next links over a page count; `href(page)` builds each page's address. */
export function Pager({ page, pageCount, href, labels }: { page: number; pageCount: number; href: (page: number) => string; labels: { previous: string; next: string; pageOf: string; nav: string } }) {
  if (pageCount <= 1) return null;
  const linkClass = "rounded-full border border-celadon-100 bg-white px-4 py-2 hover:border-cobalt-500";
  return (
    <nav aria-label={labels.nav} className="mt-6 flex flex-wrap items-center justify-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          ← {labels.previous}
        </Link>
      ) : (
        <span className={`${linkClass} opacity-40`} aria-hidden="true">
          ← {labels.previous}
        </span>
      )}
      <span aria-current="page">{labels.pageOf}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {labels.next} →
        </Link>
      ) : (
        <span className={`${linkClass} opacity-40`} aria-hidden="true">
          {labels.next} →
        </span>
      )}
    </nav>
  );
}

export function EmptyLine({ children }: { children: ReactNode }) {
  return <p className="rounded-xl border border-dashed border-celadon-300 px-4 py-6 text-center text-sm text-ink-soft">{children}</p>;
}

export const buttonClass = "inline-flex items-center rounded-full bg-cobalt-700 px-5 py-2 text-sm font-medium text-white hover:bg-cobalt-900 disabled:opacity-60";
export const secondaryButtonClass = "inline-flex items-center rounded-full border border-cobalt-500/40 bg-white px-4 py-2 text-sm font-medium text-cobalt-700 hover:bg-cobalt-50 disabled:opacity-60";
export const linkClass = "text-cobalt-700 underline-offset-2 hover:underline";

/** +3 / −2 / 0, with the sign always shown. */
export function Delta({ value }: { value: number }) {
  if (value === 0) return <span className="text-ink-soft">0</span>;
  return <span className={value > 0 ? "text-celadon-800" : "text-cinnabar"}>{value > 0 ? `+${value}` : `−${Math.abs(value)}`}</span>;
}
