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

/** What the sign-in form sends; the form's fields carry the same limits. */
export const SignInSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

/** The app's code step after a single sign-on: the sealed ticket from the callback and the code. */
export const SsoCodeSchema = z.object({
  ticket: z.string().min(1).max(8000),
  code: z.string().trim().min(1).max(64),
});

/** The first code from the authenticator app, which confirms an enrolment (digits only; spaces allowed). */
export const ConfirmMfaSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{3}\s?\d{3}$/, "mfaCodeFormat")
    .max(7),
});
export type ConfirmMfaInput = z.infer<typeof ConfirmMfaSchema>;
