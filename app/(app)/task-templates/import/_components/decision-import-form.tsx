"use client";

import { startTransition, useActionState, useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Problems } from "@/app/(app)/_components/import-problems";
import { initialActionState, type ActionState } from "@/lib/actions/state";
import type { Outcome } from "@/lib/import/spec";
import { maxLengthOf } from "@/lib/validation/limits";
import { DecisionImportSchema } from "@/lib/validation/decision-import";
import { commitDecisionImportAction, previewDecisionImportAction } from "../actions";
import type { DecisionImportView } from "./view";

const TONES: Record<Outcome, Tone> = { create: "success", update: "info", unchanged: "neutral", refused: "danger" };
const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-red-500 sm:text-sm";

/**
 * The decision, the file, the preview and the commit of a decision's task list. As on the administration
 * import, the file stays chosen between the two steps and the commit sends it again (the server plans it once
 * more); changing the file or the decision asks for a new preview. The commit goes to the batch's page.
 */
export function DecisionImportForm({
  templateId,
  templateVersion,
  roundId,
  supervisors,
  maxMb,
}: {
  templateId: string;
  templateVersion: number;
  roundId: string;
  supervisors: { id: string; fullName: string; unitName: string }[];
  maxMb: number;
}) {
  const t = useTranslations("decisionImport");
  const ti = useTranslations("import");
  const tb = useTranslations("bulkAssign");
  const format = useFormatter();
  const formRef = useRef<HTMLFormElement>(null);
  const [edits, setEdits] = useState(0);
  const [previewedAt, setPreviewedAt] = useState(-1);
  const [preview, previewAction, previewing] = useActionState<ActionState, FormData>(
    previewDecisionImportAction,
    initialActionState,
  );
  const [commit, commitAction, committing] = useActionState<ActionState, FormData>(
    commitDecisionImportAction,
    initialActionState,
  );
  const view = preview.status === "success" ? (preview.data as DecisionImportView) : null;
  const stale = view !== null && previewedAt !== edits;
  const busy = previewing || committing;
  const canCommit = view !== null && view.committable && !stale && !busy;
  const errorOf = (key: string) => (preview.status === "error" ? preview.fieldErrors?.[key]?.[0] : undefined);

  const send = (which: "preview" | "commit") => {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    startTransition(() => {
      if (which === "preview") {
        setPreviewedAt(edits);
        previewAction(data);
      } else commitAction(data);
    });
  };

  const field = (key: "decisionNumber" | "decisionDate", type: string) => {
    const error = errorOf(key);
    return (
      <div>
        <label htmlFor={`di-${key}`} className="block text-sm font-medium text-slate-800">
          {tb(key)}
          <span aria-hidden className="text-red-700">
            {" *"}
          </span>
        </label>
        <input
          id={`di-${key}`}
          name={key}
          type={type}
          required
          maxLength={type === "text" ? maxLengthOf(DecisionImportSchema, key) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `di-${key}-error` : undefined}
          className={inputClass}
        />
        {error && (
          <p id={`di-${key}-error`} className="mt-1 text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
    );
  };

  const decisionDate = view
    ? format.dateTime(new Date(view.decisionDate), { day: "2-digit", month: "2-digit", year: "numeric" })
    : "";

  return (
    <div className="space-y-6">
      <form
        ref={formRef}
        className="space-y-4"
        aria-busy={busy}
        onChange={() => setEdits((v) => v + 1)}
        onSubmit={(e) => {
          e.preventDefault();
          send("preview");
        }}
      >
        <input type="hidden" name="templateId" value={templateId} />
        <input type="hidden" name="templateVersion" value={templateVersion} />
        <input type="hidden" name="roundId" value={roundId} />
        <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-4 sm:grid-cols-3">
          <legend className="px-1 text-base font-semibold">{tb("decision")}</legend>
          {field("decisionNumber", "text")}
          {field("decisionDate", "date")}
          <div>
            <label htmlFor="di-defaultSupervisor" className="block text-sm font-medium text-slate-800">
              {tb("defaultSupervisor")}
            </label>
            <select id="di-defaultSupervisor" name="defaultSupervisorId" className={inputClass}>
              {supervisors.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.fullName} – {s.unitName}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <div>
          <label htmlFor="di-file" className="block text-sm font-medium text-slate-800">
            {ti("file")}
          </label>
          <input
            id="di-file"
            name="file"
            type="file"
            required
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="di-file-hint"
            className="mt-1 block w-full max-w-md text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium"
          />
          <p id="di-file-hint" className="mt-1 text-xs text-slate-600">
            {t("templateHintSize", { mb: maxMb })}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={buttonClass("secondary")} disabled={busy} data-testid="decision-import-preview">
            {ti("preview")}
          </button>
          <button
            type="button"
            className={buttonClass("primary")}
            disabled={!canCommit}
            aria-describedby="di-commit-hint"
            data-testid="decision-import-commit"
            onClick={() => send("commit")}
          >
            {t("commit")}
          </button>
        </div>
        <p id="di-commit-hint" className="text-xs text-slate-600">
          {stale ? ti("stale") : t("commitDisabled")}
        </p>
        {busy && (
          <div className="space-y-1">
            <label htmlFor="di-progress" className="block text-sm text-slate-700">
              {committing ? t("committing", { rows: format.number(view?.total ?? 0) }) : ti("previewing")}
            </label>
            <progress id="di-progress" className="h-3 w-full accent-brand-600" />
          </div>
        )}
      </form>

      <div aria-live="polite">
        {preview.status === "error" && preview.message && (
          <p className="rounded-md bg-red-50 p-3 text-sm text-red-800" data-testid="decision-import-error">
            {preview.message}
          </p>
        )}
        {commit.status === "error" && commit.message && (
          <p className="rounded-md bg-red-50 p-3 text-sm whitespace-pre-line text-red-800" data-testid="decision-import-error">
            {commit.message}
          </p>
        )}
      </div>

      {view && (
        <section className="space-y-4" data-testid="decision-import-result" data-committable={view.committable}>
          {view.fileProblems.length > 0 && (
            <div className="rounded-md bg-red-50 p-3 text-sm text-red-800">
              <h2 className="font-semibold">{ti("fileProblems")}</h2>
              <ul className="list-disc pl-5">
                {view.fileProblems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          )}
          {view.total > 0 && !view.alreadyAssigned && (
            <p className="text-sm text-slate-800" data-testid="decision-import-summary">
              {t("decisionLine", {
                count: format.number(view.counts.create + view.counts.unchanged),
                title: view.templateTitle,
                number: view.decisionNumber,
                date: decisionDate,
              })}{" "}
              {view.counts.refused > 0 && (
                <strong className="text-red-800">{t("refusedCount", { count: format.number(view.counts.refused) })}</strong>
              )}
            </p>
          )}
          {view.alreadyAssigned && (
            <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="decision-import-already">
              {t("alreadyAssigned", { number: view.decisionNumber, date: decisionDate })}
            </p>
          )}
          {view.rows.length > 0 && (
            <DataTable
              caption={t("rowsRegion")}
              testId="decision-import-rows"
              columns={[
                { id: "row", header: ti("row"), align: "right" },
                { id: "key", header: t("cadreCode"), className: "break-all" },
                { id: "label", header: tb("cadre") },
                { id: "outcome", header: ti("outcome") },
                { id: "problems", header: ti("problems") },
              ]}
              rows={view.rows.map((r) => ({
                id: String(r.row),
                testId: "decision-import-row",
                attributes: { "data-outcome": r.outcome },
                cells: {
                  row: r.row,
                  key: r.key,
                  label: r.label,
                  outcome: <Badge tone={TONES[r.outcome]}>{t(`outcomes.${r.outcome}`)}</Badge>,
                  problems: <Problems problems={r.problems} />,
                },
              }))}
            />
          )}
        </section>
      )}
    </div>
  );
}
