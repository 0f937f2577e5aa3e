import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AutoRefresh } from "@/components/orders/auto-refresh";
import { CancelOrder } from "@/components/orders/cancel-order";
import { OrderHeadline } from "@/components/orders/order-headline";
import { OrderLines, OrderRefunds } from "@/components/orders/order-lines";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { Panel } from "@/components/orders/panel";
import { Link } from "@/i18n/navigation";
import { currentShopper } from "@/lib/auth/shopper";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/money/format";
import { releaseExpiredHolds } from "@/lib/orders/expiry";
import { findOrderAccess, findOrderForViewer } from "@/lib/orders/queries";
import { CANCELLABLE } from "@/lib/orders/status";
import { syncCheckoutSession } from "@/lib/payments/start";
import { stripeEnabled } from "@/lib/payments/stripe";

type Props = { params: Promise<{ locale: string; number: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.slice(0, 200) : undefined);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { number } = await params;
  const t = await getTranslations("orders.detail");
  return { title: t("title", { number }), robots: { index: false } };
}

export default async function OrderPage({ params, searchParams }: Props) {
  const [{ locale, number }, query, shopper] = await Promise.all([params, searchParams, currentShopper()]);
  const token = one(query.token) ?? null;
  const sessionId = one(query.session_id);
  const viewer = { userId: shopper.actor?.id ?? null, accessToken: token };

  // Strangers get the same not-found as a number that does not exist.
  const access = await findOrderAccess(db(), number, viewer);
  if (!access) notFound();
  // Back from Stripe: apply the session's outcome now if the webhook has not yet.
  if (sessionId && stripeEnabled()) await syncCheckoutSession(db(), sessionId);
  if (access.status === "PENDING_PAYMENT") await releaseExpiredHolds(db(), { orderId: access.id });
  const order = await findOrderForViewer(db(), number, viewer);
  if (!order) notFound();

  const [t, tc, format] = await Promise.all([getTranslations("orders.detail"), getTranslations("orderCommon"), getFormatter()]);
  const lang = locale as Locale;
  const linkToken = order.hasAccount ? null : order.accessToken;
  const { address } = order;

  return (
    <div className="mx-auto max-w-4xl space-y-5 px-4 py-6 md:py-10">
      {sessionId && order.status === "PENDING_PAYMENT" && <AutoRefresh />}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <Link href="/orders" className="text-sm text-cobalt-700 underline underline-offset-4">
            {t("allOrders")}
          </Link>
          <h1 className="mt-2 font-serif text-2xl text-cobalt-900">{t("title", { number: order.number })}</h1>
          <p className="mt-1 text-sm text-ink-soft">
            {t("placedAt", { time: format.dateTime(order.placedAt, { dateStyle: "medium", timeStyle: "short" }) })} · {tc(`paymentMethod.${order.paymentMethod}`)}
          </p>
        </div>
        <OrderStatusBadge status={order.status} />
      </div>

      <OrderHeadline order={order} locale={lang} token={linkToken} justPlaced={one(query.placed) === "1"} returning={Boolean(sessionId)} paymentFailed={one(query.payment) === "failed"} />

      <div className="grid gap-5 md:grid-cols-[1fr_18rem] md:items-start">
        <div className="space-y-5">
          <OrderLines order={order} locale={lang} />
          <OrderRefunds refunds={order.refunds} locale={lang} />
        </div>
        <div className="space-y-5">
          <Panel id="order-address" title={t("deliverTo")} className="text-sm">
            <p className="font-medium">
              {address.recipient} · {address.mobile}
            </p>
            <p className="text-ink-soft">
              {address.province} {address.city} {address.district}
            </p>
            <p className="text-ink-soft">
              {address.street}
              {address.postalCode ? ` · ${address.postalCode}` : ""}
            </p>
            {(order.contactEmail || order.contactPhone) && <p className="mt-2 text-ink-soft">{t("contact", { contact: [order.contactEmail, order.contactPhone].filter(Boolean).join(" · ") })}</p>}
            {order.note && <p className="mt-2 text-ink-soft">{t("note", { note: order.note })}</p>}
            {order.payment && order.status !== "CANCELLED" && <p className="mt-2 text-ink-soft">{t("payment", { status: tc(`paymentStatus.${order.payment.status}`) })}</p>}
          </Panel>
          <Panel id="order-timeline" title={t("timeline")}>
            <OrderTimeline events={order.events} />
          </Panel>
          {CANCELLABLE.includes(order.status) && (
            <section className="space-y-2">
              <p className="text-xs text-ink-soft">{t("cancelHint")}</p>
              <CancelOrder number={order.number} token={linkToken} paid={order.status === "PAID"} />
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
