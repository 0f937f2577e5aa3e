import { defineConfig, devices } from "@playwright/test";
import { appLiveEnvironment, mediaSettings, missingMediaTools } from "./e2e/support/media-server";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// The live journey needs nginx-rtmp and ffmpeg (.ci/run installs them). With them, the run starts
// deploy/nginx-rtmp.conf on free ports and the app's live settings point at it; without them the
// journey fails and says what to install.
const media = missingMediaTools().length === 0 ? mediaSettings() : null;

// Debian's Chromium (apt-get install chromium): Playwright's own browser download is not
// reachable offline. These flags keep it from calling Google's hosts.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  // Live rooms start their video without a click, as a viewer arriving from a link expects.
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic", "--autoplay-policy=no-user-gesture-required"],
};

export default defineConfig({
  testDir: "e2e",
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  ...(media ? { globalSetup: "./e2e/support/media-server.ts" } : {}),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: { baseURL, launchOptions: chromium, trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [
    // The HTTP authorization matrix does not depend on the screen, and the live journey (a real
    // video stream through nginx, minutes long) is one story, and the host console is a desktop/tablet
    // tool (its phone layout is screenshot-checked): these run once, on desktop.
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions: chromium }, testIgnore: /(authorization|live-journey|host)\.spec\.ts/ },
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 900 }, launchOptions: chromium } },
  ],
  webServer: {
    // The real start command on a fresh in-memory embedded database: build, migrate, seed, serve;
    // Stripe is the in-process test double (scripts/app.ts, STRIPE=double).
    command: "node --import tsx scripts/app.ts start",
    url: `${baseURL}/api/health`,
    env: { PORT: String(port), DATA_DIR: "memory://", SEED: "demo", STRIPE: "double", NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e", NEXT_TELEMETRY_DISABLED: "1", ...(media ? appLiveEnvironment(media) : {}) },
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
