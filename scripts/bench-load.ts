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

It serves the production build as npm start does (one worker per core; --no-build reuses .next), signs in
real users through the sign-in endpoint (cadres, supervisors, the organisation and standing committees), warms
the server up, then runs three phases of S seconds (default 20) with autocannon, one connection per simulated
user:
  1. mixed, offered at R requests a second: cadres opening their home and the report form, saving drafts,
     submitting a report with a file (staged through POST /api/evidence, then the save action), supervisors
     opening a report and responding, committees on the dashboard and its drill-down list;
  2. the cadre home alone, 3. the dashboard alone, each as fast as 8 connections go.
It prints each route's throughput and p50/p95/p99 and last:
  LOAD mixed_rps=<n> p95_ms=<n> errors=<n> home_rps=<n> dashboard_rps=<n>
and exits non-zero when a goal is missed (mixed ≥ ${LOAD_GOALS.mixedRps} rps at p95 ≤ ${LOAD_GOALS.mixedP95Ms} ms with no error,
cadre home ≥ ${LOAD_GOALS.homeRps} rps, dashboard ≥ ${LOAD_GOALS.dashboardRps} rps).

  --no-build     serve the existing production build in .next
  --no-generate  reuse the dataset already in DATABASE_URL (a run consumes some unreported quarters: regenerate
                 now and then)
  --duration S   seconds per phase (default 20)
  --rate R       requests a second the mixed phase offers (default ${LOAD_GOALS.mixedRps}, the goal)
  --warmup S     seconds of unrecorded warm-up before the phases (default 30): a server that has run for a while
                 has its hot code compiled by the JIT, as one in production has; a cold one is up to a third slower
  --port N       port for next start (default 3420, or a free one)
  --only PHASES  comma-separated phases to run: mixed,home,dashboard (default all)`;
}

type Phase = "mixed" | "home" | "dashboard";
type Options = {
  build: boolean;
  generate: boolean;
  duration: number;
  warmup: number;
  rate: number;
  port: number | null;
  phases: Phase[];
};

function parseArgs(argv: string[]): Options {
  const o: Options = {
    build: true,
    generate: true,
    duration: 20,
    warmup: 30,
    rate: LOAD_GOALS.mixedRps,
    port: null,
    phases: ["mixed", "home", "dashboard"],
  };
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
    else if (arg === "--warmup") o.warmup = number();
    else if (arg === "--rate") o.rate = number();
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
function runUser(
  base: string,
  jar: CookieJar | (() => CookieJar),
  address: string,
  steps: Step[],
  seconds: number,
  rec: Recorder,
  pace: { rate?: number; delayMs?: number } = {},
) {
  let current: Step | null = null;
  let skipped = false;
  const cookie = () => (typeof jar === "function" ? jar() : jar).header();
  const requests = steps.map((step) => ({
    setupRequest: (req: Record<string, unknown>) => {
      current = step;
      const r = step.build();
      skipped = r === null;
      const common = { cookie: cookie(), "x-forwarded-for": address };
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
  return new Promise<autocannon.Result>((resolve) => {
    // A paced user starts a fraction of a second after the others, so that the users' seconds (autocannon
    // counts its rate per second) do not all begin at once.
    setTimeout(() => {
      const instance = autocannon({
        url: base,
        connections: 1,
        duration: seconds,
        timeout: 30,
        ...(pace.rate ? { connectionRate: pace.rate } : {}),
        requests: requests as unknown as autocannon.Request[],
      });
      instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
        if (!skipped && current && status < 400) rec.time(current.label, ms);
      });
      instance.on("done", resolve);
    }, pace.delayMs ?? 0);
  });
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

/**
 * Cadres submitting their fourth-quarter reports, one task after another (each with a file staged first): one
 * connection going through the tasks of several cadres, each request with the cookies of the task's cadre, so
 * that a phase of a steady rate does not run out of work.
 */
function submitter(
  base: string,
  ids: Ids,
  work: { jar: CookieJar; task: CadreWork["tasks"][number] }[],
): { steps: Step[]; jar: () => CookieJar } {
  let i = -1;
  let staged: string | null = null;
  const task = () => work[i]?.task;
  const jar = () => (work[Math.max(0, Math.min(i, work.length - 1))] ?? work[0]!).jar;
  const steps: Step[] = [
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
  return { steps, jar };
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

/**
 * The busiest hour at `rate` requests a second (the goal's 60 by default): how many each simulated user sends
 * a second at most (autocannon's connectionRate). Cadres filing reports make most of it, as in the last days of
 * a quarter; a user whose answers come slower than their rate simply sends fewer, so the throughput measured is
 * what the server sustained, and the latencies are those of a server offered that rate, not of one driven past
 * saturation (where they measure only the queue: 16 users at full speed wait 16 / throughput seconds each).
 */
function mixedPlan(rate: number) {
  const base = { drafters: [5, 5, 5, 5, 5, 5, 5, 5], submitters: [2, 2, 2], supervisors: [3, 3], committee: [3, 3, 2] };
  const scale = (list: number[]) => list.map((n) => Math.max(1, Math.round((n * rate) / 60)));
  return {
    drafters: scale(base.drafters),
    submitters: scale(base.submitters),
    supervisors: scale(base.supervisors),
    committee: scale(base.committee),
  };
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
    // The mixed hour: 8 cadres at home/form/draft, 3 connections submitting (going through the other cadres'
    // open tasks), 2 supervisors, 2 committee members on the dashboard and 1 on the drill-down; then 8
    // connections for each single route.
    const drafters = cadres.slice(0, 8);
    const submitting = cadres.slice(8);
    const supervisors = work.supervisors.slice(0, 2);
    const usernames = [
      ...drafters.map((c) => c.username),
      ...submitting.map((c) => c.username),
      ...supervisors.map((s) => s.username),
      BENCH_ORG_USERNAME,
      "bench.thuongtruc",
    ];
    let t = performance.now();
    const jars = await signInAll(base, usernames);
    console.log(`Signed in ${jars.size} users through the sign-in endpoint in ${((performance.now() - t) / 1000).toFixed(1)} s.`);

    // Each drafter keeps its report's version from one phase to the next.
    const drafts = drafters.map((c) => drafter(base, ids, c.tasks[0]!));
    // Warm up, unrecorded, on what does not use up the dataset's open work: the cadres' home, report form and
    // draft saves, the dashboard and its drill-down. A production server runs for hours; its hot code is compiled
    // by the JIT, and measuring the first seconds after a start would understate it by up to a third.
    const warm = new Recorder();
    t = performance.now();
    await Promise.all([
      ...drafters.map((c, i) => runUser(base, jars.get(c.username)!, `10.0.0.${i + 1}`, drafts[i]!, options.warmup, warm)),
      runUser(base, jars.get(BENCH_ORG_USERNAME)!, "10.0.1.1", committee(true), options.warmup, warm),
      runUser(base, jars.get("bench.thuongtruc")!, "10.0.1.2", committee(false), options.warmup, warm),
    ]);
    if (warm.errorExamples.length) throw new Error(`Warm-up failed:\n  ${warm.errorExamples.join("\n  ")}`);
    console.log(
      `Warmed up for ${((performance.now() - t) / 1000).toFixed(0)} s (${warm.all(1).requests} requests, not counted).`,
    );

    const seconds = options.duration;
    const group = server.process.pid!;
    let mixed: RouteFigures | null = null;
    let home: RouteFigures | null = null;
    let dashboard: RouteFigures | null = null;
    if (options.phases.includes("mixed")) {
      mixed = await withCpu(url, group, async () => {
        const rec = new Recorder();
        const plan = mixedPlan(options.rate);
        // Every open task of the submitting cadres, dealt to the submitting connections in turn.
        const submissions = submitting.flatMap((c) => c.tasks.map((task) => ({ jar: jars.get(c.username)!, task })));
        const slots = plan.submitters.map((_, k) =>
          submitter(
            base,
            ids,
            submissions.filter((_, j) => j % plan.submitters.length === k),
          ),
        );
        const users = [
          ...drafters.map((c, i) => ({
            jar: jars.get(c.username)! as CookieJar | (() => CookieJar),
            steps: drafts[i]!,
            rate: plan.drafters[i]!,
            from: `10.1.0.${i + 1}`,
          })),
          ...slots.map((slot, i) => ({ jar: slot.jar, steps: slot.steps, rate: plan.submitters[i]!, from: `10.2.0.${i + 1}` })),
          ...supervisors.map((s, i) => ({
            jar: jars.get(s.username)!,
            steps: responder(base, ids, s),
            rate: plan.supervisors[i]!,
            from: `10.3.0.${i + 1}`,
          })),
          { jar: jars.get(BENCH_ORG_USERNAME)!, steps: committee(false), rate: plan.committee[0]!, from: "10.4.0.1" },
          { jar: jars.get("bench.thuongtruc")!, steps: committee(false), rate: plan.committee[1]!, from: "10.4.0.2" },
          { jar: jars.get(BENCH_ORG_USERNAME)!, steps: committee(true), rate: plan.committee[2]!, from: "10.4.0.3" },
        ];
        const offered = users.reduce((a, u) => a + u.rate, 0);
        t = performance.now();
        await Promise.all(
          users.map((u, i) =>
            runUser(base, u.jar, u.from, u.steps, seconds, rec, { rate: u.rate, delayMs: Math.round((i * 1000) / users.length) }),
          ),
        );
        // Each user sends for exactly `seconds`, starting up to a second after the first: the users' seconds
        // add up to users × seconds, so the rate sustained is the requests over `seconds`, not over the wall
        // time from the first user's start to the last one's end (one second longer, with users only joining
        // or leaving in its first and last second).
        console.log(`  (${((performance.now() - t) / 1000).toFixed(1)} s from the first user's start to the last one's end)`);
        return printPhase(
          `Mixed workload, ${seconds} s, ${users.length} users offering ${offered} requests a second`,
          rec,
          seconds,
        );
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
