import { execFile as execFileCallback, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { createPglite } from "./pglite";
import pg from "pg";
import type { DatabaseTarget } from "./client";
import { applyApplicationRole } from "./roles";

const execFile = promisify(execFileCallback);

/**
 * One backup is one tar file holding the database dump, every evidence file and a manifest:
 *
 *   manifest.json        format, time, database kind, the row count of every table, size and sha256 of
 *                        the dump and of each file
 *   database.pgdump      PostgreSQL: pg_dump's custom format, taken in the same snapshot as the row counts
 *   database.pglite.tgz  the embedded database: PGlite's data-directory dump
 *   files/<key>          evidence files still under UPLOAD_DIR (before `npm run storage:migrate`)
 *
 * Evidence stored in the database (the default store, docs/decisions/076) is in the dump itself, as rows of
 * "StoredFile" and "StoredFileChunk". Evidence in an S3 bucket (STORAGE_URL=s3://…) is not in the archive:
 * the bucket's versioning or replication backs it up.
 *
 * The database is dumped first, then the files. Evidence files are written before the row that names them
 * is committed and are never changed or deleted afterwards, so every file the dumped rows refer to is already
 * on disk when the files are read: the archive is consistent (a file uploaded during the backup may be in it
 * with no row, which is harmless).
 */
export const BACKUP_FORMAT = "dot-pha-backup/1";

export type BackupManifest = {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  database: { kind: DatabaseTarget["kind"]; file: string; bytes: number; sha256: string };
  /** Row count of every table in schema public, _prisma_migrations included. */
  tables: Record<string, number>;
  files: { name: string; bytes: number; sha256: string }[];
  /** Evidence files the database names but UPLOAD_DIR lacked when the backup was taken. */
  missingFiles: string[];
};

export class BackupError extends Error {
  override name = "BackupError";
}

type Tools = { pgDump: string; pgRestore: string };

/** pg_dump and pg_restore: PG_BIN_DIR, then PATH, then the newest Debian install under /usr/lib/postgresql. */
export function postgresTools(env: NodeJS.ProcessEnv = process.env): Tools {
  const dirs = [
    env.PG_BIN_DIR,
    ...(env.PATH ?? "").split(path.delimiter),
    ...(existsSync("/usr/lib/postgresql")
      ? readdirSync("/usr/lib/postgresql")
          .filter((v) => /^\d+$/.test(v))
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : []),
  ].filter((d): d is string => Boolean(d));
  const find = (name: string) => {
    const dir = dirs.find((d) => existsSync(path.join(d, name)));
    if (!dir) throw new BackupError(`${name} not found: install postgresql-client or set PG_BIN_DIR.`);
    return path.join(dir, name);
  };
  return { pgDump: find("pg_dump"), pgRestore: find("pg_restore") };
}

/** The URL without its password, which travels in PGPASSWORD instead: command lines are visible to `ps`. */
function libpqConnection(url: string) {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  return { dbname: u.toString(), env: { ...process.env, PGPASSWORD: password } };
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** The evidence files' names relative to the upload folder, sorted; none when the folder does not exist. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => statSync(path.join(dir, name)).isFile())
    .map((name) => name.split(path.sep).join("/"))
    .sort();
}

type Query = (sql: string) => Promise<Record<string, unknown>[]>;

const TABLES_SQL = `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;

async function countRows(query: Query): Promise<Record<string, number>> {
  const tables = (await query(TABLES_SQL)).map((r) => String(r.tablename));
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const rows = await query(`SELECT count(*)::int AS n FROM "${table.replaceAll('"', '""')}"`);
    counts[table] = Number(rows[0]!.n);
  }
  return counts;
}

/**
 * The keys of evidence files the backup must find under UPLOAD_DIR: those the database names but does not
 * hold itself (files stored in the database, docs/decisions/076, are in the dump already).
 */
async function storageKeys(query: Query, counts: Record<string, number>): Promise<string[]> {
  if (!("Attachment" in counts)) return [];
  const inDatabase = "StoredFile" in counts ? `WHERE NOT EXISTS (SELECT 1 FROM "StoredFile" f WHERE f.key = a."storageKey")` : "";
  return (await query(`SELECT a."storageKey" AS key FROM "Attachment" a ${inDatabase}`)).map((r) => String(r.key));
}

const pgliteQuery =
  (db: PGlite): Query =>
  async (sql) =>
    (await db.query<Record<string, unknown>>(sql)).rows;

const pgQuery =
  (client: pg.Client): Query =>
  async (sql) =>
    (await client.query(sql)).rows;

/** PGlite keeps postmaster.pid in its folder while a process has it open. */
function embeddedInUse(dataDir: string) {
  return existsSync(path.join(dataDir, "postmaster.pid"));
}

function refuseEmbeddedInUse(dataDir: string, force: boolean | undefined) {
  if (embeddedInUse(dataDir) && !force) {
    throw new BackupError(
      `${dataDir} is open in another process (postmaster.pid): stop the app first. If it is stopped (it crashed), pass --force.`,
    );
  }
}

export async function createBackup(options: {
  target: DatabaseTarget;
  uploadDir: string;
  file: string;
  /** The embedded database: go on although its folder looks open (after a crash). */
  force?: boolean;
}): Promise<BackupManifest> {
  const file = path.resolve(options.file);
  await mkdir(path.dirname(file), { recursive: true });
  const staging = await mkdtemp(path.join(path.dirname(file), ".backup-"));
  try {
    let database: { file: string; counts: Record<string, number>; keys: string[] };
    if (options.target.kind === "postgres") {
      database = await dumpPostgres(options.target.url, staging);
    } else {
      database = await dumpEmbedded(options.target.dataDir, staging, options.force);
    }
    const uploadDir = path.resolve(options.uploadDir);
    const names = listFiles(uploadDir);
    const files = [];
    for (const name of names) {
      const full = path.join(uploadDir, name);
      files.push({ name, bytes: statSync(full).size, sha256: await sha256File(full) });
    }
    const present = new Set(names);
    const dbFile = path.join(staging, database.file);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      database: {
        kind: options.target.kind,
        file: database.file,
        bytes: statSync(dbFile).size,
        sha256: await sha256File(dbFile),
      },
      tables: database.counts,
      files,
      missingFiles: database.keys.filter((key) => !present.has(key)).sort(),
    };
    await writeFile(path.join(staging, "manifest.json"), JSON.stringify(manifest, null, 2));
    // The files are read in place through a link, not copied; -h follows it.
    await symlink(uploadDir, path.join(staging, "files"));
    await writeFile(
      path.join(staging, ".list"),
      ["manifest.json", database.file, ...names.map((n) => `files/${n}`)].join("\n") + "\n",
    );
    const partial = `${file}.partial`;
    await execFile("tar", ["-chf", partial, "-C", staging, "--no-recursion", "-T", ".list"], { cwd: staging });
    // Under its final name only when whole.
    await rename(partial, file);
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function dumpPostgres(url: string, staging: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // The row counts and pg_dump read the same snapshot, so the manifest describes exactly the dump.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const snapshot = String((await client.query("SELECT pg_export_snapshot() AS s")).rows[0].s);
    const counts = await countRows(pgQuery(client));
    const keys = await storageKeys(pgQuery(client), counts);
    const { dbname, env } = libpqConnection(url);
    const out = "database.pgdump";
    await execFile(
      postgresTools().pgDump,
      ["--format=custom", `--snapshot=${snapshot}`, `--file=${path.join(staging, out)}`, `--dbname=${dbname}`],
      {
        env,
      },
    ).catch((error: { stderr?: string }) => {
      throw new BackupError(`pg_dump failed: ${error.stderr?.trim() || String(error)}`);
    });
    await client.query("COMMIT");
    return { file: out, counts, keys };
  } finally {
    await client.end();
  }
}

async function dumpEmbedded(dataDir: string, staging: string, force?: boolean) {
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) throw new BackupError(`No embedded database at ${dataDir}.`);
  refuseEmbeddedInUse(dataDir, force);
  const db = createPglite(dataDir);
  try {
    await db.waitReady;
    const counts = await countRows(pgliteQuery(db));
    const keys = await storageKeys(pgliteQuery(db), counts);
    const dump = await db.dumpDataDir("gzip");
    const out = "database.pglite.tgz";
    await writeFile(path.join(staging, out), Buffer.from(await dump.arrayBuffer()));
    return { file: out, counts, keys };
  } finally {
    await db.close();
  }
}

/** Unpacks a backup into a new temporary folder after checking that it holds only what a backup holds. */
async function unpack(file: string): Promise<{ dir: string; manifest: BackupManifest }> {
  if (!existsSync(file)) throw new BackupError(`No such backup: ${file}`);
  const { stdout } = await execFile("tar", ["-tvf", file], { maxBuffer: 256 * 1024 * 1024 }).catch(() => {
    throw new BackupError(`${file} is not a readable tar archive.`);
  });
  for (const line of stdout.split("\n").filter(Boolean)) {
    const name = line.split(/\s+/).slice(5).join(" ");
    const regular = line.startsWith("-");
    const allowed = /^(manifest\.json|database\.pgdump|database\.pglite\.tgz|files\/(?!(.*\/)?\.\.(\/|$))[^\0]+)$/.test(name);
    if (!regular || !allowed) throw new BackupError(`Unexpected entry in the backup: ${name}`);
  }
  const dir = await mkdtemp(path.join(path.dirname(path.resolve(file)), ".restore-"));
  await execFile("tar", ["-xf", path.resolve(file), "-C", dir, "--no-same-owner", "--no-same-permissions"]);
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8")) as BackupManifest;
  } catch {
    await rm(dir, { recursive: true, force: true });
    throw new BackupError("The backup has no readable manifest.json.");
  }
  // The manifest's names become paths on restore: none may leave the upload folder.
  const safe = (name: unknown) =>
    typeof name === "string" && name.split("/").every((part) => /^[\w.-]+$/.test(part) && part !== "." && part !== "..");
  const problem =
    manifest.format !== BACKUP_FORMAT
      ? `Unknown backup format: ${String(manifest.format)}`
      : !["database.pgdump", "database.pglite.tgz"].includes(manifest.database?.file)
        ? "The manifest names no database dump."
        : !Array.isArray(manifest.files) || !manifest.files.every((f) => safe(f?.name))
          ? "The manifest names a file outside the upload folder."
          : null;
  if (problem) {
    await rm(dir, { recursive: true, force: true });
    throw new BackupError(problem);
  }
  return { dir, manifest };
}

/** Row counts per table of the data in a pg_dump archive, read from its COPY blocks without a server. */
async function countRowsInPgDump(dump: string): Promise<Record<string, number>> {
  const child = spawn(postgresTools().pgRestore, ["--data-only", "--file=-", dump], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += String(chunk)));
  const counts: Record<string, number> = {};
  let table: string | null = null;
  for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
    if (table === null) {
      const copy = /^COPY public\.("(?:[^"]|"")+"|\w+) .* FROM stdin;$/.exec(line);
      if (copy) {
        table = copy[1]!.startsWith('"') ? copy[1]!.slice(1, -1).replaceAll('""', '"') : copy[1]!;
        counts[table] = 0;
      }
    } else if (line === "\\.") {
      table = null;
    } else {
      counts[table] = (counts[table] ?? 0) + 1;
    }
  }
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new BackupError(`pg_restore cannot read the dump: ${stderr.trim()}`);
  return counts;
}

async function countRowsInPgliteDump(dump: string): Promise<Record<string, number>> {
  const db = createPglite(undefined, { loadDataDir: new Blob([await readFile(dump)]) });
  try {
    await db.waitReady;
    return await countRows(pgliteQuery(db));
  } finally {
    await db.close();
  }
}

export type Verification = { ok: boolean; problems: string[]; manifest: BackupManifest };

/**
 * Checks a backup against its manifest: the dump's and every file's size and sha256, no file missing or
 * extra, and the dump read back (without touching any database) holding the row counts the manifest states.
 */
export async function verifyBackup(file: string): Promise<Verification> {
  const { dir, manifest } = await unpack(file);
  try {
    return { ...(await verifyUnpacked(dir, manifest)), manifest };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function verifyUnpacked(
  dir: string,
  manifest: BackupManifest,
  readDump = true,
): Promise<{ ok: boolean; problems: string[] }> {
  const problems: string[] = [];
  const check = async (name: string, bytes: number, sha256: string) => {
    const full = path.join(dir, name);
    if (!existsSync(full)) return void problems.push(`missing: ${name}`);
    if (statSync(full).size !== bytes) return void problems.push(`size differs: ${name}`);
    if ((await sha256File(full)) !== sha256) problems.push(`checksum differs: ${name}`);
  };
  await check(manifest.database.file, manifest.database.bytes, manifest.database.sha256);
  for (const f of manifest.files) await check(`files/${f.name}`, f.bytes, f.sha256);
  const listed = new Set(manifest.files.map((f) => f.name));
  for (const name of listFiles(path.join(dir, "files")))
    if (!listed.has(name)) problems.push(`not in the manifest: files/${name}`);
  if (!problems.length && readDump) {
    const dump = path.join(dir, manifest.database.file);
    try {
      const counts = manifest.database.kind === "postgres" ? await countRowsInPgDump(dump) : await countRowsInPgliteDump(dump);
      for (const [table, n] of Object.entries(manifest.tables)) {
        if ((counts[table] ?? 0) !== n) problems.push(`rows of ${table}: manifest ${n}, dump ${counts[table] ?? 0}`);
      }
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return { ok: problems.length === 0, problems };
}

export type RestoreResult = { manifest: BackupManifest; movedAside?: string };

/**
 * Restores a backup into the target database and upload folder. It verifies the backup first, refuses a
 * target that holds any row or any file unless `force` (which replaces them), and checks afterwards that
 * every table has the manifest's row count and every file its checksum.
 */
export async function restoreBackup(options: {
  target: DatabaseTarget;
  uploadDir: string;
  file: string;
  force?: boolean;
}): Promise<RestoreResult> {
  const { dir, manifest } = await unpack(options.file);
  try {
    // Reading an embedded dump back means booting it, which the restore does next anyway (and then counts).
    const verification = await verifyUnpacked(dir, manifest, manifest.database.kind === "postgres");
    if (!verification.ok)
      throw new BackupError(`The backup does not match its manifest:\n  ${verification.problems.join("\n  ")}`);
    if (manifest.database.kind !== options.target.kind) {
      throw new BackupError(`This is a backup of the ${manifest.database.kind} database; the target is ${options.target.kind}.`);
    }
    const uploadDir = path.resolve(options.uploadDir);
    const existingFiles = listFiles(uploadDir);
    const dump = path.join(dir, manifest.database.file);
    let result: RestoreResult;
    if (options.target.kind === "postgres") {
      const url = options.target.url;
      const rows = await withPg(url, async (q) => userRows(await countRows(q)));
      refuseNonEmpty(rows, existingFiles.length, options.force);
      await restorePostgres(url, dump);
      result = { manifest };
      await checkCounts(manifest, await withPg(url, countRows));
    } else {
      const dataDir = options.target.dataDir;
      let rows = 0;
      if (existsSync(dataDir) && readdirSync(dataDir).length) {
        refuseEmbeddedInUse(dataDir, options.force);
        rows = existsSync(path.join(dataDir, "PG_VERSION"))
          ? await withPglite(dataDir, async (q) => userRows(await countRows(q)))
          : 1;
      }
      refuseNonEmpty(rows, existingFiles.length, options.force);
      let movedAside: string | undefined;
      if (existsSync(dataDir)) {
        // Kept rather than deleted: renaming is instant, and the previous data is one `mv` away.
        movedAside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
        await rename(dataDir, movedAside);
      }
      await mkdir(path.dirname(dataDir), { recursive: true });
      const db = createPglite(dataDir, { loadDataDir: new Blob([await readFile(dump)]) });
      try {
        await db.waitReady;
        await checkCounts(manifest, await countRows(pgliteQuery(db)));
      } finally {
        await db.close();
      }
      result = { manifest, movedAside };
    }
    await restoreFiles(dir, uploadDir, manifest, existingFiles);
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Rows of data: a freshly migrated database, whose only rows are its migration history, counts as empty. */
function userRows(counts: Record<string, number>) {
  return Object.entries(counts).reduce((sum, [table, n]) => (table === "_prisma_migrations" ? sum : sum + n), 0);
}

function refuseNonEmpty(rows: number, files: number, force?: boolean) {
  if ((rows > 0 || files > 0) && !force) {
    throw new BackupError(
      `The target is not empty (${rows} row(s) in the database, ${files} evidence file(s)). ` +
        "Restoring replaces them: pass --force to do so.",
    );
  }
}

async function withPg<T>(url: string, run: (q: Query) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(pgQuery(client));
  } finally {
    await client.end();
  }
}

async function withPglite<T>(dataDir: string, run: (q: Query) => Promise<T>): Promise<T> {
  const db = createPglite(dataDir);
  try {
    await db.waitReady;
    return await run(pgliteQuery(db));
  } finally {
    await db.close();
  }
}

async function restorePostgres(url: string, dump: string) {
  const { dbname, env } = libpqConnection(url);
  // --clean drops what the dump creates before creating it, all in one transaction: on failure nothing
  // changes. Owners and grants are the target's: the restoring role owns the objects, and the application
  // role's grants are applied again below.
  await execFile(
    postgresTools().pgRestore,
    ["--clean", "--if-exists", "--no-owner", "--no-acl", "--single-transaction", "--exit-on-error", `--dbname=${dbname}`, dump],
    { env, maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { stderr?: string }) => {
    throw new BackupError(`pg_restore failed: ${error.stderr?.trim() || String(error)}`);
  });
  // The roles that scripts/db-roles.sql set up are the grantees of the owner's default privileges in schema
  // public; the restored tables were created without their audit-table restrictions, so apply them again.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const grantees = await client.query<{ role: string }>(
      `SELECT DISTINCT r.rolname AS role
         FROM pg_default_acl d
         JOIN pg_namespace n ON n.oid = d.defaclnamespace AND n.nspname = 'public'
         CROSS JOIN LATERAL aclexplode(d.defaclacl) a
         JOIN pg_roles r ON r.oid = a.grantee
        WHERE a.grantee <> d.defaclrole`,
    );
    for (const { role } of grantees.rows) await applyApplicationRole(client, { role });
  } finally {
    await client.end();
  }
}

async function checkCounts(manifest: BackupManifest, counts: Record<string, number>) {
  const wrong = Object.entries(manifest.tables).filter(([table, n]) => counts[table] !== n);
  if (wrong.length) {
    throw new BackupError(
      `The restored database differs from the backup: ${wrong.map(([t, n]) => `${t} ${counts[t] ?? "missing"} (expected ${n})`).join(", ")}`,
    );
  }
}

async function restoreFiles(dir: string, uploadDir: string, manifest: BackupManifest, existing: string[]) {
  await mkdir(uploadDir, { recursive: true });
  const wanted = new Set(manifest.files.map((f) => f.name));
  // Only reached with --force when files exist: those the backup does not have go.
  for (const name of existing) if (!wanted.has(name)) await rm(path.join(uploadDir, name), { force: true });
  for (const f of manifest.files) {
    const to = path.join(uploadDir, f.name);
    await mkdir(path.dirname(to), { recursive: true });
    await copyFile(path.join(dir, "files", f.name), to);
    if ((await sha256File(to)) !== f.sha256) throw new BackupError(`Restored file differs from the backup: ${f.name}`);
  }
}
