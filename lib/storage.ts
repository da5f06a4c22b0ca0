// No "server-only": the scheduled job (scripts/reminders.ts) removes stale staged files outside Next. It is
// node:fs only, so it can never reach a browser bundle anyway.
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Evidence files live outside public/, under names the server chooses, in UPLOAD_DIR (default
 * ./.data/uploads). Several instances share it by mounting the same volume there.
 */
function uploadDir(): string {
  return path.resolve(process.env.UPLOAD_DIR || ".data/uploads");
}

export async function storeFile(bytes: Uint8Array): Promise<string> {
  const key = randomUUID();
  const dir = uploadDir();
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, key), bytes, { flag: "wx" });
  return key;
}

export async function readStoredFile(key: string): Promise<Buffer> {
  return readFile(path.join(uploadDir(), path.basename(key)));
}

/** Removes files written for a change that did not go through. */
export async function discardFiles(keys: string[]): Promise<void> {
  await Promise.all(keys.map((key) => rm(path.join(uploadDir(), path.basename(key)), { force: true })));
}
