"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

export type DecisionValues = { decisionNumber: string; decisionDate: string; defaultSupervisorId: string };

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-base tabular-nums shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-red-500 sm:text-sm";

/**
 * The decision a batch is assigned under: its number, its day and the default supervisor, the same fieldset
 * for the bulk grid and the decision import. Controlled when `values` and `onChange` are given (the grid sends
 * JSON), otherwise plain named inputs a form posts (the import sends the form).
 */
export function DecisionFields({
  idPrefix,
  supervisors,
  numberMaxLength,
  errorOf,
  values,
  onChange,
}: {
  idPrefix: string;
  supervisors: { id: string; fullName: string; unitName: string }[];
  /** The schema's maxLength of decisionNumber. */
  numberMaxLength: number | undefined;
  errorOf: (key: "decisionNumber" | "decisionDate") => string | undefined;
  values?: DecisionValues;
  onChange?: (values: DecisionValues) => void;
}) {
  const t = useTranslations("bulkAssign");
  const bind = (key: keyof DecisionValues) =>
    values && onChange
      ? { value: values[key], onChange: (e: { target: { value: string } }) => onChange({ ...values, [key]: e.target.value }) }
      : {};

  // One label, control and error for each of the three, so they read and announce alike.
  const labelled = (key: keyof DecisionValues, required: boolean, control: (id: string, error?: string) => ReactNode) => {
    const id = `${idPrefix}-${key}`;
    const error = key === "defaultSupervisorId" ? undefined : errorOf(key);
    return (
      <div>
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {t(key === "defaultSupervisorId" ? "defaultSupervisor" : key)}
          {required && (
            <span aria-hidden className="text-red-700">
              {" *"}
            </span>
          )}
        </label>
        {control(id, error)}
        {error && (
          <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
    );
  };
  const input = (key: "decisionNumber" | "decisionDate", type: "text" | "date") =>
    labelled(key, true, (id, error) => (
      <input
        id={id}
        name={key}
        type={type}
        required
        maxLength={type === "text" ? numberMaxLength : undefined}
        {...bind(key)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={inputClass}
      />
    ));

  return (
    <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-4 sm:grid-cols-3">
      <legend className="px-1 text-base font-semibold">{t("decision")}</legend>
      {input("decisionNumber", "text")}
      {input("decisionDate", "date")}
      {labelled("defaultSupervisorId", false, (id) => (
        <select id={id} name="defaultSupervisorId" {...bind("defaultSupervisorId")} className={inputClass}>
          {supervisors.map((s) => (
            <option key={s.id} value={s.id}>
              {s.fullName} – {s.unitName}
            </option>
          ))}
        </select>
      ))}
    </fieldset>
  );
}
