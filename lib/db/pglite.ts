import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

/**
 * The one way to open an embedded database: with the contrib extensions the migrations create (unaccent and
 * pg_trgm, for search). A PGlite opened without them cannot run the migrations, nor use a database that has
 * them. `dataDir` absent means in memory.
 */
export function createPglite(dataDir?: string, options: Omit<PGliteOptions, "dataDir" | "extensions"> = {}): PGlite {
  return new PGlite({ ...options, dataDir, extensions: { unaccent, pg_trgm } });
}
