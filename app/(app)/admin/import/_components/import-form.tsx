"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ImportFlow } from "@/app/(app)/_components/import-flow";
import { DataTable } from "@/components/ui/data-table";
import { OUTCOMES } from "@/lib/import/spec";
import { commitImportAction, previewImportAction } from "../actions";
import type { ImportCommitView, ImportPreviewView } from "./view";

const SHEETS = ["units", "cadres", "accounts"] as const;

/** The administration import on the one import flow: a count per sheet and outcome above the rows. */
export function ImportForm({ maxMb, maxRows }: { maxMb: number; maxRows: number }) {
  const t = useTranslations("import");
  const format = useFormatter();
  return (
    <ImportFlow<ImportPreviewView, ImportCommitView>
      name="import"
      words={{
        commit: t("commit"),
        commitDisabled: t("commitDisabled"),
        committing: (rows) => t("committing", { rows }),
        rowsRegion: t("rowsRegion"),
        outcome: (outcome) => t(`outcomes.${outcome}`),
      }}
      previewAction={previewImportAction}
      commitAction={commitImportAction}
      fileHint={t("fileHint", { mb: maxMb, rows: format.number(maxRows) })}
      resultTestId="import-preview-result"
      columns={{ sheet: true, key: t("key"), label: t("label") }}
      done={(result) => (result.written > 0 ? t("done", { written: format.number(result.written) }) : t("doneNothing"))}
      summary={(view) => (
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
      )}
    />
  );
}
