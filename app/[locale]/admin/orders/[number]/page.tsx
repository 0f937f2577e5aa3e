import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/admin-shell";
import { buttonClass } from "@/components/admin/styles";
import { ConsoleHeading } from "@/components/console/console-shell";
import { OrderDetailView } from "@/components/fulfillment/order-detail";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { orderDetail } from "@/lib/fulfillment/queries";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/orders/[number]">): Promise<Metadata> {
  const t = await getTranslations("adminOrders");
  return { title: t("detailTitle", { number: (await params).number }), robots: { index: false } };
}

/** One order for the cooperative's admin: the same view as the warehouse's, with refunds but no warehouse steps. */
export default async function AdminOrderPage({ params }: PageProps<"/[locale]/admin/orders/[number]">) {
  const { locale, number } = await params;
  await requirePage("/admin/orders/[number]", locale, `/admin/orders/${number}`);
  const order = await orderDetail(db(), number);
  if (!order) notFound();
  const t = await getTranslations("adminOrders");
  return (
    <AdminShell>
      <ConsoleHeading title={t("detailTitle", { number: order.number })}>
        <Link href="/admin/orders" className={buttonClass.secondary}>
          ← {t("title")}
        </Link>
      </ConsoleHeading>
      <OrderDetailView order={order} locale={locale} />
    </AdminShell>
  );
}
