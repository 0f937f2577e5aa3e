import { getTranslations } from "next-intl/server";
import type { ConsoleNavItem } from "@/components/console/console-shell";

/** The host console's frame: title and navigation. */
export async function hostShell(): Promise<{ title: string; nav: ConsoleNavItem[] }> {
  const t = await getTranslations("hostConsole");
  return {
    title: t("title"),
    nav: [
      { href: "/host", label: t("nav.sessions") },
      { href: "/host/sessions/new", label: t("nav.schedule") },
    ],
  };
}

/** Where encoders push an RTMP session's video: the media server's application address. */
export function rtmpIngestUrl(): string {
  const configured = process.env.LIVE_RTMP_URL?.trim();
  return configured ? configured.replace(/\/+$/, "") : "rtmp://127.0.0.1:1935/live";
}
