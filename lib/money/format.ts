export type Locale = "zh-CN" | "en";

/** Integer fen to "¥1,280.00"-style text. Fen stay integers; only display divides. */
export function formatFen(fen: number, locale: Locale = "zh-CN"): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`fen must be an integer, got ${fen}`);
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100);
  const cents = String(abs % 100).padStart(2, "0");
  const grouped = new Intl.NumberFormat(locale, { useGrouping: true, maximumFractionDigits: 0 }).format(yuan);
  return `${sign}¥${grouped}.${cents}`;
}

/**
 * Parses a yuan amount typed by a person ("12", "12.5", "12.50", "¥1,280") into fen, exactly,
 * without floating point. Returns null for anything that is not a non-negative amount with at
 * most two decimals.
 */
export function parseYuanToFen(input: string): number | null {
  const cleaned = input.normalize("NFKC").replace(/[¥,\s]/g, "");
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const [, whole = "0", fraction = ""] = match;
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** Integer fen to a plain decimal yuan string ("1280.00"), for machine-readable places. */
export function fenToYuanString(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`fen must be an integer, got ${fen}`);
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
