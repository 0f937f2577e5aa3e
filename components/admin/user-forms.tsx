"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { addMembershipAction, removeMembershipAction, setDisabledAction, setRoleAction } from "@/app/[locale]/admin/users/actions";
import { IDLE } from "@/lib/forms/state";
import { ConfirmSubmit, FormNotice, SelectField } from "./form-controls";
import { buttonClass } from "./styles";

type UserRole = "SHOPPER" | "HOST" | "ENTERPRISE_STAFF" | "WAREHOUSE" | "ADMIN";
const ROLES: UserRole[] = ["SHOPPER", "HOST", "ENTERPRISE_STAFF", "WAREHOUSE", "ADMIN"];
const MEMBER_ROLES = ["STAFF", "OWNER"] as const;

export interface EnterpriseOption {
  id: string;
  name: string;
}

/**
 * The user's role. Choosing "enterprise staff" for someone with no membership asks for the
 * enterprise (and owner or staff) in the same step. An admin cannot change their own role.
 */
export function RoleForm({
  userId,
  role,
  hasMemberships,
  isSelf,
  enterprises,
}: {
  userId: string;
  role: UserRole;
  hasMemberships: boolean;
  isSelf: boolean;
  enterprises: EnterpriseOption[];
}) {
  const t = useTranslations("adminConsole.users");
  const tr = useTranslations("auth.roles");
  const tm = useTranslations("adminConsole.memberRoles");
  const [state, action, pending] = useActionState(setRoleAction, IDLE);
  const [chosen, setChosen] = useState<string>(state.values?.role ?? role);
  const needsMembership = chosen === "ENTERPRISE_STAFF" && role !== "ENTERPRISE_STAFF" && !hasMemberships;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormNotice state={state} />
      <input type="hidden" name="userId" value={userId} />
      <SelectField
        name="role"
        label={t("role")}
        hint={isSelf ? t("selfRoleHint") : t("roleHint")}
        state={state}
        defaultValue={role}
        disabled={isSelf}
        onChange={(event) => setChosen(event.target.value)}
        options={ROLES.map((r) => ({ value: r, label: tr(r) }))}
      />
      {needsMembership && (
        <div className="grid gap-4 rounded-xl bg-celadon-50 p-4 sm:grid-cols-2">
          <p className="text-sm text-celadon-800 sm:col-span-2">{t("staffNeedsEnterprise")}</p>
          <SelectField
            name="enterpriseId"
            label={t("enterprise")}
            state={state}
            idPrefix="role"
            defaultValue=""
            options={[{ value: "", label: t("chooseEnterprise") }, ...enterprises.map((e) => ({ value: e.id, label: e.name }))]}
          />
          <SelectField name="memberRole" label={t("memberRole")} state={state} idPrefix="role" defaultValue="STAFF" options={MEMBER_ROLES.map((r) => ({ value: r, label: tm(r) }))} />
        </div>
      )}
      {role === "ENTERPRISE_STAFF" && chosen !== "ENTERPRISE_STAFF" && <p className="text-sm text-cinnabar">{t("leavingStaffWarning")}</p>}
      {!isSelf && (
        <button type="submit" disabled={pending} className={buttonClass.primary}>
          {t("saveRole")}
        </button>
      )}
    </form>
  );
}

/** Add the (staff) user to an enterprise, or change whether they are its owner or staff. */
export function AddMembershipForm({ userId, enterprises }: { userId: string; enterprises: EnterpriseOption[] }) {
  const t = useTranslations("adminConsole.users");
  const tm = useTranslations("adminConsole.memberRoles");
  const [state, action, pending] = useActionState(addMembershipAction, IDLE);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormNotice state={state} />
      <input type="hidden" name="userId" value={userId} />
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
        <SelectField
          name="enterpriseId"
          label={t("enterprise")}
          state={state}
          idPrefix="membership"
          defaultValue=""
          options={[{ value: "", label: t("chooseEnterprise") }, ...enterprises.map((e) => ({ value: e.id, label: e.name }))]}
        />
        <SelectField name="role" label={t("memberRole")} state={state} idPrefix="membership" defaultValue="STAFF" options={MEMBER_ROLES.map((r) => ({ value: r, label: tm(r) }))} />
        <button type="submit" disabled={pending} className={`${buttonClass.secondary} sm:mb-0.5`}>
          {t("addMembership")}
        </button>
      </div>
    </form>
  );
}

export function RemoveMembershipForm({ userId, enterpriseId, enterpriseName }: { userId: string; enterpriseId: string; enterpriseName: string }) {
  const t = useTranslations("adminConsole.users");
  const tc = useTranslations("adminConsole.common");
  const [state, action, pending] = useActionState(removeMembershipAction, IDLE);
  return (
    <form action={action} className="space-y-2" noValidate>
      <FormNotice state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="enterpriseId" value={enterpriseId} />
      <ConfirmSubmit
        label={t("removeMembership")}
        warning={t("removeMembershipConfirm", { enterprise: enterpriseName })}
        confirmLabel={t("removeMembershipConfirmButton")}
        cancelLabel={tc("cancel")}
        pending={pending}
      />
    </form>
  );
}

/** Disable (sign-in refused, open sessions end at their next request) or enable an account. */
export function DisableForm({ userId, disabled, name }: { userId: string; disabled: boolean; name: string }) {
  const t = useTranslations("adminConsole.users");
  const tc = useTranslations("adminConsole.common");
  const [state, action, pending] = useActionState(setDisabledAction, IDLE);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormNotice state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <p className="text-sm text-ink-soft">{disabled ? t("enableExplain") : t("disableExplain")}</p>
      <ConfirmSubmit
        label={disabled ? t("enable") : t("disable")}
        warning={disabled ? t("enableConfirm", { name }) : t("disableConfirm", { name })}
        confirmLabel={disabled ? t("enableConfirmButton") : t("disableConfirmButton")}
        cancelLabel={tc("cancel")}
        pending={pending}
        tone={disabled ? "primary" : "danger"}
      />
    </form>
  );
}
