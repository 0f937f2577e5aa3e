import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="mt-16 border-t border-porcelain-deep bg-white">
      <div className="mx-auto grid max-w-6xl gap-3 px-4 py-8 text-sm text-ink-soft sm:grid-cols-2">
        <p className="max-w-prose">{t("about")}</p>
        <div className="space-y-1 sm:text-right">
          <p>{t("address")}</p>
          <p>{t("sampleNote")}</p>
          <p>{t("rights", { year: new Date().getFullYear() })}</p>
        </div>
      </div>
    </footer>
  );
}
