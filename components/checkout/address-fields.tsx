"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import type { FormState } from "@/lib/forms/state";
import { type CityDistricts, RegionSelect } from "./region-select";

export interface AddressDefaults {
  recipient: string;
  mobile: string;
  province: string;
  city: string;
  district: string;
  street: string;
  postalCode: string | null;
}

export interface RegionOptions {
  provinces: readonly string[];
  /** Cities (and their districts) of the default address's province. */
  initialCities: CityDistricts | null;
}

/** The delivery address inputs, shared by checkout and the address book. */
export function AddressFields({ regions, defaults, state }: { regions: RegionOptions; defaults?: AddressDefaults | null; state?: FormState }) {
  const t = useTranslations("checkout.address");
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="recipient" label={t("recipient")} autoComplete="name" maxLength={40} required defaultValue={defaults?.recipient} state={state} />
        <Field name="mobile" label={t("mobile")} type="tel" inputMode="tel" autoComplete="tel-national" required placeholder="138 0000 0000" defaultValue={defaults?.mobile} state={state} />
      </div>
      <RegionSelect
        provinces={regions.provinces}
        initial={{ province: defaults?.province ?? "", city: defaults?.city ?? "", district: defaults?.district ?? "" }}
        initialCities={regions.initialCities}
        state={state}
      />
      <Field name="street" label={t("street")} autoComplete="street-address" maxLength={120} required placeholder={t("streetPlaceholder")} defaultValue={defaults?.street} state={state} />
      <div className="sm:w-1/2">
        <Field name="postalCode" label={t("postalCode")} inputMode="numeric" autoComplete="postal-code" maxLength={6} hint={t("optional")} defaultValue={defaults?.postalCode ?? ""} state={state} />
      </div>
    </div>
  );
}
