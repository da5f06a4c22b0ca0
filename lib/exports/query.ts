import { NotFoundError } from "@/lib/domain/errors";
import { ExportFilterSchema } from "@/lib/validation/dashboard";

/** An export's filters from its URL; a query that names no round, or junk, finds nothing. */
export function exportQuery(request: Request) {
  const parsed = ExportFilterSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new NotFoundError();
  return parsed.data;
}
