"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { changePasswordAction } from "./actions";
import { ChangePasswordSchema } from "@/lib/validation/account";

export function ChangePasswordForm() {
  const t = useTranslations("changePassword");
  const tc = useTranslations("common");
  const [state, action] = useActionState(changePasswordAction, initialActionState);
  return (
    <form action={action} className="mt-6 space-y-4">
      <FormMessage state={state} />
      <TextField
        schema={ChangePasswordSchema}
        name="currentPassword"
        type="password"
        label={t("current")}
        state={state}
        required
        autoComplete="current-password"
      />
      <TextField
        schema={ChangePasswordSchema}
        name="newPassword"
        type="password"
        label={t("new")}
        state={state}
        required
        autoComplete="new-password"
        hint={t("hint")}
      />
      <TextField
        schema={ChangePasswordSchema}
        name="confirmPassword"
        type="password"
        label={t("confirm")}
        state={state}
        required
        autoComplete="new-password"
      />
      <SubmitButton pendingLabel={tc("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}
