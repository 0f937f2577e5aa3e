import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTIONS, type Action, type Actor, type Area, canEnterArea, canPerform } from "./policy";
import { CONSOLE_FOLDERS, CONSOLE_PAGES, type ConsolePage } from "./routes";

/**
 * The whole authorization matrix: every kind of visitor against every console page and every
 * server action and private route handler. The expectations are written out here by hand, not
 * derived from the policy, so a change to the policy has to be a change to this table too.
 */

const root = path.resolve(import.meta.dirname, "..", "..");
const localeDir = path.join(root, "app", "[locale]");

function filesUnder(dir: string, match: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? filesUnder(full, match) : match(entry) ? [full] : [];
  });
}

/** "app/[locale]/enterprise/products/[id]/page.tsx" → "/enterprise/products/[id]" (route groups dropped). */
function routeOf(file: string): string {
  const relative = path.relative(localeDir, path.dirname(file)).split(path.sep).filter((part) => !/^\(.*\)$/.test(part));
  return `/${relative.join("/")}`;
}

const consolePageFiles = CONSOLE_FOLDERS.flatMap((folder) => {
  const dir = path.join(localeDir, folder);
  try {
    return filesUnder(dir, (f) => f === "page.tsx");
  } catch {
    return [];
  }
});

const JIAMING = "enterprise-jiaming";
const YULONG = "enterprise-yulong";
const actor = (role: Actor["role"], enterpriseId?: string): Actor => ({
  id: `user-${role}`,
  name: role,
  role,
  memberships: enterpriseId ? [{ enterpriseId, role: "STAFF" }] : [],
});

/** Who may enter which console area. */
const VISITORS: { name: string; actor: Actor | null; areas: Area[] }[] = [
  { name: "signed-out visitor", actor: null, areas: [] },
  { name: "shopper", actor: actor("SHOPPER"), areas: ["account"] },
  { name: "host", actor: actor("HOST"), areas: ["account", "host"] },
  { name: "Jiaming staff", actor: actor("ENTERPRISE_STAFF", JIAMING), areas: ["account", "enterprise"] },
  { name: "Yulong staff", actor: actor("ENTERPRISE_STAFF", YULONG), areas: ["account", "enterprise"] },
  { name: "staff without an enterprise", actor: actor("ENTERPRISE_STAFF"), areas: ["account"] },
  { name: "warehouse operator", actor: actor("WAREHOUSE"), areas: ["account", "warehouse"] },
  { name: "cooperative admin", actor: actor("ADMIN"), areas: ["account", "admin"] },
];

describe("console pages", () => {
  it("every console page file has a rule, and every rule a page", () => {
    const routes = consolePageFiles.map(routeOf).sort();
    expect(routes.filter((route) => !(route in CONSOLE_PAGES)), "pages without a rule in lib/auth/routes.ts").toEqual([]);
    expect(Object.keys(CONSOLE_PAGES).filter((route) => !routes.includes(route)), "rules without a page").toEqual([]);
  });

  it("every console page checks its own rule first thing", () => {
    for (const file of consolePageFiles) {
      const source = readFileSync(file, "utf8");
      expect(source, path.relative(root, file)).toContain(`requirePage("${routeOf(file)}"`);
    }
  });

  const pages = Object.entries(CONSOLE_PAGES) as [ConsolePage, Area][];
  for (const visitor of VISITORS) {
    it(`${visitor.name}: allowed exactly on ${visitor.areas.join(", ") || "nothing"}`, () => {
      for (const [page, area] of pages) expect(canEnterArea(visitor.actor, area), `${visitor.name} → ${page}`).toBe(visitor.areas.includes(area));
    });
  }
});

/** Server-action files and private route handlers: every exported function must authorize. */
const actionFiles = filesUnder(path.join(root, "app"), (f) => /\.(ts|tsx)$/.test(f)).filter((file) => /^["']use server["'];?/m.test(readFileSync(file, "utf8")));
const privateHandlers = ["enterprise", "warehouse", "admin"].flatMap((folder) => {
  try {
    return filesUnder(path.join(root, "app", "api", folder), (f) => f === "route.ts");
  } catch {
    return [];
  }
});
const PUBLIC_ACTIONS = new Set(["registerAction"]);
/** Storefront actions are open to everyone and act only on what the caller owns (lib/auth/shopper). */
const shopDir = path.join(localeDir, "(shop)");

function exportedFunctions(source: string): { name: string; body: string }[] {
  const starts = [...source.matchAll(/export async function (\w+)\s*\(/g)];
  return starts.map((match, i) => ({ name: match[1] ?? "", body: source.slice(match.index, starts[i + 1]?.index ?? source.length) }));
}

describe("server actions and route handlers", () => {
  it("every exported server action and private route handler authorizes a registered action", () => {
    const used = new Set<string>();
    for (const file of [...actionFiles, ...privateHandlers]) {
      for (const fn of exportedFunctions(readFileSync(file, "utf8"))) {
        if (PUBLIC_ACTIONS.has(fn.name)) continue;
        if (file.startsWith(shopDir)) {
          expect(fn.body, `${path.relative(root, file)}: ${fn.name} must start from currentShopper()`).toMatch(/currentShopper\(\)/);
          continue;
        }
        const call = /authorizeAction\(\s*"([\w.]+)"/.exec(fn.body);
        expect(call, `${path.relative(root, file)}: ${fn.name} must call authorizeAction`).not.toBeNull();
        expect(Object.keys(ACTIONS), `${fn.name} uses an unregistered action`).toContain(call?.[1]);
        used.add(call?.[1] ?? "");
      }
    }
    expect(actionFiles.length).toBeGreaterThan(0);
  });

  /** Written out by hand: the areas whose people may perform each action. */
  const AREAS_OF_ACTION: Record<Action, Area[]> = {
    "account.changePassword": ["account"],
    "account.applyAsHost": ["account"],
    "account.manageAddresses": ["account"],
    "product.create": ["enterprise"],
    "product.update": ["enterprise"],
    "product.setStatus": ["enterprise"],
    "product.uploadImage": ["enterprise"],
    "product.exportCsv": ["enterprise"],
    "product.importCsv": ["enterprise"],
    "receipt.announce": ["enterprise"],
    "stock.setThreshold": ["enterprise"],
    "receipt.receive": ["warehouse"],
    "bin.create": ["warehouse"],
    "breakage.record": ["warehouse"],
    "stocktake.open": ["warehouse"],
    "stocktake.count": ["warehouse"],
    "stocktake.post": ["warehouse"],
    "ledger.exportCsv": ["warehouse"],
    "enterprise.create": ["admin"],
    "enterprise.update": ["admin"],
    "enterprise.setStatus": ["admin"],
    "user.setRole": ["admin"],
    "user.setMembership": ["admin"],
    "user.setDisabled": ["admin"],
    "hostApplication.review": ["admin"],
    "pickList.create": ["warehouse"],
    "order.pack": ["warehouse"],
    "order.ship": ["warehouse"],
    "order.markDelivered": ["warehouse"],
    "order.refund": ["warehouse", "admin"],
    "commerceRules.update": ["admin"],
    "live.schedule": ["host"],
    "live.updateLineup": ["host"],
    "live.streamKey": ["host"],
    "live.startStop": ["host"],
    "live.pin": ["host"],
    "live.deal": ["host"],
    "live.moderate": ["host"],
    "live.chat": ["host"],
  };
  for (const visitor of VISITORS) {
    it(`${visitor.name}: every action, on their own and on another enterprise`, () => {
      for (const action of Object.keys(ACTIONS) as Action[]) {
        const inArea = AREAS_OF_ACTION[action].some((area) => visitor.areas.includes(area));
        if (ACTIONS[action].enterpriseScoped) {
          const own = visitor.actor?.memberships[0]?.enterpriseId;
          expect(canPerform(visitor.actor, action, { enterpriseId: JIAMING }), `${visitor.name} ${action} on Jiaming`).toBe(inArea && own === JIAMING);
          expect(canPerform(visitor.actor, action, { enterpriseId: YULONG }), `${visitor.name} ${action} on Yulong`).toBe(inArea && own === YULONG);
          expect(canPerform(visitor.actor, action), `${visitor.name} ${action} without an enterprise`).toBe(false);
        } else {
          expect(canPerform(visitor.actor, action), `${visitor.name} ${action}`).toBe(inArea);
        }
      }
    });
  }
});
