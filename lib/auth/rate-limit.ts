import { RateLimiterPrisma } from "rate-limiter-flexible";
import type { PrismaClient } from "@/lib/db/generated/client";

/**
 * Failed sign-in attempts, limited per account (against guessing one password) and per address
 * (against trying many accounts), stored in the database so every app instance counts together.
 * Only failures count: people signing in successfully from one shared address (an office, the
 * village studio behind one router) are never locked out by each other.
 */
const WINDOW_SECONDS = 15 * 60;
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 30 } as const;

export interface SignInLimiter {
  /** Whether another attempt may be made now; if not, the seconds until one may. */
  check(accountKey: string, address: string): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }>;
  /** Counts a failed attempt against the account and the address. */
  recordFailure(accountKey: string, address: string): Promise<void>;
  /** A successful sign-in clears the account's failures. */
  reset(accountKey: string): Promise<void>;
}

export function createSignInLimiter(db: PrismaClient): SignInLimiter {
  const options = { storeClient: db, tableName: "rateLimiterFlexible", duration: WINDOW_SECONDS, clearExpiredByTimeout: false };
  const perAccount = new RateLimiterPrisma({ ...options, keyPrefix: "signin-account", points: SIGN_IN_LIMITS.perAccount });
  const perAddress = new RateLimiterPrisma({ ...options, keyPrefix: "signin-address", points: SIGN_IN_LIMITS.perAddress });
  return {
    async check(accountKey, address) {
      const [account, origin] = await Promise.all([perAccount.get(accountKey), perAddress.get(address)]);
      const blocked = [
        account && account.consumedPoints >= SIGN_IN_LIMITS.perAccount ? account.msBeforeNext : 0,
        origin && origin.consumedPoints >= SIGN_IN_LIMITS.perAddress ? origin.msBeforeNext : 0,
      ];
      const waitMs = Math.max(...blocked);
      return waitMs > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) } : { allowed: true };
    },
    async recordFailure(accountKey, address) {
      // penalty() counts without throwing when the limit is passed; check() does the refusing.
      await Promise.all([perAccount.penalty(accountKey), perAddress.penalty(address)]);
    },
    async reset(accountKey) {
      await perAccount.delete(accountKey);
    },
  };
}
