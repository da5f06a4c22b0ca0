import { z } from "zod";
import { queryPage } from "./query";

/** The standing committee switching a round's public page on or off. */
export const PublishRoundSchema = z.object({
  roundId: z.string().trim().min(1).max(64),
  isPublic: z.enum(["true", "false"]).transform((v) => v === "true"),
  version: z.coerce.number().int().min(0),
});

/** The public page's query: which list, and which page of it; junk reads as the first page of tasks. */
export const PublicRoundQuerySchema = z.object({
  view: z.enum(["tasks", "ratings"]).catch("tasks"),
  page: queryPage,
});
