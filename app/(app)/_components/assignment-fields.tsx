"use client";

import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { type FormSchema, useFieldRenderers } from "./task-fields";

export type AssignmentDraft = {
  decisionNumber: string;
  decisionDate: string;
  supervisorId: string;
  cooperatingUnitIds: string[];
};
export type SupervisorOption = { id: string; fullName: string; unitName: string };
export type UnitOption = { id: string; name: string };

/** The official assignment's fields, under `assignment.`: decision number and date, supervisor, cooperating units. */
export function AssignmentFields<T extends FieldValues, U extends FieldValues = T>({
  form,
  schema,
  supervisors,
  units,
}: {
  form: UseFormReturn<T, unknown, U>;
  schema: FormSchema;
  supervisors: SupervisorOption[];
  units: UnitOption[];
}) {
  const t = useTranslations("decision");
  const { field, select } = useFieldRenderers(form, schema);
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 p-4">
      <legend className="px-1 text-base font-semibold">{t("assignment")}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        {field("assignment.decisionNumber", t("decisionNumber"), { required: true, hint: t("decisionNumberHint") })}
        {field("assignment.decisionDate", t("decisionDate"), { type: "date", required: true })}
      </div>
      {select(
        "assignment.supervisorId",
        t("supervisor"),
        supervisors.map((s) => ({ value: s.id, label: `${s.fullName} · ${s.unitName}` })),
      )}
      <div>
        <p className="text-sm font-medium text-slate-800">{t("cooperatingUnits")}</p>
        <div className="mt-2 grid max-h-56 gap-1 overflow-y-auto rounded-md border border-slate-200 p-2 sm:grid-cols-2">
          {units.map((u) => (
            <label key={u.id} className="flex items-center gap-2 py-1 text-sm">
              <input
                type="checkbox"
                value={u.id}
                {...form.register("assignment.cooperatingUnitIds" as Path<T>)}
                className="h-4 w-4"
              />
              {u.name}
            </label>
          ))}
        </div>
      </div>
    </fieldset>
  );
}
