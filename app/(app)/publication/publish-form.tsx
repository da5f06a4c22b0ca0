"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { publishRoundAction } from "./actions";

export function PublishForm({ roundId, isPublic, version }: { roundId: string; isPublic: boolean; version: number }) {
  const t = useTranslations("publication");
  const [state, action] = useActionState(publishRoundAction, initialActionState);
  return (
    <form action={action} className="flex flex-col items-start gap-1 sm:items-end">
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="isPublic" value={String(!isPublic)} />
      <SubmitButton variant={isPublic ? "secondary" : "primary"}>{t(isPublic ? "unpublish" : "publish")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
