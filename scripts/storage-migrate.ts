// Copies the evidence files of the old upload folder (UPLOAD_DIR, default ./.data/uploads) into the store
// every instance shares: the database, or the bucket named by STORAGE_URL=s3://…. Idempotent; the folder
// is left in place. Run once when upgrading: `npm run storage:migrate`.
import { openDatabase } from "@/lib/db/client";
import { configuredFileStore, describeFileStore } from "@/lib/files";
import { uploadDir } from "@/lib/files/directory-store";
import { migrateUploadDir } from "@/lib/files/migrate";

async function main() {
  const { db, close } = await openDatabase();
  try {
    const dir = uploadDir();
    const result = await migrateUploadDir(db, dir, configuredFileStore(db), (line) => console.log(line));
    console.log(
      `storage:migrate: ${result.copied} file(s) copied (${result.bytes} bytes) from ${dir} into ${describeFileStore()}, ${result.skipped} skipped`,
    );
  } finally {
    await close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
