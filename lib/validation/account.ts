import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { id } from "./common";
import { newPassword } from "./password";

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "required").max(200, "tooLong"),
    newPassword,
    confirmPassword: z.string().min(1, "required").max(200, "tooLong"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: "passwordsDiffer", path: ["confirmPassword"] })
  .refine((v) => v.newPassword !== v.currentPassword, { message: "passwordUnchanged", path: ["newPassword"] });
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;

export const SetLocaleSchema = z.object({ locale: z.enum(LOCALES) });

/** One of the caller's own role memberships, chosen in the header. */
export const SwitchRoleSchema = z.object({ membershipId: id });

export { ConfirmMfaSchema, SignInSchema, SsoCodeSchema, type ConfirmMfaInput } from "./sign-in";
