// npm run bench: the organisation committee's dashboard at the scale of a merged province, timed over HTTP
// against a production build and set against the same SQL run directly. See usage() for what it does.
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { dashboardAggregates, dashboardTaskPage, type DashboardScope } from "@/lib/db/dashboard-queries";
import { PrismaClient } from "@/lib/generated/prisma/client";
import {
  build,
  expectPage,
  fail,
  freePort,
  get,
  prepareDatabase,
  signIn,
  startServer,
  waitUntilServing,
  type CookieJar,
} from "./bench-lib";
import { replicateProvince } from "./bench-data";

const GOAL = { dashboardP95Ms: 300, ratio: 3, searchP95Ms: 100, nationalRatio: 1.2 };

function usage() {
  return `Usage: DATABASE_URL=postgresql://… npm run bench -- [--no-build] [--runs N] [--warmup N] [--port N]

WARNING: the benchmark RESETS the database in DATABASE_URL: it drops its public schema, migrates it afresh and
fills it with generated data. Point it at a database of its own (e.g. dotpha_bench), never at real data.

It generates a merged province (about 200 units, 6,000 cadres, 15,000 tasks in the 2026 round, 60,000 quarterly
reports), builds the app (next build; --no-build reuses .next), serves it with next start, signs in as the
province's organisation committee and times /dashboard and the full drill-down list /dashboard/tasks (page 1
and the last page) and the global search /search (a common family name typed without accents, two words, a
task's code) over HTTP, then times the dashboard's SQL (lib/db/dashboard-queries) run directly.
The last line is: BENCH dashboard_p95_ms=<n> sql_p95_ms=<n> ratio=<n> search_p95_ms=<n>. It exits non-zero when
the dashboard's p95 exceeds ${GOAL.dashboardP95Ms} ms, the ratio exceeds ${GOAL.ratio} or the slowest search's p95
exceeds ${GOAL.searchP95Ms} ms.

  --no-build   serve the existing production build in .next
  --runs N     timed requests per route and calls per statement (default 50)
  --warmup N   untimed requests first (default 5)
  --port N     port for next start (default: 3400, or a free one)
  --provinces N  the national size: the province generated N times in the one database (34: about 500,000
               tasks). The first province's dashboard SQL is timed before the copies are made and again after,
               the generation time and the database size are printed, and one more line last:
               NATIONAL provinces=<n> tasks=<n> generation_s=<n> (the first province and its copies) db_size_mb=<n> sql_p95_ms=<n> single_sql_p95_ms=<n> ratio=<n>
               (goal: ratio ≤ ${GOAL.nationalRatio}, one province's dashboard as fast among 34 as alone).`;
}

type Options = { build: boolean; runs: number; warmup: number; port: number | null; provinces: number };

function parseArgs(argv: string[]): Options {
  const options: Options = { build: true, runs: 50, warmup: 5, port: null, provinces: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const number = () => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) fail(`${arg} needs a positive whole number.\n\n${usage()}`, 2);
      return n;
    };
    if (arg === "--help" || arg === "-h") {
      console.log(usage());
      process.exit(0);
    } else if (arg === "--no-build") options.build = false;
    else if (arg === "--runs") options.runs = number();
    else if (arg === "--warmup") options.warmup = number();
    else if (arg === "--port") options.port = number();
    else if (arg === "--provinces") options.provinces = number();
    else fail(`Unknown option ${arg}.\n\n${usage()}`, 2);
  }
  return options;
}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL?.trim();
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    fail(
      "npm run bench needs DATABASE_URL=postgresql://… of a database it may RESET (it drops and refills its public schema), e.g. postgresql://app:app@localhost:5432/dotpha_bench",
      2,
    );
  }
  return url;
}

// ───────────────────────────── Timing ─────────────────────────────

type Stats = { label: string; p50: number; p95: number; min: number; max: number };

/** Nearest-rank percentile of sorted samples. */
const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function time(label: string, options: Options, run: () => Promise<unknown>): Promise<Stats> {
  for (let i = 0; i < options.warmup; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const t = performance.now();
    await run();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const stats = { label, p50: percentile(samples, 50), p95: percentile(samples, 95), min: samples[0]!, max: samples.at(-1)! };
  console.log(
    `  ${label.padEnd(44)} p50 ${stats.p50.toFixed(1).padStart(7)} ms  p95 ${stats.p95.toFixed(1).padStart(7)} ms  (min ${stats.min.toFixed(1)}, max ${stats.max.toFixed(1)})`,
  );
  return stats;
}

/** Times each route over HTTP as a browser would load it: the whole response, body read to the end. */
async function timeHttp(base: string, jar: CookieJar, routes: [label: string, route: string][], options: Options) {
  const results: Stats[] = [];
  for (const [label, route] of routes) {
    results.push(
      await time(label, options, async () => {
        const page = await get(base, jar, route);
        if (page.status !== 200) throw new Error(`GET ${route} answered HTTP ${page.status} during the measurement.`);
      }),
    );
  }
  return results;
}

// ───────────────────────────── Main ─────────────────────────────

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const url = databaseUrl();
  if (!options.build && !existsSync(path.join(process.cwd(), ".next/BUILD_ID"))) {
    fail("--no-build needs an existing production build in .next; run without --no-build.", 2);
  }

  const { dataset, generationSeconds } = await prepareDatabase(url);
  if (options.build) build();

  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
  const rootPath = `/${dataset.rootUnitId}/`;
  // The scope the page resolves for the province's organisation committee: its round, its whole subtree, now.
  const scope = (): DashboardScope => ({ roundId: dataset.roundId, unitPath: rootPath, now: new Date() });

  let national: { single: Stats; seconds: number; sizeMb: number; tasks: number } | null = null;
  if (options.provinces > 1) {
    console.log(`\nOne province's dashboard SQL before the copies, ${options.runs} calls:`);
    const single = await time("dashboardAggregates (one province alone)", options, () => dashboardAggregates(db, scope()));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const t = performance.now();
    await replicateProvince(client, options.provinces);
    const secondsTaken = (performance.now() - t) / 1000;
    const { rows } = await client.query<{ size: string; tasks: string }>(
      `SELECT pg_database_size(current_database()) AS size, (SELECT count(*) FROM "Task") AS tasks`,
    );
    await client.end();
    national = {
      single,
      seconds: generationSeconds + secondsTaken,
      sizeMb: Number(rows[0]!.size) / 1024 / 1024,
      tasks: Number(rows[0]!.tasks),
    };
    console.log(
      `Copied the province to ${options.provinces} provinces in ${secondsTaken.toFixed(1)} s (including VACUUM ANALYZE): ` +
        `${national.tasks.toLocaleString("en")} tasks, database ${Math.round(national.sizeMb).toLocaleString("en")} MB.`,
    );
  }

  const [health] = await dashboardAggregates(db, scope());
  const byHealth = Object.fromEntries(health.map((h) => [h.health, Number(h.tasks)]));
  console.log(`Task statuses in the round: ${JSON.stringify(byHealth)}`);
  const absent = ["ON_TRACK", "AT_RISK", "BEHIND", "COMPLETED", "OVERDUE"].filter((h) => !byHealth[h]);
  if (absent.length) throw new Error(`The dataset has no task ${absent.join(", ")}: it should show every status.`);
  const [, [count]] = await dashboardTaskPage(db, scope(), { healths: [], skip: 0, take: 20 });
  const total = Number(count?.count ?? 0);
  const lastPage = Math.ceil(total / 20);
  // Searches as people type them: a common family name without its accents, two words of a field, a task's code.
  const [sample] = await db.$queryRaw<
    { code: string }[]
  >`SELECT code FROM "Task" WHERE "roundId" = ${dataset.roundId} ORDER BY code LIMIT 1 OFFSET 777`;
  const searches: [label: string, route: string][] = [
    ["GET /search?q=hoang", "/search?q=hoang"],
    ["GET /search?q=nong+nghiep", "/search?q=nong+nghiep"],
    [`GET /search?q=${sample!.code}`, `/search?q=${encodeURIComponent(sample!.code)}`],
  ];

  const port = await freePort(options.port ?? 3400);
  const base = `http://localhost:${port}`;
  console.log(`Starting the production server on ${base}…`);
  const server = startServer(port, url);
  const stopOnSignal = () => {
    server.stop();
    process.exit(130);
  };
  process.on("SIGINT", stopOnSignal);
  process.on("SIGTERM", stopOnSignal);
  process.on("exit", server.stop);

  let http: Stats[];
  try {
    await waitUntilServing(base, server);
    const jar = await signIn(base, dataset.username, dataset.password);
    const dashboard = `/dashboard?roundId=${dataset.roundId}`;
    const list = `/dashboard/tasks?roundId=${dataset.roundId}`;
    await expectPage(base, jar, dashboard, [
      'data-testid="dashboard-totals"',
      'data-testid="unit-rank"',
      "Đăng ký việc đột phá, đổi mới năm 2026",
    ]);
    await expectPage(base, jar, "/dashboard", ['data-testid="dashboard-totals"', "Đăng ký việc đột phá, đổi mới năm 2026"]);
    await expectPage(base, jar, list, ['data-testid="drill-task"']);
    await expectPage(base, jar, `${list}&page=${lastPage}`, ['data-testid="drill-task"']);
    for (const [, route] of searches)
      await expectPage(base, jar, route, ['data-testid="search-hit"', 'data-testid="search-mark"']);
    console.log(
      `Signed in as ${dataset.username}; the dashboard and the list (${total.toLocaleString("en")} tasks, ${lastPage} pages) render.`,
    );

    console.log(`\nHTTP, ${options.runs} sequential requests each after ${options.warmup} to warm up:`);
    http = await timeHttp(
      base,
      jar,
      [
        ["GET /dashboard", dashboard],
        ["GET /dashboard/tasks (all tasks, page 1)", list],
        [`GET /dashboard/tasks (all tasks, page ${lastPage})`, `${list}&page=${lastPage}`],
        ...searches,
      ],
      options,
    );
  } catch (error) {
    console.error(`\nServer output (last lines):\n${server.output.slice(-30).join("\n")}\n`);
    throw error;
  } finally {
    server.stop();
  }

  console.log(`\nSQL run directly (PrismaClient on the same database), ${options.runs} calls each:`);
  const sqlAggregates = await time("dashboardAggregates (the six aggregates)", options, () => dashboardAggregates(db, scope()));
  await time("dashboardTaskPage (all tasks, page 1)", options, () =>
    dashboardTaskPage(db, scope(), { healths: [], skip: 0, take: 20 }),
  );
  await time(`dashboardTaskPage (all tasks, page ${lastPage})`, options, () =>
    dashboardTaskPage(db, scope(), { healths: [], skip: (lastPage - 1) * 20, take: 20 }),
  );
  await db.$disconnect();

  const dashboardP95 = http[0]!.p95;
  const ratio = dashboardP95 / sqlAggregates.p95;
  const searchP95 = Math.max(...http.filter((h) => h.label.startsWith("GET /search")).map((h) => h.p95));
  const met = dashboardP95 <= GOAL.dashboardP95Ms && ratio <= GOAL.ratio && searchP95 <= GOAL.searchP95Ms;
  console.log(
    `\nGoal: dashboard p95 ≤ ${GOAL.dashboardP95Ms} ms, ratio ≤ ${GOAL.ratio}, every search's p95 ≤ ${GOAL.searchP95Ms} ms: ${met ? "met" : "MISSED"}.`,
  );
  console.log(
    `BENCH dashboard_p95_ms=${Math.round(dashboardP95)} sql_p95_ms=${Math.round(sqlAggregates.p95)} ratio=${ratio.toFixed(2)} search_p95_ms=${Math.round(searchP95)}`,
  );
  let nationalMet = true;
  if (national) {
    const nationalRatio = sqlAggregates.p95 / national.single.p95;
    nationalMet = nationalRatio <= GOAL.nationalRatio;
    console.log(
      `\nNational size: one province's dashboard SQL p95 ${Math.round(sqlAggregates.p95)} ms among ${options.provinces} provinces, ` +
        `${Math.round(national.single.p95)} ms alone: ${nationalRatio.toFixed(2)}× (goal ≤ ${GOAL.nationalRatio}): ${nationalMet ? "met" : "MISSED"}.`,
    );
    console.log(
      `NATIONAL provinces=${options.provinces} tasks=${national.tasks} generation_s=${national.seconds.toFixed(1)} db_size_mb=${Math.round(national.sizeMb)} sql_p95_ms=${Math.round(sqlAggregates.p95)} single_sql_p95_ms=${Math.round(national.single.p95)} ratio=${nationalRatio.toFixed(2)}`,
    );
  }
  process.exitCode = met && nationalMet ? 0 : 1;
}

main().catch((error) => {
  console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
