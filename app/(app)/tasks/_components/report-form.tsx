"use client";

import { useActionState, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, TextAreaField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { evidenceProblem } from "@/lib/domain/evidence";
import { saveReportAction } from "../actions";
import { ReportSchema } from "@/lib/validation/report";

export type ReportFormTarget = { id: string; indicator: string; unitOfMeasure: string; hint: string };

/**
 * The cadre's quarterly report: what was done, each target's actual value, difficulties, proposals and
 * evidence files. "Save draft" keeps it; "Submit" sends it to the supervisor. Typed values come back on an
 * error; files must be chosen again (a browser never re-fills a file input).
 */
export function ReportForm({
  taskId,
  year,
  quarter,
  version,
  targets,
  values,
  attachedCount = 0,
}: {
  taskId: string;
  year: number;
  quarter: number;
  version?: number;
  targets: ReportFormTarget[];
  values: { results: string; selfProgress: string; difficulties: string; proposals: string; actuals: Record<string, string> };
  /** Evidence files the report already holds; they count towards the limit. */
  attachedCount?: number;
}) {
  const t = useTranslations("reports");
  const te = useTranslations("errors");
  const [state, action] = useActionState(saveReportAction, initialActionState);
  const [fileError, setFileError] = useState<string | null>(null);

  // Checked before sending: 100 MB that the server would refuse should not first travel there. The server
  // checks again (a browser can be bypassed).
  const checkFiles = (input: HTMLInputElement | null) => {
    const problem = evidenceProblem([...(input?.files ?? [])], attachedCount);
    const message = problem
      ? problem.code === "fileTooLarge"
        ? te("fileTooLarge", { name: problem.name })
        : te("tooManyFiles", { max: problem.max })
      : null;
    setFileError(message);
    return message === null;
  };
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    const input = e.currentTarget.elements.namedItem("evidence");
    if (!checkFiles(input instanceof HTMLInputElement ? input : null)) {
      e.preventDefault();
      document.getElementById("evidence")?.focus();
    }
  };

  return (
    <form action={action} onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="quarter" value={quarter} />
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      <TextAreaField
        schema={ReportSchema}
        name="results"
        label={t("results")}
        hint={t("resultsHint")}
        state={state}
        defaultValue={values.results}
        rows={5}
        required
      />
      <fieldset className="space-y-3 rounded-lg border border-slate-200 p-4">
        <legend className="px-1 text-base font-semibold">{t("actuals")}</legend>
        {targets.map((target, i) => (
          <div key={target.id}>
            <input type="hidden" name={`actuals.${i}.targetId`} value={target.id} />
            <TextField
              schema={ReportSchema}
              name={`actuals.${i}.actualValue`}
              label={`${target.indicator} (${target.unitOfMeasure})`}
              hint={target.hint}
              state={state}
              defaultValue={values.actuals[target.id] ?? ""}
              required
            />
          </div>
        ))}
      </fieldset>
      <TextField
        schema={ReportSchema}
        name="selfProgress"
        label={t("selfProgress")}
        hint={t("selfProgressHint")}
        state={state}
        defaultValue={values.selfProgress}
      />
      <TextAreaField
        schema={ReportSchema}
        name="difficulties"
        label={t("difficulties")}
        state={state}
        defaultValue={values.difficulties}
      />
      <TextAreaField
        schema={ReportSchema}
        name="proposals"
        label={t("proposals")}
        state={state}
        defaultValue={values.proposals}
      />
      <div>
        <label htmlFor="evidence" className="block text-sm font-medium text-slate-800">
          {t("evidence")}
        </label>
        <input
          id="evidence"
          name="evidence"
          type="file"
          multiple
          accept=".pdf,.png,.jpg,.jpeg,.webp,.gif,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods"
          aria-describedby={fileError ? "evidence-hint evidence-error" : "evidence-hint"}
          aria-invalid={fileError ? true : undefined}
          onChange={(e) => checkFiles(e.currentTarget)}
          className="mt-1 block w-full text-sm"
        />
        <p id="evidence-hint" className="mt-1 text-xs text-slate-600">
          {t("evidenceHint")}
        </p>
        {fileError && (
          <p id="evidence-error" className="mt-1 text-sm text-red-700" data-testid="evidence-error">
            {fileError}
          </p>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="intent" value="submit">
          {t("submit")}
        </SubmitButton>
        <SubmitButton name="intent" value="save" variant="secondary">
          {t("saveDraft")}
        </SubmitButton>
      </div>
    </form>
  );
}
