import { getTranslations } from "next-intl/server";
import type { OrderStatus } from "@/lib/db/generated/client";
import { ORDER_STATUSES } from "@/lib/fulfillment/queries";

/** The labelled "status" choice of an order list's filter form (GET), every status or one. */
export async function OrderStatusFilter({ id, label, allLabel, value, className, selectClassName }: { id: string; label: string; allLabel: string; value?: OrderStatus; className: string; selectClassName: string }) {
  const tc = await getTranslations("orderCommon");
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <select id={id} name="status" defaultValue={value ?? ""} className={selectClassName}>
        <option value="">{allLabel}</option>
        {ORDER_STATUSES.map((s) => (
          <option key={s} value={s}>
            {tc(`status.${s}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
