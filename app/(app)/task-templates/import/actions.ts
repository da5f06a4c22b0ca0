"use server";

import { getTranslations } from "next-intl/server";
import { action } from "@/lib/actions/server";
import { spreadsheetUpload } from "@/lib/actions/spreadsheet";
import { commitDecisionImport, previewDecisionImport, type DecisionImportPreview } from "@/lib/dal/decisions/decision-import";
import type { Problem } from "@/lib/import/spec";
import { DecisionImportSchema, type DecisionImportInput } from "@/lib/validation/decision-import";
import type { DecisionImportView } from "./_components/view";

/** How many rows the preview sends back at most (a decision's list is a few hundred cadres). */
const SHOWN_ROWS = 1_000;

async function view(preview: DecisionImportPreview, input: DecisionImportInput): Promise<DecisionImportView> {
  const [t, ti] = await Promise.all([getTranslations("decisionImport"), getTranslations("import")]);
  const say = (p: Problem) => {
    const params = p.params ?? {};
    const text = t.has(`problemList.${p.code}`)
      ? t(`problemList.${p.code}`, params)
      : ti.has(`problemList.${p.code}`)
        ? ti(`problemList.${p.code}`, params)
        : ti("problemList.invalid");
    const header = p.column ? preview.headers[p.column] : undefined;
    return header ? `${header}: ${text}` : text;
  };
  return {
    templateTitle: preview.templateTitle,
    decisionNumber: input.decisionNumber,
    decisionDate: input.decisionDate.toISOString(),
    fileProblems: preview.fileProblems.map(say),
    counts: preview.counts.tasks!,
    total: preview.rows.length,
    committable: preview.committable,
    alreadyAssigned: preview.alreadyAssigned,
    rows: preview.rows.slice(0, SHOWN_ROWS).map((r) => ({ ...r, problems: r.problems.map(say) })),
  };
}

/** Reads a decision's task list and shows, row by row, what the assignment would do; writes nothing. */
export const previewDecisionImportAction = action(
  DecisionImportSchema,
  async (input: DecisionImportInput, [bytes]: Uint8Array[]) => view(await previewDecisionImport(input, bytes!), input),
  { files: spreadsheetUpload, data: (result) => result },
);

/** Assigns the whole list under the decision in one transaction (checked again), or nothing. */
export const commitDecisionImportAction = action(
  DecisionImportSchema,
  async (input: DecisionImportInput, [bytes]: Uint8Array[]) => commitDecisionImport(input, bytes!),
  {
    files: spreadsheetUpload,
    revalidate: [{ path: "/tasks", type: "layout" }, "/standing-committee"],
    redirect: (_input, result) => `/task-templates/assign?done=${result.bulkAssignmentId}`,
  },
);
