import type { MemberRole, UserRole } from "@/lib/db/generated/client";

/**
 * Who may do what. Every console page, server action and route handler asks this module, and
 * the authorization matrix test walks it for every role.
 */

/** The signed-in person as the rules see them, read fresh from the database on each request. */
export interface Actor {
  id: string;
  name: string;
  role: UserRole;
  /** Enterprises this person works for (enterprise staff only). */
  memberships: { enterpriseId: string; role: MemberRole }[];
}

export type Area = "account" | "host" | "enterprise" | "warehouse" | "admin";

const AREA_ROLES: Record<Area, readonly UserRole[]> = {
  account: ["SHOPPER", "HOST", "ENTERPRISE_STAFF", "WAREHOUSE", "ADMIN"],
  host: ["HOST"],
  enterprise: ["ENTERPRISE_STAFF"],
  warehouse: ["WAREHOUSE"],
  admin: ["ADMIN"],
};

export function canEnterArea(actor: Actor | null, area: Area): boolean {
  if (!actor) return false;
  if (area === "enterprise" && actor.memberships.length === 0) return false;
  return AREA_ROLES[area].includes(actor.role);
}

/** Enterprise staff act only on the enterprises they are members of. */
export function isMemberOf(actor: Actor | null, enterpriseId: string): boolean {
  return !!actor && actor.role === "ENTERPRISE_STAFF" && actor.memberships.some((m) => m.enterpriseId === enterpriseId);
}

/**
 * Every server action and route handler that changes something, with who may call it. An
 * action scoped to an enterprise must also pass isMemberOf for the enterprise it touches.
 */
export const ACTIONS = {
  "account.changePassword": { area: "account", enterpriseScoped: false },
  "account.applyAsHost": { area: "account", enterpriseScoped: false },
  "account.manageAddresses": { area: "account", enterpriseScoped: false },
  "product.create": { area: "enterprise", enterpriseScoped: true },
  "product.update": { area: "enterprise", enterpriseScoped: true },
  "product.setStatus": { area: "enterprise", enterpriseScoped: true },
  "product.uploadImage": { area: "enterprise", enterpriseScoped: true },
  "product.exportCsv": { area: "enterprise", enterpriseScoped: true },
  "product.importCsv": { area: "enterprise", enterpriseScoped: true },
  "receipt.announce": { area: "enterprise", enterpriseScoped: true },
  "stock.setThreshold": { area: "enterprise", enterpriseScoped: true },
  "receipt.receive": { area: "warehouse", enterpriseScoped: false },
  "bin.create": { area: "warehouse", enterpriseScoped: false },
  "breakage.record": { area: "warehouse", enterpriseScoped: false },
  "stocktake.open": { area: "warehouse", enterpriseScoped: false },
  "stocktake.count": { area: "warehouse", enterpriseScoped: false },
  "stocktake.post": { area: "warehouse", enterpriseScoped: false },
  "ledger.exportCsv": { area: "warehouse", enterpriseScoped: false },
  "enterprise.create": { area: "admin", enterpriseScoped: false },
  "enterprise.update": { area: "admin", enterpriseScoped: false },
  "enterprise.setStatus": { area: "admin", enterpriseScoped: false },
  "user.setRole": { area: "admin", enterpriseScoped: false },
  "user.setMembership": { area: "admin", enterpriseScoped: false },
  "user.setDisabled": { area: "admin", enterpriseScoped: false },
  "hostApplication.review": { area: "admin", enterpriseScoped: false },
  "pickList.create": { area: "warehouse", enterpriseScoped: false },
  "order.pack": { area: "warehouse", enterpriseScoped: false },
  "order.ship": { area: "warehouse", enterpriseScoped: false },
  "order.markDelivered": { area: "warehouse", enterpriseScoped: false },
  "order.refund": { area: ["warehouse", "admin"], enterpriseScoped: false },
  "commerceRules.update": { area: "admin", enterpriseScoped: false },
  // A host acts only on their own sessions: the live domain checks the session's hostId.
  "live.schedule": { area: "host", enterpriseScoped: false },
  "live.updateLineup": { area: "host", enterpriseScoped: false },
  "live.streamKey": { area: "host", enterpriseScoped: false },
  "live.startStop": { area: "host", enterpriseScoped: false },
  "live.pin": { area: "host", enterpriseScoped: false },
  "live.deal": { area: "host", enterpriseScoped: false },
  "live.moderate": { area: "host", enterpriseScoped: false },
  "live.chat": { area: "host", enterpriseScoped: false },
} as const satisfies Record<string, { area: Area | readonly Area[]; enterpriseScoped: boolean }>;

export type Action = keyof typeof ACTIONS;

export function canPerform(actor: Actor | null, action: Action, scope?: { enterpriseId: string }): boolean {
  const rule: { area: Area | readonly Area[]; enterpriseScoped: boolean } = ACTIONS[action];
  const areas: readonly Area[] = typeof rule.area === "string" ? [rule.area] : rule.area;
  if (!areas.some((area) => canEnterArea(actor, area))) return false;
  if (rule.enterpriseScoped) return !!scope && isMemberOf(actor, scope.enterpriseId);
  return true;
}
