"use client";

import { useFieldArray, type FieldErrors, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import type { ActionState } from "@/lib/actions/state";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import type { z } from "zod";
import { maxLengthOf } from "@/lib/validation/limits";
import { BREAKTHROUGH_KINDS, emptyTarget, TARGET_DIRECTIONS, TASK_FIELDS } from "@/lib/validation/registration";

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-red-500 sm:text-sm";

type FieldOptions = { type?: string; textarea?: boolean; required?: boolean; hint?: string; inputMode?: "decimal" };

/** The schema the form's action validates with; each text field's `maxLength` is read from it by the field's name. */
export type FormSchema = z.core.$ZodType;

/**
 * Labelled inputs bound to a react-hook-form form, each with its error (translated when it is a
 * validation key) and aria wiring. Shared by the cadre's task editor and the standing committee's
 * decision form, which hold the same task fields under different names.
 */
export function useFieldRenderers<T extends FieldValues, U extends FieldValues = T>(
  form: UseFormReturn<T, unknown, U>,
  schema?: FormSchema,
) {
  const tv = useTranslations("validation");
  const { register, formState } = form;

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

  const label = (id: string, text: string, required?: boolean) => (
    <label htmlFor={id} className="block text-sm font-medium text-slate-800">
      {text}
      {required && (
        <span aria-hidden className="text-red-700">
          {" *"}
        </span>
      )}
    </label>
  );

  const errorLine = (id: string, error?: string) =>
    error && (
      <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
        {error}
      </p>
    );

  const field = (name: string, text: string, options: FieldOptions = {}) => {
    const error = errorAt(name);
    const id = name.replace(/\./g, "-");
    const describedBy = [options.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
    const props = {
      id,
      ...register(name as Path<T>),
      "aria-invalid": error ? true : undefined,
      "aria-describedby": describedBy,
      maxLength: schema && options.type !== "date" ? maxLengthOf(schema, name) : undefined,
      className: inputClass,
    };
    return (
      <div>
        {label(id, text, options.required)}
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
        {errorLine(id, error)}
      </div>
    );
  };

  const select = (name: string, text: string, options: { value: string; label: string }[], { blank = true } = {}) => {
    const error = errorAt(name);
    const id = name.replace(/\./g, "-");
    return (
      <div>
        {label(id, text, true)}
        <select
          id={id}
          {...register(name as Path<T>)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={inputClass}
        >
          {blank && <option value="" />}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {errorLine(id, error)}
      </div>
    );
  };

  return { errorAt, field, select };
}

/** The fields of a task (wording, dates, targets, milestones), named `${prefix}title`, `${prefix}targets.0.…`. */
export function TaskContentFields<T extends FieldValues, U extends FieldValues = T>({
  form,
  schema,
  prefix = "",
}: {
  form: UseFormReturn<T, unknown, U>;
  schema: FormSchema;
  prefix?: string;
}) {
  const t = useTranslations("taskForm");
  const tf = useTranslations("fields");
  const tk = useTranslations("breakthroughKinds");
  const td = useTranslations("directions");
  const tr = useTranslations("registrations");
  const { errorAt, field, select } = useFieldRenderers(form, schema);
  const targets = useFieldArray({ control: form.control, name: `${prefix}targets` as never });
  const milestones = useFieldArray({ control: form.control, name: `${prefix}milestones` as never });
  const p = (name: string) => `${prefix}${name}`;
  const targetsError = errorAt(p("targets")) ?? errorAt(p("targets.root"));

  return (
    <>
      <section className="space-y-4">
        {field(p("title"), t("title"), { required: true, hint: t("titleHint") })}
        <div className="grid gap-4 sm:grid-cols-2">
          {select(
            p("field"),
            t("field"),
            TASK_FIELDS.map((x) => ({ value: x, label: tf(x) })),
          )}
          {select(
            p("breakthroughKind"),
            t("kind"),
            BREAKTHROUGH_KINDS.map((x) => ({ value: x, label: tk(x) })),
          )}
        </div>
        {field(p("objectives"), t("objectives"), { textarea: true, required: true })}
        {field(p("plan"), t("plan"), { textarea: true, required: true })}
        {field(p("expectedProduct"), t("expectedProduct"), { required: true })}
        <div className="grid gap-4 sm:grid-cols-2">
          {field(p("startDate"), t("startDate"), { type: "date", required: true })}
          {field(p("endDate"), t("endDate"), { type: "date", required: true })}
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
            {field(p(`targets.${i}.indicator`), tr("indicator"), { required: true })}
            <div className="grid gap-3 sm:grid-cols-3">
              {field(p(`targets.${i}.unitOfMeasure`), tr("unitOfMeasure"), { required: true })}
              {field(p(`targets.${i}.baseline`), tr("baseline"), { inputMode: "decimal" })}
              {field(p(`targets.${i}.targetValue`), tr("targetValue"), { required: true, inputMode: "decimal" })}
            </div>
            <div className="grid gap-3 sm:grid-cols-2">
              {select(
                p(`targets.${i}.direction`),
                tr("direction"),
                TARGET_DIRECTIONS.map((x) => ({ value: x, label: td(x) })),
              )}
              {field(p(`targets.${i}.deadline`), tr("targetDeadline"), { type: "date", required: true })}
            </div>
          </div>
        ))}
        <button type="button" onClick={() => targets.append({ ...emptyTarget } as never)} className={buttonClass("secondary")}>
          {t("addTarget")}
        </button>
      </fieldset>

      <fieldset className="space-y-3 rounded-lg border border-slate-200 p-4">
        <legend className="px-1 text-base font-semibold">{t("milestones")}</legend>
        {milestones.fields.map((item, i) => (
          <div key={item.id} className="grid gap-3 rounded-md bg-slate-50 p-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
            {field(p(`milestones.${i}.description`), t("milestoneN", { n: i + 1 }), { required: true })}
            {field(p(`milestones.${i}.dueDate`), tr("dueDate"), { type: "date", required: true })}
            <button type="button" onClick={() => milestones.remove(i)} className="mb-2 text-sm text-red-700 underline">
              {t("removeMilestone")}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => milestones.append({ description: "", dueDate: "" } as never)}
          className={buttonClass("secondary")}
        >
          {t("addMilestone")}
        </button>
      </fieldset>
    </>
  );
}

/** Puts the server's field errors (keyed by path, e.g. "targets.0.targetValue") on the fields they concern. */
export function applyServerErrors<T extends FieldValues, U extends FieldValues>(
  form: UseFormReturn<T, unknown, U>,
  result: ActionState,
) {
  for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
    form.setError(path as Path<T>, { message: messages.join(" ") });
  }
}
