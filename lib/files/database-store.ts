import { Readable } from "node:stream";
import type { Db } from "@/lib/db/client";
import { CHUNK_BYTES, checkKey, FileNotFoundError, rechunk, type FileSource, type FileStore } from "./store";

/**
 * Files in the database (the default): the bytes in `StoredFileChunk` rows of 256 KB, then one `StoredFile`
 * row that makes the file visible. Writing inserts one chunk at a time and reading selects one chunk at a
 * time, so a 10 MB file is never held whole by the server, and every instance and every backup (pg_dump)
 * sees the same files. No transaction spans the upload (it would hold a connection, and the embedded
 * database's only one, for as long as the client sends): a write that fails removes its chunks, and chunks
 * without their `StoredFile` row are never read.
 */
export function databaseFileStore(db: Db): FileStore {
  return {
    kind: "database",
    async put(key, source: FileSource) {
      checkKey(key);
      let index = 0;
      let sizeBytes = 0;
      try {
        for await (const chunk of rechunk(source, CHUNK_BYTES)) {
          await db.storedFileChunk.create({ data: { key, index, bytes: new Uint8Array(chunk) } });
          index++;
          sizeBytes += chunk.length;
        }
        await db.storedFile.create({ data: { key, sizeBytes, chunkCount: index } });
      } catch (error) {
        await db.storedFileChunk.deleteMany({ where: { key, index: { lt: index } } }).catch(() => {});
        throw error;
      }
      return { sizeBytes };
    },
    async get(key) {
      checkKey(key);
      const file = await db.storedFile.findUnique({ where: { key } });
      if (!file) throw new FileNotFoundError(key);
      async function* chunks() {
        for (let index = 0; index < file!.chunkCount; index++) {
          const chunk = await db.storedFileChunk.findUnique({ where: { key_index: { key, index } }, select: { bytes: true } });
          if (!chunk) throw new FileNotFoundError(`${key} (chunk ${index})`);
          yield Buffer.from(chunk.bytes);
        }
      }
      return Readable.from(chunks(), { objectMode: false });
    },
    async has(key) {
      checkKey(key);
      return (await db.storedFile.count({ where: { key } })) > 0;
    },
    async delete(key) {
      checkKey(key);
      // The header first: from then on the file is gone for readers, whatever happens to the chunks.
      await db.storedFile.deleteMany({ where: { key } });
      await db.storedFileChunk.deleteMany({ where: { key } });
    },
  };
}
