import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { PrismaClient } from "@/lib/db/generated/client";

/**
 * Sign-in attempts, limited per account (against guessing one password) and per address
 * (against trying many accounts), stored in the database so every app instance counts together.
 */
const WINDOW_SECONDS = 15 * 60;
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 30 } as const;

export interface SignInLimiter {
  /** Counts one attempt; returns the seconds to wait when either limit is exhausted. */
  consume(accountKey: string, address: string): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }>;
  /** A successful sign-in clears the account's count. */
  reset(accountKey: string): Promise<void>;
}

export function createSignInLimiter(db: PrismaClient): SignInLimiter {
  const options = { storeClient: db, tableName: "rateLimiterFlexible", duration: WINDOW_SECONDS, clearExpiredByTimeout: false };
  const perAccount = new RateLimiterPrisma({ ...options, keyPrefix: "signin-account", points: SIGN_IN_LIMITS.perAccount });
  const perAddress = new RateLimiterPrisma({ ...options, keyPrefix: "signin-address", points: SIGN_IN_LIMITS.perAddress });
  return {
    async consume(accountKey, address) {
      try {
        await Promise.all([perAccount.consume(accountKey), perAddress.consume(address)]);
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
        throw rejection;
      }
    },
    async reset(accountKey) {
      await perAccount.delete(accountKey);
    },
  };
}
