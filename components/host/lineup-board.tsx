"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { LineupProduct } from "@/lib/live/host-console";
import { pinAction, updateLineupAction } from "@/app/[locale]/host/sessions/[id]/actions";
import { SubmitButton } from "@/components/forms/field";
import { LineThumb } from "@/components/orders/line-thumb";
import { Badge, buttonClass, EmptyLine, secondaryButtonClass } from "@/components/warehouse/ui";
import { IDLE } from "@/lib/forms/state";
import { localize } from "@/lib/i18n/localize";
import { formatFen, type Locale } from "@/lib/money/format";
import { FormNotice } from "./form-controls";
import type { HostFormState } from "./form-state";
import { LineupPicker } from "./lineup-picker";

/**
 * The line-up in presenting order, each product with a one-click pin ("讲解中") while the session
 * is live, the pinned one highlighted; and the line-up editor before and during the session.
 */
export function LineupBoard({
  sessionId,
  lineup,
  pinnedProductId,
  live,
  editable,
  max,
}: {
  sessionId: string;
  lineup: LineupProduct[];
  pinnedProductId: string | null;
  live: boolean;
  editable: boolean;
  max: number;
}) {
  const t = useTranslations("hostConsole.lineup");
  const locale = useLocale();
  const [pinState, pin, pinning] = useActionState<HostFormState, FormData>(pinAction, IDLE);
  const [editing, setEditing] = useState(false);

  return (
    <div className="space-y-4">
      <FormNotice state={pinState.status === "error" ? pinState : IDLE} />
      {lineup.length === 0 ? (
        <EmptyLine>{t("empty")}</EmptyLine>
      ) : (
        <ol className="space-y-2" data-testid="lineup">
            {lineup.map((product, index) => {
              const pinned = product.id === pinnedProductId;
              const name = localize(locale, product.nameZh, product.nameEn);
              return (
                <li
                  key={product.id}
                  data-pinned={pinned || undefined}
                  className={`flex flex-wrap items-center gap-3 rounded-xl border p-2 sm:flex-nowrap ${pinned ? "border-cobalt-500 bg-cobalt-50 ring-1 ring-cobalt-500" : "border-porcelain-deep"}`}
                >
                  <span className="w-5 shrink-0 text-center text-xs tabular-nums text-ink-soft">{index + 1}</span>
                  <LineThumb image={product.imageUrl ? { url: product.imageUrl } : null} alt="" size={52} />
                  <div className="min-w-0 flex-1">
                    <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
                      <span className="min-w-0 truncate">{name}</span>
                      {pinned && <Badge tone="info">{t("pinned")}</Badge>}
                      {!product.published && <Badge tone="danger">{t("unpublished")}</Badge>}
                    </p>
                    <p className="truncate text-xs text-ink-soft">
                      {localize(locale, product.enterpriseZh, product.enterpriseEn)} · {formatFen(product.priceMinFen, locale as Locale)}
                      {product.priceMaxFen > product.priceMinFen && ` – ${formatFen(product.priceMaxFen, locale as Locale)}`}
                    </p>
                  </div>
                  {live && (
                    <form action={pin} className="ml-auto">
                      <input type="hidden" name="sessionId" value={sessionId} />
                      <input type="hidden" name="productId" value={product.id} />
                      {pinned ? (
                        <button type="submit" name="intent" value="unpin" disabled={pinning} className={secondaryButtonClass} aria-label={t("unpinNamed", { name })}>
                          {t("unpin")}
                        </button>
                      ) : (
                        <button type="submit" name="intent" value="pin" disabled={pinning || !product.published} className={buttonClass} aria-label={t("pinNamed", { name })}>
                          {t("pin")}
                        </button>
                      )}
                    </form>
                  )}
                </li>
              );
            })}
          </ol>
      )}
      {!live && lineup.length > 0 && <p className="text-xs text-ink-soft">{t("pinWhenLive")}</p>}
      {editable &&
        (editing ? (
          <LineupEditor sessionId={sessionId} lineup={lineup} max={max} onClose={() => setEditing(false)} />
        ) : (
          <button type="button" className={secondaryButtonClass} onClick={() => setEditing(true)}>
            {t("edit")}
          </button>
        ))}
    </div>
  );
}

function LineupEditor({ sessionId, lineup, max, onClose }: { sessionId: string; lineup: LineupProduct[]; max: number; onClose: () => void }) {
  const t = useTranslations("hostConsole.lineup");
  const [state, action, pending] = useActionState<HostFormState, FormData>(async (previous: HostFormState, data: FormData) => {
    const next = await updateLineupAction(previous, data);
    if (next.status === "ok") onClose();
    return next;
  }, IDLE);
  return (
    <form action={action} className="space-y-4 rounded-xl border border-cobalt-100 p-4" aria-label={t("editTitle")}>
      <h3 className="font-medium text-cobalt-900">{t("editTitle")}</h3>
      <input type="hidden" name="sessionId" value={sessionId} />
      <FormNotice state={state} quietOnFieldErrors />
      <LineupPicker initial={lineup} max={max} state={state} />
      <div className="flex flex-wrap justify-end gap-3">
        <button type="button" className={secondaryButtonClass} onClick={onClose}>
          {t("cancelEdit")}
        </button>
        <SubmitButton pending={pending}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
