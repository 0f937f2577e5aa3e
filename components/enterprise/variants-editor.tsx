"use client";

import { useTranslations } from "next-intl";
import { type ChangeEvent, useState } from "react";
import { MAX_VARIANTS } from "@/lib/catalog/admin/limits";
import { FieldError, TextField } from "./product-fields";
import { dangerButton, secondaryButton } from "./styles";

export const VARIANT_FIELDS = ["id", "sku", "nameZh", "nameEn", "sizeZh", "sizeEn", "price", "compareAt", "weightGrams", "setCount", "lowStockThreshold", "active"] as const;
export type VariantField = (typeof VARIANT_FIELDS)[number];
export type VariantValues = Record<VariantField, string>;

export interface VariantRow {
  values: VariantValues;
  /** Stock of an existing variant; null for a new one. */
  stock: { onHand: number; reserved: number } | null;
}

interface EditorRow extends VariantRow {
  key: string;
}

const EMPTY: VariantValues = {
  id: "",
  sku: "",
  nameZh: "",
  nameEn: "",
  sizeZh: "",
  sizeEn: "",
  price: "",
  compareAt: "",
  weightGrams: "",
  setCount: "1",
  lowStockThreshold: "5",
  active: "true",
};

let nextKey = 0;
const newKey = () => `new-${++nextKey}`;

/**
 * The variant (SKU) rows of the product form: add and remove new rows, deactivate and reactivate
 * existing ones (they are never deleted: stock and orders refer to them). Inputs are controlled,
 * so rows keep what was typed when the server refuses the form; their names
 * ("variants.<n>.<field>") follow the row order at submit time, which is also how the server's
 * field errors come back.
 */
export function VariantsEditor({ initial, errors }: { initial: VariantRow[]; errors: Record<string, string> }) {
  const t = useTranslations("enterpriseConsole.productForm");
  const [rows, setRows] = useState<EditorRow[]>(() =>
    (initial.length ? initial : [{ values: EMPTY, stock: null }]).map((row) => ({ ...row, key: row.values.id || newKey() })),
  );
  const activeCount = rows.filter((r) => r.values.active !== "false").length;

  const update = (key: string, field: VariantField, value: string) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, values: { ...row.values, [field]: value } } : row)));
  const add = () => setRows((current) => [...current, { key: newKey(), values: { ...EMPTY }, stock: null }]);
  const remove = (key: string) => setRows((current) => current.filter((row) => row.key !== key));

  return (
    <div className="space-y-4">
      <FieldError id="field-variants" error={errors.variants} />
      <ol className="space-y-4">
        {rows.map((row, index) => {
          const existing = Boolean(row.values.id);
          const active = row.values.active !== "false";
          const name = (field: VariantField) => `variants.${index}.${field}`;
          const input = (field: VariantField) => ({
            name: name(field),
            value: row.values[field],
            error: errors[name(field)],
            onChange: (event: ChangeEvent<HTMLInputElement>) => update(row.key, field, event.target.value),
          });
          return (
            <li
              key={row.key}
              className={`rounded-xl border p-4 ${active ? "border-celadon-100 bg-white" : "border-dashed border-ink-soft/30 bg-porcelain-deep/40"}`}
              aria-label={t("variant", { n: index + 1 })}
            >
              <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <h3 className="text-sm font-medium text-cobalt-900">
                    {t("variant", { n: index + 1 })}
                    {!existing && <span className="ml-2 text-xs font-normal text-celadon-800">{t("newVariant")}</span>}
                  </h3>
                  {row.stock && <span className="text-xs tabular-nums text-ink-soft">{t("stockLine", row.stock)}</span>}
                  {!active && <span className="rounded-full bg-ink-soft/10 px-2 py-0.5 text-xs text-ink-soft">{t("inactive")}</span>}
                </div>
                {existing ? (
                  <button
                    type="button"
                    onClick={() => update(row.key, "active", active ? "false" : "true")}
                    className={active ? dangerButton : secondaryButton}
                    aria-label={`${active ? t("deactivate") : t("activate")} · ${row.values.sku}`}
                  >
                    {active ? t("deactivate") : t("activate")}
                  </button>
                ) : (
                  rows.length > 1 && (
                    <button type="button" onClick={() => remove(row.key)} className={dangerButton} aria-label={`${t("remove")} · ${t("variant", { n: index + 1 })}`}>
                      {t("remove")}
                    </button>
                  )
                )}
              </div>
              <input type="hidden" name={name("id")} value={row.values.id} />
              <input type="hidden" name={name("active")} value={active ? "true" : "false"} />
              {!active && <p className="mb-3 text-xs text-ink-soft">{t("inactiveHint")}</p>}
              <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
                <TextField
                  {...input("sku")}
                  label={t("sku")}
                  hint={existing ? t("skuLocked") : t("skuHint")}
                  readOnly={existing}
                  autoCapitalize="characters"
                  spellCheck={false}
                  maxLength={40}
                  className="col-span-2"
                  required
                />
                <TextField {...input("nameZh")} label={t("variantNameZh")} maxLength={80} required />
                <TextField {...input("nameEn")} label={t("variantNameEn")} maxLength={120} required />
                <TextField {...input("price")} label={t("price")} inputMode="decimal" autoComplete="off" required />
                <TextField {...input("compareAt")} label={t("compareAt")} inputMode="decimal" autoComplete="off" />
                <TextField {...input("sizeZh")} label={t("sizeZh")} maxLength={40} />
                <TextField {...input("sizeEn")} label={t("sizeEn")} maxLength={60} />
                <TextField {...input("weightGrams")} label={t("weightGrams")} inputMode="numeric" required />
                <TextField {...input("setCount")} label={t("setCount")} inputMode="numeric" required />
                <TextField {...input("lowStockThreshold")} label={t("lowStockThreshold")} inputMode="numeric" required />
              </div>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={add} disabled={activeCount >= MAX_VARIANTS} className={secondaryButton}>
          + {t("addVariant")}
        </button>
        <span className="text-xs text-ink-soft">{t("maxVariants", { max: MAX_VARIANTS })}</span>
      </div>
    </div>
  );
}
