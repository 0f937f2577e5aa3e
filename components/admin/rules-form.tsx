"use client";

import { useTranslations } from "next-intl";
import { type InputHTMLAttributes, type ReactNode, useActionState } from "react";
import { saveCommerceRulesAction } from "@/app/[locale]/admin/rules/actions";
import { type FormState, IDLE } from "@/lib/forms/state";
import type { RulesFormValues } from "@/lib/settlement/rules-admin";
import { Field } from "@/components/forms/field";
import { FormNotice } from "./form-controls";
import { buttonClass, inputClass } from "./styles";

type FieldName = keyof RulesFormValues;

/**
 * A number typed with its unit beside it (¥ before, g / % / minutes after). Errors are keys of
 * `commerceRules.errors`, else of the generic `validation` namespace.
 */
function UnitField({ name, state, values, ...input }: { name: FieldName; state: FormState; values: RulesFormValues; prefix?: string; suffix?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const t = useTranslations("commerceRules");
  return (
    <Field
      name={name}
      label={t(`fields.${name}`)}
      hint={t.has(`hints.${name}`) ? t(`hints.${name}` as "hints.holdMinutes") : undefined}
      state={state}
      errors="commerceRules.errors"
      idPrefix="rules"
      inputClassName={inputClass}
      // The values shown after a save or a refusal are the ones the action returns.
      defaultValue={values[name]}
      inputMode="decimal"
      autoComplete="off"
      {...input}
    />
  );
}

function Section({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-2xl bg-white p-5 ring-1 ring-inset ring-porcelain-deep sm:p-6">
      <legend className="sr-only">{title}</legend>
      <div>
        <h2 className="font-medium text-cobalt-900" aria-hidden>
          {title}
        </h2>
        <p className="mt-1 text-sm text-ink-soft">{intro}</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

/** The commerce rules: stock hold, shipping and the revenue split, saved together. */
export function RulesForm({ values }: { values: RulesFormValues }) {
  const t = useTranslations("commerceRules");
  const [state, action, pending] = useActionState(saveCommerceRulesAction, IDLE);
  const field = { state, values };
  const units = { yuan: "¥", grams: t("units.grams"), percent: "%", minutes: t("units.minutes") };
  return (
    <form action={action} className="space-y-5" noValidate aria-describedby="rules-form-notice">
      <div id="rules-form-notice" aria-live="polite">
        <FormNotice state={state} />
      </div>
      <Section title={t("sections.hold")} intro={t("sections.holdIntro")}>
        <UnitField name="holdMinutes" suffix={units.minutes} inputMode="numeric" {...field} />
      </Section>
      <Section title={t("sections.shipping")} intro={t("sections.shippingIntro")}>
        <UnitField name="shippingBaseYuan" prefix={units.yuan} {...field} />
        <UnitField name="shippingBaseWeightGrams" suffix={units.grams} inputMode="numeric" {...field} />
        <UnitField name="shippingStepYuan" prefix={units.yuan} {...field} />
        <UnitField name="shippingStepGrams" suffix={units.grams} inputMode="numeric" {...field} />
        <UnitField name="fragilePackingYuan" prefix={units.yuan} {...field} />
        <UnitField name="freeShippingThresholdYuan" prefix={units.yuan} {...field} />
      </Section>
      <Section title={t("sections.split")} intro={t("sections.splitIntro")}>
        <UnitField name="cooperativeFeePercent" suffix={units.percent} {...field} />
        <UnitField name="hostCommissionPercent" suffix={units.percent} {...field} />
        <UnitField name="stripeFeePercent" suffix={units.percent} {...field} />
        <UnitField name="codFeePercent" suffix={units.percent} {...field} />
      </Section>
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {t("save")}
      </button>
    </form>
  );
}
