import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { type Action, type Actor, type Area, canEnterArea, canPerform } from "./policy";
import { CONSOLE_PAGES, type ConsolePage } from "./routes";
import { authOptions } from "./options";

/** The signed-in user as the rules need them, or null when the session is not (or no longer) valid. */
export async function loadActor(database: PrismaClient, userId: string, authAt: number): Promise<Actor | null> {
  const user = await database.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, role: true, disabled: true, sessionsValidFrom: true, memberships: { select: { enterpriseId: true, role: true } } },
  });
  if (!user || user.disabled || authAt < user.sessionsValidFrom.getTime()) return null;
  return { id: user.id, name: user.name, role: user.role, memberships: user.memberships };
}

/** The current request's actor, read once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.userId || !session.authAt) return null;
  return loadActor(db(), session.userId, session.authAt);
});

/**
 * The first line of every console page: signed-out visitors go to sign in (and come back),
 * signed-in people without the right role get 403.
 */
export async function requirePage(page: ConsolePage, locale: string, currentPath?: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    const next = currentPath ?? page;
    redirect(`${locale === "en" ? "/en" : ""}/login?next=${encodeURIComponent(next)}`);
  }
  if (!canEnterArea(actor, CONSOLE_PAGES[page])) forbidden();
  return actor;
}

/**
 * The first line of every server action and route handler that changes something: the actor
 * when they may do it (for enterprise-scoped actions, on that enterprise), otherwise null, for
 * the caller to answer 403 or a "forbidden" form state, having written nothing.
 */
export async function authorizeAction(action: Action, scope?: { enterpriseId: string }): Promise<Actor | null> {
  const actor = await getActor();
  return actor && canPerform(actor, action, scope) ? actor : null;
}

export type { Actor, Area };
