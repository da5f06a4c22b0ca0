"use client";

import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { buttonClass, LinkButton } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/state";
import { ProposedTaskSchema, type ProposedTaskDraft, type ProposedTaskInput } from "@/lib/validation/registration";
import { saveProposedTaskAction } from "../actions";
import { applyServerErrors, TaskContentFields } from "@/app/(app)/_components/task-fields";

/**
 * The proposed-task editor. react-hook-form holds what is typed (nothing is lost on an error), the same
 * zod schema as the server checks it as the cadre goes, and the server checks it again on save.
 */
export function TaskEditor({
  registrationId,
  proposedTaskId,
  version,
  defaultValues,
}: {
  registrationId: string;
  proposedTaskId?: string;
  version: number;
  defaultValues: ProposedTaskDraft;
}) {
  const t = useTranslations("taskForm");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<ProposedTaskDraft, unknown, ProposedTaskInput>({
    resolver: zodResolver(ProposedTaskSchema),
    defaultValues,
    mode: "onTouched",
  });

  // Valid in the browser: send what was typed (strings) for the server to parse and check once more.
  const onSubmit = form.handleSubmit(() => {
    setMessage(null);
    startTransition(async () => {
      const result: ActionState = await saveProposedTaskAction({
        registrationId,
        proposedTaskId,
        version,
        task: form.getValues(),
      });
      if (result.status === "error") {
        setMessage(result.message ?? null);
        applyServerErrors(form, result);
      }
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {message && (
        <p role="alert" data-testid="form-message" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {message}
        </p>
      )}
      <TaskContentFields form={form} schema={ProposedTaskSchema} />
      <div className="flex gap-2">
        <button type="submit" disabled={pending} className={buttonClass("primary")}>
          {pending ? t("saving") : t("save")}
        </button>
        <LinkButton href={`/registrations/${registrationId}`} variant="secondary">
          {t("cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
