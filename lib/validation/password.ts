import { z } from "zod";
import { passwordProblems, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordOwner } from "@/lib/domain/password-rule";

// Kept apart from ./common so that no schema a client component imports pulls in zxcvbn's dictionaries.

/** Reports each problem of the password rule (lib/domain/password-rule.ts) on the field at `path`. */
function addPasswordIssues(ctx: z.RefinementCtx, password: string, owner: PasswordOwner, path: string[] = []) {
  for (const problem of passwordProblems(password, owner)) {
    ctx.addIssue({
      code: "custom",
      message: problem,
      path,
      ...(problem === "passwordTooShort" ? { minimum: PASSWORD_MIN_LENGTH } : {}),
      ...(problem === "passwordTooLong" ? { maximum: PASSWORD_MAX_LENGTH } : {}),
    });
  }
}

/**
 * A password someone sets, exactly as typed (never trimmed). Where the schema knows whose password it is,
 * it also checks the name is not in it (see the account and user schemas).
 */
export const newPassword = z.string().superRefine((password, ctx) => addPasswordIssues(ctx, password, {}));

/** The one problem only a schema that knows the owner can find: their username or name in the password. */
export function addOwnerIssue(ctx: z.RefinementCtx, password: string, owner: PasswordOwner, path: string[]) {
  if (passwordProblems(password, owner).includes("passwordContainsName")) {
    ctx.addIssue({ code: "custom", message: "passwordContainsName", path });
  }
}
