"use client";

import { useLocale, useTranslations } from "next-intl";
import { type InputHTMLAttributes, type ReactNode, useActionState, useState } from "react";
import { type CheckoutState, placeOrderAction } from "@/app/[locale]/(shop)/checkout/actions";
import { Field } from "@/components/forms/field";
import { Panel } from "@/components/orders/panel";
import { Link } from "@/i18n/navigation";
import type { SavedAddress } from "@/lib/checkout/addresses";
import { AddressFields, type RegionOptions } from "./address-fields";
import { FormError } from "./form-error";
import { submitKeepingValues } from "./submit-keeping-values";


/**
 * The checkout form: where to deliver, how to reach a guest, how to pay, and a note. Prices are
 * not in it; the server prices the cart again when the order is placed. The button stays
 * disabled while the order is being placed, so a double tap cannot send it twice.
 */
export function CheckoutForm({
  signedIn,
  claimIds,
  savedAddresses,
  regions,
  online,
  totalText,
}: {
  signedIn: boolean;
  /** The flash-deal claims shown in the summary: ordered with the cart, or the order is refused. */
  claimIds: string[];
  savedAddresses: SavedAddress[];
  regions: RegionOptions;
  /** Online payment methods offered (empty when Stripe is not configured). */
  online: string[];
  totalText: string;
}) {
  const t = useTranslations("checkout");
  const locale = useLocale();
  const [state, action, pending] = useActionState<CheckoutState, FormData>(placeOrderAction, { status: "idle" });
  const preselected = state.values?.addressId ?? savedAddresses.find((a) => a.isDefault)?.id ?? savedAddresses[0]?.id ?? "new";
  const [addressId, setAddressId] = useState(preselected);
  const payment = state.values?.paymentMethod ?? "COD";
  const pieceProblem = state.message === "sold_out" || state.message === "unavailable" || state.message === "quantity" || state.message === "claim_expired";

  return (
    <form action={action} onSubmit={submitKeepingValues(action)} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {claimIds.map((claimId) => (
        <input key={claimId} type="hidden" name="claimId" value={claimId} />
      ))}
      {state.status === "error" && (
        <div className="space-y-2">
          <FormError message={state.message} values={{ piece: state.piece ?? t("errors.aPiece") }} />
          {(pieceProblem || state.message === "empty") && (
            <p className="text-sm">
              <Link href={state.message === "empty" ? "/orders" : "/cart"} className="font-medium text-cobalt-700 underline underline-offset-4">
                {state.message === "empty" ? t("errors.toOrders") : t("errors.toCart")}
              </Link>
            </p>
          )}
        </div>
      )}

      <Panel id="checkout-address" title={t("address.title")}>
        {savedAddresses.length > 0 && (
          <fieldset className="mb-4 space-y-2">
            <legend className="sr-only">{t("address.saved")}</legend>
            {savedAddresses.map((address) => (
              <Choice
                key={address.id}
                name="addressId"
                value={address.id}
                checked={addressId === address.id}
                onChange={() => setAddressId(address.id)}
                title={
                  <>
                    {address.recipient} · {address.mobile}
                    {address.isDefault && <span className="ml-2 rounded-full bg-celadon-50 px-2 py-0.5 text-xs font-normal text-celadon-800">{t("address.default")}</span>}
                  </>
                }
                detail={`${address.province} ${address.city} ${address.district} ${address.street}`}
              />
            ))}
            <Choice name="addressId" value="new" checked={addressId === "new"} onChange={() => setAddressId("new")} title={t("address.new")} />
          </fieldset>
        )}
        {addressId === "new" && (
          <div className="space-y-4">
            <AddressFields regions={regions} state={state} />
            {signedIn && (
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="saveAddress" defaultChecked={state.values ? state.values.saveAddress === "on" : true} className="size-4 accent-cobalt-700" />
                {t("address.save")}
              </label>
            )}
          </div>
        )}
      </Panel>

      {!signedIn && (
        <Panel
          id="checkout-contact"
          title={t("contact.title")}
          intro={
            <>
              {t("contact.body")}{" "}
              <Link href={{ pathname: "/login", query: { next: "/checkout" } }} className="text-cobalt-700 underline underline-offset-4">
                {t("contact.signIn")}
              </Link>
            </>
          }
        >
          <div className="grid gap-4 sm:grid-cols-2">
            <Field name="email" label={t("contact.email")} type="email" autoComplete="email" maxLength={254} state={state} />
            <Field name="phone" label={t("contact.phone")} type="tel" inputMode="tel" autoComplete="tel-national" state={state} />
          </div>
        </Panel>
      )}

      <Panel id="checkout-payment" title={t("payment.title")}>
        <fieldset className="space-y-2">
          <legend className="sr-only">{t("payment.title")}</legend>
          <Choice name="paymentMethod" value="COD" defaultChecked={payment === "COD"} title={t("payment.cod")} detail={t("payment.codBody")} />
          {online.length > 0 && (
            <Choice name="paymentMethod" value="STRIPE" defaultChecked={payment === "STRIPE"} title={t("payment.online")} detail={online.map((method) => t(`payment.methods.${method}`)).join(" · ")} />
          )}
        </fieldset>
      </Panel>

      <section className="rounded-2xl bg-white p-5 sm:p-6">
        <label htmlFor="field-note" className="block text-sm font-medium">
          {t("note")} <span className="font-normal text-ink-soft">({t("address.optional")})</span>
        </label>
        <textarea
          id="field-note"
          name="note"
          rows={2}
          maxLength={200}
          defaultValue={state.values?.note}
          placeholder={t("notePlaceholder")}
          className="mt-1 w-full rounded-lg border border-celadon-100 bg-white px-3 py-2 text-sm focus:border-cobalt-500 focus:outline-none"
        />
      </section>

      <div className="flex flex-col-reverse items-stretch gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-ink-soft">{t("terms")}</p>
        <button
          type="submit"
          disabled={pending}
          aria-busy={pending}
          className="rounded-full bg-cobalt-700 px-6 py-3 text-base font-medium text-white hover:bg-cobalt-900 disabled:cursor-wait disabled:opacity-60"
        >
          {pending ? t("placing") : t("place", { total: totalText })}
        </button>
      </div>
    </form>
  );
}

/** One option of a radio group, drawn as a card that shows it is chosen. */
function Choice({ title, detail, ...input }: { title: ReactNode; detail?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "title" | "className">) {
  return (
    <label className="flex cursor-pointer items-start gap-3 rounded-xl border border-celadon-100 p-3 has-[:checked]:border-cobalt-700 has-[:checked]:bg-cobalt-50 hover:border-cobalt-500">
      <input type="radio" {...input} className="mt-1 accent-cobalt-700" />
      <span className="text-sm">
        <span className="font-medium">{title}</span>
        {detail && <span className="block text-ink-soft">{detail}</span>}
      </span>
    </label>
  );
}
