import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrderList } from "@/components/orders/order-list";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/i18n/navigation";
import { currentShopper } from "@/lib/auth/shopper";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/money/format";
import { listOrdersByTokens, listOrdersForUser } from "@/lib/orders/queries";
import { guestOrderTokens } from "./guest-orders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("orders.list");
  return { title: t("title"), robots: { index: false } };
}

/** A signed-in shopper's orders; for a guest, the orders placed on this device. */
export default async function OrdersPage({ params }: { params: Promise<{ locale: string }> }) {
  const [{ locale }, shopper, t] = await Promise.all([params, currentShopper(), getTranslations("orders.list")]);
  const orders = shopper.actor ? await listOrdersForUser(db(), shopper.actor.id) : await listOrdersByTokens(db(), await guestOrderTokens());
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-6 md:py-10">
      <h1 className="font-serif text-2xl text-cobalt-900">{t("title")}</h1>
      {!shopper.actor && (
        <p className="rounded-xl bg-cobalt-50 px-4 py-3 text-sm text-cobalt-900">
          {orders.length > 0 ? t("guestDevice") : t("guestNone")}{" "}
          <Link href={{ pathname: "/login", query: { next: "/orders" } }} className="font-medium underline underline-offset-4">
            {t("signIn")}
          </Link>
        </p>
      )}
      {orders.length > 0 ? (
        <OrderList orders={orders} locale={locale as Locale} />
      ) : (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} action={{ href: "/products", label: t("browse") }} />
      )}
    </div>
  );
}
