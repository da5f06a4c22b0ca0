// npm run bench: the organisation committee's dashboard at the scale of a merged province, timed over HTTP
// against a production build and set against the same SQL run directly. See usage() for what it does.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { hashPassword } from "@/lib/auth/password";
import { dashboardAggregates, dashboardTaskPage, type DashboardScope } from "@/lib/db/dashboard-queries";
import { applyMigrations } from "@/lib/db/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { BENCH_PASSWORD, countBenchData, generateBenchData } from "./bench-data";

const GOAL = { dashboardP95Ms: 300, ratio: 3, searchP95Ms: 100 };

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
  --port N     port for next start (default: 3400, or a free one)`;
}

type Options = { build: boolean; runs: number; warmup: number; port: number | null };

function parseArgs(argv: string[]): Options {
  const options: Options = { build: true, runs: 50, warmup: 5, port: null };
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
    else fail(`Unknown option ${arg}.\n\n${usage()}`, 2);
  }
  return options;
}

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
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

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

// ───────────────────────────── Database ─────────────────────────────

async function prepareDatabase(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let t = performance.now();
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    await applyMigrations(new PrismaPg({ connectionString: url, max: 1 }));
    console.log(`Reset and migrated ${new URL(url).pathname.slice(1)} in ${seconds(t)} s.`);
    t = performance.now();
    const dataset = await generateBenchData(client, await hashPassword(BENCH_PASSWORD));
    const generation = seconds(t);
    const counts = await countBenchData(client);
    console.log(`Generated the dataset in ${generation} s (including VACUUM ANALYZE):`);
    for (const [name, count] of Object.entries(counts)) console.log(`  ${name.padEnd(20)} ${count.toLocaleString("en")}`);
    return { dataset, generationSeconds: Number(generation), counts };
  } finally {
    await client.end();
  }
}

// ───────────────────────────── Server ─────────────────────────────

async function portIsFree(port: number) {
  return new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

async function freePort(preferred: number) {
  if (await portIsFree(preferred)) return preferred;
  return new Promise<number>((resolve) => {
    const server = net.createServer();
    server.listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const nextBin = () => path.join(process.cwd(), "node_modules/next/dist/bin/next");

function build() {
  console.log("Building the application (next build)…");
  const t = performance.now();
  const result = spawnSync(process.execPath, [nextBin(), "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) fail(`next build failed (exit ${result.status}).`);
  console.log(`Built in ${seconds(t)} s.`);
}

type Server = { process: ChildProcess; output: string[]; stop: () => void };

function startServer(port: number, url: string): Server {
  const output: string[] = [];
  // Its own process group, so that stopping it also stops anything it spawned.
  const child = spawn(process.execPath, [nextBin(), "start", "-p", String(port)], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: url,
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      // The generated committee account has no second factor; production would send it to enrol one first.
      MFA_REQUIRED_ROLES: "none",
    },
  });
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split("\n").filter(Boolean));
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const stop = () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  return { process: child, output, stop };
}

async function waitUntilServing(base: string, server: Server) {
  for (let i = 0; i < 120; i++) {
    if (server.process.exitCode !== null) throw new Error("The server stopped while starting.");
    try {
      const res = await fetch(`${base}/login`, { redirect: "manual" });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The server did not answer at ${base}/login within a minute.`);
}

// ───────────────────────────── HTTP ─────────────────────────────

/** The cookies a browser would keep between requests. */
class CookieJar {
  private cookies = new Map<string, string>();
  keep(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(";")[0]!;
      const at = pair.indexOf("=");
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1));
    }
  }
  has(name: string) {
    return this.cookies.has(name);
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/** Signs in through next-auth's credentials endpoint, as the sign-in form does. */
async function signIn(base: string, username: string, password: string) {
  const jar = new CookieJar();
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  jar.keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, username, password, callbackUrl: `${base}/dashboard`, json: "true" }),
  });
  jar.keep(res);
  await res.arrayBuffer();
  if (!jar.has("next-auth.session-token")) {
    throw new Error(`Sign-in as ${username} failed: HTTP ${res.status}, location ${res.headers.get("location") ?? "none"}.`);
  }
  return jar;
}

async function get(base: string, jar: CookieJar, route: string) {
  const res = await fetch(`${base}${route}`, { redirect: "manual", headers: { cookie: jar.header() } });
  return { status: res.status, location: res.headers.get("location"), body: await res.text() };
}

/** Fails loudly unless the signed-in page is the real one, not the sign-in page, an error or a redirect. */
async function expectPage(base: string, jar: CookieJar, route: string, markers: string[]) {
  const page = await get(base, jar, route);
  const missing = markers.filter((m) => !page.body.includes(m));
  if (page.status !== 200 || missing.length) {
    throw new Error(
      `GET ${route} is not the signed-in page: HTTP ${page.status}` +
        (page.location ? `, redirected to ${page.location}` : "") +
        (missing.length ? `, missing ${missing.map((m) => JSON.stringify(m)).join(", ")}` : ""),
    );
  }
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

  const { dataset } = await prepareDatabase(url);
  if (options.build) build();

  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
  const rootPath = `/${dataset.rootUnitId}/`;
  // The scope the page resolves for the province's organisation committee: its round, its whole subtree, now.
  const scope = (): DashboardScope => ({ roundId: dataset.roundId, unitPath: rootPath, now: new Date() });

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
  process.exitCode = met ? 0 : 1;
}

main().catch((error) => {
  console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
