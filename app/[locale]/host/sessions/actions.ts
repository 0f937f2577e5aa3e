"use server";

import { z } from "zod";
import type { HostFormState } from "@/components/host/form-state";
import { getPathname } from "@/i18n/navigation";
import { redirect } from "next/navigation";
import { authorizeAction } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { FORBIDDEN, invalidForm } from "@/lib/forms/state";
import { LINEUP_MAX, scheduleSession } from "@/lib/live/sessions";
import { formLocale, idField, refreshHostConsole, refused, textFields } from "../action-support";
import { firstProductImage, type ProductChoice, searchLineupProducts } from "@/lib/live/host-console";
import { villageLocalToDate } from "@/lib/live/village-time";

const scheduleForm = z.object({
  title: z.string().max(1000),
  description: z.string().max(10_000),
  scheduledAt: z.string().max(40),
  coverUrl: z.string().trim().max(2000),
  ingest: z.enum(["RTMP", "EXTERNAL"], { message: "ingest.invalid" }),
  playbackUrl: z.string().trim().max(2000),
  productIds: z.array(idField).max(LINEUP_MAX, { message: "lineup.tooMany" }),
});

/**
 * A host schedules a session. An EXTERNAL one opens its control room; an RTMP one comes back with
 * its stream key, which the form shows this once (only its hash is kept).
 */
export async function scheduleSessionAction(_previous: HostFormState, formData: FormData): Promise<HostFormState> {
  const actor = await authorizeAction("live.schedule");
  if (!actor) return FORBIDDEN;
  const fields = textFields(formData, ["title", "description", "scheduledAt", "coverUrl", "ingest", "playbackUrl"]);
  const form = scheduleForm.safeParse({ ...fields, productIds: formData.getAll("productIds") });
  if (!form.success) return invalidForm(formData, form.error);
  const { coverUrl, playbackUrl, productIds, ...data } = form.data;
  const result = await scheduleSession(db(), {
    ...data,
    hostId: actor.id,
    // An unreadable time becomes an invalid date, which the domain refuses with the other fields.
    scheduledAt: villageLocalToDate(data.scheduledAt) ?? new Date(Number.NaN),
    coverUrl: coverUrl || (await firstProductImage(db(), productIds)),
    playbackUrl: data.ingest === "EXTERNAL" ? playbackUrl || null : null,
    productIds,
  });
  if (!result.ok) return refused(formData, result.error, result.detail);
  refreshHostConsole();
  const { session, streamKey } = result;
  if (streamKey) return { status: "ok", result: { sessionId: session.id, streamKey } };
  redirect(getPathname({ href: `/host/sessions/${session.id}`, locale: formLocale(formData) }));
}

const searchQuery = z.string().max(100);

/** Published products of any enterprise for a line-up, by name (the newest when the query is empty). */
export async function searchLineupProductsAction(query: string): Promise<ProductChoice[]> {
  const actor = await authorizeAction("live.schedule");
  if (!actor) return [];
  const parsed = searchQuery.safeParse(query);
  return parsed.success ? searchLineupProducts(db(), parsed.data) : [];
}
