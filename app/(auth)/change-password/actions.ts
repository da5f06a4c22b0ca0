"use server";

import { redirect } from "next/navigation";
import { failure, formToObject, invalid } from "@/lib/actions/server";
import { clearSessionCookies } from "@/lib/auth/identity";
import type { ActionState } from "@/lib/actions/state";
import { changeOwnPassword } from "@/lib/dal/account";
import { DomainError } from "@/lib/domain/errors";
import { ChangePasswordSchema } from "@/lib/validation/account";

export async function changePasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = ChangePasswordSchema.safeParse(formToObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await changeOwnPassword(parsed.data);
  } catch (e) {
    if (e instanceof DomainError) return failure(e, form);
    throw e;
  }
  // The session ended with the change; the user signs in again with the new password.
  await clearSessionCookies();
  redirect("/login?changed=1");
}
