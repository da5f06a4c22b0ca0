// The database commands: npm run db:migrate | db:migration -- <name> | db:status | db:seed
import { PrismaPg } from "@prisma/adapter-pg";
import { adapterFactory, databaseTarget, DatabaseNotReadyError, describeTarget, messageOf, openDatabase } from "@/lib/db/client";
import { applyMigrations, createMigration, migrationStatus } from "@/lib/db/migrations";
import { installJobQueue } from "@/lib/jobs/queue";
import { seedDemo, SeedRefusedError } from "@/prisma/seed";

async function main() {
  const [command, ...args] = process.argv.slice(2);
  switch (command) {
    case "migrate": {
      const target = databaseTarget();
      const factory = adapterFactory(target);
      const applied = await applyMigrations(factory);
      console.log(
        applied.length
          ? `Applied ${applied.length} migration(s) to ${describeTarget(target)}: ${applied.join(", ")}`
          : `${describeTarget(target)} is up to date; nothing to apply.`,
      );
      if (target.kind === "postgres") {
        // The job queue's own schema, installed by the owner: the application role cannot (docs/decisions/077).
        const { queues } = await installJobQueue(target.url);
        console.log(`Job queue (pg-boss, schema pgboss) is up to date; queues: ${queues.join(", ")}.`);
      }
      break;
    }
    case "status": {
      const target = databaseTarget();
      const status = await migrationStatus(
        target.kind === "postgres" ? new PrismaPg({ connectionString: target.url, max: 1 }) : adapterFactory(target),
      );
      console.log(`Database: ${describeTarget(target)}`);
      if (status.failed.length) console.log(`Failed: ${status.failed.join(", ")}`);
      if (status.edited.length) console.log(`Edited after being applied: ${status.edited.join(", ")}`);
      if (status.unknown.length) console.log(`Applied but not in prisma/migrations: ${status.unknown.join(", ")}`);
      console.log(status.pending.length ? `Pending: ${status.pending.join(", ")}` : "No pending migrations.");
      if (status.pending.length || status.failed.length) process.exitCode = 1;
      break;
    }
    case "create": {
      const name = args[0];
      if (!name || !/^[a-z0-9_]+$/.test(name)) {
        console.error("Usage: npm run db:migration -- <name> (lower-case letters, digits and underscores)");
        process.exitCode = 2;
        return;
      }
      const created = await createMigration(name);
      console.log(created ? `Created prisma/migrations/${created}/migration.sql` : "The schema has no changes.");
      break;
    }
    case "seed": {
      const { db, close } = await openDatabase();
      try {
        const summary = await seedDemo(db);
        console.log(summary);
      } finally {
        await close();
      }
      break;
    }
    default:
      console.error("Usage: tsx scripts/db.ts migrate | status | create <name> | seed");
      process.exitCode = 2;
  }
}

main().catch((error) => {
  if (error instanceof DatabaseNotReadyError || error instanceof SeedRefusedError) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error(`\nDatabase command failed: ${messageOf(error)}\n`);
  }
  process.exit(1);
});
