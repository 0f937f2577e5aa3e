import pg from "pg";

/** The embedded server marks its URL so clients know it takes one connection at a time. */
export const EMBEDDED_APPLICATION_NAME = "ceramic-embedded";

export function isEmbeddedUrl(url: string): boolean {
  return new URL(url).searchParams.get("application_name") === EMBEDDED_APPLICATION_NAME;
}

type ConnectCallback = (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: boolean | Error) => void) => void;

/**
 * A one-connection pool for the embedded PGlite socket server, which serves one client at a
 * time and notices a closed connection a moment late. Plain pg.Pool trips over both:
 * - it drops its connection whenever a statement fails (a CHECK or unique violation) and
 *   reconnects at once, which the server refuses, so the *next* query fails too;
 * - a reconnect straight after a disconnect (one process migrating, the next seeding) is
 *   refused about half the time.
 * So this pool keeps its connection across SQL errors (pg still discards a broken one) and
 * retries a refused connect a few times with a short back-off.
 */
export class EmbeddedPool extends pg.Pool {
  constructor(url: string) {
    super({ connectionString: url, max: 1 });
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    const connecting = this.connectWithRetry();
    if (!callback) return connecting;
    connecting.then(
      (client) => callback(undefined, client, client.release),
      (error: Error) => callback(error, undefined, () => {}),
    );
  }

  // pg.Pool#query releases its client with the error, which destroys the connection.
  // biome-ignore lint: pg's overloads are too many to restate; arguments pass straight through.
  override async query(config: any, values?: any): Promise<any> {
    const client = await this.connectWithRetry();
    try {
      return await client.query(config, values);
    } finally {
      client.release();
    }
  }

  private async connectWithRetry(): Promise<pg.PoolClient> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await super.connect();
      } catch (error) {
        const refused = error instanceof Error && /Connection terminated unexpectedly/.test(error.message);
        if (!refused || attempt === 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 5 * attempt));
      }
    }
  }
}

/** A pool for a PostgreSQL URL: the embedded server's one-connection pool, or a plain pg.Pool. */
export function createPool(url: string, max = 10): pg.Pool {
  return isEmbeddedUrl(url) ? new EmbeddedPool(url) : new pg.Pool({ connectionString: url, max });
}
