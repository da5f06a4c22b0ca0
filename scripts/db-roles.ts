// npm run db:roles: creates or updates the application's database role (scripts/db-roles.sql). Run it with
// DATABASE_URL set to a superuser's or the schema owner's URL, after npm run db:migrate.
//   APP_DB_ROLE      the application role's name (default dotpha_app)
//   APP_DB_PASSWORD  its password, set or changed when given (needs a superuser or CREATEROLE)
import pg from "pg";
import { databaseTarget, describeTarget, messageOf } from "@/lib/db/client";
import { applyApplicationRole, DEFAULT_APP_ROLE } from "@/lib/db/roles";

async function main() {
  const target = databaseTarget();
  if (target.kind !== "postgres") {
    console.error("The embedded database has no roles: set DATABASE_URL to the PostgreSQL owner's or a superuser's URL.");
    process.exit(2);
  }
  const role = process.env.APP_DB_ROLE?.trim() || DEFAULT_APP_ROLE;
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    await applyApplicationRole(client, { role, password: process.env.APP_DB_PASSWORD || undefined });
  } finally {
    await client.end();
  }
  console.log(
    `Role ${role} on ${describeTarget(target)}: SELECT, INSERT, UPDATE, DELETE on the tables; INSERT and SELECT only on "AuditEvent".`,
  );
}

main().catch((error) => {
  console.error(`\nSetting up the application role failed: ${messageOf(error)}\n`);
  process.exit(1);
});
