import { createReadStream } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { directoryFileStore } from "./directory-store";
import type { FileStore } from "./store";

export type MigrationResult = { copied: number; skipped: number; bytes: number };

/**
 * Copies every file under the old upload folder into `target` under the same key, streamed. Idempotent: a
 * key the target already has is skipped, so it can be run again after an interruption, and while the app
 * runs. Only files that an attachment names are copied (anything else in the folder is not evidence); the
 * folder is left as it was, to be removed by hand once the copy is checked.
 */
export async function migrateUploadDir(db: Db, dir: string, target: FileStore, log: (line: string) => void = () => {}) {
  const source = directoryFileStore(dir);
  const keys = source.keys();
  const named = new Set(
    (await db.attachment.findMany({ where: { storageKey: { in: keys } }, select: { storageKey: true } })).map(
      (a) => a.storageKey,
    ),
  );
  const result: MigrationResult = { copied: 0, skipped: 0, bytes: 0 };
  for (const key of keys) {
    if (!named.has(key) || (await target.has(key))) {
      result.skipped++;
      continue;
    }
    const { sizeBytes } = await target.put(key, createReadStream(path.join(path.resolve(dir), key)));
    result.copied++;
    result.bytes += sizeBytes;
    log(`copied ${key} (${sizeBytes} bytes)`);
  }
  return result;
}
