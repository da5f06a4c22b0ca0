/** The one state every form's server action returns. `values` echoes what was typed so nothing is lost. */
export type ActionState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string | string[]>;
};

export const initialActionState: ActionState = { status: "idle" };
