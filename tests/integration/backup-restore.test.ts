import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { createPglite } from "@/lib/db/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { getDb, setDb, type DatabaseTarget } from "@/lib/db/client";
import { createBackup, restoreBackup, verifyBackup } from "@/lib/db/backup";
import { databaseFileStore } from "@/lib/files/database-store";
import { readAll } from "@/lib/files";
import * as f from "@/tests/factories";

/**
 * The restore drill, on whichever database the project runs: fill a database and an upload folder, back them
 * up, wipe both, restore, and find every table with the same number of rows and every evidence file with
 * the same checksum. On PostgreSQL it uses the test database itself (pg_dump / pg_restore); on PGlite, a data
 * folder of its own, closed while it is backed up and restored, as the app must be stopped.
 */
const onPostgres = process.env.TEST_DB === "postgres";
const work = mkdtempSync(path.join(tmpdir(), "restore-drill-"));
const uploadDir = path.join(work, "uploads");
const dataDir = path.join(work, "pglite");
const backupFile = path.join(work, "backup.tar");
const target: DatabaseTarget = onPostgres
  ? { kind: "postgres", url: process.env.TEST_DATABASE_URL! }
  : { kind: "embedded", dataDir };

let original: PrismaClient;
let pglite: PGlite | undefined;

/** The database the factories write to: the shared test database, or the drill's own PGlite folder. */
async function open(): Promise<PrismaClient> {
  if (onPostgres) return original;
  pglite = createPglite(dataDir);
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  setDb(db);
  return db;
}

async function close(db: PrismaClient) {
  if (onPostgres) return;
  await db.$disconnect();
  await pglite!.close();
  setDb(original);
}

async function rowCounts(db: PrismaClient) {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const counts: Record<string, number> = {};
  for (const { tablename } of tables) {
    const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${Prisma.raw(`"${tablename}"`)}`;
    counts[tablename] = row!.n;
  }
  return counts;
}

function fileChecksums() {
  return Object.fromEntries(
    readdirSync(uploadDir)
      .sort()
      .map((name) => [
        name,
        createHash("sha256")
          .update(readFileSync(path.join(uploadDir, name)))
          .digest("hex"),
      ]),
  );
}

async function fill(db: PrismaClient) {
  const { province, department } = await f.createProvince();
  const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: province.id }] });
  const supervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: province.id }] });
  const cadre = await f.createCadre({ unitId: department.id, managedById: province.id });
  const round = await f.createRound({ assigningBodyId: province.id });
  await f.createRegistration({ roundId: round.id, cadreId: cadre.id, status: "SUBMITTED" });
  const task = await f.createTask({ roundId: round.id, cadre, supervisorId: supervisor.id, assignedById: standing.id });
  mkdirSync(uploadDir, { recursive: true });
  for (let i = 0; i < 4; i++) {
    const key = `${i}-${randomBytes(8).toString("hex")}`;
    const bytes = randomBytes(2_000 + i * 50_000);
    writeFileSync(path.join(uploadDir, key), bytes);
    await db.attachment.create({
      data: {
        taskId: task.id,
        fileName: `minh-chứng-${i}.pdf`,
        mimeType: "application/pdf",
        sizeBytes: bytes.length,
        storageKey: key,
        uploadedById: supervisor.id,
      },
    });
  }
  // Evidence in the default store, the database: it travels in the dump.
  for (let i = 0; i < 2; i++) {
    const key = `db-${i}-${randomBytes(8).toString("hex")}`;
    const bytes = randomBytes(300_000 + i * 1000);
    await databaseFileStore(db).put(key, bytes);
    await db.attachment.create({
      data: {
        taskId: task.id,
        fileName: `trong-csdl-${i}.pdf`,
        mimeType: "application/pdf",
        sizeBytes: bytes.length,
        storageKey: key,
        uploadedById: supervisor.id,
      },
    });
  }
  for (let i = 0; i < 5; i++) {
    await db.auditEvent.create({
      data: {
        actorId: standing.id,
        actorRole: "STANDING_COMMITTEE",
        action: "task.assign",
        entityType: "Task",
        entityId: task.id,
        data: { i },
      },
    });
  }
}

/** Removes the database's content and the upload folder, as a lost server would. */
async function wipe() {
  rmSync(uploadDir, { recursive: true, force: true });
  if (onPostgres) {
    await original.$executeRaw`DROP SCHEMA public CASCADE`;
    await original.$executeRaw`CREATE SCHEMA public`;
  } else {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

let before: {
  counts: Record<string, number>;
  files: Record<string, string>;
  stored: Record<string, string>;
  audit: unknown[];
};

/** The checksum of every file the database store holds, by key. */
async function storedChecksums(db: PrismaClient) {
  const store = databaseFileStore(db);
  const keys = (await db.storedFile.findMany({ orderBy: { key: "asc" } })).map((s) => s.key);
  const sums: Record<string, string> = {};
  for (const key of keys)
    sums[key] = createHash("sha256")
      .update(await readAll(await store.get(key)))
      .digest("hex");
  return sums;
}

beforeAll(async () => {
  original = await getDb();
  if (!onPostgres) {
    // The migrated template every PGlite test file starts from, loaded into a folder of the drill's own.
    const seed = createPglite(dataDir, { loadDataDir: new Blob([readFileSync(inject("pgliteDump"))]) });
    await seed.close();
  }
});

/** Fills the database here rather than in beforeAll: the shared setup empties the test database before each test. */
async function fillAndRecord() {
  const db = await open();
  try {
    await fill(db);
    before = {
      counts: await rowCounts(db),
      files: fileChecksums(),
      stored: await storedChecksums(db),
      audit: await db.auditEvent.findMany({ orderBy: { id: "asc" } }),
    };
  } finally {
    await close(db);
  }
}

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("the restore drill", () => {
  it("backs up, wipes, restores, and finds every table's row count and every evidence file's checksum again", async () => {
    await fillAndRecord();
    expect(Object.keys(before.counts).length).toBeGreaterThan(20);
    expect(before.counts.Attachment).toBe(6);
    expect(Object.keys(before.stored)).toHaveLength(2);
    expect(before.counts.AuditEvent).toBe(5);
    expect(Object.keys(before.files)).toHaveLength(4);

    const manifest = await createBackup({ target, uploadDir, file: backupFile });
    expect(manifest.tables).toEqual(before.counts);
    expect(manifest.missingFiles).toEqual([]);
    expect(Object.fromEntries(manifest.files.map((file) => [file.name, file.sha256]))).toEqual(before.files);
    expect(await verifyBackup(backupFile)).toMatchObject({ ok: true, problems: [] });

    await wipe();
    expect(existsSync(uploadDir)).toBe(false);
    await restoreBackup({ target, uploadDir, file: backupFile });

    expect(fileChecksums()).toEqual(before.files);
    const db = await open();
    try {
      expect(await rowCounts(db)).toEqual(before.counts);
      expect(await storedChecksums(db)).toEqual(before.stored);
      expect(await db.auditEvent.findMany({ orderBy: { id: "asc" } })).toEqual(before.audit);
      // The restored audit table is still append-only.
      await expect(db.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    } finally {
      await close(db);
    }
  }, 120_000);

  // This and the next test use the first one's backup.
  it("refuses to restore over a database that holds data, or over evidence files, unless forced", async () => {
    rmSync(uploadDir, { recursive: true, force: true });
    const db = await open();
    try {
      // PostgreSQL's test database was emptied before this test; one row is enough to refuse.
      if (!(await db.unit.count())) await f.createUnit();
    } finally {
      await close(db);
    }
    await expect(restoreBackup({ target, uploadDir, file: backupFile })).rejects.toThrow(
      /not empty \(\d+ row\(s\) in the database, 0 evidence file\(s\)\).*--force/s,
    );
    await restoreBackup({ target, uploadDir, file: backupFile, force: true });
    expect(fileChecksums()).toEqual(before.files);
    const restored = await open();
    try {
      expect(await rowCounts(restored)).toEqual(before.counts);
    } finally {
      await close(restored);
    }
    writeFileSync(path.join(uploadDir, "stray"), "x");
    await expect(restoreBackup({ target, uploadDir, file: backupFile, force: false })).rejects.toThrow(
      /, 5 evidence file\(s\)\)/,
    );
  }, 120_000);

  it("finds a backup whose evidence file was altered after it was written", async () => {
    const archive = readFileSync(backupFile);
    const victim = readFileSync(path.join(uploadDir, Object.keys(before.files)[3]!));
    const at = archive.indexOf(victim.subarray(0, 64));
    expect(at).toBeGreaterThan(0);
    archive[at + 10] = archive[at + 10]! ^ 0xff;
    const tampered = path.join(work, "tampered.tar");
    writeFileSync(tampered, archive);
    const result = await verifyBackup(tampered);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([`checksum differs: files/${Object.keys(before.files)[3]}`]);
    await expect(restoreBackup({ target, uploadDir, file: tampered, force: true })).rejects.toThrow(
      /does not match its manifest/,
    );
  }, 60_000);

  it("refuses a backup whose manifest names a file outside the upload folder", async () => {
    const crafted = path.join(work, "crafted");
    mkdirSync(crafted);
    writeFileSync(path.join(crafted, "database.pglite.tgz"), "x");
    writeFileSync(
      path.join(crafted, "manifest.json"),
      JSON.stringify({
        format: "dot-pha-backup/1",
        database: { kind: target.kind, file: "database.pglite.tgz", bytes: 1, sha256: "" },
        tables: {},
        files: [{ name: "../../escaped", bytes: 1, sha256: "" }],
        missingFiles: [],
      }),
    );
    const file = path.join(work, "crafted.tar");
    execFileSync("tar", ["-cf", file, "-C", crafted, "manifest.json", "database.pglite.tgz"]);
    await expect(verifyBackup(file)).rejects.toThrow(/outside the upload folder/);
    await expect(restoreBackup({ target, uploadDir, file, force: true })).rejects.toThrow(/outside the upload folder/);
  });
});
