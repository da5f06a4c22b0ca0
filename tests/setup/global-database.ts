import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createPglite } from "@/lib/db/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrations";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteDump: string;
  }
}

/**
 * Migrates one database through the real migrations before the tests. For PGlite it is dumped once and
 * every test file loads the dump (~0.6 s instead of a 2.5 s initdb); PostgreSQL gets a fresh schema.
 */
export default async function setup(project: TestProject) {
  // The project's env is not applied to the global setup's process: read it from the project.
  if (project.config.env?.TEST_DB === "postgres") {
    const url = process.env.TEST_DATABASE_URL!;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    await client.end();
    await applyMigrations(new PrismaPg({ connectionString: url, max: 1 }));
    project.provide("pgliteDump", "");
    return;
  }
  const db = createPglite();
  await applyMigrations(new PrismaPGlite(db));
  const dump = await db.dumpDataDir("none");
  const file = path.join(mkdtempSync(path.join(tmpdir(), "pglite-")), "migrated.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await db.close();
  project.provide("pgliteDump", file);
}
