/**
 * The schedule form's time: a datetime-local value ("2026-12-01T20:00") read as village time
 * (Asia/Shanghai, UTC+8 all year, no daylight saving), whatever zone the server or browser is in.
 */

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const VILLAGE_OFFSET_MS = 8 * 60 * 60_000;

/** The instant a datetime-local value names in Asia/Shanghai, or null when it is not one. */
export function villageLocalToDate(value: string): Date | null {
  const match = LOCAL_PATTERN.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const utc = Date.UTC(year, month - 1, day, hour, minute);
  const date = new Date(utc - VILLAGE_OFFSET_MS);
  // Date.UTC rolls 02-30 over into March: only a real calendar time round-trips.
  return dateToVillageLocal(date) === value.trim() ? date : null;
}

/** A datetime-local value for an instant, in Asia/Shanghai. */
export function dateToVillageLocal(date: Date): string {
  return new Date(date.getTime() + VILLAGE_OFFSET_MS).toISOString().slice(0, 16);
}
