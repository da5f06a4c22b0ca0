import type { Counts, Outcome } from "@/lib/import/spec";

/** A decision's task list as the preview shows it: problems already in the reader's language. */
export type DecisionImportView = {
  templateTitle: string;
  decisionNumber: string;
  /** The decision's day (an ISO instant), formatted by the page. */
  decisionDate: string;
  fileProblems: string[];
  counts: Counts;
  total: number;
  committable: boolean;
  /** The same list was assigned already: a commit shows the batch it made and creates nothing. */
  alreadyAssigned: boolean;
  rows: { sheet: string; row: number; key: string; label: string; outcome: Outcome; problems: string[] }[];
};
