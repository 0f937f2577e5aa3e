import { z } from "zod";
import type { LiveSessionStatus, PrismaClient } from "@/lib/db/generated/client";
import { fieldErrors } from "@/lib/forms/state";
import type { Result } from "@/lib/inventory/core";
import { START_WINDOW_MS } from "./sessions";

/** "Remind me" for a signed-in shopper (the caller checks the sign-in), listed in their account. */

const id = z.string().trim().min(1).max(64);
const reminderSchema = z.object({ userId: id, sessionId: id, on: z.boolean(), now: z.date().optional() });

export type ReminderError = "invalid" | "not_found" | "session_not_upcoming";

/**
 * Turns the reminder on (only for a session still scheduled in the future) or off (always).
 * Both are idempotent.
 */
export async function setReminder(db: PrismaClient, input: { userId: string; sessionId: string; on: boolean; now?: Date }): Promise<Result<{ on: boolean }, ReminderError>> {
  const parsed = reminderSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", detail: fieldErrors(parsed.error) };
  const { userId, sessionId, on } = parsed.data;
  const now = parsed.data.now ?? new Date();
  if (!on) {
    await db.liveReminder.deleteMany({ where: { userId, sessionId } });
    return { ok: true, on };
  }
  const [session, user] = await Promise.all([
    db.liveSession.findUnique({ where: { id: sessionId }, select: { status: true, scheduledAt: true } }),
    db.user.findUnique({ where: { id: userId }, select: { id: true } }),
  ]);
  if (!session || !user) return { ok: false, error: "not_found" };
  if (session.status !== "SCHEDULED" || session.scheduledAt <= now) return { ok: false, error: "session_not_upcoming" };
  await db.liveReminder.createMany({ data: [{ userId, sessionId }], skipDuplicates: true });
  return { ok: true, on };
}

export interface RemindedSession {
  sessionId: string;
  title: string;
  /** LIVE once the host has started it: the account page can say "live now". */
  status: LiveSessionStatus;
  scheduledAt: Date;
  hostName: string;
  coverUrl: string | null;
}

/**
 * The user's reminded sessions that are still to come or live now, soonest first. A scheduled
 * session nobody started within START_WINDOW_MS of its time is stale and left out.
 */
export async function remindersOf(db: PrismaClient, userId: string, now = new Date()): Promise<RemindedSession[]> {
  const rows = await db.liveReminder.findMany({
    where: {
      userId,
      session: {
        OR: [{ status: "LIVE" }, { status: "SCHEDULED", scheduledAt: { gt: new Date(now.getTime() - START_WINDOW_MS) } }],
      },
    },
    orderBy: [{ session: { scheduledAt: "asc" } }, { sessionId: "asc" }],
    select: { session: { select: { id: true, title: true, status: true, scheduledAt: true, coverUrl: true, host: { select: { name: true } } } } },
  });
  return rows.map(({ session }) => ({ sessionId: session.id, title: session.title, status: session.status, scheduledAt: session.scheduledAt, hostName: session.host.name, coverUrl: session.coverUrl }));
}

/** Which of these sessions the user has asked to be reminded of (the "remind me" buttons' state). */
export async function remindedSessionIds(db: PrismaClient, userId: string, sessionIds: string[]): Promise<Set<string>> {
  if (sessionIds.length === 0) return new Set();
  const rows = await db.liveReminder.findMany({ where: { userId, sessionId: { in: sessionIds } }, select: { sessionId: true } });
  return new Set(rows.map((row) => row.sessionId));
}
