import { z } from "zod";
import { ROLES } from "@/lib/domain/roles";
import { checkbox, id, optionalEmail, optionalText, requiredText, version } from "./common";
import { CADRE_GROUPS, UNIT_KINDS } from "./kinds";
import { addOwnerIssue, newPassword } from "./password";

// The unit kinds and cadre groups live apart so that client components can import them without the
// password rule's dictionaries.
export { CADRE_GROUPS, UNIT_KINDS } from "./kinds";

const code = z
  .string()
  .trim()
  .min(1, "required")
  .max(40, "tooLong")
  .regex(/^[A-Za-z0-9._-]+$/, "codeFormat");

export const UnitSchema = z.object({
  code,
  name: requiredText(200),
  kind: z.enum(UNIT_KINDS, "required"),
  parentId: id,
  isAssigningBody: checkbox,
});
export const CreateUnitSchema = UnitSchema;
/** Without a parent the unit stays where it is (the root of the tree, or of the admin's scope). */
export const UpdateUnitSchema = UnitSchema.extend({ id, version, parentId: id.optional() });
export type CreateUnitInput = z.infer<typeof CreateUnitSchema>;
export type UpdateUnitInput = z.infer<typeof UpdateUnitSchema>;

export const CadreSchema = z.object({
  fullName: requiredText(120),
  positionTitle: requiredText(200),
  unitId: id,
  managedById: id,
  group: z.enum(CADRE_GROUPS, "required"),
});
export const CreateCadreSchema = CadreSchema;
export const UpdateCadreSchema = CadreSchema.extend({ id, version });
export type CreateCadreInput = z.infer<typeof CreateCadreSchema>;
export type UpdateCadreInput = z.infer<typeof UpdateCadreSchema>;

export const SetActiveSchema = z.object({ id, version, active: z.enum(["true", "false"]).transform((v) => v === "true") });
export type SetActiveInput = z.infer<typeof SetActiveSchema>;

const username = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "usernameFormat")
  .max(60, "tooLong")
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "usernameFormat");

export const CreateUserSchema = z
  .object({
    username,
    fullName: requiredText(120),
    email: optionalEmail,
    cadreId: optionalText(64),
    initialPassword: newPassword,
    role: z.enum(ROLES, "required"),
    roleUnitId: id,
  })
  .superRefine((v, ctx) => addOwnerIssue(ctx, v.initialPassword, v, ["initialPassword"]));
export type CreateUserInput = z.infer<typeof CreateUserSchema>;

export const UpdateUserSchema = z.object({
  id,
  version,
  fullName: requiredText(120),
  email: optionalEmail,
  cadreId: optionalText(64),
});
export type UpdateUserInput = z.infer<typeof UpdateUserSchema>;

export const ResetPasswordSchema = z.object({ id, version, newPassword });
export type ResetPasswordInput = z.infer<typeof ResetPasswordSchema>;

export const ResetMfaSchema = z.object({ id, version });
export type ResetMfaInput = z.infer<typeof ResetMfaSchema>;

export const AddRoleSchema = z.object({ userId: id, role: z.enum(ROLES, "required"), unitId: id });
export type AddRoleInput = z.infer<typeof AddRoleSchema>;

export const RemoveRoleSchema = z.object({ membershipId: id });

/**
 * The national identity number (CCCD / số định danh cá nhân): 12 digits, or empty to clear it. The text is
 * bounded before trimming, so a pasted number with spaces around it is not cut by the field's maxLength.
 */
export const nationalId = z
  .string()
  .max(20, "tooLong")
  .transform((v) => v.trim())
  .pipe(z.union([z.literal(""), z.string().regex(/^\d{12}$/, "nationalIdFormat")]))
  .transform((v) => v || null);

export const SetNationalIdSchema = z.object({ id, version, nationalId });
export type SetNationalIdInput = z.infer<typeof SetNationalIdSchema>;

export const UnlinkSsoSchema = z.object({ userId: id, linkId: id });
export type UnlinkSsoInput = z.infer<typeof UnlinkSsoSchema>;
