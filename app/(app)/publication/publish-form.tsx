"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/fields";
import { ConfirmSubmit } from "@/components/ui/confirm-dialog";
import { initialActionState } from "@/lib/actions/state";
import { publishRoundAction } from "./actions";

export function PublishForm({ roundId, isPublic, version }: { roundId: string; isPublic: boolean; version: number }) {
  const t = useTranslations("publication");
  const tc = useTranslations("confirm");
  const [state, action] = useActionState(publishRoundAction, initialActionState);
  return (
    <form action={action} className="flex flex-col items-start gap-1 sm:items-end">
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="isPublic" value={String(!isPublic)} />
      <ConfirmSubmit
        variant={isPublic ? "secondary" : "primary"}
        label={t(isPublic ? "unpublish" : "publish")}
        title={tc(isPublic ? "unpublishTitle" : "publishTitle")}
        description={tc(isPublic ? "unpublishDescription" : "publishDescription")}
        testId="publish-button"
      />
      <FormMessage state={state} />
    </form>
  );
}
