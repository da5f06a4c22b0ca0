"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { FormMessage, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { buttonClass } from "@/components/ui/button";
import { initialActionState } from "@/lib/actions/state";
import { ConfirmMfaSchema } from "@/lib/validation/sign-in";
import { confirmMfaAction } from "./actions";

/** Confirms the enrolment with a first code, then shows the recovery codes once. */
export function MfaEnrolForm() {
  const t = useTranslations("mfa");
  const [state, action] = useActionState(confirmMfaAction, initialActionState);
  if (state.status === "success" && state.payload) {
    return (
      <div className="mt-6 space-y-3">
        <FormMessage state={state} />
        <h2 className="font-semibold text-slate-900">{t("recoveryTitle")}</h2>
        <p className="text-sm text-slate-700">{t("recoveryHint")}</p>
        <ol className="grid grid-cols-2 gap-2 rounded-md bg-slate-50 p-3 font-mono text-sm" data-testid="recovery-codes">
          {state.payload.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        <Link href="/" prefetch={false} className={buttonClass("primary", "w-full")} data-testid="mfa-continue">
          {t("continue")}
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="mt-6 space-y-4">
      <FormMessage state={state} />
      <TextField
        schema={ConfirmMfaSchema}
        name="code"
        label={t("code")}
        hint={t("codeHint")}
        state={state}
        required
        autoComplete="one-time-code"
        inputMode="numeric"
      />
      <SubmitButton>{t("confirm")}</SubmitButton>
    </form>
  );
}
