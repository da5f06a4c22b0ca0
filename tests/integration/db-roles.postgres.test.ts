import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import pg from "pg";
import { createBackup, restoreBackup } from "@/lib/db/backup";
import { openDatabase } from "@/lib/db/client";
import { readiness } from "@/lib/dal/read-models/health";
import { applyApplicationRole } from "@/lib/db/roles";
import { startPgBossRunner } from "@/lib/jobs/queue";

/**
 * PostgreSQL only (vitest.config.ts includes this file in the integration-postgres project alone): PGlite has
 * a single user. The application role is created beforehand by a superuser (.ci/run; locally, see the README's
 * Operations section); the test itself runs the grants as the schema's owner, the test database's user, which
 * is how production runs scripts/db-roles.sql after a migration.
 */
const ownerUrl = process.env.TEST_DATABASE_URL!;
const appRole = process.env.TEST_APP_DB_ROLE || "dotpha_app_test";
const appPassword = process.env.TEST_APP_DB_PASSWORD || appRole;
const appUrl = (() => {
  const u = new URL(ownerUrl);
  u.username = appRole;
  u.password = appPassword;
  return u.toString();
})();

let owner: pg.Client;
let app: pg.Client;

async function asOwner(sql: string, values: unknown[] = []) {
  return owner.query(sql, values);
}

/** Runs a statement as the application role in a transaction that is always rolled back. */
async function asApp(sql: string, values: unknown[] = []) {
  await app.query("BEGIN");
  try {
    return await app.query(sql, values);
  } finally {
    await app.query("ROLLBACK");
  }
}

let seq = 0;
async function auditRow() {
  const id = `audit-${++seq}-${Date.now()}`;
  await asOwner(`INSERT INTO "AuditEvent" (id, action, "entityType", "entityId") VALUES ($1, 'test.event', 'Test', 'x')`, [id]);
  return id;
}

beforeAll(async () => {
  owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  const exists = await owner.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [appRole]);
  if (!exists.rowCount) {
    throw new Error(`Role ${appRole} is missing: a superuser creates it (see .ci/run) before this test runs.`);
  }
  // Twice: the script is idempotent.
  await applyApplicationRole(owner, { role: appRole });
  await applyApplicationRole(owner, { role: appRole });
  app = new pg.Client({ connectionString: appUrl });
  await app.connect();
});

afterAll(async () => {
  await app?.end();
  await owner?.end();
});

beforeEach(async () => {
  // The shared setup truncated every table; nothing else is needed.
  expect((await app.query("SELECT current_user AS me")).rows[0].me).toBe(appRole);
});

describe("the application's database role", () => {
  it("may insert into and read the audit table", async () => {
    await app.query(
      `INSERT INTO "AuditEvent" (id, action, "entityType", "entityId") VALUES ('by-app', 'test.event', 'Test', 'y')`,
    );
    const rows = await app.query(`SELECT action FROM "AuditEvent" WHERE id = 'by-app'`);
    expect(rows.rows).toEqual([{ action: "test.event" }]);
  });

  it("is refused UPDATE, DELETE and TRUNCATE on the audit table by its privileges, not only by the trigger", async () => {
    const id = await auditRow();
    await expect(asApp(`UPDATE "AuditEvent" SET action = 'forged' WHERE id = $1`, [id])).rejects.toThrow(
      /permission denied for table AuditEvent/,
    );
    await expect(asApp(`DELETE FROM "AuditEvent" WHERE id = $1`, [id])).rejects.toThrow(/permission denied for table AuditEvent/);
    await expect(asApp(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/permission denied for table AuditEvent/);
    // Nor through a table that the audit trail references.
    await expect(asApp(`TRUNCATE "User" CASCADE`)).rejects.toThrow(/permission denied/);
    expect((await asOwner(`SELECT action FROM "AuditEvent" WHERE id = $1`, [id])).rows).toEqual([{ action: "test.event" }]);
  });

  it("cannot disable, drop or replace the append-only trigger, nor switch triggers off for its session", async () => {
    await expect(asApp(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`)).rejects.toThrow(
      /must be owner of table AuditEvent/,
    );
    await expect(asApp(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
    await expect(asApp(`DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent"`)).rejects.toThrow(/must be owner/);
    await expect(
      asApp(
        `CREATE OR REPLACE FUNCTION "audit_event_append_only"() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql`,
      ),
    ).rejects.toThrow(/permission denied for schema public|must be owner of function/);
    await expect(
      asApp(`CREATE TRIGGER "bypass" BEFORE UPDATE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"()`),
    ).rejects.toThrow(/permission denied/);
    await expect(asApp(`SET session_replication_role = replica`)).rejects.toThrow(/permission denied/);
    await expect(asApp(`DROP TABLE "AuditEvent"`)).rejects.toThrow(/must be owner/);
    const trigger = await asOwner(`SELECT tgenabled FROM pg_trigger WHERE tgname = 'AuditEvent_append_only'`);
    expect(trigger.rows).toEqual([{ tgenabled: "O" }]);
  });

  it("reads and writes the ordinary tables, but cannot create objects or rewrite the migration history", async () => {
    await app.query(
      `INSERT INTO "Unit" (id, code, name, kind, path, depth, "updatedAt") VALUES ('u-app', 'U-APP', 'Đơn vị', 'DEPARTMENT', '/u-app/', 0, now())`,
    );
    await app.query(`UPDATE "Unit" SET name = 'Đơn vị đổi tên' WHERE id = 'u-app'`);
    expect((await app.query(`SELECT name FROM "Unit" WHERE id = 'u-app'`)).rows).toEqual([{ name: "Đơn vị đổi tên" }]);
    await app.query(`DELETE FROM "Unit" WHERE id = 'u-app'`);
    await expect(asApp(`CREATE TABLE "Sneaky" (id int)`)).rejects.toThrow(/permission denied for schema public/);
    await expect(asApp(`DELETE FROM "_prisma_migrations"`)).rejects.toThrow(/permission denied/);
    await expect(asApp(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('x', 'x', 'x')`)).rejects.toThrow(
      /permission denied/,
    );
  });

  it("gets the ordinary rights on a table a later migration creates, through the default privileges", async () => {
    await asOwner(`CREATE TABLE "LaterTable" (id serial PRIMARY KEY, note text)`);
    try {
      await app.query(`INSERT INTO "LaterTable" (note) VALUES ('từ ứng dụng')`);
      expect((await app.query(`SELECT note FROM "LaterTable"`)).rows).toEqual([{ note: "từ ứng dụng" }]);
      await expect(asApp(`TRUNCATE "LaterTable"`)).rejects.toThrow(/permission denied/);
    } finally {
      await asOwner(`DROP TABLE "LaterTable"`);
    }
  });

  it("is enough for the app to open the database and report itself ready", async () => {
    const opened = await openDatabase({ kind: "postgres", url: appUrl });
    try {
      expect(await readiness(async () => opened.db)).toEqual({ ready: true });
      expect(await opened.db.auditEvent.count()).toBeGreaterThanOrEqual(0);
    } finally {
      await opened.close();
    }
  });

  it("runs the job queue that the owner installed, without being able to create anything or touch the audit trail", async () => {
    // The global setup installed pg-boss as `npm run db:migrate` does; the grants above are the roles script's.
    const opened = await openDatabase({ kind: "postgres", url: appUrl });
    const runner = await startPgBossRunner(opened.db, appUrl, { schedule: false });
    try {
      const since = (await asOwner("SELECT now() AS t")).rows[0].t as Date;
      await runner.enqueue("reminders");
      const done = async () =>
        (
          await asOwner(
            `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'reminders' AND state = 'completed' AND created_on >= $1`,
            [since],
          )
        ).rows[0].n as number;
      for (const until = Date.now() + 20_000; (await done()) < 1;) {
        if (Date.now() > until) throw new Error("the job was not processed");
        await new Promise((r) => setTimeout(r, 200));
      }
      const sessions = await asOwner(
        `SELECT DISTINCT usename FROM pg_stat_activity WHERE application_name = 'dot-pha-jobs' AND datname = current_database()`,
      );
      expect(sessions.rows).toEqual([{ usename: appRole }]);
    } finally {
      await runner.stop();
      await opened.close();
    }
    const id = await auditRow();
    await expect(asApp(`UPDATE "AuditEvent" SET action = 'forged' WHERE id = $1`, [id])).rejects.toThrow(
      /permission denied for table AuditEvent/,
    );
    await expect(asApp(`DELETE FROM "AuditEvent" WHERE id = $1`, [id])).rejects.toThrow(/permission denied for table AuditEvent/);
    await expect(asApp(`CREATE TABLE "Sneaky" (id int)`)).rejects.toThrow(/permission denied for schema public/);
    await expect(asApp(`CREATE TABLE pgboss.sneaky (id int)`)).rejects.toThrow(/permission denied for schema pgboss/);
    await expect(asApp(`DROP TABLE pgboss.job`)).rejects.toThrow(/must be owner/);
  });

  it("keeps the audit table's restrictions after the database is restored from a backup", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "roles-restore-"));
    try {
      const target = { kind: "postgres" as const, url: ownerUrl };
      const options = { target, uploadDir: path.join(dir, "uploads"), file: path.join(dir, "backup.tar") };
      await auditRow();
      await createBackup(options);
      await restoreBackup({ ...options, force: true });
      await expect(asApp(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/permission denied for table AuditEvent/);
      await expect(asApp(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied for table AuditEvent/);
      await app.query(
        `INSERT INTO "AuditEvent" (id, action, "entityType", "entityId") VALUES ('after-restore', 'test.event', 'Test', 'z')`,
      );
      expect((await app.query(`SELECT count(*)::int AS n FROM "AuditEvent"`)).rows).toEqual([{ n: 2 }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
