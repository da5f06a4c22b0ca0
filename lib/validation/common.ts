import { z } from "zod";
import { isStrongEnough, PASSWORD_MIN_LENGTH } from "@/lib/domain/sign-in";

// In the browser, zod's compiled parsers would probe for eval with `new Function("")`, which the
// Content-Security-Policy refuses (and reports). Every schema the forms use imports this module first.
if (typeof window !== "undefined") z.config({ jitless: true });

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

export const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, "passwordTooShort")
  .max(200, "tooLong")
  .refine(isStrongEnough, "passwordNeedsLetterAndDigit");

export const optionalEmail = z.union([z.literal(""), z.email("emailFormat").max(200, "tooLong")]).transform((v) => v || null);

/** A list page's query string: a search text, a unit filter, a page number; junk reads as absent. */
export const ListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  unitId: z.string().max(64).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1),
});
