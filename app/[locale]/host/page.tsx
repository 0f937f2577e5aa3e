import { getTranslations } from "next-intl/server";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { requirePage } from "@/lib/auth/session";

export default async function HostConsolePage({ params }: PageProps<"/[locale]/host">) {
  const { locale } = await params;
  const actor = await requirePage("/host", locale);
  const t = await getTranslations("auth");
  return (
    <ConsoleShell title={t("consoles.host")} nav={[{ href: "/host", label: t("consoles.host") }]}>
      <ConsoleHeading title={t("signedInAs", { name: actor.name })} />
      <p className="max-w-prose text-sm text-ink-soft">{t("hostConsoleIntro")}</p>
    </ConsoleShell>
  );
}
