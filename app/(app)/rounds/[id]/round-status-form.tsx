"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { changeRoundStatusAction } from "../actions";

export function RoundStatusForm({ id, version, actions }: { id: string; version: number; actions: string[] }) {
  const t = useTranslations("rounds");
  const [state, action] = useActionState(changeRoundStatusAction, initialActionState);
  if (actions.length === 0) return null;
  return (
    <form action={action} className="flex flex-col items-end gap-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div className="flex gap-2">
        {actions.map((a) => (
          <SubmitButton key={a} name="action" value={a} variant={a === "close" ? "danger" : "primary"}>
            {t(a as "open" | "close" | "reopen")}
          </SubmitButton>
        ))}
      </div>
      <FormMessage state={state} />
    </form>
  );
}
