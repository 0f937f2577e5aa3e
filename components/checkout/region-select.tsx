"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { FormState } from "@/lib/forms/state";

export type CityDistricts = Readonly<Record<string, readonly string[]>>;

const select =
  "w-full rounded-lg border border-celadon-100 bg-white px-3 py-2 text-sm aria-[invalid]:border-cinnabar focus:border-cobalt-500 focus:outline-none disabled:bg-porcelain-deep disabled:text-ink-soft";

/**
 * Province → city → district selects. The page sends the province names and the cities of the
 * province already chosen (if any); the cities of another province are fetched when it is
 * picked, so the country's full district list never has to reach the phone.
 */
export function RegionSelect({
  provinces,
  initial,
  initialCities,
  state,
}: {
  provinces: readonly string[];
  initial: { province: string; city: string; district: string };
  initialCities: CityDistricts | null;
  state?: FormState;
}) {
  const t = useTranslations("checkout.address");
  const tv = useTranslations("validation");
  const chosen = state?.values ? { province: state.values.province ?? "", city: state.values.city ?? "", district: state.values.district ?? "" } : initial;
  const [province, setProvince] = useState(chosen.province);
  const [city, setCity] = useState(chosen.city);
  const [district, setDistrict] = useState(chosen.district);
  const [cities, setCities] = useState<Record<string, CityDistricts>>(initialCities && initial.province ? { [initial.province]: initialCities } : {});
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!province || cities[province]) return;
    const controller = new AbortController();
    fetch(`/checkout/regions?province=${encodeURIComponent(province)}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((body: { cities: CityDistricts }) => {
        setFailed(false);
        setCities((known) => ({ ...known, [province]: body.cities }));
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setFailed(Boolean(error));
      });
    return () => controller.abort();
  }, [province, cities]);

  const cityMap = province ? cities[province] : undefined;
  const cityNames = cityMap ? Object.keys(cityMap) : [];
  const districts = cityMap && city ? (cityMap[city] ?? []) : [];
  // Municipalities have one "city" (市辖区): choose it for the shopper.
  useEffect(() => {
    if (cityNames.length === 1 && city !== cityNames[0]) setCity(cityNames[0] ?? "");
  }, [cityNames, city]);

  const error = state?.fieldErrors?.district ?? state?.fieldErrors?.city ?? state?.fieldErrors?.province;
  const invalid = error ? true : undefined;
  return (
    <fieldset className="space-y-1" aria-describedby={error ? "region-error" : undefined}>
      <legend className="mb-1 block text-sm font-medium">{t("region")}</legend>
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-3">
        <Level
          name="province"
          label={t("province")}
          value={province}
          options={provinces}
          invalid={invalid}
          onChange={(value) => {
            setProvince(value);
            setCity("");
            setDistrict("");
          }}
        />
        <Level
          name="city"
          label={t("city")}
          value={city}
          options={cityNames}
          invalid={invalid}
          onChange={(value) => {
            setCity(value);
            setDistrict("");
          }}
        />
        <Level name="district" label={t("district")} value={district} options={districts} invalid={invalid} onChange={setDistrict} />
      </div>
      {failed && <p className="text-xs text-cinnabar">{t("regionsFailed")}</p>}
      {error && (
        <p id="region-error" role="alert" className="text-xs text-cinnabar">
          {tv(error)}
        </p>
      )}
    </fieldset>
  );
}

/** One level's select, labelled for screen readers; it stays disabled until the level above is chosen. */
function Level({ name, label, value, options, invalid, onChange }: { name: string; label: string; value: string; options: readonly string[]; invalid?: boolean; onChange: (value: string) => void }) {
  return (
    <>
      <label className="sr-only" htmlFor={`field-${name}`}>
        {label}
      </label>
      <select id={`field-${name}`} name={name} value={value} disabled={options.length === 0} aria-invalid={invalid} className={select} onChange={(event) => onChange(event.target.value)}>
        <option value="">{label}</option>
        {options.map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
    </>
  );
}
