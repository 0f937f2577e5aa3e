/**
 * Which enterprise an enterprise console page shows: the one asked for (?enterprise=) when the
 * person is a member of it, otherwise their first membership. Null when they belong to none
 * (requirePage has already refused such people).
 */
export function pickEnterpriseId(memberships: readonly { enterpriseId: string }[], requested?: string | string[] | null): string | null {
  const wanted = typeof requested === "string" ? requested : null;
  if (wanted && memberships.some((m) => m.enterpriseId === wanted)) return wanted;
  return memberships[0]?.enterpriseId ?? null;
}
