import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";

export default function Forbidden() {
  const t = useTranslations("auth");
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <EmptyState title={t("forbiddenTitle")} body={t("forbiddenBody")} action={{ href: "/account", label: t("account") }} />
    </div>
  );
}
