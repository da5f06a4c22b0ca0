import "./jitless";
import { z } from "zod";
import { parseQuarterKey } from "@/lib/domain/quarters";
import { EVALUATION_STATUSES, UNIT_KINDS } from "./kinds";
import { SEARCH_KINDS } from "@/lib/domain/search-text";

/**
 * The one way a page or route reads its query string (and its path segments): every value is optional and
 * junk reads as absent, never as an error. A URL is typed by anyone; an unknown filter value must not reach
 * the database (an unknown enum there is a 500) and must not fail the page. Build each page's schema from
 * these and parse with `readQuery`.
 */

/** The highest page number a list accepts: beyond it a page would be an unbounded offset. */
export const MAX_PAGE = 10_000;

/** A list's page: 1-based, junk (letters, 0, 1e308, several values) reads as the first page. */
export const queryPage = z.coerce.number().int().min(1).max(MAX_PAGE).catch(1);

/** A record id chosen in a filter; an empty, overlong or repeated value reads as absent. */
export const queryId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .catch(undefined)
  .transform((v) => v || undefined)
  .optional();

/** A search text; an overlong value reads as absent. */
export const queryText = (max = 100) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    // Composed like every stored text, so a search typed in decomposed Unicode finds the same rows.
    .transform((v) => v?.normalize("NFC") || undefined)
    .optional();

/** One of a closed list of values (a field, a status); anything else reads as absent. */
export const queryEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).optional().catch(undefined);

/** A year a page may be about. */
export const queryYear = z.coerce.number().int().min(2000).max(2100).optional().catch(undefined);

/** A quarter of a year, 1 to 4. */
export const queryQuarter = z.coerce.number().int().min(1).max(4).optional().catch(undefined);

/** A quarter written as in the app's URLs ("2026Q3"); anything else reads as absent. */
export const quarterKey = z
  .string()
  // The one parser of quarter keys, bounded to years the application can hold a round in.
  .transform((key) => {
    const q = parseQuarterKey(key);
    return q && q.year >= 2000 && q.year <= 2100 ? q : undefined;
  })
  .optional()
  .catch(undefined);

/** Parses a page's search params (or path params) with its schema; never throws for what a URL can hold. */
export function readQuery<S extends z.ZodType>(schema: S, params: Record<string, string | string[] | undefined>): z.output<S> {
  return schema.parse(params);
}

/** A page whose only query value is its page number. */
export const PageQuerySchema = z.object({ page: queryPage });

/** The sign-in page: the notices it shows and where to go afterwards (checked again by `safeNextPath`). */
export const LoginQuerySchema = z.object({
  ended: queryText(10),
  changed: queryText(10),
  callbackUrl: queryText(2000),
  /** Why single sign-on was refused (lib/auth/sso.ts SSO_ERRORS; next-auth's own codes read as ssoFailed). */
  error: queryText(40),
  /** The sealed ticket of a single sign-on waiting for the app's code step. */
  ssoTicket: queryText(8000),
  signedOut: queryEnum(["1"]),
});

/** An export asked to be built in the background whatever its size (`?background=1`). */
export const BackgroundQuerySchema = z.object({ background: queryEnum(["1"]) });

/** A page about one round, chosen in the URL (the organisation committee's home). */
export const RoundQuerySchema = z.object({ round: queryId });

/** A page about one cadre (granting an extension, assigning a task to them). */
export const CadreQuerySchema = z.object({ cadreId: queryId });

/** The carry-over page: the round and year to carry over, and whether it has just been done. */
export const CarryOverQuerySchema = z.object({
  roundId: queryId,
  year: queryYear,
  carried: z.coerce.number().int().min(0).max(100_000).optional().catch(undefined),
});

/** A quarterly report's path segments: the task and the quarter ("2026Q3"). */
export const ReportPathSchema = z.object({ id: z.string(), quarter: quarterKey });

/** The page sizes a list offers; the first list page shows `DEFAULT_PAGE_SIZE` rows. */
export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

/** A list's page size: one of `PAGE_SIZES`; anything else (0, 1e6, letters) reads as absent (the default). */
export const queryPageSize = z.coerce
  .number()
  .int()
  .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
  .optional()
  .catch(undefined);

/**
 * A sort key from the URL: a short word, checked against the list's whitelist in the data layer (an unknown key
 * sorts by the list's default), so it never reaches `orderBy` as such.
 */
export const querySort = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{1,32}$/)
  .optional()
  .catch(undefined);

/** A sort direction; anything else reads as absent (the column's default direction). */
export const querySortDir = queryEnum(["asc", "desc"]);

/** What every sortable, paged list reads from its URL: page, page size, sort key and direction. */
export const tableQuery = { page: queryPage, size: queryPageSize, sort: querySort, dir: querySortDir };
export const TableQuerySchema = z.object(tableQuery);
export type TableQuery = z.output<typeof TableQuerySchema>;

/** The outbox: all mail, or only the dead letters. */
export const OutboxQuerySchema = z.object({ ...tableQuery, show: queryEnum(["dead"]) });

/** The admin list of units: sort and page, narrowed by kind and by active or not. */
export const UnitListQuerySchema = z.object({
  ...tableQuery,
  kind: queryEnum(UNIT_KINDS),
  active: queryEnum(["yes", "no"]),
});
export type UnitListQuery = z.output<typeof UnitListQuerySchema>;

/** The cadres of a round (its progress page): sort and page, narrowed by unit and by registration state. */
export const RoundCadreQuerySchema = z.object({
  ...tableQuery,
  unitId: queryId,
  state: queryEnum(["registered", "notRegistered", "late"]),
});
export type RoundCadreQuery = z.output<typeof RoundCadreQuerySchema>;

/** The longest search a box accepts (a longer one in the URL reads as absent). */
export const SEARCH_MAX_LENGTH = 100;

/** A search text: trimmed, composed (NFC), at most SEARCH_MAX_LENGTH characters. */
export const querySearch = queryText(SEARCH_MAX_LENGTH);

/** /search: the text, optionally one kind of result, and that kind's page. */
export const SearchQuerySchema = z.object({ q: querySearch, kind: queryEnum(SEARCH_KINDS), page: queryPage });

/** A list whose only query values are a search text, its page, page size and sort. */
export const SearchPageQuerySchema = z.object({ q: querySearch, ...tableQuery });

/** An evaluation cycle's page: its evaluations sorted and paged, narrowed by state and by the cadre's name. */
export const CycleEvaluationQuerySchema = z.object({
  ...tableQuery,
  status: queryEnum(EVALUATION_STATUSES),
  q: querySearch,
});
export type CycleEvaluationQuery = z.output<typeof CycleEvaluationQuerySchema>;

/** The council's list: sheets to score sorted and paged, narrowed to the member's own pending or sent sheets and by name. */
export const CouncilQuerySchema = z.object({
  ...tableQuery,
  mine: queryEnum(["pending", "submitted"]),
  q: querySearch,
});
/** The task templates' catalogue: a search text, a field, the archived ones, page, size and sort. */
export const TemplateListQuerySchema = z.object({
  q: querySearch,
  field: queryEnum([
    "LAND",
    "PETITIONS",
    "PUBLIC_ORDER",
    "ECONOMY",
    "AGRICULTURE",
    "INFRASTRUCTURE",
    "PARTY_BUILDING",
    "CULTURE_SOCIETY",
    "EDUCATION",
    "HEALTH",
    "ENVIRONMENT",
    "ADMIN_REFORM",
    "DIGITAL_TRANSFORMATION",
    "OTHER",
  ]),
  archived: queryEnum(["yes"]),
  ...tableQuery,
});

/**
 * The bulk assignment's picks: the template and the round, and the cadres by unit (its subtree), by words of
 * their position, or from a saved group; `done` names a batch just assigned.
 */
export const BulkAssignQuerySchema = z.object({
  template: queryId,
  round: queryId,
  unit: queryId,
  position: queryText(100),
  group: queryId,
  done: queryId,
});
export type BulkCandidatesQuery = { unitId?: string; position?: string; groupId?: string };
/** The rounds list: sort and page, narrowed by status. */
export const RoundListQuerySchema = z.object({ ...tableQuery, status: queryEnum(["DRAFT", "OPEN", "CLOSED"]) });

/** The notifications list: sort and page, all or only the unread ones. */
export const NotificationQuerySchema = z.object({ ...tableQuery, show: queryEnum(["unread"]) });

/** The compiled list: which round, grouped by unit or by field, sorted within the group and paged. */
export const CompiledQuerySchema = z.object({ ...tableQuery, round: queryId, group: queryEnum(["unit", "field"]) });
