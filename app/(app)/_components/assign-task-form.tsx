"use client";

import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { buttonClass, LinkButton } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/state";
import { DirectAssignmentSchema, SupplementTaskSchema } from "@/lib/validation/decision";
import type { ProposedTaskDraft } from "@/lib/validation/registration";
import { supplementTaskAction } from "../registrations/actions";
import { assignTaskDirectlyAction } from "../tasks/actions";
import { AssignmentFields, type AssignmentDraft, type SupervisorOption, type UnitOption } from "./assignment-fields";
import { applyServerErrors, TaskContentFields, useFieldRenderers } from "./task-fields";

type AssignTaskDraft = { roundId: string; reason: string; assignment: AssignmentDraft; task: ProposedTaskDraft };

/** Where the new task goes: added to a forwarded registration, or straight to a cadre in one of the body's rounds. */
export type AssignTarget =
  | { kind: "supplement"; registrationId: string; version: number }
  | { kind: "direct"; cadreId: string; rounds: { id: string; name: string }[] };

/**
 * The standing committee writes a task itself and assigns it at once: the task's fields, the decision,
 * the supervisor. The server validates everything and its errors land on the fields they concern.
 */
export function AssignTaskForm({
  target,
  defaultValues,
  supervisors,
  units,
  backHref,
}: {
  target: AssignTarget;
  defaultValues: AssignTaskDraft;
  supervisors: SupervisorOption[];
  units: UnitOption[];
  backHref: string;
}) {
  const t = useTranslations("assignTask");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<AssignTaskDraft>({ defaultValues });
  const schema = target.kind === "supplement" ? SupplementTaskSchema : DirectAssignmentSchema;
  const { field, select } = useFieldRenderers(form, schema);

  const onSubmit = form.handleSubmit(({ roundId, ...values }) => {
    setMessage(null);
    form.clearErrors();
    startTransition(async () => {
      const result: ActionState =
        target.kind === "supplement"
          ? await supplementTaskAction({ ...values, registrationId: target.registrationId, version: target.version })
          : await assignTaskDirectlyAction({ ...values, roundId, cadreId: target.cadreId });
      if (result.status === "error") {
        setMessage(result.message ?? null);
        applyServerErrors(form, result);
      }
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {message && (
        <p
          role="alert"
          data-testid="form-message"
          className="whitespace-pre-line rounded-md bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {message}
        </p>
      )}
      {target.kind === "direct" &&
        select(
          "roundId",
          t("round"),
          target.rounds.map((r) => ({ value: r.id, label: r.name })),
          { blank: false },
        )}
      <TaskContentFields form={form} schema={schema} prefix="task." />
      <AssignmentFields form={form} schema={schema} supervisors={supervisors} units={units} />
      {field("reason", t("reason"), { textarea: true, hint: t("reasonHint") })}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={buttonClass("primary")}>
          {pending ? t("saving") : t("submit")}
        </button>
        <LinkButton href={backHref} variant="secondary">
          {t("back")}
        </LinkButton>
      </div>
    </form>
  );
}
