"use client";

import { startTransition, useActionState, useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Problems } from "@/app/(app)/_components/import-problems";
import { initialActionState, type ActionState } from "@/lib/actions/state";
import { OUTCOMES, type Outcome } from "@/lib/import/spec";
import { commitImportAction, previewImportAction } from "../actions";
import type { ImportCommitView, ImportPreviewView } from "./view";

const TONES: Record<Outcome, Tone> = { create: "success", update: "info", unchanged: "neutral", refused: "danger" };
const SHEETS = ["units", "cadres", "accounts"] as const;

/**
 * Upload → preview → commit. The file stays chosen in its input between the two steps (the actions are
 * dispatched by hand, so React does not reset the form), and the commit sends it again: the server plans it
 * once more and refuses it whole if any row is refused. Choosing another file asks for a new preview.
 */
export function ImportForm({ maxMb, maxRows }: { maxMb: number; maxRows: number }) {
  const t = useTranslations("import");
  const format = useFormatter();
  const formRef = useRef<HTMLFormElement>(null);
  const [fileVersion, setFileVersion] = useState(0);
  const [previewedVersion, setPreviewedVersion] = useState(-1);
  const [refusedOnly, setRefusedOnly] = useState(false);
  const [preview, previewAction, previewing] = useActionState<ActionState, FormData>(previewImportAction, initialActionState);
  const [commit, commitAction, committing] = useActionState<ActionState, FormData>(commitImportAction, initialActionState);
  const view = preview.status === "success" ? (preview.data as ImportPreviewView) : null;
  // The preview a commit was sent for: its result is shown with it, and it is not committed twice.
  const [committedView, setCommittedView] = useState<ImportPreviewView | null>(null);
  const result = commit.status === "success" && committedView === view ? (commit.data as ImportCommitView) : null;
  const commitError = commit.status === "error" && committedView === view ? commit.message : undefined;
  const stale = view !== null && previewedVersion !== fileVersion;
  const canCommit = view !== null && view.committable && !stale && !committing && !previewing && result === null;
  const busy = previewing || committing;
  const rows = view ? view.rows.filter((r) => !refusedOnly || r.outcome === "refused") : [];

  const send = (which: "preview" | "commit") => {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    startTransition(() => {
      if (which === "preview") {
        setPreviewedVersion(fileVersion);
        previewAction(data);
      } else {
        setCommittedView(view);
        commitAction(data);
      }
    });
  };

  return (
    <div className="space-y-6">
      <form
        ref={formRef}
        className="space-y-3"
        aria-busy={busy}
        onSubmit={(e) => {
          e.preventDefault();
          send("preview");
        }}
      >
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
            {t("file")}
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            required
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="import-file-hint"
            className="mt-1 block w-full max-w-md text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium"
            onChange={() => setFileVersion((v) => v + 1)}
          />
          <p id="import-file-hint" className="mt-1 text-xs text-slate-600">
            {t("fileHint", { mb: maxMb, rows: format.number(maxRows) })}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={buttonClass("secondary")} disabled={busy} data-testid="import-preview">
            {t("preview")}
          </button>
          <button
            type="button"
            className={buttonClass("primary")}
            disabled={!canCommit}
            aria-describedby="import-commit-hint"
            data-testid="import-commit"
            onClick={() => send("commit")}
          >
            {t("commit")}
          </button>
        </div>
        <p id="import-commit-hint" className="text-xs text-slate-600">
          {stale ? t("stale") : t("commitDisabled")}
        </p>
        {busy && (
          <div className="space-y-1" data-testid="import-progress">
            <label htmlFor="import-progress-bar" className="block text-sm text-slate-700">
              {committing ? t("committing", { rows: format.number(view?.total ?? 0) }) : t("previewing")}
            </label>
            {/* No value: the bar moves without a percentage while the server works through the file. */}
            <progress id="import-progress-bar" className="h-3 w-full accent-brand-600" />
          </div>
        )}
      </form>

      <div aria-live="polite">
        {preview.status === "error" && preview.message && (
          <p className="rounded-md bg-red-50 p-3 text-sm text-red-800" data-testid="import-error">
            {preview.message}
          </p>
        )}
        {commitError && (
          <p className="rounded-md bg-red-50 p-3 text-sm whitespace-pre-line text-red-800" data-testid="import-error">
            {commitError}
          </p>
        )}
        {result && (
          <p className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900" data-testid="import-done">
            {result.written > 0 ? t("done", { written: format.number(result.written) }) : t("doneNothing")}
          </p>
        )}
      </div>

      {view && (
        <section className="space-y-4" data-testid="import-preview-result" data-committable={view.committable}>
          {view.fileProblems.length > 0 && (
            <div className="rounded-md bg-red-50 p-3 text-sm text-red-800">
              <h2 className="font-semibold">{t("fileProblems")}</h2>
              <ul className="list-disc pl-5">
                {view.fileProblems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          )}
          <div>
            <h2 className="mb-2 text-base font-semibold text-slate-900">{t("summary")}</h2>
            {/* Scrolls sideways on a phone: reachable by keyboard, named for a screen reader. */}
            <DataTable
              caption={t("summary")}
              testId="import-counts"
              columns={[
                { id: "sheet", header: t("sheet") },
                ...OUTCOMES.map((o) => ({ id: o, header: t(`outcomes.${o}`), align: "right" as const })),
              ]}
              rows={SHEETS.map((sheet) => ({
                id: sheet,
                testId: `import-counts-${sheet}`,
                cells: {
                  sheet: t(`sheets.${sheet}`),
                  ...Object.fromEntries(
                    OUTCOMES.map((o) => [
                      o,
                      <span key={o} data-outcome={o}>
                        {format.number(view.counts[sheet]?.[o] ?? 0)}
                      </span>,
                    ]),
                  ),
                },
              }))}
            />
            {view.total > 0 && view.rows.every((r) => r.outcome === "unchanged") && (
              <p className="mt-2 text-sm text-slate-700" data-testid="import-all-unchanged">
                {t("allUnchanged")}
              </p>
            )}
            {(view.counts.accounts?.create ?? 0) > 0 && <p className="mt-2 text-sm text-slate-700">{t("accountsNote")}</p>}
          </div>
          {view.rows.length > 0 && (
            <div>
              <label className="mb-2 flex items-center gap-2 text-sm">
                <input type="checkbox" checked={refusedOnly} onChange={(e) => setRefusedOnly(e.target.checked)} />
                {t("refusedOnly")}
              </label>
              <DataTable
                caption={t("rowsRegion")}
                testId="import-rows"
                columns={[
                  { id: "sheet", header: t("sheet") },
                  { id: "row", header: t("row"), align: "right" },
                  { id: "key", header: t("key"), className: "break-all" },
                  { id: "label", header: t("label") },
                  { id: "outcome", header: t("outcome") },
                  { id: "problems", header: t("problems") },
                ]}
                rows={rows.map((r) => ({
                  id: `${r.sheet}-${r.row}`,
                  testId: "import-row",
                  attributes: { "data-outcome": r.outcome, "data-sheet": r.sheet },
                  cells: {
                    sheet: t(`sheets.${r.sheet}`),
                    row: r.row,
                    key: r.key,
                    label: r.label,
                    outcome: <Badge tone={TONES[r.outcome]}>{t(`outcomes.${r.outcome}`)}</Badge>,
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
