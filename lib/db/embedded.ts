import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { EMBEDDED_APPLICATION_NAME } from "./pool";

export interface EmbeddedDatabase {
  url: string;
  pglite: PGlite;
  stop(): Promise<void>;
}

/**
 * Opens PGlite (PostgreSQL 17 in WebAssembly) on a data folder, or in memory when dataDir is
 * "memory://", and serves it on a loopback port over the PostgreSQL wire protocol, so the app
 * and its tools use the very same driver and SQL as in production.
 */
export async function startEmbeddedDatabase(options: { dataDir: string; port?: number }): Promise<EmbeddedDatabase> {
  if (options.dataDir !== "memory://") mkdirSync(options.dataDir, { recursive: true });
  const pglite = await PGlite.create(options.dataDir);
  const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: options.port ?? 0 });
  await server.start();
  const address = server.getServerConn();
  const url = `postgresql://postgres@${address}/postgres?sslmode=disable&application_name=${EMBEDDED_APPLICATION_NAME}`;
  return {
    url,
    pglite,
    async stop() {
      await server.stop();
      await pglite.close();
    },
  };
}
