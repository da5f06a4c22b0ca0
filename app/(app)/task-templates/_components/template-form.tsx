"use client";

import { useState, useTransition } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { buttonClass, LinkButton } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/state";
import { BREAKTHROUGH_KINDS, TARGET_DIRECTIONS, TASK_FIELDS } from "@/lib/validation/registration";
import { SaveTaskTemplateSchema, type TaskTemplateDraft } from "@/lib/validation/template";
import { applyServerErrors, useFieldRenderers } from "../../_components/task-fields";
import { saveTaskTemplateAction } from "../actions";

type Draft = { template: TaskTemplateDraft };

const emptyTarget = {
  indicator: "",
  unitOfMeasure: "",
  direction: "INCREASE",
  baseline: "",
  targetValue: "",
  deadlineMonths: "12",
};

/**
 * A template of the catalogue: its wording, its targets (unit, direction, default baseline and value, deadline
 * in months from the period's start) and its milestones in months. An edit carries the version it was loaded
 * at, so a save over someone else's newer edit is refused with the conflict message.
 */
export function TemplateForm({
  id,
  version,
  defaultValues,
}: {
  id?: string;
  version?: number;
  defaultValues: TaskTemplateDraft;
}) {
  const t = useTranslations("templates");
  const tf = useTranslations("fields");
  const tk = useTranslations("breakthroughKinds");
  const td = useTranslations("directions");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Draft>({ defaultValues: { template: defaultValues } });
  const { errorAt, field, select } = useFieldRenderers(form, SaveTaskTemplateSchema);
  const targets = useFieldArray({ control: form.control, name: "template.targets" as never });
  const milestones = useFieldArray({ control: form.control, name: "template.milestones" as never });
  const targetsError = errorAt("template.targets") ?? errorAt("template.targets.root");

  const onSubmit = form.handleSubmit((values) => {
    setMessage(null);
    form.clearErrors();
    startTransition(async () => {
      const result: ActionState = await saveTaskTemplateAction({ ...values, id, version });
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
      <section className="space-y-4">
        {field("template.title", t("fieldTitle"), { required: true })}
        <div className="grid gap-4 sm:grid-cols-2">
          {select(
            "template.field",
            t("fieldField"),
            TASK_FIELDS.map((x) => ({ value: x, label: tf(x) })),
          )}
          {select(
            "template.breakthroughKind",
            t("fieldKind"),
            BREAKTHROUGH_KINDS.map((x) => ({ value: x, label: tk(x) })),
          )}
        </div>
        {field("template.objectives", t("fieldObjectives"), { textarea: true, required: true })}
        {field("template.plan", t("fieldPlan"), { textarea: true, required: true })}
        {field("template.expectedProduct", t("fieldProduct"), { required: true })}
      </section>

      <fieldset className="space-y-3 rounded-lg border border-slate-200 p-4">
        <legend className="px-1 text-base font-semibold">{t("targets")}</legend>
        <p className="text-sm text-slate-600">{t("monthsHint")}</p>
        {targetsError && (
          <p role="alert" className="text-sm text-red-700">
            {targetsError}
          </p>
        )}
        {targets.fields.map((item, i) => (
          <div key={item.id} className="space-y-3 rounded-md bg-slate-50 p-3" data-testid="template-target">
            {field(`template.targets.${i}.indicator`, t("indicator"), { required: true })}
            <div className="grid gap-3 sm:grid-cols-3">
              {field(`template.targets.${i}.unitOfMeasure`, t("unitOfMeasure"), { required: true })}
              {select(
                `template.targets.${i}.direction`,
                t("direction"),
                TARGET_DIRECTIONS.map((x) => ({ value: x, label: td(x) })),
                { blank: false },
              )}
              {field(`template.targets.${i}.deadlineMonths`, t("deadlineMonths"), { required: true, inputMode: "decimal" })}
            </div>
            <div className="grid gap-3 sm:grid-cols-2">
              {field(`template.targets.${i}.baseline`, t("baseline"), { inputMode: "decimal" })}
              {field(`template.targets.${i}.targetValue`, t("targetValue"), { required: true, inputMode: "decimal" })}
            </div>
            <button type="button" onClick={() => targets.remove(i)} className="text-sm text-red-700 underline">
              {t("removeTarget", { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => targets.append({ ...emptyTarget } as never)} className={buttonClass("secondary")}>
          {t("addTarget")}
        </button>
      </fieldset>

      <fieldset className="space-y-3 rounded-lg border border-slate-200 p-4">
        <legend className="px-1 text-base font-semibold">{t("milestones")}</legend>
        {milestones.fields.map((item, i) => (
          <div key={item.id} className="grid gap-3 rounded-md bg-slate-50 p-3 sm:grid-cols-[1fr_10rem_auto] sm:items-end">
            {field(`template.milestones.${i}.description`, t("milestone"), { required: true })}
            {field(`template.milestones.${i}.offsetMonths`, t("offsetMonths"), { required: true, inputMode: "decimal" })}
            <button type="button" onClick={() => milestones.remove(i)} className="mb-2 text-sm text-red-700 underline">
              {t("removeMilestone", { n: i + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => milestones.append({ description: "", offsetMonths: "3" } as never)}
          className={buttonClass("secondary")}
        >
          {t("addMilestone")}
        </button>
      </fieldset>

      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={buttonClass("primary")}>
          {pending ? t("saving") : t("save")}
        </button>
        <LinkButton href="/task-templates" variant="secondary">
          {t("back")}
        </LinkButton>
      </div>
    </form>
  );
}
