import type { Counts, Outcome } from "@/lib/import/spec";

/** The preview as the page shows it: problems already in the reader's language. */
export type ImportPreviewView = {
  fileProblems: string[];
  counts: Record<string, Counts>;
  total: number;
  committable: boolean;
  rows: { sheet: string; row: number; key: string; label: string; outcome: Outcome; problems: string[] }[];
};

/** What a commit wrote: the counts of the plan, and how many records were created or changed. */
export type ImportCommitView = { counts: Record<string, Counts>; written: number };
