import { z } from "zod";

const optionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .catch(undefined)
  .transform((v) => v || undefined);

/** A dashboard's filters from the URL, so a view can be shared; junk reads as absent. */
export const DashboardFilterSchema = z.object({
  roundId: optionalId,
  unitId: optionalId,
  field: optionalId,
  health: z.enum(["ON_TRACK", "AT_RISK", "BEHIND", "COMPLETED", "OVERDUE"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1),
});
