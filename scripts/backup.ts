// Backup and restore of the database (embedded or PostgreSQL, by DATABASE_URL) with the evidence files:
//   npm run db:backup  -- <file> [--force]      one tar: the dump, UPLOAD_DIR's files, a manifest
//   npm run db:restore -- <file> [--force]      refuses a target with any row or file unless --force
//   npm run db:verify  -- <file>                checks a backup against its manifest (also: --verify <file>)
// The embedded database must not be open in a running app while this runs (stop it first).
import path from "node:path";
import { databaseTarget, describeTarget, messageOf } from "@/lib/db/client";
import { BackupError, createBackup, restoreBackup, verifyBackup, type BackupManifest } from "@/lib/db/backup";

const uploadDir = () => path.resolve(process.env.UPLOAD_DIR || ".data/uploads");

function summary(m: BackupManifest) {
  const rows = Object.values(m.tables).reduce((a, b) => a + b, 0);
  const bytes = m.files.reduce((a, f) => a + f.bytes, 0);
  return `${m.database.kind} database of ${Object.keys(m.tables).length} tables and ${rows} rows, ${m.files.length} evidence file(s) of ${bytes} bytes, taken ${m.createdAt}`;
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const force = rest.includes("--force");
  const verifyOnly = command === "verify" || rest.includes("--verify");
  const file = rest.find((a) => !a.startsWith("--"));
  if (!file || !["backup", "restore", "verify"].includes(command ?? "")) {
    console.error("Usage: npm run db:backup -- <file> | npm run db:restore -- <file> [--force] | npm run db:verify -- <file>");
    process.exit(2);
  }
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  if (verifyOnly) {
    const result = await verifyBackup(file);
    if (!result.ok) {
      console.error(`${file} does NOT match its manifest:\n  ${result.problems.join("\n  ")}`);
      process.exit(1);
    }
    console.log(`${file} is whole: ${summary(result.manifest)} (checked in ${seconds()} s).`);
    return;
  }
  const target = databaseTarget();
  if (command === "backup") {
    const manifest = await createBackup({ target, uploadDir: uploadDir(), file, force });
    console.log(`Backed up ${describeTarget(target)} and ${uploadDir()} to ${file} in ${seconds()} s: ${summary(manifest)}.`);
    if (manifest.missingFiles.length) {
      console.warn(
        `Warning: ${manifest.missingFiles.length} evidence file(s) named in the database were already missing: ${manifest.missingFiles.join(", ")}`,
      );
    }
    return;
  }
  const result = await restoreBackup({ target, uploadDir: uploadDir(), file, force });
  console.log(
    `Restored ${file} into ${describeTarget(target)} and ${uploadDir()} in ${seconds()} s: ${summary(result.manifest)}.`,
  );
  if (result.movedAside) console.log(`The previous embedded database was kept at ${result.movedAside}.`);
}

main().catch((error) => {
  console.error(`\n${error instanceof BackupError ? error.message : `Backup command failed: ${messageOf(error)}`}\n`);
  process.exit(1);
});
