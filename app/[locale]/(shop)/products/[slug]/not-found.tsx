import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";

export default async function ProductNotFound() {
  const t = await getTranslations("product");
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <EmptyState title={t("notFoundTitle")} body={t("notFoundBody")} action={{ href: "/products", label: t("backToCatalog") }} />
    </div>
  );
}
