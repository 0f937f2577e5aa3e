"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setProductStatusAction } from "@/app/[locale]/enterprise/products/actions";
import type { ProductStatus } from "@/lib/db/generated/client";
import { IDLE } from "@/lib/forms/state";
import { ProductFormMessage } from "./product-fields";
import { dangerButton, primaryButton, secondaryButton } from "./styles";

/**
 * Draft, publish, archive. Publishing is offered once the product has what the shop needs (an
 * active variant and a picture); the server checks the same again.
 */
export function StatusControls({
  enterpriseId,
  productId,
  status,
  hasActiveVariant,
  hasImage,
}: {
  enterpriseId: string;
  productId: string;
  status: ProductStatus;
  hasActiveVariant: boolean;
  hasImage: boolean;
}) {
  const t = useTranslations("enterpriseConsole.productStatus");
  const [state, action, pending] = useActionState(setProductStatusAction, IDLE);
  const canPublish = hasActiveVariant && hasImage;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="enterpriseId" value={enterpriseId} />
      <input type="hidden" name="productId" value={productId} />
      <ProductFormMessage status={state.status} message={state.message} okText={t("changed")} />
      {status !== "PUBLISHED" && !canPublish && (
        <div className="rounded-lg bg-cobalt-50 px-3 py-2 text-sm text-cobalt-900">
          <p>{t("needs")}</p>
          <ul className="mt-1 space-y-0.5">
            <li>
              <span aria-hidden="true">{hasActiveVariant ? "✓" : "○"}</span> {t("needsVariant")}
            </li>
            <li>
              <span aria-hidden="true">{hasImage ? "✓" : "○"}</span> {t("needsImage")}
            </li>
          </ul>
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        {status !== "PUBLISHED" && (
          <button type="submit" name="status" value="PUBLISHED" disabled={pending || !canPublish} className={primaryButton}>
            {t("publish")}
          </button>
        )}
        {status !== "DRAFT" && (
          <button type="submit" name="status" value="DRAFT" disabled={pending} className={secondaryButton}>
            {t("draft")}
          </button>
        )}
        {status !== "ARCHIVED" && (
          <button type="submit" name="status" value="ARCHIVED" disabled={pending} className={dangerButton}>
            {t("archive")}
          </button>
        )}
      </div>
    </form>
  );
}
