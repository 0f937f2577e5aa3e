"use client";

import { useSession } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/**
 * Sign-in or account link in the header. Client-side because cached pages (products) are the
 * same for everyone: the session is asked for in the browser.
 */
export function AccountLink() {
  const t = useTranslations("auth");
  const { status } = useSession();
  if (status === "loading") return <span className="inline-block w-14" aria-hidden="true" />;
  return status === "authenticated" ? (
    <Link href="/account" className="text-sm text-ink-soft hover:text-cobalt-700">
      {t("account")}
    </Link>
  ) : (
    <Link href="/login" className="text-sm text-ink-soft hover:text-cobalt-700">
      {t("signIn")}
    </Link>
  );
}
