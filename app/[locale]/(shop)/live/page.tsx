import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SessionCard } from "@/components/live/session-card";
import { EmptyState } from "@/components/ui/empty-state";
import { SectionHeading } from "@/components/ui/section-heading";
import { getActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { liveListing, type SessionCard as Card } from "@/lib/live/listing";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("live.listing");
  return { title: t("title"), description: t("intro") };
}

// Sessions go live and end at any moment, and reminders are the shopper's own.
export const dynamic = "force-dynamic";

export default async function LiveListingPage() {
  const [t, actor] = await Promise.all([getTranslations("live.listing"), getActor()]);
  const listing = await liveListing(db(), { userId: actor?.id });
  const signedIn = actor !== null;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 md:py-12">
      <header className="mb-8 max-w-2xl">
        <h1 className="font-serif text-3xl text-cobalt-900 md:text-4xl">{t("title")}</h1>
        <p className="mt-3 text-ink-soft">{t("intro")}</p>
      </header>

      <section className="mb-12" data-testid="live-sessions">
        <SectionHeading title={t("liveNow")} />
        {listing.live.length > 0 ? (
          <Grid sessions={listing.live} signedIn={signedIn} priority />
        ) : (
          <p className="rounded-3xl border border-dashed border-celadon-300 bg-white px-6 py-8 text-center text-sm text-ink-soft">{t("noneLive")}</p>
        )}
      </section>

      <section className="mb-12" data-testid="upcoming-sessions">
        <SectionHeading title={t("upcoming")} />
        {listing.upcoming.length > 0 ? (
          <Grid sessions={listing.upcoming} signedIn={signedIn} priority={listing.live.length === 0} />
        ) : (
          <EmptyState title={t("noneUpcomingTitle")} body={t("noneUpcoming")} />
        )}
      </section>

      {listing.replays.length > 0 && (
        <section data-testid="replays">
          <SectionHeading title={t("replays")} />
          <Grid sessions={listing.replays} signedIn={signedIn} />
        </section>
      )}
    </div>
  );
}

function Grid({ sessions, signedIn, priority = false }: { sessions: Card[]; signedIn: boolean; priority?: boolean }) {
  return (
    <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
      {sessions.map((session, index) => (
        <li key={session.id}>
          <SessionCard session={session} signedIn={signedIn} priority={priority && index === 0} />
        </li>
      ))}
    </ul>
  );
}
