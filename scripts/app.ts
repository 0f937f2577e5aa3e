/**
 * `npm start` / `npm run dev`: everything a fresh clone needs to serve the storefront.
 *
 * Without DATABASE_URL it opens the embedded database (PGlite in DATA_DIR, default .data/pglite)
 * and serves it to the app on a loopback port; with DATABASE_URL it uses that PostgreSQL. Either
 * way it applies pending migrations, seeds the demo catalogue into an empty database (SEED=demo,
 * the embedded default; SEED=none skips it), builds the app when the sources changed since the
 * last build (start only), then runs Next and stays its parent until it exits.
 *
 * STRIPE=double (without STRIPE_SECRET_KEY) also runs the Stripe test double in this process and
 * points the app at it through Stripe's own client settings: for local use and the e2e suite.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createDb } from "@/lib/db/client";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";
import { type StripeDouble, startStripeDouble } from "@/lib/payments/stripe-double/server";
import { seedDemoAccounts } from "@/prisma/seed/accounts";
import { seedLiveSessions } from "@/prisma/seed/live";
import { seedCatalogue } from "@/prisma/seed/seed";
import { buildIsCurrent, runBuild } from "./build-if-needed";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const log = (message: string) => console.log(`[ceramic] ${message}`);

async function prepareDatabase(): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  let url = process.env.DATABASE_URL;
  let embedded: EmbeddedDatabase | undefined;
  if (!url) {
    const dataDir = process.env.DATA_DIR ?? path.join(root, ".data", "pglite");
    embedded = await startEmbeddedDatabase({ dataDir, port: process.env.EMBEDDED_DB_PORT ? Number(process.env.EMBEDDED_DB_PORT) : 0 });
    url = embedded.url;
    log(`embedded database (PGlite) in ${dataDir}`);
  }
  const applied = await applyMigrations(url);
  log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
  const seed = process.env.SEED ?? (embedded ? "demo" : "none");
  if (seed === "demo") {
    const db = createDb(url);
    try {
      const result = await seedCatalogue(db);
      log(result.created ? `seeded ${result.enterprises} enterprises, ${result.products} products, ${result.variants} SKUs` : "catalogue already seeded");
      const accounts = await seedDemoAccounts(db);
      if (accounts.created) log(`created ${accounts.created} demo accounts (see README)`);
      const live = await seedLiveSessions(db);
      if (live.created) log(`scheduled ${live.created} demo live sessions of host@ceramic.example`);
    } finally {
      await db.$disconnect();
    }
  }
  return { url, embedded };
}

/**
 * next-auth needs a secret to sign session cookies and its own URL. Production sets both; the
 * embedded default keeps a generated secret beside its data, so sessions survive a restart.
 */
function authEnvironment(): { NEXTAUTH_SECRET: string; NEXTAUTH_URL: string } {
  const url = process.env.NEXTAUTH_URL ?? process.env.SITE_URL ?? `http://localhost:${port}`;
  if (process.env.NEXTAUTH_SECRET) return { NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET, NEXTAUTH_URL: url };
  if (process.env.DATABASE_URL) throw new Error("NEXTAUTH_SECRET must be set when DATABASE_URL is (production)");
  const dataDir = process.env.DATA_DIR ?? path.join(root, ".data", "pglite");
  if (dataDir === "memory://") return { NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), NEXTAUTH_URL: url };
  const file = path.join(path.dirname(dataDir), "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return { NEXTAUTH_SECRET: readFileSync(file, "utf8").trim(), NEXTAUTH_URL: url };
}

async function prepareStripe(): Promise<{ env: Record<string, string>; double?: StripeDouble }> {
  if (process.env.STRIPE !== "double" || process.env.STRIPE_SECRET_KEY) return { env: {} };
  const webhookSecret = `whsec_${randomBytes(24).toString("hex")}`;
  const double = await startStripeDouble({
    port: Number(process.env.STRIPE_DOUBLE_PORT ?? 0),
    webhookUrl: `http://127.0.0.1:${port}/api/webhooks/stripe`,
    webhookSecret,
  });
  log(`Stripe test double on ${double.url} (payment page ${double.url}/pay/…)`);
  return {
    double,
    env: { STRIPE_SECRET_KEY: "sk_test_double", STRIPE_WEBHOOK_SECRET: webhookSecret, STRIPE_API_URL: double.url, STRIPE_PAYMENT_METHODS: "card,alipay,wechat_pay" },
  };
}

async function main() {
  const started = performance.now();
  // The build never touches the database, so both run side by side.
  const needsBuild = mode === "start" && !buildIsCurrent(root);
  const [database] = await Promise.all([prepareDatabase(), needsBuild ? runBuild(root) : Promise.resolve()]);
  if (mode === "start" && !needsBuild) log("build is current");
  const stripe = await prepareStripe();

  const next = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), mode, "-p", String(port)], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: database.url, ...authEnvironment(), ...stripe.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  log(`storefront on http://localhost:${port} (prepared in ${((performance.now() - started) / 1000).toFixed(1)} s)`);

  const stop = (signal: NodeJS.Signals) => {
    if (!next.killed) next.kill(signal);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const code = await new Promise<number>((resolve) => next.on("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 0 : 1))));
  await stripe.double?.stop();
  await database.embedded?.stop();
  process.exit(code);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

