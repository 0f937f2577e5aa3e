/** Where to go after signing in: only a path on this site, never another origin. */
export function safeNextPath(next: string | string[] | undefined, fallback = "/account"): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  // Paths are stored without the locale prefix; the navigation helpers add the right one.
  return value.replace(/^\/en(?=\/|$)/, "") || "/";
}
