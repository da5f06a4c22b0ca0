/** The one state every form's server action returns. `values` echoes what was typed so nothing is lost. */
export type ActionState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string | string[]>;
  /** The refusal's error code (e.g. "notFound", "conflict"), for callers that act on the kind of refusal. */
  code?: string;
  /** Strings the form shows once after a success and that are stored nowhere in clear (recovery codes). */
  payload?: string[];
  /** The translated success notice of a write that stayed on the page; raised as a toast (components/ui/toaster). */
  notice?: string;
  /** The record's version after the write, for a form that stays open and writes again (the report's autosave). */
  version?: number;
  /** A structured result the form renders (a spreadsheet import's preview), plain JSON. */
  data?: unknown;
};

export const initialActionState: ActionState = { status: "idle" };
