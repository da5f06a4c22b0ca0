// Seeds a fresh in-memory database with the demo province and prints each table's row count and a content
// fingerprint, so a change to the seed's code can be shown to leave its data unchanged:
// `npx tsx scripts/seed-fingerprint.ts` before and after, then compare. Columns the database or the clock
// fills (an `updatedAt`, a password hash's random salt) are left out; everything the seed decides is in.
// With SEED_DUMP_DIR set, each table's rows are written there too, for a diff when the fingerprints differ.
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createPglite } from "@/lib/db/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { applyMigrations } from "@/lib/db/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemo } from "@/prisma/seed";

const VOLATILE = new Set(["updatedAt", "passwordHash"]);

async function main() {
  const pglite = createPglite();
  await applyMigrations(new PrismaPGlite(pglite));
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  await seedDemo(db);
  const tables = await pglite.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
  );
  const all = createHash("sha256");
  let total = 0;
  for (const { name } of tables.rows) {
    const columns = await pglite.query<{ name: string }>(
      `SELECT column_name AS name FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name = $1 ORDER BY column_name`,
      [name],
    );
    const kept = columns.rows.map((c) => c.name).filter((c) => !VOLATILE.has(c));
    const list = kept.map((c) => `"${c}"`).join(", ");
    // Rows as text, sorted as text: the order rows were written in does not matter, their content does.
    const rows = await pglite.query<{ r: string }>(`SELECT row(${list})::text AS r FROM "${name}" ORDER BY 1`);
    const dump = process.env.SEED_DUMP_DIR;
    if (dump) {
      mkdirSync(dump, { recursive: true });
      writeFileSync(path.join(dump, `${name}.txt`), rows.rows.map((r) => r.r).join("\n"));
    }
    const hash = createHash("sha256");
    for (const { r } of rows.rows) hash.update(r + "\n");
    const digest = hash.digest("hex").slice(0, 16);
    all.update(`${name}:${digest}\n`);
    total += rows.rows.length;
    console.log(`${name.padEnd(28)} ${String(rows.rows.length).padStart(6)}  ${digest}`);
  }
  console.log(`${"total".padEnd(28)} ${String(total).padStart(6)}  ${all.digest("hex").slice(0, 16)}`);
  await db.$disconnect();
  await pglite.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
