"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { deleteAddressAction, saveAddressAction, setDefaultAddressAction } from "@/app/[locale]/account/addresses/actions";
import type { SavedAddress } from "@/lib/checkout/addresses";
import { IDLE } from "@/lib/forms/state";
import { AddressFields, type RegionOptions } from "./address-fields";
import { FormError } from "./form-error";
import { submitKeepingValues } from "./submit-keeping-values";

const button = "rounded-full border border-ink-soft/30 px-3 py-1.5 text-sm hover:bg-porcelain-deep";

/** The signed-in shopper's saved addresses: each can be edited, deleted or made the default. */
export function AddressBook({ addresses, regions }: { addresses: SavedAddress[]; regions: Record<string, RegionOptions> }) {
  const t = useTranslations("addresses");
  const [editing, setEditing] = useState<string | null>(addresses.length === 0 ? "new" : null);
  return (
    <div className="space-y-4">
      <ul className="space-y-3">
        {addresses.map((address) => (
          <li key={address.id} className="rounded-2xl bg-white p-5" data-testid="saved-address">
            {editing === address.id ? (
              <AddressForm address={address} regions={regions[address.province] ?? regions[""]!} onDone={() => setEditing(null)} />
            ) : (
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="text-sm">
                  <p className="font-medium">
                    {address.recipient} · {address.mobile}
                    {address.isDefault && <span className="ml-2 rounded-full bg-celadon-50 px-2 py-0.5 text-xs font-normal text-celadon-800">{t("default")}</span>}
                  </p>
                  <p className="text-ink-soft">
                    {address.province} {address.city} {address.district} {address.street}
                    {address.postalCode ? ` · ${address.postalCode}` : ""}
                  </p>
                </div>
                <div className="flex flex-wrap gap-2">
                  <button type="button" className={button} onClick={() => setEditing(address.id)}>
                    {t("edit")}
                  </button>
                  {!address.isDefault && (
                    <form action={setDefaultAddressAction}>
                      <input type="hidden" name="id" value={address.id} />
                      <button type="submit" className={button}>
                        {t("makeDefault")}
                      </button>
                    </form>
                  )}
                  <form action={deleteAddressAction} onSubmit={(event) => !window.confirm(t("confirmDelete")) && event.preventDefault()}>
                    <input type="hidden" name="id" value={address.id} />
                    <button type="submit" className={`${button} text-cinnabar`}>
                      {t("delete")}
                    </button>
                  </form>
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
      {editing === "new" ? (
        <div className="rounded-2xl bg-white p-5">
          <h2 className="mb-4 font-medium">{t("add")}</h2>
          <AddressForm address={null} regions={regions[""]!} onDone={() => setEditing(null)} />
        </div>
      ) : (
        <button type="button" onClick={() => setEditing("new")} className="rounded-full bg-cobalt-700 px-5 py-2 text-sm font-medium text-white hover:bg-cobalt-900">
          {t("add")}
        </button>
      )}
    </div>
  );
}

function AddressForm({ address, regions, onDone }: { address: SavedAddress | null; regions: RegionOptions; onDone: () => void }) {
  const t = useTranslations("addresses");
  const [state, action, pending] = useActionState(async (previous: Parameters<typeof saveAddressAction>[0], formData: FormData) => {
    const result = await saveAddressAction(previous, formData);
    if (result.status === "ok") onDone();
    return result;
  }, IDLE);
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} className="space-y-4" noValidate>
      {address && <input type="hidden" name="id" value={address.id} />}
      <FormError message={state.status === "error" ? state.message : undefined} />
      <AddressFields regions={regions} defaults={address} state={state} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="makeDefault" defaultChecked={address?.isDefault} className="size-4 accent-cobalt-700" />
        {t("setAsDefault")}
      </label>
      <div className="flex gap-2">
        <button type="submit" disabled={pending} className="rounded-full bg-cobalt-700 px-5 py-2 text-sm font-medium text-white hover:bg-cobalt-900 disabled:opacity-60">
          {t("save")}
        </button>
        <button type="button" onClick={onDone} className={button}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
