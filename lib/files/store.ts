import { Readable } from "node:stream";

// No "server-only" here: the storage migration (scripts/storage-migrate.ts) and the job runner use the stores
// outside Next. The app reaches them through lib/storage.ts.

/** What a file is written from: its bytes, or a stream of them (read piece by piece, never whole). */
export type FileSource = Uint8Array | AsyncIterable<Uint8Array>;

/**
 * Where evidence files live, shared by every instance (docs/decisions/076): the database by default, or an
 * S3-compatible bucket when STORAGE_URL=s3://… is set. Keys are chosen by the server; a file is written once
 * and never changed.
 */
export interface FileStore {
  readonly kind: "database" | "s3" | "directory";
  /** Writes a new file under `key`; returns its size. */
  put(key: string, source: FileSource): Promise<{ sizeBytes: number }>;
  /** The file's bytes as a stream; FileNotFoundError when there is no such file. */
  get(key: string): Promise<Readable>;
  has(key: string): Promise<boolean>;
  /** Removes the file; a missing file is not an error. */
  delete(key: string): Promise<void>;
}

export class FileNotFoundError extends Error {
  override name = "FileNotFoundError";
  constructor(key: string) {
    super(`No stored file ${key}`);
  }
}

/** The database keeps a file in pieces of this size (256 KB): small enough to hold, large enough to be few. */
export const CHUNK_BYTES = 256 * 1024;

/** Re-cuts a stream of pieces of any size into pieces of exactly `size` bytes (the last may be shorter). */
export async function* rechunk(source: FileSource, size: number): AsyncGenerator<Uint8Array> {
  if (source instanceof Uint8Array) {
    for (let at = 0; at < source.length; at += size) yield source.subarray(at, Math.min(at + size, source.length));
    return;
  }
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  for await (const piece of source) {
    let rest = piece;
    while (pendingBytes + rest.length >= size) {
      const take = size - pendingBytes;
      pending.push(rest.subarray(0, take));
      yield Buffer.concat(pending);
      rest = rest.subarray(take);
      pending = [];
      pendingBytes = 0;
    }
    if (rest.length) {
      pending.push(rest);
      pendingBytes += rest.length;
    }
  }
  if (pendingBytes) yield Buffer.concat(pending);
}

/** Reads a whole stream into one buffer: only for callers that need every byte at once (small files, tests). */
export async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(Buffer.from(part as Uint8Array));
  return Buffer.concat(parts);
}

/** Keys are the server's own names: a key that could name a path or an odd object is refused. */
export function checkKey(key: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/.test(key)) throw new FileNotFoundError(key);
  return key;
}

export { Readable };
