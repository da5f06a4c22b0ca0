import { createReadStream, createWriteStream, existsSync, readdirSync, statSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { checkKey, FileNotFoundError, type FileSource, type FileStore } from "./store";

/**
 * The folder evidence used to be written to (UPLOAD_DIR, default ./.data/uploads), one file per key. It is
 * no longer where the app stores files (an instance's disk is not shared); it is what `npm run
 * storage:migrate` reads from.
 */
export function directoryFileStore(dir: string): FileStore & { keys(): string[] } {
  const root = path.resolve(dir);
  const file = (key: string) => path.join(root, checkKey(key));
  return {
    kind: "directory",
    async put(key, source: FileSource) {
      await mkdir(root, { recursive: true });
      const out = createWriteStream(file(key), { flags: "wx" });
      await pipeline(source instanceof Uint8Array ? Readable.from([source]) : Readable.from(source), out);
      return { sizeBytes: statSync(file(key)).size };
    },
    async get(key) {
      if (!existsSync(file(key))) throw new FileNotFoundError(key);
      return createReadStream(file(key));
    },
    async has(key) {
      return existsSync(file(key));
    },
    async delete(key) {
      await rm(file(key), { force: true });
    },
    keys() {
      if (!existsSync(root)) return [];
      return readdirSync(root)
        .filter((name) => statSync(path.join(root, name)).isFile())
        .sort();
    },
  };
}

/** UPLOAD_DIR, the old evidence folder. */
export function uploadDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.UPLOAD_DIR || ".data/uploads");
}
