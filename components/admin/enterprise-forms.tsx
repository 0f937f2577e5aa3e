"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { createEnterpriseAction, setEnterpriseStatusAction, updateEnterpriseAction } from "@/app/[locale]/admin/enterprises/actions";
import { IDLE } from "@/lib/forms/state";
import { ConfirmSubmit, FormNotice, TextAreaField, TextField } from "./form-controls";
import { buttonClass } from "./styles";

export interface EnterpriseFormValues {
  id: string;
  slug: string;
  nameZh: string;
  nameEn: string;
  taglineZh: string;
  taglineEn: string;
  storyZh: string;
  storyEn: string;
  foundedYear: number | null;
  productionLines: number | null;
}

/** Create an enterprise (with its slug) or edit one (the slug is fixed: it is the public address). */
export function EnterpriseForm({ enterprise }: { enterprise?: EnterpriseFormValues }) {
  const t = useTranslations("adminConsole.enterprises");
  const locale = useLocale();
  const [state, action, pending] = useActionState(enterprise ? updateEnterpriseAction : createEnterpriseAction, IDLE);
  const value = (name: keyof EnterpriseFormValues) => {
    const v = enterprise?.[name];
    return v === null || v === undefined ? "" : String(v);
  };
  return (
    <form action={action} className="space-y-6" noValidate aria-describedby="enterprise-form-notice">
      <div id="enterprise-form-notice">
        <FormNotice state={state} />
      </div>
      {enterprise ? (
        <>
          <input type="hidden" name="enterpriseId" value={enterprise.id} />
          <div className="space-y-1">
            <p className="text-sm font-medium">{t("fields.slug")}</p>
            <p className="font-mono text-sm text-ink-soft">/enterprises/{enterprise.slug}</p>
            <p className="text-xs text-ink-soft">{t("slugFixed")}</p>
          </div>
        </>
      ) : (
        <>
          <input type="hidden" name="locale" value={locale} />
          <TextField name="slug" label={t("fields.slug")} hint={t("slugHint")} state={state} required maxLength={40} autoComplete="off" spellCheck={false} inputMode="url" />
        </>
      )}
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="sr-only">{t("namesLegend")}</legend>
        <TextField name="nameZh" label={t("fields.nameZh")} state={state} defaultValue={value("nameZh")} required maxLength={60} lang="zh-CN" />
        <TextField name="nameEn" label={t("fields.nameEn")} state={state} defaultValue={value("nameEn")} required maxLength={80} lang="en" />
        <TextField name="taglineZh" label={t("fields.taglineZh")} state={state} defaultValue={value("taglineZh")} required maxLength={120} lang="zh-CN" />
        <TextField name="taglineEn" label={t("fields.taglineEn")} state={state} defaultValue={value("taglineEn")} required maxLength={200} lang="en" />
        <TextAreaField name="storyZh" label={t("fields.storyZh")} state={state} defaultValue={value("storyZh")} required rows={6} maxLength={5000} lang="zh-CN" />
        <TextAreaField name="storyEn" label={t("fields.storyEn")} state={state} defaultValue={value("storyEn")} required rows={6} maxLength={8000} lang="en" />
        <TextField name="foundedYear" label={t("fields.foundedYear")} hint={t("optional")} state={state} defaultValue={value("foundedYear")} inputMode="numeric" maxLength={4} />
        <TextField name="productionLines" label={t("fields.productionLines")} hint={t("optional")} state={state} defaultValue={value("productionLines")} inputMode="numeric" maxLength={3} />
      </fieldset>
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {enterprise ? t("save") : t("create")}
      </button>
    </form>
  );
}

/** Suspend (hide the enterprise and its products from the storefront at once) or reactivate. */
export function EnterpriseStatusForm({ enterpriseId, status, name }: { enterpriseId: string; status: "ACTIVE" | "SUSPENDED"; name: string }) {
  const t = useTranslations("adminConsole.enterprises");
  const tc = useTranslations("adminConsole.common");
  const [state, action, pending] = useActionState(setEnterpriseStatusAction, IDLE);
  const suspend = status === "ACTIVE";
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormNotice state={state} />
      <input type="hidden" name="enterpriseId" value={enterpriseId} />
      <input type="hidden" name="status" value={suspend ? "SUSPENDED" : "ACTIVE"} />
      <p className="text-sm text-ink-soft">{suspend ? t("suspendExplain") : t("reactivateExplain")}</p>
      <TextField name="note" label={t("statusNote")} hint={t("optional")} state={state} maxLength={500} idPrefix="status" />
      <ConfirmSubmit
        label={suspend ? t("suspend") : t("reactivate")}
        warning={suspend ? t("suspendConfirm", { name }) : t("reactivateConfirm", { name })}
        confirmLabel={suspend ? t("suspendConfirmButton") : t("reactivateConfirmButton")}
        cancelLabel={tc("cancel")}
        pending={pending}
        tone={suspend ? "danger" : "primary"}
      />
    </form>
  );
}
