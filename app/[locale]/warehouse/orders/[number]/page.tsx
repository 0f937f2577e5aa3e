import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { OrderDetailView } from "@/components/fulfillment/order-detail";
import { DeliverForm, PackForm, ShipForm } from "@/components/fulfillment/parcel-forms";
import { secondaryButtonClass } from "@/components/warehouse/ui";
import { warehouseShell } from "@/components/warehouse/warehouse-page";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { orderDetail } from "@/lib/fulfillment/queries";

export async function generateMetadata({ params }: PageProps<"/[locale]/warehouse/orders/[number]">): Promise<Metadata> {
  const t = await getTranslations("fulfilment");
  return { title: t("detail.title", { number: (await params).number }), robots: { index: false } };
}

/** One order in the warehouse: what is in it, where it goes, and the next step as its status allows. */
export default async function WarehouseOrderPage({ params }: PageProps<"/[locale]/warehouse/orders/[number]">) {
  const { locale, number } = await params;
  await requirePage("/warehouse/orders/[number]", locale, `/warehouse/orders/${number}`);
  const order = await orderDetail(db(), number);
  if (!order) notFound();
  const t = await getTranslations("fulfilment");

  const steps =
    order.status === "PICKING" ? (
      <PackForm orderId={order.id} weightGrams={order.weightGrams} />
    ) : order.status === "PACKED" ? (
      <ShipForm orderId={order.id} />
    ) : order.status === "SHIPPED" ? (
      <DeliverForm orderId={order.id} cashOnDelivery={order.paymentMethod === "COD"} />
    ) : order.status === "PAID" || order.status === "CONFIRMED" ? (
      <p className="text-sm text-ink-soft">
        {t("detail.waitingForPickList")}{" "}
        <Link href="/warehouse/orders" className="text-cobalt-700 underline-offset-2 hover:underline">
          {t("queue.title")}
        </Link>
      </p>
    ) : null;

  return (
    <ConsoleShell {...await warehouseShell()}>
      <ConsoleHeading title={t("detail.title", { number: order.number })}>
        {order.shipment && (
          <Link href={`/warehouse/orders/${order.number}/packing-slip`} className={secondaryButtonClass}>
            {t("slip.open")}
          </Link>
        )}
        <Link href="/warehouse/orders" className={secondaryButtonClass}>
          ← {t("queue.title")}
        </Link>
      </ConsoleHeading>
      <OrderDetailView order={order} locale={locale} steps={steps} pickListHref={order.pickList ? `/warehouse/pick-lists/${order.pickList.id}` : undefined} />
    </ConsoleShell>
  );
}
