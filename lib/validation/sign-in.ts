import "./jitless";
import { z } from "zod";

// Apart from ./account, which imports the password rule: the sign-in page's client component imports this
// file (and the enrolment form the code schema), and through ./account they pulled zxcvbn's dictionaries
// (~460 KB of script) into the sign-in page.

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
