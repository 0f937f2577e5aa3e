import { expect, request as playwrightRequest, test } from "@playwright/test";
import { CONSOLE_PAGES } from "@/lib/auth/routes";
import { DEMO_PASSWORD } from "@/prisma/seed/accounts";
import { type DemoAccount, demoEmail } from "./support/accounts";

// Runs in the desktop project only (see playwright.config.ts): it does not depend on the screen.

/** Signs in over HTTP the way the browser does (CSRF token, then the credentials callback). */
async function apiSession(baseURL: string, account: DemoAccount | null) {
  const context = await playwrightRequest.newContext({ baseURL, maxRedirects: 0 });
  if (!account) return context;
  const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, identifier: demoEmail(account), password: DEMO_PASSWORD, json: "true" },
  });
  expect(response.status(), `sign in as ${account}`).toBeLessThan(400);
  return context;
}

const AREAS_OF: Record<DemoAccount | "anonymous", string[]> = {
  anonymous: [],
  shopper: ["account"],
  host: ["account", "host"],
  jiaming: ["account", "enterprise"],
  yulong: ["account", "enterprise"],
  warehouse: ["account", "warehouse"],
  admin: ["account", "admin"],
};

test("every role against every console page over HTTP: 200, 403, or sign in first", async ({ baseURL }) => {
  const pages = Object.entries(CONSOLE_PAGES).filter(([route]) => !route.includes("["));
  for (const [who, areas] of Object.entries(AREAS_OF)) {
    const context = await apiSession(baseURL ?? "", who === "anonymous" ? null : (who as DemoAccount));
    for (const [route, area] of pages) {
      const response = await context.get(route);
      const label = `${who} GET ${route}`;
      if (who === "anonymous") {
        expect(response.status(), label).toBe(307);
        expect(response.headers().location, label).toContain(`/login?next=${encodeURIComponent(route)}`);
      } else {
        expect(response.status(), label).toBe(areas.includes(area) ? 200 : 403);
      }
    }
    await context.dispose();
  }
});

