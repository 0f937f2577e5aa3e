import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConsoleShell } from "@/components/console/console-shell";
import { lineName } from "@/components/fulfillment/order-detail";
import { PrintButton, PrintStyles } from "@/components/fulfillment/print";
import { num, secondaryButtonClass, TableFrame, td, th } from "@/components/warehouse/ui";
import { warehouseShell } from "@/components/warehouse/warehouse-page";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { orderDetail } from "@/lib/fulfillment/queries";
import { localize } from "@/lib/i18n/localize";

export async function generateMetadata({ params }: PageProps<"/[locale]/warehouse/orders/[number]/packing-slip">): Promise<Metadata> {
  const t = await getTranslations("fulfilment");
  return { title: t("slip.title", { number: (await params).number }), robots: { index: false } };
}

/**
 * The packing slip that goes into (and onto) the parcel: order number, recipient, address and
 * mobile, each line with its enterprise, SKU and pieces, and the fragile mark. Prints on its
 * own, without the console around it. Prices are left out: the parcel may be a gift.
 */
export default async function PackingSlipPage({ params }: PageProps<"/[locale]/warehouse/orders/[number]/packing-slip">) {
  const { locale, number } = await params;
  await requirePage("/warehouse/orders/[number]/packing-slip", locale, `/warehouse/orders/${number}/packing-slip`);
  const order = await orderDetail(db(), number);
  if (!order) notFound();
  const [t, format] = await Promise.all([getTranslations("fulfilment"), getFormatter()]);
  const pieces = order.lines.reduce((sum, line) => sum + line.quantity, 0);

  return (
    <ConsoleShell {...await warehouseShell()}>
      <PrintStyles />
      <div className="mb-4 flex flex-wrap gap-2 print:hidden">
        <PrintButton />
        <Link href={`/warehouse/orders/${order.number}`} className={secondaryButtonClass}>
          ← {t("detail.title", { number: order.number })}
        </Link>
      </div>
      <section aria-labelledby="slip-title" className="mx-auto max-w-3xl rounded-2xl bg-white p-6 sm:p-8">
        <div className="flex flex-wrap items-start justify-between gap-4 border-b-2 border-ink pb-4">
          <div>
            <p className="text-xs uppercase tracking-wider text-ink-soft">{t("slip.heading")}</p>
            <h1 id="slip-title" className="mt-1 font-mono text-2xl font-semibold tracking-wide text-ink" data-testid="slip-number">
              {order.number}
            </h1>
            <p className="mt-1 text-sm text-ink-soft">
              {t("slip.placed", { date: format.dateTime(order.placedAt, { dateStyle: "medium" }) })} · {t(`paymentShort.${order.paymentMethod}`)}
            </p>
          </div>
          {/* A label for the courier's hands, the same on every slip whatever the reader's language. */}
          <p className="rounded-lg border-4 border-cinnabar px-4 py-2 text-center text-2xl font-bold leading-tight text-cinnabar" data-testid="fragile">
            易碎
            <span className="block text-sm font-semibold tracking-[0.3em]">FRAGILE</span>
          </p>
        </div>
        <div className="grid gap-6 border-b border-porcelain-deep py-5 sm:grid-cols-2">
          <div>
            <h2 className="text-xs uppercase tracking-wider text-ink-soft">{t("slip.shipTo")}</h2>
            <address className="mt-2 text-lg not-italic leading-snug">
              <span className="block font-semibold">{order.recipient}</span>
              <span className="block font-mono tabular-nums">{order.mobile}</span>
              <span className="block">
                {order.province} {order.city} {order.district}
              </span>
              <span className="block">{order.street}</span>
              {order.postalCode && <span className="block">{order.postalCode}</span>}
            </address>
          </div>
          <dl className="grid grid-cols-[auto_1fr] content-start gap-x-4 gap-y-1 text-sm">
            <dt className="text-ink-soft">{t("common.pieces")}</dt>
            <dd className="tabular-nums">{pieces}</dd>
            <dt className="text-ink-soft">{t("detail.weight")}</dt>
            <dd className="tabular-nums">{t("common.grams", { grams: order.shipment?.weightGrams ?? order.weightGrams })}</dd>
            {order.pickList && (
              <>
                <dt className="text-ink-soft">{t("common.pickList")}</dt>
                <dd className="font-mono">{order.pickList.number}</dd>
              </>
            )}
            {order.shipment?.trackingNumber && (
              <>
                <dt className="text-ink-soft">{t("ship.trackingNumber")}</dt>
                <dd className="font-mono">
                  {order.shipment.carrier && t.has(`carriers.${order.shipment.carrier}`) ? t(`carriers.${order.shipment.carrier}`) : order.shipment.carrier} {order.shipment.trackingNumber}
                </dd>
              </>
            )}
          </dl>
        </div>
        <div className="pt-5">
          <TableFrame>
            <thead>
              <tr>
                <th scope="col" className={th}>{t("common.sku")}</th>
                <th scope="col" className={th}>{t("common.product")}</th>
                <th scope="col" className={th}>{t("common.enterprise")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("common.quantity")}</th>
              </tr>
            </thead>
            <tbody>
              {order.lines.map((line) => (
                <tr key={line.id}>
                  <td className={`${td} font-mono text-xs`}>{line.sku}</td>
                  <td className={td}>{lineName(locale, line)}</td>
                  <td className={td}>{localize(locale, line.enterprise.nameZh, line.enterprise.nameEn)}</td>
                  <td className={`${td} ${num} text-base font-semibold`}>{line.quantity}</td>
                </tr>
              ))}
            </tbody>
          </TableFrame>
          {order.note && <p className="mt-4 rounded-lg border border-porcelain-deep px-3 py-2 text-sm">{t("detail.note", { note: order.note })}</p>}
          <p className="mt-6 text-center text-xs text-ink-soft">{t("slip.thanks")}</p>
        </div>
      </section>
    </ConsoleShell>
  );
}
