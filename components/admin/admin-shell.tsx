import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ConsoleShell } from "@/components/console/console-shell";
import { adminNav } from "./nav";

/** The frame of every admin page (authorization is each page's own first line: requirePage). */
export async function AdminShell({ children }: { children: ReactNode }) {
  const t = await getTranslations("adminConsole");
  return (
    <ConsoleShell title={t("title")} nav={await adminNav()}>
      {children}
    </ConsoleShell>
  );
}
