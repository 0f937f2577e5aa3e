import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { Badge, linkClass, num, Panel, TableFrame, td, th } from "@/components/warehouse/ui";
import { Link } from "@/i18n/navigation";
import type { OrderDetail } from "@/lib/fulfillment/queries";
import { shippingLeftFen } from "@/lib/fulfillment/queries";
import { localize } from "@/lib/i18n/localize";
import { formatFen } from "@/lib/money/format";
import { RefundForm } from "./refund-form";

export function lineName(locale: string, line: { productNameZh: string; productNameEn: string; variantNameZh: string; variantNameEn: string }): string {
  return [localize(locale, line.productNameZh, line.productNameEn), localize(locale, line.variantNameZh, line.variantNameEn)].filter(Boolean).join(" · ");
}

/**
 * One order as the warehouse and the cooperative's admin see it: lines with their enterprise,
 * delivery address, parcel, payments and refunds, timeline, and the refund form while paid
 * money is left. `steps` holds what the viewer may do next (the warehouse's pack / ship /
 * deliver forms); `pickListHref` links the order's pick list where the viewer can open it.
 */
export async function OrderDetailView({ order, locale, steps, pickListHref }: { order: OrderDetail; locale: string; steps?: ReactNode; pickListHref?: string }) {
  const [t, tc, format] = await Promise.all([getTranslations("fulfilment"), getTranslations("orderCommon"), getFormatter()]);
  const fen = (value: number) => formatFen(value, locale === "en" ? "en" : "zh-CN");
  const refundable = order.paidFen - order.refundedFen > 0;
  const lineById = new Map(order.lines.map((line) => [line.id, line]));
  const contact = [order.user?.name, order.user?.email ?? order.contactEmail, order.user?.phone ?? order.contactPhone].filter(Boolean).join(" · ");

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="min-w-0 space-y-6">
        <Panel title={t("detail.lines")}>
          <TableFrame label={t("detail.lines")}>
            <thead>
              <tr>
                <th scope="col" className={th}>{t("common.sku")}</th>
                <th scope="col" className={th}>{t("common.product")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("common.quantity")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("common.unitPrice")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("common.lineTotal")}</th>
              </tr>
            </thead>
            <tbody>
              {order.lines.map((line) => (
                <tr key={line.id}>
                  <td className={`${td} font-mono text-xs`}>{line.sku}</td>
                  <td className={td}>
                    {lineName(locale, line)}
                    <span className="block text-xs text-ink-soft">{localize(locale, line.enterprise.nameZh, line.enterprise.nameEn)}</span>
                    {line.refundedQuantity > 0 && (
                      <span className="mt-1 block">
                        <Badge tone="danger">{t("detail.refundedPieces", { count: line.refundedQuantity })}</Badge>
                      </span>
                    )}
                  </td>
                  <td className={`${td} ${num}`}>{line.quantity}</td>
                  <td className={`${td} ${num}`}>{fen(line.unitPriceFen)}</td>
                  <td className={`${td} ${num}`}>{fen(line.lineTotalFen)}</td>
                </tr>
              ))}
            </tbody>
          </TableFrame>
          <dl className="mt-4 ml-auto grid max-w-xs grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-sm tabular-nums">
            <dt className="text-ink-soft">{t("detail.items")}</dt>
            <dd className="text-right">{fen(order.itemsFen)}</dd>
            <dt className="text-ink-soft">{t("detail.shipping")}</dt>
            <dd className="text-right">{fen(order.shippingFen)}</dd>
            <dt className="text-ink-soft">{t("detail.packing")}</dt>
            <dd className="text-right">{fen(order.packingFen)}</dd>
            <dt className="font-medium">{t("detail.total")}</dt>
            <dd className="text-right font-medium">{fen(order.totalFen)}</dd>
            <dt className="text-ink-soft">{t("detail.paid")}</dt>
            <dd className="text-right" data-testid="paid">{fen(order.paidFen)}</dd>
            {order.refundedFen > 0 && (
              <>
                <dt className="text-cinnabar">{t("detail.refunded")}</dt>
                <dd className="text-right text-cinnabar" data-testid="refunded">{fen(order.refundedFen)}</dd>
              </>
            )}
          </dl>
        </Panel>

        <Panel id="refunds" title={t("refund.title")}>
          {order.refunds.length > 0 && (
            <ul className="mb-5 space-y-2" aria-label={t("refund.history")}>
              {order.refunds.map((refund) => (
                <li key={refund.id} className="rounded-xl border border-porcelain-deep px-4 py-3 text-sm">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span className="font-medium tabular-nums">{fen(refund.amountFen)}</span>
                    <Badge tone={refund.status === "SUCCEEDED" ? "ok" : refund.status === "FAILED" ? "danger" : "warn"}>{tc(`refundStatus.${refund.status}`)}</Badge>
                  </div>
                  <p className="mt-1 text-ink-soft">
                    <time dateTime={refund.createdAt.toISOString()}>{format.dateTime(refund.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time> · {refund.reason}
                  </p>
                  <p className="mt-1 text-xs text-ink-soft">
                    {[
                      ...refund.lines.map((l) => `${lineById.get(l.orderLineId)?.sku ?? "?"} × ${l.quantity}`),
                      ...(refund.shippingFen > 0 ? [t("refund.shippingPart", { amount: fen(refund.shippingFen) })] : []),
                    ].join(" · ")}
                  </p>
                </li>
              ))}
            </ul>
          )}
          {refundable ? (
            <RefundForm
              key={order.refunds.length}
              orderId={order.id}
              shippingLeftFen={shippingLeftFen(order)}
              lines={order.lines.map((line) => ({
                id: line.id,
                sku: line.sku,
                name: lineName(locale, line),
                enterprise: localize(locale, line.enterprise.nameZh, line.enterprise.nameEn),
                unitPriceFen: line.unitPriceFen,
                left: line.quantity - line.refundedQuantity,
              }))}
            />
          ) : (
            <p className="text-sm text-ink-soft">{order.paidFen === 0 ? t("refund.notPaid") : t("refund.nothingLeft")}</p>
          )}
        </Panel>
      </div>

      {/* On a tablet the status and next step come first: that is what the warehouse opens the order for. */}
      <div className="order-first min-w-0 space-y-6 lg:order-last">
        <Panel title={t("detail.status")}>
          <div className="mb-4 flex flex-wrap items-center gap-2">
            <OrderStatusBadge status={order.status} />
            <span className="text-sm text-ink-soft">{tc(`paymentMethod.${order.paymentMethod}`)}</span>
            {order.payments.map((payment) => (
              <Badge key={payment.id} tone={payment.status === "SUCCEEDED" ? "ok" : payment.status === "PENDING" ? "info" : "neutral"}>
                {tc(`paymentStatus.${payment.status}`)}
              </Badge>
            ))}
          </div>
          {order.pickList && (
            <p className="mb-3 text-sm">
              {t("detail.pickList")}{" "}
              {pickListHref ? (
                <Link href={pickListHref} className={linkClass}>
                  {order.pickList.number}
                </Link>
              ) : (
                order.pickList.number
              )}
            </p>
          )}
          {steps}
        </Panel>

        <Panel title={t("detail.delivery")}>
          <address className="space-y-1 text-sm not-italic">
            <p className="font-medium">
              {order.recipient} · <span className="tabular-nums">{order.mobile}</span>
            </p>
            <p>
              {order.province} {order.city} {order.district}
            </p>
            <p>{order.street}</p>
            {order.postalCode && <p className="text-ink-soft">{order.postalCode}</p>}
          </address>
          {contact && <p className="mt-3 text-xs text-ink-soft">{t("detail.contact", { contact })}</p>}
          {order.note && <p className="mt-3 rounded-lg bg-porcelain px-3 py-2 text-sm">{t("detail.note", { note: order.note })}</p>}
        </Panel>

        {order.shipment && (
          <Panel title={t("detail.parcel")}>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-ink-soft">{t("detail.weight")}</dt>
              <dd className="tabular-nums">{t("common.grams", { grams: order.shipment.weightGrams })}</dd>
              {order.shipment.carrier && (
                <>
                  <dt className="text-ink-soft">{t("ship.carrier")}</dt>
                  <dd>{t.has(`carriers.${order.shipment.carrier}`) ? t(`carriers.${order.shipment.carrier}`) : order.shipment.carrier}</dd>
                  <dt className="text-ink-soft">{t("ship.trackingNumber")}</dt>
                  <dd className="font-mono" data-testid="tracking-number">{order.shipment.trackingNumber}</dd>
                </>
              )}
            </dl>
          </Panel>
        )}

        <Panel title={t("detail.timeline")}>
          <OrderTimeline events={order.events} />
        </Panel>
      </div>
    </div>
  );
}
