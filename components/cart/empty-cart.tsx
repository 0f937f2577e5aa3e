import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/i18n/navigation";

export async function EmptyCart() {
  const t = await getTranslations("cart.empty");
  return (
    <div className="mx-auto max-w-xl space-y-4 px-4 py-8 text-center" data-testid="empty-cart">
      <EmptyState title={t("title")} body={t("body")} action={{ href: "/products", label: t("browse") }} />
      <Link href="/enterprises" className="inline-block text-sm text-cobalt-700 underline underline-offset-4">
        {t("enterprises")}
      </Link>
    </div>
  );
}
