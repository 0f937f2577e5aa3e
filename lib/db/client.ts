import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { createPool } from "./pool";

export type Db = PrismaClient;
/** A Prisma transaction client: what domain functions take when they must join a transaction. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Creates a Prisma client for a PostgreSQL connection string. The embedded database is reached
 * the same way (PGlite behind a local socket, see ./embedded), on a one-connection pool.
 */
export function createDb(url: string, options: { maxConnections?: number } = {}): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(createPool(url, options.maxConnections), { disposeExternalPool: true }) });
}

const globalForDb = globalThis as unknown as { ceramicDb?: PrismaClient };

/** The application's shared client, created on first use from DATABASE_URL. */
export function db(): PrismaClient {
  if (!globalForDb.ceramicDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides the embedded database");
    globalForDb.ceramicDb = createDb(url);
  }
  return globalForDb.ceramicDb;
}
