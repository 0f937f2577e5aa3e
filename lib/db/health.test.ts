import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "./client";
import { checkHealth } from "./health";
import { createTestDatabase, type TestDatabase } from "./testing";

describe("checkHealth", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("is ok after a real round trip", async () => {
    const health = await checkHealth(database.db);
    expect(health.status).toBe("ok");
    expect(health.database.ok).toBe(true);
    expect(health.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("reports an error, without throwing, when the database cannot be reached", async () => {
    // Port 9 (discard) on loopback: nothing listens there, so the connection is refused.
    const unreachable = createDb("postgresql://postgres@127.0.0.1:9/none");
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const health = await checkHealth(unreachable, 2000);
      expect(health.status).toBe("error");
      expect(health.database.ok).toBe(false);
    } finally {
      console.error = original;
      await unreachable.$disconnect();
    }
    expect(JSON.parse(String((errors[0] as unknown[])[0]))).toMatchObject({ level: "error", event: "health.database" });
  });
});
