import { z } from "zod";
import { passwordProblems, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordOwner } from "@/lib/domain/password-rule";

// Messages are keys under "validation." in the catalogs; the action translates them.
export const requiredText = (max = 200) => z.string().trim().min(1, "required").max(max, "tooLong");
export const optionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((v) => (v ? v : null));
export const id = z.string().trim().min(1, "required").max(64, "invalid");
export const version = z.coerce.number().int().min(0);
/** A checkbox: present means on. */
export const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("")])
  .optional()
  .transform((v) => v === "on" || v === "true");

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

export const optionalEmail = z.union([z.literal(""), z.email("emailFormat").max(200, "tooLong")]).transform((v) => v || null);

/** A list page's query string: a search text, a unit filter, a page number; junk reads as absent. */
export const ListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  unitId: z.string().max(64).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1),
});
