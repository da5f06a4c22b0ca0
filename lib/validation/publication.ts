import { z } from "zod";
import { version } from "./common";
import { queryEnum, queryId, queryPage, querySearch, tableQuery } from "./query";
import { TASK_FIELDS } from "./registration";

/** The standing committee switching a round's public page on or off. */
export const PublishRoundSchema = z.object({
  roundId: z.string().trim().min(1).max(64),
  isPublic: z.enum(["true", "false"]).transform((v) => v === "true"),
  version,
});

/** The public page's query: which list, and which page of it; junk reads as the first page of tasks. */
export const PublicRoundQuerySchema = z.object({
  view: z.enum(["tasks", "ratings"]).catch("tasks"),
  ...tableQuery,
  /** The tasks' search box: a title or code. */
  q: querySearch,
  page: queryPage,
  field: queryEnum(TASK_FIELDS),
  status: queryEnum(["ASSIGNED", "COMPLETED", "UNFINISHED", "CARRIED_OVER"]),
  /** A locality of the tree, and whether only its own tasks (not its sub-localities') are listed. */
  unit: queryId,
  own: queryEnum(["1"]),
});
