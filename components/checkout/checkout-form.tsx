"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { type CheckoutState, placeOrderAction } from "@/app/[locale]/(shop)/checkout/actions";
import { Field } from "@/components/forms/field";
import { Link } from "@/i18n/navigation";
import type { SavedAddress } from "@/lib/checkout/addresses";
import { AddressFields, type RegionOptions } from "./address-fields";
import { FormError } from "./form-error";
import { submitKeepingValues } from "./submit-keeping-values";

const card = "rounded-2xl bg-white p-5 sm:p-6";
const radio = "flex cursor-pointer items-start gap-3 rounded-xl border border-celadon-100 p-3 has-[:checked]:border-cobalt-700 has-[:checked]:bg-cobalt-50 hover:border-cobalt-500";

/**
 * The checkout form: where to deliver, how to reach a guest, how to pay, and a note. Prices are
 * not in it; the server prices the cart again when the order is placed. The button stays
 * disabled while the order is being placed, so a double tap cannot send it twice.
 */
export function CheckoutForm({
  signedIn,
  savedAddresses,
  regions,
  online,
  totalText,
}: {
  signedIn: boolean;
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
  const pieceProblem = state.message === "sold_out" || state.message === "unavailable" || state.message === "quantity";

  return (
    <form action={action} onSubmit={submitKeepingValues(action)} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
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

      <section className={card} aria-labelledby="checkout-address">
        <h2 id="checkout-address" className="mb-4 font-medium">
          {t("address.title")}
        </h2>
        {savedAddresses.length > 0 && (
          <fieldset className="mb-4 space-y-2">
            <legend className="sr-only">{t("address.saved")}</legend>
            {savedAddresses.map((address) => (
              <label key={address.id} className={radio}>
                <input type="radio" name="addressId" value={address.id} checked={addressId === address.id} onChange={() => setAddressId(address.id)} className="mt-1 accent-cobalt-700" />
                <span className="text-sm">
                  <span className="font-medium">
                    {address.recipient} · {address.mobile}
                  </span>
                  {address.isDefault && <span className="ml-2 rounded-full bg-celadon-50 px-2 py-0.5 text-xs text-celadon-800">{t("address.default")}</span>}
                  <span className="block text-ink-soft">
                    {address.province} {address.city} {address.district} {address.street}
                  </span>
                </span>
              </label>
            ))}
            <label className={radio}>
              <input type="radio" name="addressId" value="new" checked={addressId === "new"} onChange={() => setAddressId("new")} className="mt-1 accent-cobalt-700" />
              <span className="text-sm font-medium">{t("address.new")}</span>
            </label>
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
      </section>

      {!signedIn && (
        <section className={card} aria-labelledby="checkout-contact">
          <h2 id="checkout-contact" className="font-medium">
            {t("contact.title")}
          </h2>
          <p className="mb-4 mt-1 text-sm text-ink-soft">
            {t("contact.body")}{" "}
            <Link href={{ pathname: "/login", query: { next: "/checkout" } }} className="text-cobalt-700 underline underline-offset-4">
              {t("contact.signIn")}
            </Link>
          </p>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field name="email" label={t("contact.email")} type="email" autoComplete="email" maxLength={254} state={state} />
            <Field name="phone" label={t("contact.phone")} type="tel" inputMode="tel" autoComplete="tel-national" state={state} />
          </div>
        </section>
      )}

      <section className={card} aria-labelledby="checkout-payment">
        <h2 id="checkout-payment" className="mb-4 font-medium">
          {t("payment.title")}
        </h2>
        <fieldset className="space-y-2">
          <legend className="sr-only">{t("payment.title")}</legend>
          <label className={radio}>
            <input type="radio" name="paymentMethod" value="COD" defaultChecked={payment === "COD"} className="mt-1 accent-cobalt-700" />
            <span className="text-sm">
              <span className="font-medium">{t("payment.cod")}</span>
              <span className="block text-ink-soft">{t("payment.codBody")}</span>
            </span>
          </label>
          {online.length > 0 && (
            <label className={radio}>
              <input type="radio" name="paymentMethod" value="STRIPE" defaultChecked={payment === "STRIPE"} className="mt-1 accent-cobalt-700" />
              <span className="text-sm">
                <span className="font-medium">{t("payment.online")}</span>
                <span className="block text-ink-soft">{online.map((method) => t(`payment.methods.${method}`)).join(" · ")}</span>
              </span>
            </label>
          )}
        </fieldset>
      </section>

      <section className={card}>
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
