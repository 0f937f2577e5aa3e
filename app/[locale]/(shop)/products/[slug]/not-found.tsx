import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";

export default function ProductNotFound() {
  const t = useTranslations("product");
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <EmptyState title={t("notFoundTitle")} body={t("notFoundBody")} action={{ href: "/products", label: t("backToCatalog") }} />
    </div>
  );
}
