/**
 * Database tooling that works offline: `tsx scripts/db.ts <command>`.
 *
 *   generate                    prisma generate (the Prisma client, into lib/db/generated)
 *   migrate                     apply pending migrations to DATABASE_URL
 *   migration:create <name>     write the next migration from changes to prisma/schema.prisma
 *                               (--empty: a blank one, for SQL Prisma cannot express)
 *   check                       exit 1, printing the SQL, if schema and migrations disagree
 *
 * The npm scripts db:generate, db:migrate, db:migration:create and db:check call these.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = fileURLToPath(new URL("../", import.meta.url));

// lib/db/migrations is imported on demand, so `generate` (run by postinstall) loads nothing
// but the Prisma CLI.
const commands: Record<string, (args: string[]) => Promise<number>> = {
  generate: generateClient,
  migrate: migrate,
  "migration:create": createMigrationCommand,
  check: check,
};

/**
 * `prisma generate` itself runs on WebAssembly, but the CLI first downloads a native schema
 * engine, which fails offline. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips
 * that download; generate never runs it. Migrations use the wasm engine (lib/db/migrations).
 */
async function generateClient(): Promise<number> {
  const require = createRequire(import.meta.url);
  const prismaCli = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
  let engineStandIn = process.env.PRISMA_SCHEMA_ENGINE_BINARY;
  if (!engineStandIn) {
    const cacheDir = path.join(projectRoot, "node_modules", ".cache", "ceramic");
    mkdirSync(cacheDir, { recursive: true });
    engineStandIn = path.join(cacheDir, "no-native-schema-engine");
    writeFileSync(engineStandIn, "");
  }
  const result = spawnSync(process.execPath, [prismaCli, "generate"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: engineStandIn,
      // No update check or telemetry: the network is not there, and waiting for it is slow.
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

async function migrate(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      "DATABASE_URL is not set. Point it at the PostgreSQL database to migrate, e.g.\n" +
        "  DATABASE_URL=postgresql://user:password@host:5432/ceramic npm run db:migrate\n" +
        "(The embedded database is migrated by `npm start` on its own.)",
    );
    return 1;
  }
  const { applyMigrations } = await import("../lib/db/migrations");
  const applied = await applyMigrations(url);
  if (applied.length === 0) console.log(`No pending migrations: ${redact(url)} is up to date.`);
  else console.log(`Applied ${applied.length} migration(s) to ${redact(url)}:\n${applied.map((name) => `  ${name}`).join("\n")}`);
  return 0;
}

async function createMigrationCommand(args: string[]): Promise<number> {
  const empty = args.includes("--empty");
  const [name, ...rest] = args.filter((arg) => arg !== "--empty");
  if (!name || rest.length > 0) {
    console.error("Usage: npm run db:migration:create -- <name> [--empty]   e.g. add_orders");
    return 1;
  }
  const { createMigration } = await import("../lib/db/migrations");
  const created = await createMigration(name, { empty });
  if (!created) {
    console.error(
      "Nothing to migrate: prisma/schema.prisma and prisma/migrations already agree.\n" +
        "Change the schema first, or pass --empty to write SQL by hand.",
    );
    return 1;
  }
  console.log(`Created ${path.relative(projectRoot, path.join(created.directory, "migration.sql"))}`);
  if (empty) console.log("It is empty: write its SQL, then run `npm run db:check`.");
  return 0;
}

async function check(): Promise<number> {
  const { diffSchemaAgainstMigrations } = await import("../lib/db/migrations");
  const diff = await diffSchemaAgainstMigrations();
  if (!diff) {
    console.log("prisma/schema.prisma and prisma/migrations agree.");
    return 0;
  }
  console.error(
    "prisma/schema.prisma and prisma/migrations disagree. Applying the migrations leaves this to do:\n\n" +
      diff +
      "\nCreate a migration for it: npm run db:migration:create -- <name>",
  );
  return 1;
}

/** Never print a password from a connection string. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "the database";
  }
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  const run = command ? commands[command] : undefined;
  if (!run) {
    console.error(`Usage: tsx scripts/db.ts <${Object.keys(commands).join(" | ")}>`);
    return 1;
  }
  return run(args);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    // The engine's full report (with its span trace) and the stack, for whoever is debugging.
    if (process.env.DEBUG && error instanceof Error) console.error(error.stack, "\ncause:", error.cause);
    process.exit(1);
  },
);
