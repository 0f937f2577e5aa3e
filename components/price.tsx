import { formatFen, type Locale } from "@/lib/money/format";

export function Price({ fen, locale, className = "" }: { fen: number; locale: string; className?: string }) {
  return <span className={`tabular-nums ${className}`}>{formatFen(fen, locale as Locale)}</span>;
}
