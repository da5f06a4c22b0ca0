"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { LinkButton } from "@/components/ui/button";
import { initialActionState } from "@/lib/actions/state";
import type { UnitOption } from "@/lib/dal/admin/units";
import type { UserRow } from "@/lib/dal/admin/users";
import { ROLES } from "@/lib/domain/roles";
import {
  addRoleAction,
  createUserAction,
  removeRoleAction,
  resetMfaAction,
  resetPasswordAction,
  setNationalIdAction,
  unlinkSsoAction,
  updateUserAction,
} from "../actions";
import { ConfirmSubmit } from "@/components/ui/confirm-dialog";
import { UnitField } from "@/components/forms/unit-picker";
import { CreateUserSchema, ResetPasswordSchema, SetNationalIdSchema, UpdateUserSchema } from "@/lib/validation/admin";
import { toUnitList } from "@/lib/units/unit-list";

type CadreOption = { id: string; fullName: string; unitName: string };

function cadreOptions(cadres: CadreOption[]) {
  return cadres.map((c) => ({ value: c.id, label: `${c.fullName} · ${c.unitName}` }));
}

export function CreateUserForm({ units, cadres }: { units: UnitOption[]; cadres: CadreOption[] }) {
  const t = useTranslations("admin.users");
  const tr = useTranslations("roles");
  const tc = useTranslations("common");
  const [state, action] = useActionState(createUserAction, initialActionState);
  return (
    <form action={action} className="max-w-2xl space-y-4">
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField schema={CreateUserSchema} name="username" label={t("username")} state={state} required autoComplete="off" />
        <TextField schema={CreateUserSchema} name="fullName" label={t("fullName")} state={state} required />
      </div>
      <TextField schema={CreateUserSchema} name="email" type="email" label={t("email")} state={state} />
      <SelectField name="cadreId" label={t("cadre")} state={state} placeholder={t("noCadre")} options={cadreOptions(cadres)} />
      <TextField
        schema={CreateUserSchema}
        name="initialPassword"
        type="password"
        label={t("initialPassword")}
        hint={`${t("passwordRule")} ${t("initialPasswordHint")}`}
        state={state}
        required
        autoComplete="new-password"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="role"
          label={t("role")}
          state={state}
          placeholder=""
          required
          options={ROLES.map((r) => ({ value: r, label: tr(r) }))}
        />
        <UnitField name="roleUnitId" label={t("roleUnit")} state={state} required units={toUnitList(units)} />
      </div>
      <div className="flex gap-2">
        <SubmitButton pendingLabel={tc("saving")}>{tc("create")}</SubmitButton>
        <LinkButton href="/admin/users" variant="secondary">
          {tc("cancel")}
        </LinkButton>
      </div>
    </form>
  );
}

export function EditUserForm({ user, cadres }: { user: UserRow; cadres: CadreOption[] }) {
  const t = useTranslations("admin.users");
  const tc = useTranslations("common");
  const [state, action] = useActionState(updateUserAction, initialActionState);
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <TextField
        schema={UpdateUserSchema}
        name="fullName"
        label={t("fullName")}
        state={state}
        defaultValue={user.fullName}
        required
      />
      <TextField
        schema={UpdateUserSchema}
        name="email"
        type="email"
        label={t("email")}
        state={state}
        defaultValue={user.email ?? ""}
      />
      <SelectField
        name="cadreId"
        label={t("cadre")}
        state={state}
        defaultValue={user.cadreId ?? ""}
        placeholder={t("noCadre")}
        options={cadreOptions(cadres)}
      />
      <SubmitButton pendingLabel={tc("saving")}>{tc("save")}</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ user }: { user: UserRow }) {
  const t = useTranslations("admin.users");
  const [state, action] = useActionState(resetPasswordAction, initialActionState);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <TextField
        schema={ResetPasswordSchema}
        name="newPassword"
        type="password"
        label={t("newPassword")}
        hint={`${t("passwordRule")} ${t("initialPasswordHint")}`}
        state={state}
        required
        autoComplete="new-password"
      />
      <SubmitButton variant="secondary">{t("resetPassword")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** Removes the user's second factor (a lost phone); the user enrols again. Shown only when one is enrolled. */
export function ResetMfaForm({ user }: { user: UserRow }) {
  const t = useTranslations("admin.users");
  const [state, action] = useActionState(resetMfaAction, initialActionState);
  return (
    <form action={action} className="space-y-3" data-testid="reset-mfa">
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <p className="text-sm text-slate-700">{user.mfaEnrolled ? t("mfaEnrolled") : t("mfaNotEnrolled")}</p>
      {user.mfaEnrolled && (
        <>
          <p className="text-sm text-slate-600">{t("mfaResetHint")}</p>
          <SubmitButton variant="secondary">{t("mfaReset")}</SubmitButton>
        </>
      )}
      <FormMessage state={state} />
    </form>
  );
}

export function AddRoleForm({ userId, units }: { userId: string; units: UnitOption[] }) {
  const t = useTranslations("admin.users");
  const tr = useTranslations("roles");
  const [state, action] = useActionState(addRoleAction, initialActionState);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="role"
          label={t("role")}
          state={state}
          placeholder=""
          required
          options={ROLES.map((r) => ({ value: r, label: tr(r) }))}
        />
        <UnitField name="unitId" label={t("roleUnit")} state={state} required units={toUnitList(units)} />
      </div>
      <SubmitButton variant="secondary">{t("addRole")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function RemoveRoleButton({ membershipId, label }: { membershipId: string; label: string }) {
  const t = useTranslations("admin.users");
  const [state, action] = useActionState(removeRoleAction, initialActionState);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(t("confirmRemoveRole", { role: label }))) e.preventDefault();
      }}
      className="inline-flex items-center gap-2"
    >
      <input type="hidden" name="membershipId" value={membershipId} />
      <button
        type="submit"
        className="text-sm text-red-700 underline hover:text-red-900"
        aria-label={`${t("removeRole")}: ${label}`}
      >
        {t("removeRole")}
      </button>
      {state.status === "error" && (
        <span role="alert" className="text-sm text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}

/** The national identity number a first single sign-on may match (decision 092); empty clears it. */
export function NationalIdForm({ user }: { user: UserRow & { nationalId: string | null } }) {
  const t = useTranslations("admin.users");
  const tc = useTranslations("common");
  const [state, action] = useActionState(setNationalIdAction, initialActionState);
  return (
    <form action={action} className="space-y-3" data-testid="national-id-form">
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <TextField
        schema={SetNationalIdSchema}
        name="nationalId"
        label={t("nationalId")}
        hint={t("nationalIdHint")}
        state={state}
        defaultValue={user.nationalId ?? ""}
        inputMode="numeric"
        autoComplete="off"
      />
      <SubmitButton variant="secondary" pendingLabel={tc("saving")}>
        {t("saveNationalId")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** A linked identity as the page shows it (dates already formatted on the server). */
export type SsoLinkView = { id: string; provider: string; subject: string; linkedAt: string; lastSignIn: string };

/**
 * The account's linked identities, each removable after the confirmation (decision 092). One action state for
 * the whole list, so the outcome stays on the page when the unlinked row goes.
 */
export function SsoLinkList({ userId, links, writable }: { userId: string; links: SsoLinkView[]; writable: boolean }) {
  const t = useTranslations("admin.users");
  const [state, action] = useActionState(unlinkSsoAction, initialActionState);
  return (
    <div className="space-y-2">
      {links.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noSsoLinks")}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="sso-links">
          {links.map((link) => (
            <li key={link.id} className="space-y-2 py-2 text-sm">
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                <dt className="text-slate-600">{t("ssoProvider")}</dt>
                <dd className="break-all">{link.provider}</dd>
                <dt className="text-slate-600">{t("ssoSubject")}</dt>
                <dd className="break-all font-mono">{link.subject}</dd>
                <dt className="text-slate-600">{t("ssoLinkedAt")}</dt>
                <dd>{link.linkedAt}</dd>
                <dt className="text-slate-600">{t("ssoLastSignIn")}</dt>
                <dd>{link.lastSignIn}</dd>
              </dl>
              {writable && (
                <form action={action}>
                  <input type="hidden" name="userId" value={userId} />
                  <input type="hidden" name="linkId" value={link.id} />
                  <ConfirmSubmit
                    variant="danger"
                    label={t("ssoUnlink")}
                    title={t("ssoUnlinkTitle")}
                    description={t("ssoUnlinkDescription", { subject: link.subject })}
                    testId="sso-unlink"
                  />
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormMessage state={state} />
    </div>
  );
}
