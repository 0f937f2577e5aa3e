import { describe, expect, it } from "vitest";
import { CANCELLABLE, TRANSITIONS, canTransition } from "./status";

describe("order status machine", () => {
  it("follows the happy paths for online and cash-on-delivery orders", () => {
    for (const path of [
      ["PENDING_PAYMENT", "PAID", "PICKING", "PACKED", "SHIPPED", "DELIVERED"],
      ["CONFIRMED", "PICKING", "PACKED", "SHIPPED", "DELIVERED", "REFUNDED"],
    ] as const) {
      for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1] as never, path[i] as never), `${path[i - 1]} → ${path[i]}`).toBe(true);
    }
  });

  it("allows cancellation only before picking", () => {
    for (const status of Object.keys(TRANSITIONS) as (keyof typeof TRANSITIONS)[]) {
      expect(canTransition(status, "CANCELLED"), status).toBe(CANCELLABLE.includes(status));
    }
  });

  it("never goes backwards in the warehouse, and a refunded order is final", () => {
    expect(canTransition("SHIPPED", "PACKED")).toBe(false);
    expect(canTransition("PICKING", "PAID")).toBe(false);
    expect(canTransition("DELIVERED", "SHIPPED")).toBe(false);
    expect(TRANSITIONS.REFUNDED).toEqual([]);
  });
});
