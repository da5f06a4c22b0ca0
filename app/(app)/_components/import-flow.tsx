"use client";

import { startTransition, useActionState, useRef, useState, type ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { initialActionState, type ActionState } from "@/lib/actions/state";
import type { Outcome } from "@/lib/import/spec";

const TONES: Record<Outcome, Tone> = { create: "success", update: "info", unchanged: "neutral", refused: "danger" };

export type ImportPreviewRow = {
  sheet: string;
  row: number;
  key: string;
  label: string;
  outcome: Outcome;
  problems: string[];
};

/** What every import's preview carries; a page's own view adds its counts and summary. */
export type ImportPreviewBase = {
  fileProblems: string[];
  total: number;
  committable: boolean;
  rows: ImportPreviewRow[];
};

type FlowAction = (state: ActionState, data: FormData) => Promise<ActionState>;

/**
 * Upload → preview → commit, the one flow of every spreadsheet import (decision record 082). The file stays
 * chosen in its input between the two steps (the actions are dispatched by hand, so React does not reset the
 * form), and the commit sends it again: the server plans it once more and refuses it whole if any row is
 * refused. Changing the file or any other field of the form asks for a new preview; a preview's commit is
 * sent once, and its result or error is shown with it.
 *
 * The page brings its actions, its extra fields (`fields`, given the preview's field errors), the summary above
 * the rows (`summary`), what a finished commit says (`done`; a commit that redirects has none), and the
 * headers of the rows table. `name` prefixes the ids and test ids; `words` is the page's own wording of the
 * commit button, its hint, its progress, the rows table and each row's outcome (the shared wording is the
 * "import" namespace's).
 */
export function ImportFlow<V extends ImportPreviewBase, C = unknown>({
  name,
  words,
  previewAction,
  commitAction,
  fileHint,
  resultTestId,
  fields,
  summary,
  done,
  columns,
}: {
  name: string;
  words: {
    commit: string;
    commitDisabled: string;
    committing: (rows: string) => string;
    rowsRegion: string;
    outcome: (outcome: ImportPreviewBase["rows"][number]["outcome"]) => string;
  };
  previewAction: FlowAction;
  commitAction: FlowAction;
  fileHint: string;
  resultTestId: string;
  fields?: (errorOf: (key: string) => string | undefined) => ReactNode;
  summary: (view: V) => ReactNode;
  done?: (result: C) => ReactNode;
  /** The rows table: whether it names the sheet, and the headers of the key and label columns. */
  columns: { sheet: boolean; key: string; label: string };
}) {
  const ti = useTranslations("import");
  const format = useFormatter();
  const formRef = useRef<HTMLFormElement>(null);
  const [edits, setEdits] = useState(0);
  const [previewedAt, setPreviewedAt] = useState(-1);
  const [refusedOnly, setRefusedOnly] = useState(false);
  const [preview, sendPreview, previewing] = useActionState<ActionState, FormData>(previewAction, initialActionState);
  const [commit, sendCommit, committing] = useActionState<ActionState, FormData>(commitAction, initialActionState);
  const view = preview.status === "success" ? (preview.data as V) : null;
  // The preview a commit was sent for: its result is shown with it, and it is not committed twice.
  const [committedView, setCommittedView] = useState<V | null>(null);
  const result = commit.status === "success" && committedView === view ? (commit.data as C) : null;
  const commitError = commit.status === "error" && committedView === view ? commit.message : undefined;
  const stale = view !== null && previewedAt !== edits;
  const busy = previewing || committing;
  const canCommit = view !== null && view.committable && !stale && !busy && result === null;
  const rows = view ? view.rows.filter((r) => !refusedOnly || r.outcome === "refused") : [];
  const errorOf = (key: string) => (preview.status === "error" ? preview.fieldErrors?.[key]?.[0] : undefined);

  const send = (which: "preview" | "commit") => {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    startTransition(() => {
      if (which === "preview") {
        setPreviewedAt(edits);
        sendPreview(data);
      } else {
        setCommittedView(view);
        sendCommit(data);
      }
    });
  };

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
        {fields?.(errorOf)}
        <div>
          <label htmlFor={`${name}-file`} className="block text-sm font-medium text-slate-800">
            {ti("file")}
          </label>
          <input
            id={`${name}-file`}
            name="file"
            type="file"
            required
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${name}-file-hint`}
            className="mt-1 block w-full max-w-md text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium"
          />
          <p id={`${name}-file-hint`} className="mt-1 text-xs text-slate-600">
            {fileHint}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={buttonClass("secondary")} disabled={busy} data-testid={`${name}-preview`}>
            {ti("preview")}
          </button>
          <button
            type="button"
            className={buttonClass("primary")}
            disabled={!canCommit}
            aria-describedby={`${name}-commit-hint`}
            data-testid={`${name}-commit`}
            onClick={() => send("commit")}
          >
            {words.commit}
          </button>
        </div>
        <p id={`${name}-commit-hint`} className="text-xs text-slate-600">
          {stale ? ti("stale") : words.commitDisabled}
        </p>
        {busy && (
          <div className="space-y-1" data-testid={`${name}-progress`}>
            <label htmlFor={`${name}-progress-bar`} className="block text-sm text-slate-700">
              {committing ? words.committing(format.number(view?.total ?? 0)) : ti("previewing")}
            </label>
            {/* No value: the bar moves without a percentage while the server works through the file. */}
            <progress id={`${name}-progress-bar`} className="h-3 w-full accent-brand-600" />
          </div>
        )}
      </form>

      <div aria-live="polite">
        {preview.status === "error" && preview.message && (
          <p className="rounded-md bg-red-50 p-3 text-sm text-red-800" data-testid={`${name}-error`}>
            {preview.message}
          </p>
        )}
        {commitError && (
          <p className="rounded-md bg-red-50 p-3 text-sm whitespace-pre-line text-red-800" data-testid={`${name}-error`}>
            {commitError}
          </p>
        )}
        {result !== null && done && (
          <p className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900" data-testid={`${name}-done`}>
            {done(result)}
          </p>
        )}
      </div>

      {view && (
        <section className="space-y-4" data-testid={resultTestId} data-committable={view.committable}>
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
          {summary(view)}
          {view.rows.length > 0 && (
            <div>
              <label className="mb-2 flex items-center gap-2 text-sm">
                <input type="checkbox" checked={refusedOnly} onChange={(e) => setRefusedOnly(e.target.checked)} />
                {ti("refusedOnly")}
              </label>
              {/* Scrolls sideways on a phone: reachable by keyboard, named for a screen reader. */}
              <DataTable
                caption={words.rowsRegion}
                testId={`${name}-rows`}
                columns={[
                  ...(columns.sheet ? [{ id: "sheet", header: ti("sheet") }] : []),
                  { id: "row", header: ti("row"), align: "right" as const },
                  { id: "key", header: columns.key, className: "break-all" },
                  { id: "label", header: columns.label },
                  { id: "outcome", header: ti("outcome") },
                  { id: "problems", header: ti("problems") },
                ]}
                rows={rows.map((r) => ({
                  id: `${r.sheet}-${r.row}`,
                  testId: `${name}-row`,
                  attributes: { "data-outcome": r.outcome, "data-sheet": r.sheet },
                  cells: {
                    ...(columns.sheet ? { sheet: ti(`sheets.${r.sheet}`) } : {}),
                    row: r.row,
                    key: r.key,
                    label: r.label,
                    outcome: <Badge tone={TONES[r.outcome]}>{words.outcome(r.outcome)}</Badge>,
                    problems: <Problems problems={r.problems} />,
                  },
                }))}
              />
            </div>
          )}
        </section>
      )}
    </div>
  );
}

/** A preview row's reasons for refusal, as a list (none for a row that passes). */
function Problems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="list-disc pl-4 text-red-800">
      {problems.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}
