import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium (apt-get install chromium): Playwright's own browser download is not
// reachable offline. These flags keep it from calling Google's hosts.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
};

export default defineConfig({
  testDir: "e2e",
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: { baseURL, launchOptions: chromium, trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [
    // The HTTP authorization matrix does not depend on the screen: it runs once, on desktop.
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions: chromium }, testIgnore: /authorization\.spec\.ts/ },
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 900 }, launchOptions: chromium } },
  ],
  webServer: {
    // The real start command on a fresh in-memory embedded database: build, migrate, seed, serve;
    // Stripe is the in-process test double (scripts/app.ts, STRIPE=double).
    command: "node --import tsx scripts/app.ts start",
    url: `${baseURL}/api/health`,
    env: { PORT: String(port), DATA_DIR: "memory://", SEED: "demo", STRIPE: "double", NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e", NEXT_TELEMETRY_DISABLED: "1" },
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
