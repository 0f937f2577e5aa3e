"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createBinAction } from "@/app/[locale]/warehouse/bins/actions";
import { SubmitButton } from "@/components/forms/field";
import { IDLE } from "@/lib/forms/state";
import { FormNotice, TextField } from "./form-controls";
import type { InventoryFormState } from "./form-state";

export function CreateBinForm() {
  const t = useTranslations("warehouseConsole.bins");
  const [state, action, pending] = useActionState<InventoryFormState, FormData>(createBinAction, IDLE);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormNotice state={state} okText={state.result ? t("created", { code: String(state.result.code) }) : undefined} />
      <div className="flex flex-wrap items-start gap-3">
        <TextField
          name="code"
          label={t("code")}
          hint={t("codeHint")}
          state={state.status === "ok" ? IDLE : state}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          className="w-48"
        />
        <div className="pt-6">
          <SubmitButton pending={pending}>{t("create")}</SubmitButton>
        </div>
      </div>
    </form>
  );
}
