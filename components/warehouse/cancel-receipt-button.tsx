"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { cancelReceiptAction } from "@/app/[locale]/enterprise/inbound/actions";
import { IDLE } from "@/lib/forms/state";
import { FormNotice } from "./form-controls";
import type { InventoryFormState } from "./form-state";
import { secondaryButtonClass } from "./ui";

export function CancelReceiptButton({ enterpriseId, receiptId }: { enterpriseId: string; receiptId: string }) {
  const t = useTranslations("warehouseConsole.inbound");
  const [state, action, pending] = useActionState<InventoryFormState, FormData>(cancelReceiptAction, IDLE);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="enterpriseId" value={enterpriseId} />
      <input type="hidden" name="receiptId" value={receiptId} />
      <FormNotice state={state} okText={t("cancelled")} />
      {state.status !== "ok" && (
        <button type="submit" disabled={pending} className={secondaryButtonClass}>
          {t("cancel")}
        </button>
      )}
    </form>
  );
}
