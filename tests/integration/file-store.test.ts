import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import S3rver from "s3rver";
import { getDb } from "@/lib/db/client";
import { configuredFileStore, CHUNK_BYTES, FileNotFoundError, readAll, type FileStore } from "@/lib/files";
import { databaseFileStore } from "@/lib/files/database-store";
import { migrateUploadDir } from "@/lib/files/migrate";
import { parseS3Url, s3FileStore } from "@/lib/files/s3-store";
import * as f from "@/tests/factories";

/**
 * The stores every instance shares (docs/decisions/076): the database (the default; run on PGlite and on
 * PostgreSQL) and an S3-compatible bucket, here a real S3-protocol server (s3rver) started by the test.
 */
const TEN_MB = 10 * 1024 * 1024;
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** A 10 MB file arriving as 64 KB pieces, as an upload's stream does: never one buffer on the way in. */
function* pieces(bytes: Buffer, size = 64 * 1024) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}
async function* streamOf(bytes: Buffer) {
  yield* pieces(bytes);
}

/** Reads a stream piece by piece, recording the largest piece: the store hands the file out in chunks. */
async function drain(stream: AsyncIterable<unknown>) {
  const hash = createHash("sha256");
  let largest = 0;
  let count = 0;
  let size = 0;
  for await (const piece of stream) {
    const bytes = piece as Buffer;
    hash.update(bytes);
    largest = Math.max(largest, bytes.length);
    size += bytes.length;
    count++;
  }
  return { sha256: hash.digest("hex"), largest, count, size };
}

function storeContract(name: string, open: () => Promise<FileStore>, chunked: boolean) {
  describe(name, () => {
    it("stores a 10 MB file from a stream and reads it back, byte for byte, as a stream", async () => {
      const store = await open();
      const bytes = randomBytes(TEN_MB);
      const key = `ten-${randomBytes(4).toString("hex")}`;
      expect(await store.put(key, streamOf(bytes))).toEqual({ sizeBytes: TEN_MB });
      expect(await store.has(key)).toBe(true);
      const read = await drain(await store.get(key));
      expect(read.size).toBe(TEN_MB);
      expect(read.sha256).toBe(sha(bytes));
      if (chunked) {
        // Handed out 256 KB at a time: 40 chunks, none larger.
        expect(read.largest).toBeLessThanOrEqual(CHUNK_BYTES);
        expect(read.count).toBeGreaterThanOrEqual(TEN_MB / CHUNK_BYTES);
      }
    }, 120_000);

    it("stores small files from bytes, including an empty one", async () => {
      const store = await open();
      const small = randomBytes(1234);
      await store.put("small-1", small);
      await store.put("empty-1", new Uint8Array());
      expect(sha(await readAll(await store.get("small-1")))).toBe(sha(small));
      expect((await readAll(await store.get("empty-1"))).length).toBe(0);
    });

    it("deletes a file, after which it is not found, and deleting it again is no error", async () => {
      const store = await open();
      await store.put("to-delete", randomBytes(CHUNK_BYTES * 2 + 5));
      await store.delete("to-delete");
      expect(await store.has("to-delete")).toBe(false);
      await expect(store.get("to-delete")).rejects.toBeInstanceOf(FileNotFoundError);
      await store.delete("to-delete");
    });

    it("answers not found for a key it never stored, and for a key that could name a path", async () => {
      const store = await open();
      await expect(store.get("never-stored")).rejects.toBeInstanceOf(FileNotFoundError);
      expect(await store.has("never-stored")).toBe(false);
      await expect(store.get("../etc/passwd")).rejects.toBeInstanceOf(FileNotFoundError);
    });
  });
}

storeContract("the database file store", async () => databaseFileStore(await getDb()), true);

describe("the database file store's rows", () => {
  it("keeps a 10 MB file in 40 chunk rows of at most 256 KB, and a failed write leaves no chunk behind", async () => {
    const db = await getDb();
    const store = databaseFileStore(db);
    await store.put("rows", streamOf(randomBytes(TEN_MB)));
    expect(await db.storedFile.findUnique({ where: { key: "rows" } })).toMatchObject({ sizeBytes: TEN_MB, chunkCount: 40 });
    const [sizes] = await db.$queryRaw<{ n: number; largest: number }[]>`
      SELECT count(*)::int AS n, max(octet_length(bytes))::int AS largest FROM "StoredFileChunk" WHERE key = 'rows'`;
    expect(sizes).toEqual({ n: 40, largest: CHUNK_BYTES });

    async function* failing() {
      yield randomBytes(CHUNK_BYTES * 3);
      throw new Error("the client went away");
    }
    await expect(store.put("broken", failing())).rejects.toThrow("the client went away");
    expect(await db.storedFileChunk.count({ where: { key: "broken" } })).toBe(0);
    expect(await store.has("broken")).toBe(false);
  }, 120_000);

  it("is the configured store when STORAGE_URL is unset", async () => {
    expect(configuredFileStore(await getDb(), {}).kind).toBe("database");
  });
});

describe("the S3 file store", () => {
  let server: S3rver;
  let url = "";
  const dir = mkdtempSync(path.join(tmpdir(), "s3rver-"));

  beforeAll(async () => {
    server = new S3rver({
      port: 0,
      address: "127.0.0.1",
      silent: true,
      directory: dir,
      configureBuckets: [{ name: "evidence" }],
    });
    const address = (await server.run()) as AddressInfo;
    // s3rver accepts its own fixed credentials.
    url = `s3://S3RVER:S3RVER@evidence/dot-pha?endpoint=http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("reads its location from STORAGE_URL", () => {
    expect(parseS3Url("s3://K:S%2F@bucket/a/b?endpoint=http://minio:9000&region=ap-southeast-1")).toEqual({
      bucket: "bucket",
      prefix: "a/b/",
      endpoint: "http://minio:9000",
      region: "ap-southeast-1",
      forcePathStyle: true,
      credentials: { accessKeyId: "K", secretAccessKey: "S/" },
    });
  });

  storeContract("against an S3-protocol server", async () => s3FileStore(parseS3Url(url)), false);

  it("is the configured store when STORAGE_URL=s3://… is set, under the URL's prefix", async () => {
    const store = configuredFileStore(await getDb(), { STORAGE_URL: url });
    expect(store.kind).toBe("s3");
    await store.put("configured", randomBytes(10));
    expect(await s3FileStore(parseS3Url(url.replace("/dot-pha?", "/other?"))).has("configured")).toBe(false);
    expect(await store.has("configured")).toBe(true);
  });
});

describe("npm run storage:migrate", () => {
  it("copies each evidence file of the upload folder into the store once, and a second run copies nothing", async () => {
    const db = await getDb();
    const { province, department } = await f.createProvince();
    const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: province.id }] });
    const supervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: province.id }] });
    const cadre = await f.createCadre({ unitId: department.id, managedById: province.id });
    const round = await f.createRound({ assigningBodyId: province.id });
    const task = await f.createTask({ roundId: round.id, cadre, supervisorId: supervisor.id, assignedById: standing.id });
    const dir = mkdtempSync(path.join(tmpdir(), "uploads-"));
    mkdirSync(dir, { recursive: true });
    const files: Record<string, string> = {};
    for (const [i, size] of [1000, CHUNK_BYTES + 1, 3 * CHUNK_BYTES].entries()) {
      const key = `legacy-${i}-${randomBytes(4).toString("hex")}`;
      const bytes = randomBytes(size);
      writeFileSync(path.join(dir, key), bytes);
      files[key] = sha(bytes);
      await db.attachment.create({
        data: {
          taskId: task.id,
          fileName: `${i}.pdf`,
          mimeType: "application/pdf",
          sizeBytes: size,
          storageKey: key,
          uploadedById: supervisor.id,
        },
      });
    }
    // A stray file no attachment names is not evidence and stays behind.
    writeFileSync(path.join(dir, "stray.tmp"), "x");
    const store = databaseFileStore(db);

    expect(await migrateUploadDir(db, dir, store)).toEqual({ copied: 3, skipped: 1, bytes: 1000 + 4 * CHUNK_BYTES + 1 });
    for (const [key, sum] of Object.entries(files)) expect(sha(await readAll(await store.get(key)))).toBe(sum);
    expect(await store.has("stray.tmp")).toBe(false);

    expect(await migrateUploadDir(db, dir, store)).toEqual({ copied: 0, skipped: 4, bytes: 0 });
    expect(await db.storedFile.count()).toBe(3);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
