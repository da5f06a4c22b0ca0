"use server";

import { action } from "@/lib/actions/server";
import { clearSessionCookies } from "@/lib/auth/identity";
import { changeOwnPassword } from "@/lib/dal/account/account";
import type { ChangePasswordInput } from "@/lib/validation/account";
import { ChangePasswordSchema } from "@/lib/validation/account";

/** The session ends with the change; the user signs in again with the new password. */
async function changePasswordAndSignOut(input: ChangePasswordInput) {
  await changeOwnPassword(input);
  await clearSessionCookies();
}

export const changePasswordAction = action(ChangePasswordSchema, changePasswordAndSignOut, {
  allowPasswordChange: true,
  redirect: "/login?changed=1",
});
