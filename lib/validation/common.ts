import { z } from "zod";

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
/** An id a form may leave empty (a hidden input with no value): empty reads as absent. */
export const optionalId = z.preprocess((v) => (v === "" ? undefined : v), id.optional());
/** A record's version: a database integer, so anything past 2^31 - 1 is not one. */
export const version = z.coerce.number().int().min(0).max(2_147_483_647);
/** A checkbox: present means on. */
export const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("")])
  .optional()
  .transform((v) => v === "on" || v === "true");

export const optionalEmail = z.union([z.literal(""), z.email("emailFormat").max(200, "tooLong")]).transform((v) => v || null);

/** A list page's query string: a search text, a unit filter, a page number; junk reads as absent. */
export const ListQuerySchema = z.object({
  // Composed like every stored text, so a search typed in decomposed Unicode finds the same rows.
  q: z
    .string()
    .trim()
    .max(100)
    .transform((v) => v.normalize("NFC"))
    .optional()
    .catch(undefined),
  unitId: z.string().max(64).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1),
});
