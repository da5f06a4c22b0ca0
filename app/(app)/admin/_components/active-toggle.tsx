"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmSubmit } from "@/components/ui/confirm-dialog";
import { initialActionState, type ActionState } from "@/lib/actions/state";

/** Deactivate or reactivate a record (never deleted), with the outcome shown beside the button. */
export function ActiveToggle({
  action,
  id,
  version,
  active,
  hint,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  id: string;
  version: number;
  active: boolean;
  hint?: string;
}) {
  const t = useTranslations("common");
  const tc = useTranslations("confirm");
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      {hint && <p className="text-sm text-slate-600">{hint}</p>}
      {active ? (
        // Deactivating signs the account out and stops its work: confirmed first. Reactivating is not.
        <ConfirmSubmit
          variant="danger"
          label={t("deactivate")}
          title={tc("deactivateTitle")}
          description={tc("deactivateDescription")}
        />
      ) : (
        <SubmitButton variant="secondary">{t("activate")}</SubmitButton>
      )}
      <FormMessage state={state} />
    </form>
  );
}
