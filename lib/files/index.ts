import type { Db } from "@/lib/db/client";
import { databaseFileStore } from "./database-store";
import { parseS3Url, s3FileStore } from "./s3-store";
import type { FileStore } from "./store";

export * from "./store";

/** The configured store: an S3-compatible bucket when STORAGE_URL=s3://… is set, else the database. */
export function configuredFileStore(db: Db, env: Record<string, string | undefined> = process.env): FileStore {
  const url = env.STORAGE_URL?.trim();
  if (!url || url === "database") return databaseFileStore(db);
  if (url.startsWith("s3://")) return s3FileStore(parseS3Url(url));
  throw new Error(`STORAGE_URL must be "database" or s3://bucket?endpoint=… (got "${url.split(":")[0]}:…").`);
}

/** What the configured store is, for logs (without credentials). */
export function describeFileStore(env: Record<string, string | undefined> = process.env): string {
  const url = env.STORAGE_URL?.trim();
  if (!url || url === "database") return "the database";
  const s3 = parseS3Url(url);
  return `s3://${s3.bucket}/${s3.prefix}${s3.endpoint ? ` at ${s3.endpoint}` : ""}`;
}
