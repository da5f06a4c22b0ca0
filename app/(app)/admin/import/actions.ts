"use server";

import { getTranslations } from "next-intl/server";
import { action } from "@/lib/actions/server";
import { spreadsheetUpload as spreadsheet } from "@/lib/actions/spreadsheet";
import { commitAdminImport, previewAdminImport, type CommitResult } from "@/lib/dal/admin/import";
import type { Preview, Problem } from "@/lib/import/spec";
import { ImportSchema } from "@/lib/validation/import";
import type { ImportPreviewView } from "./_components/view";

/** How many rows that are not refused the preview sends back (the counts say the rest). */
const SHOWN_ROWS = 200;
/** How many refused rows it sends at most. */
const SHOWN_REFUSED = 1_000;

async function view(preview: Preview): Promise<ImportPreviewView> {
  const t = await getTranslations("import");
  const say = (p: Problem) => {
    const key = `problemList.${p.code}`;
    const text = t.has(key) ? t(key, p.params ?? {}) : t("problemList.invalid");
    return p.column && t.has(`columns.${p.column}`) ? `${t(`columns.${p.column}`)}: ${text}` : text;
  };
  // In file order: every refused row up to its cap, and the first of the others.
  let refused = 0;
  let others = 0;
  const shown = preview.rows.filter((r) => (r.outcome === "refused" ? refused++ < SHOWN_REFUSED : others++ < SHOWN_ROWS));
  return {
    fileProblems: preview.fileProblems.map(say),
    counts: preview.counts,
    total: preview.rows.length,
    committable: preview.committable,
    rows: shown.map((r) => ({ ...r, problems: r.problems.map(say) })),
  };
}

/** Reads the uploaded workbook and shows what a commit would do, row by row; writes nothing. */
export const previewImportAction = action(
  ImportSchema,
  async (_input: object, [bytes]: Uint8Array[]) => view(await previewAdminImport(bytes!)),
  { files: spreadsheet, data: (result) => result },
);

/** Writes the same workbook all at once (checked again in the data layer), or nothing. */
export const commitImportAction = action(
  ImportSchema,
  async (_input: object, [bytes]: Uint8Array[]): Promise<CommitResult> => commitAdminImport(bytes!),
  {
    files: spreadsheet,
    revalidate: ["/admin", "/admin/units", "/admin/cadres", "/admin/users"],
    data: (result) => result,
  },
);
