import "server-only";
import { getDb, type Db } from "@/lib/db/client";
import { readMigrationsList } from "@/lib/db/migrations";

export type Readiness = { ready: true } | { ready: false; reason: "database" | "migrations" };

const TIMEOUT_MS = 3_000;

/**
 * The one data-layer read that asks for no session: a load balancer's readiness probe. It returns no data,
 * only whether this instance can serve: the database answers, and every committed migration is applied and none
 * failed. It reads `_prisma_migrations` through the app's own connection rather than starting the schema
 * engine, so that a load balancer probing every few seconds costs one small query.
 */
export async function readiness(open: () => Promise<Db> = getDb): Promise<Readiness> {
  let rows: { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }[];
  try {
    rows = await withTimeout(
      open().then(
        (db) => db.$queryRaw<typeof rows>`SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`,
      ),
    );
  } catch {
    return { ready: false, reason: "database" };
  }
  const live = rows.filter((r) => r.rolled_back_at === null);
  if (live.some((r) => r.finished_at === null)) return { ready: false, reason: "migrations" };
  const applied = new Set(live.map((r) => r.migration_name));
  const pending = readMigrationsList().migrationDirectories.filter((d) => !applied.has(d.path));
  return pending.length ? { ready: false, reason: "migrations" } : { ready: true };
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("readiness check timed out")), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
