"use client";

import { useState, useTransition } from "react";
import { useFieldArray, useForm, type FieldErrors, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { buttonClass, LinkButton } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/state";
import {
  BREAKTHROUGH_KINDS,
  ProposedTaskSchema,
  TARGET_DIRECTIONS,
  TASK_FIELDS,
  emptyTarget,
  type ProposedTaskDraft,
  type ProposedTaskInput,
} from "@/lib/validation/registration";
import { saveProposedTaskAction } from "../actions";

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-red-500 sm:text-sm";

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
  const tv = useTranslations("validation");
  const tf = useTranslations("fields");
  const tk = useTranslations("breakthroughKinds");
  const td = useTranslations("directions");
  const tr = useTranslations("registrations");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<ProposedTaskDraft, unknown, ProposedTaskInput>({
    resolver: zodResolver(ProposedTaskSchema),
    defaultValues,
    mode: "onTouched",
  });
  const { register, control, handleSubmit, formState, setError, getValues } = form;
  const targets = useFieldArray({ control, name: "targets" });
  const milestones = useFieldArray({ control, name: "milestones" });

  const errorAt = (path: string): string | undefined => {
    const found = path
      .split(".")
      .reduce<unknown>(
        (node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
        formState.errors as FieldErrors,
      );
    const msg = (found as { message?: string } | undefined)?.message;
    return msg ? (tv.has(msg) ? tv(msg) : msg) : undefined;
  };

  const field = (
    name: Path<ProposedTaskDraft>,
    label: string,
    options: { type?: string; textarea?: boolean; required?: boolean; hint?: string; inputMode?: "decimal" } = {},
  ) => {
    const error = errorAt(name);
    const id = name.replace(/\./g, "-");
    const describedBy = [options.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
    const props = {
      id,
      ...register(name),
      "aria-invalid": error ? true : undefined,
      "aria-describedby": describedBy,
      className: inputClass,
    };
    return (
      <div>
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {label}
          {options.required && (
            <span aria-hidden className="text-red-700">
              {" *"}
            </span>
          )}
        </label>
        {options.textarea ? (
          <textarea rows={3} {...props} />
        ) : (
          <input type={options.type ?? "text"} inputMode={options.inputMode} {...props} />
        )}
        {options.hint && (
          <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
            {options.hint}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
    );
  };

  const select = (name: Path<ProposedTaskDraft>, label: string, options: { value: string; label: string }[]) => {
    const error = errorAt(name);
    const id = name.replace(/\./g, "-");
    return (
      <div>
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {label}
          <span aria-hidden className="text-red-700">
            {" *"}
          </span>
        </label>
        <select
          id={id}
          {...register(name)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={inputClass}
        >
          <option value="" />
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {error && (
          <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
    );
  };

  // Valid in the browser: send what was typed (strings) for the server to parse and check once more.
  const onSubmit = handleSubmit(() => {
    setMessage(null);
    startTransition(async () => {
      const result: ActionState = await saveProposedTaskAction({ registrationId, proposedTaskId, version, task: getValues() });
      if (result.status === "error") {
        setMessage(result.message ?? null);
        for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
          setError(path as Path<ProposedTaskDraft>, { message: messages.join(" ") });
        }
      }
    });
  });

  const targetsError = errorAt("targets") ?? errorAt("targets.root");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {message && (
        <p role="alert" data-testid="form-message" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {message}
        </p>
      )}
      <section className="space-y-4">
        {field("title", t("title"), { required: true, hint: t("titleHint") })}
        <div className="grid gap-4 sm:grid-cols-2">
          {select(
            "field",
            t("field"),
            TASK_FIELDS.map((x) => ({ value: x, label: tf(x) })),
          )}
          {select(
            "breakthroughKind",
            t("kind"),
            BREAKTHROUGH_KINDS.map((x) => ({ value: x, label: tk(x) })),
          )}
        </div>
        {field("objectives", t("objectives"), { textarea: true, required: true })}
        {field("plan", t("plan"), { textarea: true, required: true })}
        {field("expectedProduct", t("expectedProduct"), { required: true })}
        <div className="grid gap-4 sm:grid-cols-2">
          {field("startDate", t("startDate"), { type: "date", required: true })}
          {field("endDate", t("endDate"), { type: "date", required: true })}
        </div>
      </section>

      <fieldset className="space-y-3 rounded-lg border border-slate-200 p-4">
        <legend className="px-1 text-base font-semibold">{t("targets")}</legend>
        <p className="text-sm text-slate-600">{t("targetsHint")}</p>
        {targetsError && (
          <p role="alert" className="text-sm text-red-700">
            {targetsError}
          </p>
        )}
        {targets.fields.map((item, i) => (
          <div key={item.id} className="space-y-3 rounded-md bg-slate-50 p-3" data-testid="target-editor">
            <div className="flex items-center justify-between">
              <p className="text-sm font-semibold">{t("targetN", { n: i + 1 })}</p>
              <button type="button" onClick={() => targets.remove(i)} className="text-sm text-red-700 underline">
                {t("removeTarget")}
              </button>
            </div>
            {field(`targets.${i}.indicator`, tr("indicator"), { required: true })}
            <div className="grid gap-3 sm:grid-cols-3">
              {field(`targets.${i}.unitOfMeasure`, tr("unitOfMeasure"), { required: true })}
              {field(`targets.${i}.baseline`, tr("baseline"), { inputMode: "decimal" })}
              {field(`targets.${i}.targetValue`, tr("targetValue"), { required: true, inputMode: "decimal" })}
            </div>
            <div className="grid gap-3 sm:grid-cols-2">
              {select(
                `targets.${i}.direction`,
                tr("direction"),
                TARGET_DIRECTIONS.map((x) => ({ value: x, label: td(x) })),
              )}
              {field(`targets.${i}.deadline`, tr("targetDeadline"), { type: "date", required: true })}
            </div>
          </div>
        ))}
        <button type="button" onClick={() => targets.append({ ...emptyTarget })} className={buttonClass("secondary")}>
          {t("addTarget")}
        </button>
      </fieldset>

      <fieldset className="space-y-3 rounded-lg border border-slate-200 p-4">
        <legend className="px-1 text-base font-semibold">{t("milestones")}</legend>
        {milestones.fields.map((item, i) => (
          <div key={item.id} className="grid gap-3 rounded-md bg-slate-50 p-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
            {field(`milestones.${i}.description`, t("milestoneN", { n: i + 1 }), { required: true })}
            {field(`milestones.${i}.dueDate`, tr("dueDate"), { type: "date", required: true })}
            <button type="button" onClick={() => milestones.remove(i)} className="mb-2 text-sm text-red-700 underline">
              {t("removeMilestone")}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => milestones.append({ description: "", dueDate: "" })}
          className={buttonClass("secondary")}
        >
          {t("addMilestone")}
        </button>
      </fieldset>

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
