import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <EmptyState title={t("notFoundTitle")} body={t("notFoundBody")} action={{ href: "/", label: t("goHome") }} />
    </div>
  );
}
