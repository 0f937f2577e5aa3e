import { getFormatter, getTranslations } from "next-intl/server";
import { payOrderAction } from "@/app/[locale]/(shop)/checkout/actions";
import type { Locale } from "@/lib/money/format";
import { formatFen } from "@/lib/money/format";
import type { OrderDetail } from "@/lib/orders/queries";

const TONE = {
  wait: "border-amber-200 bg-amber-50 text-amber-900",
  good: "border-celadon-300 bg-celadon-50 text-celadon-800",
  info: "border-cobalt-100 bg-cobalt-50 text-cobalt-900",
  over: "border-porcelain-deep bg-white text-ink",
} as const;

/**
 * What the shopper most needs to know about the order right now, in one box: what to do next
 * (pay, wait) or what happened (shipped with which courier, cancelled why, refunded how much).
 */
export async function OrderHeadline({ order, locale, token, justPlaced, returning, paymentFailed }: { order: OrderDetail; locale: Locale; token: string | null; justPlaced: boolean; returning: boolean; paymentFailed: boolean }) {
  const t = await getTranslations("orders.headline");
  const tc = await getTranslations();
  const format = await getFormatter();
  const money = (fen: number) => formatFen(fen, locale);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const lateRefund = order.refunds.some((refund) => refund.reason === "sold_out_after_expiry" || refund.reason === "paid_after_cancellation");
  const carrier = order.shipment?.carrier ? (tc.has(`fulfilment.carriers.${order.shipment.carrier}`) ? tc(`fulfilment.carriers.${order.shipment.carrier}`) : order.shipment.carrier) : "";

  let tone: keyof typeof TONE = "info";
  let title: string;
  let body: string | null = null;
  switch (order.status) {
    case "PENDING_PAYMENT":
      tone = "wait";
      title = returning ? t("confirmingPayment") : t("awaitingPayment");
      body = order.holdExpiresAt ? t("holdUntil", { time: when(order.holdExpiresAt) }) : null;
      break;
    case "PAID":
      tone = "good";
      title = justPlaced || returning ? t("thanksPaid") : t("paid");
      body = t("preparing");
      break;
    case "CONFIRMED":
      tone = "good";
      title = justPlaced ? t("thanksConfirmed") : t("confirmed");
      body = t("payOnDelivery", { total: money(order.totalFen) });
      break;
    case "PICKING":
    case "PACKED":
      title = t("preparingTitle");
      body = t("preparing");
      break;
    case "SHIPPED":
      title = t("shipped");
      body = order.shipment?.trackingNumber ? t("tracking", { carrier, number: order.shipment.trackingNumber }) : null;
      break;
    case "DELIVERED":
      tone = "good";
      title = t("delivered");
      body = order.shipment?.deliveredAt ? t("deliveredOn", { time: when(order.shipment.deliveredAt) }) : null;
      break;
    case "CANCELLED":
      tone = "over";
      title = t("cancelled");
      body = order.cancelReason && tc.has(`orderCommon.cancelReason.${order.cancelReason}`) ? tc(`orderCommon.cancelReason.${order.cancelReason}`) : null;
      if (order.refundedFen > 0) body = `${body ? `${body} · ` : ""}${t("refundedAmount", { amount: money(order.refundedFen) })}`;
      break;
    case "REFUNDED":
      tone = "over";
      title = lateRefund ? t("refundedLate") : t("refunded");
      body = lateRefund ? t("refundedLateBody", { amount: money(order.refundedFen) }) : t("refundedAmount", { amount: money(order.refundedFen) });
      break;
  }

  return (
    <div role="status" data-testid="order-headline" className={`rounded-2xl border p-5 ${TONE[tone]}`}>
      <p className="font-serif text-xl">{title}</p>
      {body && <p className="mt-1 text-sm">{body}</p>}
      {paymentFailed && order.status !== "PAID" && <p className="mt-2 text-sm text-cinnabar">{t("paymentFailed")}</p>}
      {order.status === "PENDING_PAYMENT" && (
        <form action={payOrderAction} className="mt-4">
          <input type="hidden" name="number" value={order.number} />
          <input type="hidden" name="token" value={token ?? ""} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="rounded-full bg-cobalt-700 px-5 py-2 text-sm font-medium text-white hover:bg-cobalt-900">
            {t("payNow", { total: money(order.totalFen) })}
          </button>
        </form>
      )}
    </div>
  );
}
