import "./jitless";
import { z } from "zod";
import { queryEnum, queryId, queryPage, querySearch, tableQuery } from "./query";

// Messages are keys under "validation." in the catalogs; the action translates them.
export const requiredText = (max = 200) => z.string().trim().min(1, "required").max(max, "tooLong");
export const optionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((v) => (v ? v : null));
/**
 * A number typed into a text field: the text is bounded first (so the field carries a `maxLength`, and a
 * pasted megabyte is refused as too long rather than parsed), then read by `schema`.
 */
export const NUMBER_TEXT_MAX_LENGTH = 16;
export const numberText = <Out>(schema: z.ZodType<Out, string>) =>
  z.string().trim().max(NUMBER_TEXT_MAX_LENGTH, "tooLong").pipe(schema);

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

/** A list page's query string: a search text, a unit filter, page, size and sort; junk reads as absent. */
export const ListQuerySchema = z.object({ q: querySearch, unitId: queryId, ...tableQuery, page: queryPage });

/** The admin list of accounts: a list's query, narrowed to active or inactive accounts. */
export const UserListQuerySchema = ListQuerySchema.extend({ active: queryEnum(["yes", "no"]) });
