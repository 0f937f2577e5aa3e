import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { adoptGuestCart } from "@/lib/cart/guest-cookie";
import { db } from "@/lib/db/client";
import { logError } from "@/lib/log";
import { identifierKey, identifierSchema } from "./identifier";
import { createSignInLimiter } from "./rate-limit";
import { verifyCredentials } from "./users";

const credentialsSchema = z.object({ identifier: identifierSchema, password: z.string().min(1).max(128) });

/** Errors a sign-in can end with; the sign-in form translates them. */
export const SIGN_IN_ERRORS = { invalid: "invalid", rateLimited: "rate_limited" } as const;

function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return first || "local";
}

let limiter: ReturnType<typeof createSignInLimiter> | undefined;

export const authOptions: NextAuthOptions = {
  // JWT sessions in an httpOnly cookie (Secure when the site is served over https). The token
  // only names the user: role, memberships and whether the account still may sign in are read
  // from the database on every request (lib/auth/session.ts).
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      credentials: { identifier: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) throw new Error(SIGN_IN_ERRORS.invalid);
        const accountKey = identifierKey(parsed.data.identifier);
        limiter ??= createSignInLimiter(db());
        const address = clientAddress(request?.headers);
        const attempt = await limiter.check(accountKey, address);
        if (!attempt.allowed) throw new Error(`${SIGN_IN_ERRORS.rateLimited}:${attempt.retryAfterSeconds}`);
        const user = await verifyCredentials(db(), parsed.data.identifier, parsed.data.password);
        if (!user) {
          await limiter.recordFailure(accountKey, address);
          throw new Error(SIGN_IN_ERRORS.invalid);
        }
        await limiter.reset(accountKey);
        return { id: user.id };
      },
    }),
  ],
  events: {
    // The guest's cart becomes the account's the moment they sign in. A failure must not stop
    // the sign-in: the first cart action adopts a cart still named by the cookie.
    async signIn({ user }) {
      await adoptGuestCart(user.id).catch((error) => logError("cart.merge_on_sign_in", error, { userId: user.id }));
    },
  },
  callbacks: {
    jwt({ token, user }) {
      // Set once at sign-in and kept when the token is refreshed, so a password change can
      // end every session that started before it.
      if (user) token.authAt = Date.now();
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, authAt: token.authAt };
    },
  },
};

declare module "next-auth" {
  interface Session {
    userId?: string;
    authAt?: number;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    authAt?: number;
  }
}
