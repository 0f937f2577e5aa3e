import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb } from "./client";
import { startEmbeddedDatabase } from "./embedded";
import type { PrismaClient } from "./generated/client";
import { applyMigrations } from "./migrations";

export interface TestDatabase {
  /** Connection string of the fresh, migrated database. */
  url: string;
  /** A client on it (one connection for the embedded database, as in the app). */
  db: PrismaClient;
  /** Disconnects and throws the database away. */
  drop(): Promise<void>;
}

/**
 * A fresh database with every migration applied, for one integration test file.
 *
 * With TEST_DATABASE_URL (a PostgreSQL server, e.g. postgresql://postgres@127.0.0.1:5432/postgres)
 * it creates a uniquely named database on that server, so test files can run in parallel and a
 * crashed run leaves nothing that the next one trips over. Without it, it starts an in-memory
 * embedded PGlite, the same engine `npm start` uses by default.
 */
export async function createTestDatabase(engine: TestEngine = defaultTestEngine()): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (engine === "postgres" && !serverUrl) throw new Error("TEST_DATABASE_URL is not set");
  return engine === "postgres" && serverUrl ? createPostgresTestDatabase(serverUrl) : createEmbeddedTestDatabase();
}

export type TestEngine = "embedded" | "postgres";

export function defaultTestEngine(): TestEngine {
  return process.env.TEST_DATABASE_URL ? "postgres" : "embedded";
}

/**
 * The engines a test that must hold on both runs on: always the embedded one (what `npm start`
 * uses), and PostgreSQL too when TEST_DATABASE_URL is set (as in CI).
 */
export function availableTestEngines(): TestEngine[] {
  return process.env.TEST_DATABASE_URL ? ["embedded", "postgres"] : ["embedded"];
}

async function createEmbeddedTestDatabase(): Promise<TestDatabase> {
  const embedded = await startEmbeddedDatabase({ dataDir: "memory://" });
  try {
    await applyMigrations(embedded.url);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  const db = createDb(embedded.url);
  return {
    url: embedded.url,
    db,
    async drop() {
      await db.$disconnect();
      await embedded.stop();
    },
  };
}

/** A fresh, migrated database on a PostgreSQL server (tests; the checkout benchmark names its own). */
export async function createPostgresTestDatabase(serverUrl: string, prefix: "ceramic_test" | "ceramic_bench" = "ceramic_test"): Promise<TestDatabase> {
  // Lower case, letters, digits and underscores only: safe to quote into CREATE/DROP DATABASE.
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(serverUrl, name);
  const dropDatabase = () =>
    // FORCE (PostgreSQL 13+) ends connections a failed test may have left open.
    onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  try {
    await applyMigrations(url);
  } catch (error) {
    await dropDatabase();
    throw error;
  }
  const db = createDb(url);
  return {
    url,
    db,
    async drop() {
      await db.$disconnect();
      await dropDatabase();
    },
  };
}

/** Runs one statement on the server's own database (CREATE/DROP DATABASE cannot run inside the target). */
async function onServer(serverUrl: string, run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
