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
};

export const initialActionState: ActionState = { status: "idle" };
