import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { createPglite } from "./pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { applyMigrations, migrationStatus } from "./migrations";

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "embedded"; dataDir: string };

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite database under ./.data. */
export function databaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new DatabaseNotReadyError(`DATABASE_URL must start with postgresql:// (got "${url.split(":")[0]}:…").`);
    }
    return { kind: "postgres", url };
  }
  const dataDir = env.PGLITE_DATA_DIR?.trim() || path.join(process.cwd(), ".data/pglite");
  return { kind: "embedded", dataDir };
}

/** The database cannot be used yet; the message says what to do, for a person, not a stack trace. */
export class DatabaseNotReadyError extends Error {
  override name = "DatabaseNotReadyError";
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "embedded") return `embedded PGlite at ${target.dataDir}`;
  const u = new URL(target.url);
  return `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
}

/** Builds the Prisma driver-adapter factory for a target. */
export function adapterFactory(target: DatabaseTarget, pglite?: PGlite) {
  if (target.kind === "postgres") return new PrismaPg({ connectionString: target.url, max: poolSize() });
  return new PrismaPGlite(pglite ?? openPglite(target.dataDir));
}

function poolSize() {
  const n = Number(process.env.DATABASE_POOL_SIZE);
  return Number.isInteger(n) && n > 0 ? n : 10;
}

export function openPglite(dataDir: string): PGlite {
  // PGlite does not create parent folders, and through the schema engine the error says only "External error".
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  return createPglite(dataDir);
}

/**
 * Opens the database for this process. The embedded database is migrated in-process (only one process
 * may open its folder); PostgreSQL is checked for pending migrations, which `npm run db:migrate` applies,
 * so that several app instances never race to migrate.
 */
export async function openDatabase(target: DatabaseTarget = databaseTarget()): Promise<{ db: Db; close: () => Promise<void> }> {
  if (target.kind === "embedded") {
    const pglite = openPglite(target.dataDir);
    try {
      await pglite.waitReady;
      const factory = new PrismaPGlite(pglite);
      await applyMigrations(factory);
      const db = new PrismaClient({ adapter: factory });
      return {
        db,
        close: async () => {
          await db.$disconnect();
          await pglite.close();
        },
      };
    } catch (error) {
      await pglite.close().catch(() => {});
      throw new DatabaseNotReadyError(
        `Cannot open the ${describeTarget(target)}: ${messageOf(error)}. ` +
          "Is another process (a running server, a seed) using the same folder?",
      );
    }
  }
  const status = await migrationStatus(new PrismaPg({ connectionString: target.url, max: 1 })).catch((error) => {
    throw new DatabaseNotReadyError(`Cannot reach ${describeTarget(target)}: ${messageOf(error)}`);
  });
  if (status.failed.length) {
    throw new DatabaseNotReadyError(
      `Migrations failed earlier on ${describeTarget(target)}: ${status.failed.join(", ")}. Fix the database, then run npm run db:migrate.`,
    );
  }
  if (status.pending.length) {
    throw new DatabaseNotReadyError(
      `${describeTarget(target)} has ${status.pending.length} pending migration(s) (${status.pending.join(", ")}). Run: npm run db:migrate`,
    );
  }
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url, max: poolSize() }) });
  return { db, close: () => db.$disconnect() };
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error && cause.message && !error.message.includes(cause.message)
      ? `${error.message} (${cause.message})`
      : error.message;
  }
  return String(error);
}

// One database per process, kept on globalThis so that dev-server reloads and separately bundled
// entry points (instrumentation, routes) share it.
const store = globalThis as unknown as { __dbPromise?: Promise<Db> };

export function getDb(): Promise<Db> {
  store.__dbPromise ??= openDatabase().then((opened) => opened.db);
  // A failed open is not cached: the next request tries again (e.g. once PostgreSQL is back).
  store.__dbPromise.catch(() => {
    store.__dbPromise = undefined;
  });
  return store.__dbPromise;
}

/** Installs an already opened client as this process's database (tests). */
export function setDb(db: Db) {
  store.__dbPromise = Promise.resolve(db);
}
