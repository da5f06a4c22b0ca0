"use server";

import { action } from "@/lib/actions/server";
import { confirmMyMfa } from "@/lib/dal/account/mfa";
import { ConfirmMfaSchema } from "@/lib/validation/account";

// No revalidation: the page must not re-render before the user has read the recovery codes in the form.
export const confirmMfaAction = action(ConfirmMfaSchema, confirmMyMfa, {
  allowMfaEnrolment: true,
  notice: "mfaEnrolled",
  payload: (codes) => codes,
});
