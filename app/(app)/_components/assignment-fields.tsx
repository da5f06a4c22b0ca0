"use client";

import { Controller, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { UnitPicker } from "@/components/forms/unit-picker";
import { type FormSchema, useFieldRenderers } from "./task-fields";
import { toUnitList } from "@/lib/units/unit-list";

export type AssignmentDraft = {
  decisionNumber: string;
  decisionDate: string;
  supervisorId: string;
  cooperatingUnitIds: string[];
};
export type SupervisorOption = { id: string; fullName: string; unitName: string };
export type UnitOption = { id: string; name: string; parentId: string | null };

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
      <Controller
        control={form.control}
        name={"assignment.cooperatingUnitIds" as Path<T>}
        render={({ field: { value, onChange } }) => (
          <UnitPicker
            multiple
            name="assignment.cooperatingUnitIds"
            label={t("cooperatingUnits")}
            units={toUnitList(units)}
            values={(value as string[] | undefined) ?? []}
            onValuesChange={onChange}
            labelClassName="mb-1 block text-sm font-medium text-slate-800"
            className="w-full"
            testId="cooperating-units"
          />
        )}
      />
    </fieldset>
  );
}
