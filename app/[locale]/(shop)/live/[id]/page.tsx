import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LiveRoomView } from "@/components/live/live-room";
import { getActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { CHAT_MAX_LENGTH } from "@/lib/live/chat";
import { LIKES_PER_CALL_MAX } from "@/lib/live/likes";
import { liveRoom, sessionHeadline } from "@/lib/live/listing";

const idPattern = /^[a-z0-9]{1,64}$/;

// Every render is the session's state now: stock, deals and chat change by the second.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/live/[id]">): Promise<Metadata> {
  const { id } = await params;
  if (!idPattern.test(id)) return {};
  const session = await sessionHeadline(db(), id);
  return session ? { title: session.title, description: session.description || undefined } : {};
}

export default async function LiveRoomPage({ params }: PageProps<"/[locale]/live/[id]">) {
  const { id } = await params;
  if (!idPattern.test(id)) notFound();
  const actor = await getActor();
  const room = await liveRoom(db(), id, { userId: actor?.id });
  if (!room) notFound();
  return (
    <LiveRoomView
      room={room}
      signedIn={actor !== null}
      signInHref={`/login?next=${encodeURIComponent(`/live/${id}`)}`}
      chatMaxLength={CHAT_MAX_LENGTH}
      likesPerCall={LIKES_PER_CALL_MAX}
    />
  );
}
