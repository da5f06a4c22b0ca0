// npm start: the production server on every core of the machine (docs/decisions/089).
//
// A Node.js process runs JavaScript on one core; `next start` alone leaves the rest of the machine idle. This
// primary forks one `next start` per core with node:cluster: the workers share the listening port (the
// primary hands out connections in turn) and are the same stateless instance the README describes, so nothing
// changes for sessions, files or jobs. A worker that dies is replaced; SIGTERM/SIGINT stop them all.
//
//   WEB_CONCURRENCY=N   workers (default: the machine's cores; 1 on the embedded database, which only one
//                       process may open). Arguments after `npm start --` go to `next start` (e.g. -p 3000).
import cluster from "node:cluster";
import { createRequire } from "node:module";
import os from "node:os";
import { pathToFileURL } from "node:url";

/** How many workers: WEB_CONCURRENCY when set, else one per core on PostgreSQL and one on the embedded database. */
export function workerCount(env = process.env, cores = os.availableParallelism()) {
  const configured = env.WEB_CONCURRENCY?.trim();
  if (configured) {
    const n = Number(configured);
    if (!Number.isInteger(n) || n < 1 || n > 64)
      throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to 64, not "${configured}".`);
    if (n > 1 && !env.DATABASE_URL?.trim())
      throw new Error(
        "WEB_CONCURRENCY above 1 needs PostgreSQL (DATABASE_URL): only one process may open the embedded database.",
      );
    return n;
  }
  return env.DATABASE_URL?.trim() ? Math.max(1, cores) : 1;
}

/** A worker that dies within this long of starting is not restarted in a loop: the primary gives up. */
const CRASH_LOOP_MS = 10_000;

function main() {
  const workers = workerCount();
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  cluster.setupPrimary({ exec: nextBin, args: ["start", ...process.argv.slice(2)] });

  let stopping = false;
  const started = new Map();
  const fork = () => {
    const worker = cluster.fork();
    started.set(worker.id, Date.now());
  };
  cluster.on("exit", (worker, code, signal) => {
    const lived = Date.now() - (started.get(worker.id) ?? 0);
    started.delete(worker.id);
    if (stopping) {
      if (started.size === 0) process.exit(0);
      return;
    }
    if (lived < CRASH_LOOP_MS) {
      console.error(`A server worker stopped ${signal ?? `with code ${code}`} right after starting; stopping.`);
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
      process.exitCode = 1;
      if (started.size === 0) process.exit(1);
      return;
    }
    console.error(`A server worker stopped (${signal ?? `code ${code}`}); starting another.`);
    fork();
  });
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(signal);
    if (started.size === 0) process.exit(0);
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  if (workers > 1) console.log(`Starting ${workers} server workers (WEB_CONCURRENCY to change).`);
  for (let i = 0; i < workers; i++) fork();
}

if (cluster.isPrimary && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
