"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, TextAreaField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { LinkButton } from "@/components/ui/button";
import { initialActionState } from "@/lib/actions/state";
import { grantExtensionAction } from "../../actions";
import { GrantExtensionSchema } from "@/lib/validation/registration";

export function ExtensionForm({ roundId, cadreId, defaultUntil }: { roundId: string; cadreId: string; defaultUntil: string }) {
  const t = useTranslations("rounds.extension");
  const [state, action] = useActionState(grantExtensionAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="cadreId" value={cadreId} />
      <TextField
        schema={GrantExtensionSchema}
        name="until"
        type="date"
        label={t("until")}
        defaultValue={defaultUntil}
        state={state}
        required
      />
      <TextAreaField
        schema={GrantExtensionSchema}
        name="reason"
        label={t("reason")}
        hint={t("reasonHint")}
        state={state}
        required
      />
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{t("submit")}</SubmitButton>
        <LinkButton href={`/rounds/${roundId}`} variant="secondary">
          {t("back")}
        </LinkButton>
      </div>
    </form>
  );
}
