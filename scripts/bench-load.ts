// npm run bench:load — the production server under a province's busiest hour, driven by autocannon on the
// benchmark's dataset (scripts/bench-data.ts). See usage() for what it does.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { BENCH_ORG_USERNAME, BENCH_PASSWORD, BENCH_ROUND_ID } from "./bench-data";
import { build, fail, freePort, prepareDatabase, signIn, startServer, waitUntilServing, type CookieJar } from "./bench-lib";
import { actionHeaders, actionId, actionState, formActionBody, multipart } from "./action-request";
import { formatRoute, loadLine, LOAD_GOALS, missedGoals, routeFigures, type RouteFigures } from "./load-goals";

// ───────────────────────────── CPU, the figure a busy machine does not distort ─────────────────────────────

const TICKS_PER_SECOND = 100;

/** CPU seconds used so far by the processes whose ids are given, or by every process of a process group. */
function cpuSeconds(select: { group?: number; pids?: Set<number> }): number {
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (select.pids && !select.pids.has(pid)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // gone
    }
    // Fields after "(command)": state ppid pgrp … utime (14th of the line) stime (15th).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (select.group !== undefined && Number(fields[2]) !== select.group) continue;
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / TICKS_PER_SECOND;
}

/** CPU seconds of each PostgreSQL backend serving the benchmark's database. */
async function backendCpu(url: string): Promise<Map<number, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    );
    return new Map(rows.map((r) => [r.pid, cpuSeconds({ pids: new Set([r.pid]) })]));
  } finally {
    await client.end();
  }
}

/**
 * A phase with the CPU milliseconds each request cost the application and its database: on a machine others
 * share, throughput says how busy the machine was; CPU per request says what the code costs.
 */
async function withCpu(url: string, group: number, run: () => Promise<RouteFigures>) {
  const db0 = await backendCpu(url);
  const app0 = cpuSeconds({ group });
  const figures = await run();
  const app = cpuSeconds({ group }) - app0;
  let db = 0;
  for (const [pid, end] of await backendCpu(url)) db += end - (db0.get(pid) ?? 0);
  const per = (s: number) => (figures.requests ? (s * 1000) / figures.requests : 0);
  console.log(`  CPU per request: application ${per(app).toFixed(1)} ms, database ${per(db).toFixed(1)} ms`);
  return figures;
}

function usage() {
  return `Usage: DATABASE_URL=postgresql://… npm run bench:load -- [--no-build] [--no-generate] [--duration S] [--port N]

WARNING: unless --no-generate, it RESETS the database in DATABASE_URL (as npm run bench does) and fills it with
the benchmark's merged province (15,000 tasks). Point it at a database of its own.

It serves the production build (next start; --no-build reuses .next), signs in real users through the sign-in
endpoint (cadres, supervisors, the organisation and standing committees), then runs three phases of S seconds
(default 20) with autocannon, one connection per simulated user:
  1. mixed: cadres opening their home and the report form, saving drafts, submitting a report with a file
     (staged through POST /api/evidence, then the save action), supervisors opening a report and responding,
     committees on the dashboard and its drill-down list;
  2. the cadre home alone; 3. the dashboard alone.
It prints each route's throughput and p50/p95/p99 and last:
  LOAD mixed_rps=<n> p95_ms=<n> errors=<n> home_rps=<n> dashboard_rps=<n>
and exits non-zero when a goal is missed (mixed ≥ ${LOAD_GOALS.mixedRps} rps at p95 ≤ ${LOAD_GOALS.mixedP95Ms} ms with no error,
cadre home ≥ ${LOAD_GOALS.homeRps} rps, dashboard ≥ ${LOAD_GOALS.dashboardRps} rps).

  --no-build     serve the existing production build in .next
  --no-generate  reuse the dataset already in DATABASE_URL (a run consumes some unreported quarters: regenerate
                 now and then)
  --duration S   seconds per phase (default 20)
  --port N       port for next start (default 3420, or a free one)
  --only PHASES  comma-separated phases to run: mixed,home,dashboard (default all)`;
}

type Phase = "mixed" | "home" | "dashboard";
type Options = { build: boolean; generate: boolean; duration: number; port: number | null; phases: Phase[] };

function parseArgs(argv: string[]): Options {
  const o: Options = { build: true, generate: true, duration: 20, port: null, phases: ["mixed", "home", "dashboard"] };
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
    } else if (arg === "--no-build") o.build = false;
    else if (arg === "--no-generate") o.generate = false;
    else if (arg === "--duration") o.duration = number();
    else if (arg === "--port") o.port = number();
    else if (arg === "--only") {
      const phases = (argv[++i] ?? "").split(",").filter(Boolean);
      if (!phases.length || phases.some((p) => !["mixed", "home", "dashboard"].includes(p))) fail(usage(), 2);
      o.phases = phases as Phase[];
    } else fail(`Unknown option ${arg}.\n\n${usage()}`, 2);
  }
  return o;
}

// ───────────────────────────── The work on offer ─────────────────────────────

type CadreWork = { username: string; tasks: { id: string; targetIds: string[] }[] };
type ResponseWork = { username: string; reports: { taskId: string; reportId: string; version: number; quarter: string }[] };

/**
 * Cadres with tasks whose fourth quarter is open to report (the first three submitted, nothing yet for the
 * fourth), and supervisors with third-quarter reports awaiting their answer: what the writers consume.
 */
async function findWork(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: taskRows } = await client.query<{ username: string; taskId: string; targetIds: string[] }>(
      `
      WITH open_q4 AS (
        SELECT t.id, t."cadreId" FROM "Task" t
        WHERE t."roundId" = $1 AND t.status = 'ASSIGNED' AND t."submittedQuarters" @> ARRAY[20261, 20262, 20263]
          AND t."endDate" > '2026-12-30' AND t."startDate" < '2026-01-02'
          AND NOT EXISTS (SELECT 1 FROM "QuarterlyReport" r WHERE r."taskId" = t.id AND r.year = 2026 AND r.quarter = 4)
      ), cadres AS (
        SELECT u.username, u."cadreId" FROM "User" u
        WHERE u.active AND NOT u."mustChangePassword" AND u."cadreId" IN (SELECT "cadreId" FROM open_q4)
        ORDER BY u.username LIMIT 40
      )
      SELECT c.username, o.id AS "taskId", array_agg(tg.id ORDER BY tg.position) AS "targetIds"
      FROM cadres c JOIN open_q4 o ON o."cadreId" = c."cadreId" JOIN "Target" tg ON tg."taskId" = o.id
      GROUP BY c.username, o.id ORDER BY c.username, o.id`,
      [BENCH_ROUND_ID],
    );
    const cadres = new Map<string, CadreWork>();
    for (const r of taskRows) {
      const w = cadres.get(r.username) ?? { username: r.username, tasks: [] };
      w.tasks.push({ id: r.taskId, targetIds: r.targetIds });
      cadres.set(r.username, w);
    }
    const { rows: reportRows } = await client.query<{ username: string; taskId: string; reportId: string; version: number }>(
      `
      WITH sup AS (
        SELECT u.id, u.username FROM "User" u WHERE u.username LIKE 'bench.daumoi%' AND u.active ORDER BY u.username LIMIT 4
      )
      SELECT s.username, t.id AS "taskId", r.id AS "reportId", r.version
      FROM sup s JOIN "Task" t ON t."supervisorId" = s.id JOIN "QuarterlyReport" r ON r."taskId" = t.id
      WHERE t."roundId" = $1 AND t.status = 'ASSIGNED' AND r.year = 2026 AND r.quarter = 3 AND r.status = 'SUBMITTED'
      ORDER BY s.username, r.id`,
      [BENCH_ROUND_ID],
    );
    const supervisors = new Map<string, ResponseWork>();
    for (const r of reportRows) {
      const w = supervisors.get(r.username) ?? { username: r.username, reports: [] };
      w.reports.push({ taskId: r.taskId, reportId: r.reportId, version: r.version, quarter: "2026Q3" });
      supervisors.set(r.username, w);
    }
    return { cadres: [...cadres.values()], supervisors: [...supervisors.values()] };
  } finally {
    await client.end();
  }
}

// ───────────────────────────── Simulated users ─────────────────────────────

type Step = {
  label: string;
  /** The request to send, or null when this user has nothing more of the kind to do (the step is skipped). */
  build: () => { method: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: Buffer } | null;
  /** Checks the answer; returns an error to count, or nothing. Also where a step keeps what the next needs. */
  check?: (status: number, body: string, headers: Record<string, string>) => string | void;
};

/** What one phase recorded, per route: the response times and the errors. */
class Recorder {
  samples = new Map<string, number[]>();
  errors = new Map<string, number>();
  errorExamples: string[] = [];
  time(label: string, ms: number) {
    const list = this.samples.get(label) ?? [];
    list.push(ms);
    this.samples.set(label, list);
  }
  error(label: string, why: string) {
    this.errors.set(label, (this.errors.get(label) ?? 0) + 1);
    if (this.errorExamples.length < 10) this.errorExamples.push(`${label}: ${why.slice(0, 300)}`);
  }
  figures(seconds: number): RouteFigures[] {
    const labels = new Set([...this.samples.keys(), ...this.errors.keys()]);
    return [...labels].sort().map((l) => routeFigures(l, this.samples.get(l) ?? [], this.errors.get(l) ?? 0, seconds));
  }
  all(seconds: number): RouteFigures {
    const every = [...this.samples.values()].flat();
    const errors = [...this.errors.values()].reduce((a, b) => a + b, 0);
    return routeFigures("all routes", every, errors, seconds);
  }
}

/**
 * One simulated user: one autocannon connection going round its steps in order. A step with nothing to do
 * sends a cheap GET of /api/health instead, not counted, so the connection keeps its place in the round.
 */
function runUser(base: string, jar: CookieJar, address: string, steps: Step[], seconds: number, rec: Recorder) {
  let current: Step | null = null;
  let skipped = false;
  const requests = steps.map((step) => ({
    setupRequest: (req: Record<string, unknown>) => {
      current = step;
      const r = step.build();
      skipped = r === null;
      const common = { cookie: jar.header(), "x-forwarded-for": address };
      if (!r) return { ...req, method: "GET", path: "/api/health", headers: common, body: undefined };
      return { ...req, method: r.method, path: r.path, headers: { ...common, ...(r.headers ?? {}) }, body: r.body };
    },
    onResponse: (status: number, body: string, _context: unknown, headers: Record<string, string>) => {
      if (skipped || !current) return;
      if (status >= 400) rec.error(current.label, `HTTP ${status}`);
      else {
        const why = current.check?.(status, body, headers);
        if (why) rec.error(current.label, why);
      }
    },
  }));
  const instance = autocannon({
    url: base,
    connections: 1,
    duration: seconds,
    timeout: 30,
    requests: requests as unknown as autocannon.Request[],
  });
  instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (!skipped && current && status < 400) rec.time(current.label, ms);
  });
  return new Promise<autocannon.Result>((resolve) => instance.on("done", resolve));
}

const pageCheck = (marker: string) => (status: number, body: string) => {
  if (status !== 200) return `HTTP ${status}`;
  if (!body.includes(marker)) return `not the page (missing ${marker})`;
};

/** A small PDF whose type the upload recognises from its content. */
function evidencePdf(label: string) {
  return Buffer.from(`%PDF-1.4\n% ${label}\n1 0 obj<<>>endobj\n${"0".repeat(20_000)}\ntrailer<<>>\n%%EOF\n`);
}

type Ids = { saveReport: string; respondReport: string };

function reportForm(
  task: { id: string; targetIds: string[] },
  intent: "save" | "submit",
  version: number | null,
  evidence: string[],
) {
  const n = Math.floor(Math.random() * 1000);
  const form: [string, string][] = [
    ["taskId", task.id],
    ["year", "2026"],
    ["quarter", "4"],
    ...(version === null ? [] : ([["version", String(version)]] as [string, string][])),
    ["intent", intent],
    ["results", `Kết quả quý IV/2026 (bản ${n}): đã triển khai các nội dung theo kế hoạch.`],
    ["selfProgress", String(70 + (n % 30))],
    ["difficulties", ""],
    ["proposals", ""],
    ...task.targetIds.flatMap((t, i): [string, string][] => [
      [`actuals.${i}.targetId`, t],
      [`actuals.${i}.actualValue`, String(10 + (n % 50))],
    ]),
    ...evidence.map((e, i): [string, string] => [`evidenceIds.${i}`, e]),
  ];
  return formActionBody(form);
}

/** A cadre who opens their home and a report form, and saves a draft of one task's fourth quarter again and again. */
function drafter(base: string, ids: Ids, task: CadreWork["tasks"][number]): Step[] {
  let version: number | null = null;
  const formPath = `/tasks/${task.id}/reports/2026Q4`;
  return [
    {
      label: "GET /my-work (cadre home)",
      build: () => ({ method: "GET", path: "/my-work" }),
      check: pageCheck('data-testid="my-task"'),
    },
    {
      label: "GET report form",
      build: () => ({ method: "GET", path: formPath }),
      // The form carries the report's version, as the browser's form sends it back (none before the first save).
      check: (status, body) => {
        const why = pageCheck('name="results"')(status, body);
        if (why) return why;
        const v = /name="version" value="(\d+)"/.exec(body)?.[1];
        version = v === undefined ? null : Number(v);
      },
    },
    {
      label: "POST save draft (action)",
      build: () => {
        const { body, contentType } = reportForm(task, "save", version, []);
        return { method: "POST", path: formPath, headers: actionHeaders(ids.saveReport, base, contentType), body };
      },
      check: (status, body) => {
        const state = actionState(body);
        if (status !== 200 || state?.status !== "success") return `HTTP ${status}, ${JSON.stringify(state)}`;
        if (state.version !== undefined) version = state.version;
      },
    },
  ];
}

/** A cadre who submits their fourth-quarter reports one task after another, each with a file staged first. */
function submitter(base: string, ids: Ids, tasks: CadreWork["tasks"]): Step[] {
  let i = -1;
  let staged: string | null = null;
  const task = () => tasks[i];
  return [
    {
      label: "GET report form",
      build: () => {
        i++;
        staged = null;
        return task() ? { method: "GET", path: `/tasks/${task()!.id}/reports/2026Q4` } : null;
      },
      check: pageCheck('name="results"'),
    },
    {
      label: "POST /api/evidence (upload)",
      build: () => {
        if (!task()) return null;
        const { body, contentType } = multipart([
          ["taskId", task()!.id],
          ["file", { fileName: `minh-chung-${task()!.id}.pdf`, contentType: "application/pdf", data: evidencePdf(task()!.id) }],
        ]);
        return { method: "POST", path: "/api/evidence", headers: { "content-type": contentType, origin: base }, body };
      },
      check: (status, body) => {
        const id = (/"id":"([^"]+)"/.exec(body) ?? [])[1];
        if (status !== 200 || !id) return `HTTP ${status} ${body.slice(0, 120)}`;
        staged = id;
      },
    },
    {
      label: "POST submit report (action)",
      build: () => {
        if (!task() || !staged) return null;
        const { body, contentType } = reportForm(task()!, "submit", null, [staged]);
        return {
          method: "POST",
          path: `/tasks/${task()!.id}/reports/2026Q4`,
          headers: actionHeaders(ids.saveReport, base, contentType),
          body,
        };
      },
      // A submission redirects to the task (x-action-redirect); an error state is a failure.
      check: (status, body, headers) => {
        const state = actionState(body);
        if (status >= 300 && status < 400) return;
        if (headers["x-action-redirect"]) return;
        if (state?.status !== "success") return `HTTP ${status}, ${JSON.stringify(state)}`;
      },
    },
  ];
}

/** A supervisor who opens each submitted report of theirs and responds to it. */
function responder(base: string, ids: Ids, work: ResponseWork): Step[] {
  let i = -1;
  const report = () => work.reports[i];
  return [
    {
      label: "GET report (supervisor)",
      build: () => {
        i++;
        return report() ? { method: "GET", path: `/tasks/${report()!.taskId}/reports/${report()!.quarter}` } : null;
      },
      check: pageCheck('name="response"'),
    },
    {
      label: "POST respond (action)",
      build: () => {
        const r = report();
        if (!r) return null;
        const { body, contentType } = formActionBody([
          ["reportId", r.reportId],
          ["version", String(r.version)],
          ["action", "respond"],
          ["response", "Đã xem báo cáo; đề nghị tiếp tục triển khai, bảo đảm tiến độ quý IV."],
          ["proposalAnswer", ""],
        ]);
        return {
          method: "POST",
          path: `/tasks/${r.taskId}/reports/${r.quarter}`,
          headers: actionHeaders(ids.respondReport, base, contentType),
          body,
        };
      },
      check: (status, body) => {
        const state = actionState(body);
        if (status !== 200 || state?.status !== "success") return `HTTP ${status}, ${JSON.stringify(state)}`;
      },
    },
  ];
}

const HEALTH_FILTERS = ["BEHIND", "AT_RISK", "OVERDUE", "ON_TRACK", "COMPLETED"];

/** A committee member on the dashboard, now and then opening the list behind a figure. */
function committee(drill: boolean): Step[] {
  let n = 0;
  const dashboard: Step = {
    label: "GET /dashboard",
    build: () => ({ method: "GET", path: "/dashboard" }),
    check: pageCheck('data-testid="dashboard-totals"'),
  };
  if (!drill) return [dashboard];
  return [
    dashboard,
    {
      label: "GET /dashboard/tasks (drill-down)",
      build: () => {
        n++;
        const health = HEALTH_FILTERS[n % HEALTH_FILTERS.length]!;
        return { method: "GET", path: `/dashboard/tasks?roundId=${BENCH_ROUND_ID}&health=${health}&page=${1 + (n % 3)}` };
      },
      check: pageCheck('data-testid="drill-task"'),
    },
  ];
}

// ───────────────────────────── Main ─────────────────────────────

async function signInAll(base: string, usernames: string[]) {
  const jars = new Map<string, CookieJar>();
  // A few at a time: each sign-in hashes a password (Argon2), as it does for real users.
  for (let i = 0; i < usernames.length; i += 4) {
    const batch = usernames.slice(i, i + 4);
    const signed = await Promise.all(batch.map((u) => signIn(base, u, BENCH_PASSWORD)));
    batch.forEach((u, k) => jars.set(u, signed[k]!));
  }
  return jars;
}

function printPhase(name: string, rec: Recorder, seconds: number) {
  console.log(`\n${name}:`);
  for (const f of rec.figures(seconds)) console.log(formatRoute(f));
  const all = rec.all(seconds);
  console.log(formatRoute(all));
  for (const e of rec.errorExamples) console.log(`    error: ${e}`);
  return all;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const url = process.env.DATABASE_URL?.trim();
  if (!url || !/^postgres(ql)?:\/\//.test(url))
    fail("npm run bench:load needs DATABASE_URL=postgresql://… of a database it may reset.", 2);
  if (!options.build && !existsSync(path.join(process.cwd(), ".next/BUILD_ID")))
    fail("--no-build needs an existing production build in .next; run without --no-build.", 2);

  if (options.generate) await prepareDatabase(url);
  if (options.build) build();
  const ids: Ids = {
    saveReport: actionId("saveReportAction", "app/(app)/tasks/actions.ts"),
    respondReport: actionId("respondReportAction", "app/(app)/tasks/actions.ts"),
  };
  const work = await findWork(url);
  const cadres = work.cadres.filter((c) => c.tasks.length >= 1);
  if (cadres.length < 12 || work.supervisors.length < 2)
    fail(
      `Not enough open work left in the dataset (${cadres.length} cadres, ${work.supervisors.length} supervisors): run without --no-generate.`,
    );

  const port = await freePort(options.port ?? 3420);
  const base = `http://localhost:${port}`;
  console.log(`Starting the production server on ${base}…`);
  // Each simulated user comes from their own address (X-Forwarded-For, as behind the load balancer), so that
  // per-address limits (uploads) count each cadre's own, as they would in a province.
  const server = startServer(port, url, { TRUSTED_PROXY: "1", LOG_LEVEL: "warn" });
  const stop = () => {
    server.stop();
    process.exit(130);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  process.on("exit", server.stop);

  try {
    await waitUntilServing(base, server);
    // The mixed hour: 8 cadres at home/form/draft, 3 submitting, 2 supervisors, 2 committee members on the
    // dashboard and 1 on the drill-down; then 8 connections for each single route.
    const drafters = cadres.slice(0, 8);
    const submitters = cadres.slice(8, 11);
    const supervisors = work.supervisors.slice(0, 2);
    const usernames = [
      ...drafters.map((c) => c.username),
      ...submitters.map((c) => c.username),
      ...supervisors.map((s) => s.username),
      BENCH_ORG_USERNAME,
      "bench.thuongtruc",
    ];
    let t = performance.now();
    const jars = await signInAll(base, usernames);
    console.log(`Signed in ${jars.size} users through the sign-in endpoint in ${((performance.now() - t) / 1000).toFixed(1)} s.`);

    // Each drafter keeps its report's version from one phase to the next.
    const drafts = drafters.map((c) => drafter(base, ids, c.tasks[0]!));
    // Warm up every route once (the first render of each page compiles nothing, but fills caches).
    const warm = new Recorder();
    await Promise.all([
      runUser(base, jars.get(drafters[0]!.username)!, "10.0.0.1", drafts[0]!, 3, warm),
      runUser(base, jars.get(BENCH_ORG_USERNAME)!, "10.0.1.1", committee(true), 3, warm),
    ]);
    if (warm.errorExamples.length) throw new Error(`Warm-up failed:\n  ${warm.errorExamples.join("\n  ")}`);

    const seconds = options.duration;
    const group = server.process.pid!;
    let mixed: RouteFigures | null = null;
    let home: RouteFigures | null = null;
    let dashboard: RouteFigures | null = null;
    if (options.phases.includes("mixed")) {
      mixed = await withCpu(url, group, async () => {
        const rec = new Recorder();
        t = performance.now();
        await Promise.all([
          ...drafters.map((c, i) => runUser(base, jars.get(c.username)!, `10.1.0.${i + 1}`, drafts[i]!, seconds, rec)),
          ...submitters.map((c, i) =>
            runUser(base, jars.get(c.username)!, `10.2.0.${i + 1}`, submitter(base, ids, c.tasks), seconds, rec),
          ),
          ...supervisors.map((s, i) =>
            runUser(base, jars.get(s.username)!, `10.3.0.${i + 1}`, responder(base, ids, s), seconds, rec),
          ),
          runUser(base, jars.get(BENCH_ORG_USERNAME)!, "10.4.0.1", committee(false), seconds, rec),
          runUser(base, jars.get("bench.thuongtruc")!, "10.4.0.2", committee(false), seconds, rec),
          runUser(base, jars.get(BENCH_ORG_USERNAME)!, "10.4.0.3", committee(true), seconds, rec),
        ]);
        return printPhase(`Mixed workload, ${seconds} s, 16 connections`, rec, (performance.now() - t) / 1000);
      });
    }
    if (options.phases.includes("home")) {
      home = await withCpu(url, group, async () => {
        const rec = new Recorder();
        t = performance.now();
        await Promise.all(
          drafters.map((c, i) => runUser(base, jars.get(c.username)!, `10.5.0.${i + 1}`, [drafts[i]![0]!], seconds, rec)),
        );
        return printPhase(`Cadre home alone, ${seconds} s, 8 connections`, rec, (performance.now() - t) / 1000);
      });
    }
    if (options.phases.includes("dashboard")) {
      dashboard = await withCpu(url, group, async () => {
        const rec = new Recorder();
        t = performance.now();
        await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            runUser(
              base,
              jars.get(i % 2 ? "bench.thuongtruc" : BENCH_ORG_USERNAME)!,
              `10.6.0.${i + 1}`,
              committee(false),
              seconds,
              rec,
            ),
          ),
        );
        return printPhase(`Dashboard alone, ${seconds} s, 8 connections`, rec, (performance.now() - t) / 1000);
      });
    }

    const result = {
      mixedRps: mixed?.rps ?? 0,
      p95Ms: mixed?.p95 ?? 0,
      errors: (mixed?.errors ?? 0) + (home?.errors ?? 0) + (dashboard?.errors ?? 0),
      homeRps: home?.rps ?? 0,
      dashboardRps: dashboard?.rps ?? 0,
    };
    const missed = missedGoals(result);
    console.log(
      `\nGoals: mixed ≥ ${LOAD_GOALS.mixedRps} rps at p95 ≤ ${LOAD_GOALS.mixedP95Ms} ms with no error, cadre home ≥ ${LOAD_GOALS.homeRps} rps, dashboard ≥ ${LOAD_GOALS.dashboardRps} rps: ${missed.length ? `MISSED (${missed.join("; ")})` : "met"}.`,
    );
    console.log(loadLine(result));
    process.exitCode = missed.length ? 1 : 0;
  } catch (error) {
    console.error(`\nServer output (last lines):\n${server.output.slice(-30).join("\n")}\n`);
    throw error;
  } finally {
    server.stop();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(`\nLoad benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
