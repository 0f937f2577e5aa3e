import { getTranslations } from "next-intl/server";
import type { OrderStatus } from "@/lib/db/generated/client";

const STYLES: Record<OrderStatus, string> = {
  PENDING_PAYMENT: "bg-amber-50 text-amber-800 ring-amber-600/30",
  PAID: "bg-cobalt-50 text-cobalt-700 ring-cobalt-500/30",
  CONFIRMED: "bg-cobalt-50 text-cobalt-700 ring-cobalt-500/30",
  PICKING: "bg-cobalt-50 text-cobalt-700 ring-cobalt-500/30",
  PACKED: "bg-cobalt-50 text-cobalt-700 ring-cobalt-500/30",
  SHIPPED: "bg-celadon-50 text-celadon-800 ring-celadon-600/30",
  DELIVERED: "bg-celadon-50 text-celadon-800 ring-celadon-600/30",
  CANCELLED: "bg-porcelain-deep text-ink-soft ring-ink-soft/20",
  REFUNDED: "bg-cinnabar/5 text-cinnabar ring-cinnabar/20",
};

const DOTS: Record<OrderStatus, string> = {
  PENDING_PAYMENT: "bg-amber-500",
  PAID: "bg-cobalt-500",
  CONFIRMED: "bg-cobalt-500",
  PICKING: "bg-cobalt-500",
  PACKED: "bg-cobalt-500",
  SHIPPED: "bg-celadon-600",
  DELIVERED: "bg-celadon-600",
  CANCELLED: "bg-ink-soft/60",
  REFUNDED: "bg-cinnabar/70",
};

/** An order's status as a small coloured pill, labelled from `orderCommon.status`. */
export async function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const t = await getTranslations("orderCommon.status");
  return (
    <span data-status={status} className={`inline-flex shrink-0 items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[status]}`}>
      <span aria-hidden="true" className={`size-1.5 rounded-full ${DOTS[status]}`} />
      {t(status)}
    </span>
  );
}
