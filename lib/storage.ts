// No "server-only": the scheduled job (scripts/reminders.ts) removes stale staged files outside Next. It is
// node:fs only, so it can never reach a browser bundle anyway.
import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { getDb } from "@/lib/db/client";
import { configuredFileStore, readAll, type FileSource, type FileStore } from "@/lib/files";

/**
 * Evidence files, under names the server chooses, in the store every instance shares (docs/decisions/076):
 * the database by default, or an S3-compatible bucket when STORAGE_URL=s3://… is set. This module is the
 * app's one way in; the stores themselves are in lib/files.
 */
const stores = new WeakMap<object, FileStore>();

export async function fileStore(): Promise<FileStore> {
  const db = await getDb();
  let store = stores.get(db);
  if (!store) stores.set(db, (store = configuredFileStore(db)));
  return store;
}

/** Stores a new file (its bytes or a stream of them) and returns its key. */
export async function storeFile(source: FileSource): Promise<string> {
  const key = randomUUID();
  await (await fileStore()).put(key, source);
  return key;
}

/** A stored file as a stream (FileNotFoundError when missing): for responses, never held whole. */
export async function openStoredFile(key: string): Promise<Readable> {
  return (await fileStore()).get(key);
}

/** A stored file's bytes at once: only for small files or callers that need them whole. */
export async function readStoredFile(key: string): Promise<Buffer> {
  return readAll(await openStoredFile(key));
}

/** Removes files written for a change that did not go through. */
export async function discardFiles(keys: string[]): Promise<void> {
  const store = await fileStore();
  await Promise.all(keys.map((key) => store.delete(key)));
}
