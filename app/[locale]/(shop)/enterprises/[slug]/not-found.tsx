import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";

export default async function EnterpriseNotFound() {
  const t = await getTranslations("enterprise");
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <EmptyState title={t("notFoundTitle")} body={t("notFoundBody")} action={{ href: "/enterprises", label: t("title") }} />
    </div>
  );
}
