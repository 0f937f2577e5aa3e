import type { Tx } from "@/lib/db/client";
import { refuse } from "@/lib/inventory/core";
import { recordSaleSettlement } from "@/lib/settlement/record";

/**
 * The courier handed the parcel over and took the cash: the order's payment succeeds and its
 * revenue is split. Runs inside the transaction that marks a cash-on-delivery order delivered.
 */
export async function collectCashOnDelivery(tx: Tx, input: { orderId: string; now: Date }): Promise<void> {
  const payment = await tx.payment.findFirst({ where: { orderId: input.orderId, method: "COD", status: "PENDING" }, select: { id: true, amountFen: true } });
  if (!payment) refuse("not_cash_on_delivery");
  await tx.payment.update({ where: { id: payment.id }, data: { status: "SUCCEEDED", paidAt: input.now } });
  await tx.order.update({ where: { id: input.orderId }, data: { paidFen: payment.amountFen } });
  await recordSaleSettlement(tx, input.orderId);
}
