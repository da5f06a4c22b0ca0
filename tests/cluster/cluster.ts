// npm run test:cluster — two production instances behind HAProxy on one PostgreSQL database, a scripted
// workload, one instance killed with SIGKILL and restarted (docs/decisions/078). Needs a build (`next build`),
// PostgreSQL (CLUSTER_DATABASE_URL, default postgresql://app:app@localhost:5432/dotpha_cluster: created,
// migrated and seeded afresh; the role needs CREATEDB) and Debian's haproxy.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page, type Request } from "@playwright/test";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { setDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { installJobQueue } from "@/lib/jobs/queue";
import { DEMO_PASSWORD, seedDemo } from "@/prisma/seed";
import { createTask } from "@/tests/factories";

const DB_URL = process.env.CLUSTER_DATABASE_URL ?? "postgresql://app:app@localhost:5432/dotpha_cluster";
const PORTS = { a: Number(process.env.CLUSTER_PORT_A ?? 3290), b: Number(process.env.CLUSTER_PORT_B ?? 3291) };
const LB_PORT = Number(process.env.CLUSTER_LB_PORT ?? 3292);
const LB = `http://localhost:${LB_PORT}`;
const HAPROXY = process.env.HAPROXY ?? "/usr/sbin/haproxy";
const work = mkdtempSync(path.join(tmpdir(), "dotpha-cluster-"));
const started = Date.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const say = (line: string) => console.log(`[cluster ${elapsed()}] ${line}`);
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

// ——— The database: fresh, migrated, seeded, plus tasks for the workload ———

async function freshDatabase() {
  const url = new URL(DB_URL);
  const name = url.pathname.slice(1);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(DB_URL), { pathname: "/postgres" }).toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  await admin.end();
  await applyMigrations(new PrismaPg({ connectionString: DB_URL, max: 1 }));
  await installJobQueue(DB_URL);
  // The seed is one transaction: give it time on a busy CI machine.
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: DB_URL, max: 4 }),
    transactionOptions: { timeout: 180_000, maxWait: 60_000 },
  });
  setDb(db);
  await seedDemo(db);
  return db;
}

type Work = { username: string; tasks: { id: string; title: string }[] };

/** Three 2026 tasks for each of two seeded cadres, supervised by the seeded supervisor "daumoi". */
async function workloadTasks(db: PrismaClient): Promise<Work[]> {
  const round = await db.round.findFirstOrThrow({ where: { startYear: 2026, assigningBody: { parentId: null } } });
  const out: Work[] = [];
  for (const username of ["canbo", "kienlx"]) {
    const user = await db.user.findFirstOrThrow({ where: { username }, include: { cadre: true } });
    const tasks = [];
    for (let i = 0; i < 3; i++) {
      const t = await createTask({
        roundId: round.id,
        cadre: user.cadre!,
        supervisorId: "user-daumoi",
        assignedById: "user-thuongtruc",
      });
      await db.task.update({
        where: { id: t.id },
        data: {
          startDate: new Date("2025-12-31T17:00:00Z"),
          endDate: new Date("2026-12-31T16:59:59Z"),
          title: `Cụm ${username} ${i + 1}: ${t.title}`,
        },
      });
      await db.target.updateMany({ where: { taskId: t.id }, data: { deadline: new Date("2026-12-31T16:59:59Z") } });
      tasks.push({ id: t.id, title: `Cụm ${username} ${i + 1}: ${t.title}` });
    }
    out.push({ username, tasks });
  }
  return out;
}

// ——— Processes: two `next start`, one HAProxy ———

const children = new Set<ChildProcess>();

function startInstance(name: "a" | "b"): ChildProcess {
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORTS[name])], {
    env: {
      ...process.env,
      DATABASE_URL: DB_URL,
      NEXTAUTH_URL: LB,
      NEXTAUTH_SECRET: "cluster-test-secret-cluster-test-secret",
      MFA_REQUIRED_ROLES: "none",
      TRUSTED_PROXY: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.on("data", () => {});
  child.stderr!.on("data", (d: Buffer) => {
    const text = d.toString().trim();
    if (text) console.log(`  [${name}] ${text.split("\n")[0]!.slice(0, 200)}`);
  });
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

/** A port some earlier run left taken would answer for the instance the test means to start: refuse. */
async function refuseTaken(port: number) {
  const taken = await fetch(`http://localhost:${port}/api/health`).then(
    () => true,
    () => false,
  );
  if (taken)
    throw new Error(`port ${port} is already in use: stop what listens there (or set CLUSTER_PORT_A/B, CLUSTER_LB_PORT)`);
}

async function waitReady(port: number, ms = 120_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await fetch(`http://localhost:${port}/api/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(500);
  }
  throw new Error(`instance on ${port} not ready`);
}

const haproxyConfig = () => `
global
  stats socket ${work}/haproxy.sock mode 600 level admin
defaults
  mode http
  timeout connect 2s
  timeout client 120s
  timeout server 120s
  # A request that could not reach a server (killed) goes to the other one.
  retries 3
  option redispatch
  retry-on conn-failure empty-response
frontend web
  bind 127.0.0.1:${LB_PORT}
  default_backend app
backend app
  balance roundrobin
  option httpchk GET /api/ready
  http-check expect status 200
  timeout check 5s
  default-server inter 1s fall 2 rise 2
  server a 127.0.0.1:${PORTS.a} check
  server b 127.0.0.1:${PORTS.b} check
`;

function startHaproxy(): ChildProcess {
  const cfg = path.join(work, "haproxy.cfg");
  writeFileSync(cfg, haproxyConfig());
  const child = spawn(HAPROXY, ["-f", cfg, "-db"], { stdio: ["ignore", "inherit", "inherit"], detached: true });
  children.add(child);
  return child;
}

/** HAProxy's view of each server: its state and its last health check's result. */
async function serverStates(): Promise<Record<string, { status: string; check: string }>> {
  const csv = await new Promise<string>((resolve, reject) => {
    const socket = connect(path.join(work, "haproxy.sock"));
    let data = "";
    socket.on("data", (d) => (data += d.toString()));
    socket.on("end", () => resolve(data));
    socket.on("error", reject);
    socket.write("show stat\n");
  });
  const [header, ...rows] = csv.trim().split("\n");
  const cols = header!.replace(/^# /, "").split(",");
  const at = (name: string) => cols.indexOf(name);
  const out: Record<string, { status: string; check: string }> = {};
  for (const row of rows) {
    const c = row.split(",");
    if (c[at("pxname")] === "app" && (c[at("svname")] === "a" || c[at("svname")] === "b")) {
      out[c[at("svname")]!] = { status: c[at("status")]!, check: c[at("check_status")]! };
    }
  }
  return out;
}

function kill(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

// ——— The clients ———

const log = { retried: [] as string[], failures: [] as string[], loginRedirects: [] as string[] };
let phase: "before" | "down" | "after" = "before";
const successes = { before: 0, down: 0, after: 0 };

/** Runs a step; a failure is retried (the client's only tolerated error) up to 6 times, a second apart. */
async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await run();
      successes[phase]++;
      return result;
    } catch (error) {
      const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
      if (attempt >= 6) {
        log.failures.push(`${name}: ${message}`);
        throw error;
      }
      log.retried.push(`${name} (attempt ${attempt}, ${phase}): ${message.slice(0, 160)}`);
      await sleep(1000);
    }
  }
}

/** Fails a step that landed on the sign-in page: the session must survive every switch of instance. */
function checkSignedIn(page: Page, who: string) {
  if (/\/login/.test(page.url())) {
    log.loginRedirects.push(`${who} at ${page.url()}`);
    throw new Error(`${who} was sent to sign in again`);
  }
}

async function goto(page: Page, url: string, who: string) {
  const response = await page.goto(url);
  if (!response || response.status() >= 500) throw new Error(`GET ${url}: ${response?.status()}`);
  checkSignedIn(page, who);
}

async function signIn(context: BrowserContext, username: string) {
  const page = await context.newPage();
  await step(`sign in ${username}`, async () => {
    await page.goto(`${LB}/login`);
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: /^(Đăng nhập|Sign in)$/ }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: 30_000 });
  });
  return page;
}

type Submission = { username: string; taskId: string; quarter: string; fileName: string; sha256: string; replayed: boolean };
const acknowledged: Submission[] = [];
const responded: string[] = [];
const replays: string[] = [];

function evidencePdf(label: string) {
  return Buffer.concat([
    Buffer.from(`%PDF-1.4\n% ${label}\n1 0 obj<<>>endobj\n`),
    Buffer.from(randomBytes(200_000).toString("base64")),
    Buffer.from("\ntrailer<<>>\n%%EOF\n"),
  ]);
}

async function quarterSubmitted(page: Page, taskId: string, quarter: string, who: string) {
  await goto(page, `${LB}/tasks/${taskId}`, who);
  const [year, q] = quarter.split("Q");
  const row = page.getByTestId("task-quarter").filter({ hasText: `Quý ${q}/${year}` });
  return /Đã nộp|Đã cho ý kiến|Đã phản hồi/.test((await row.textContent()) ?? "");
}

/**
 * A cadre drafts, then submits with an evidence file. Every other submission's answer is dropped on the way
 * back (the server did the work, the client never heard) and the identical request is sent again, as a
 * client retrying after a lost connection: it must not store anything twice.
 */
async function cadre(context: BrowserContext, work: Work, quarters: string[]) {
  const page = await signIn(context, work.username);
  let n = 0;
  for (const quarter of quarters) {
    for (const task of work.tasks) {
      n++;
      const fileName = `minh-chung-${work.username}-${quarter}-${n}-${randomBytes(3).toString("hex")}.pdf`;
      const pdf = evidencePdf(fileName);
      const replay = n % 2 === 0;
      const formUrl = `${LB}/tasks/${task.id}/reports/${quarter}`;
      await step(`${work.username} drafts ${quarter}`, async () => {
        await goto(page, formUrl, work.username);
        await page.locator('textarea[name="results"]').fill(`Kết quả ${quarter} của ${task.title}`);
        await page.locator('input[name="actuals.0.actualValue"]').fill(String(10 * n));
        await page.locator('button[name="intent"][value="save"]').click();
        await page.getByTestId("form-message").filter({ hasText: "Đã lưu bản nháp" }).waitFor({ timeout: 30_000 });
      });
      await step(`${work.username} submits ${quarter}`, async () => {
        if (await quarterSubmitted(page, task.id, quarter, work.username)) return; // an earlier attempt went through
        await goto(page, formUrl, work.username);
        await page.locator('textarea[name="results"]').fill(`Kết quả ${quarter} của ${task.title}`);
        await page.locator('input[name="actuals.0.actualValue"]').fill(String(10 * n));
        // The file is uploaded as soon as it is chosen (staged, decision 073); the submission then links it.
        await page.getByLabel("Tệp minh chứng").setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: pdf });
        await page.locator('[data-testid="evidence-upload"][data-status="staged"]').waitFor({ timeout: 60_000 });
        const matcher = (u: URL) => u.pathname === new URL(formUrl).pathname;
        let lost: Promise<Request> | null = null;
        if (replay) {
          let resolve!: (r: Request) => void;
          let reject!: (e: Error) => void;
          lost = new Promise<Request>((yes, no) => ((resolve = yes), (reject = no)));
          lost.catch(() => {}); // awaited below, unless the click itself fails first
          await page.route(matcher, async (route, request) => {
            if (request.method() !== "POST") return route.continue();
            try {
              await route.fetch(); // reaches the server, which stores the report
            } catch (error) {
              await route.abort("connectionreset").catch(() => {});
              return reject(error as Error);
            }
            await route.abort("connectionreset"); // the answer is lost on the way back
            resolve(request);
          });
        }
        if (lost) {
          const request = await page
            .locator('button[name="intent"][value="submit"]')
            .click()
            .then(() => Promise.race([lost, sleep(60_000).then(() => Promise.reject(new Error("the submission was not sent")))]))
            .finally(() => page.unroute(matcher));
          // The identical request again, as a client does after a lost connection: same action, version, file.
          const again = await context.request.fetch(request.url(), {
            method: "POST",
            headers: request.headers(),
            data: request.postDataBuffer() ?? undefined,
            maxRedirects: 0,
          });
          if (again.status() >= 500) throw new Error(`the retried submission failed: ${again.status()}`);
          replays.push(`${work.username} ${quarter}: the retry was answered ${again.status()}`);
        } else {
          await page.locator('button[name="intent"][value="submit"]').click();
          await page.waitForURL((u) => u.pathname === `/tasks/${task.id}`, { timeout: 30_000 });
        }
        if (!(await quarterSubmitted(page, task.id, quarter, work.username))) throw new Error("not submitted");
      });
      acknowledged.push({ username: work.username, taskId: task.id, quarter, fileName, sha256: sha(pdf), replayed: replay });
    }
  }
}

/** The supervisor responds to every acknowledged submission, as they arrive. */
async function supervisor(context: BrowserContext, done: () => boolean) {
  const page = await signIn(context, "daumoi");
  while (!done() || responded.length < acknowledged.length) {
    const next = acknowledged.find((s) => !responded.includes(`${s.taskId}:${s.quarter}`));
    if (!next) {
      await sleep(500);
      continue;
    }
    await step(`daumoi responds ${next.quarter}`, async () => {
      await goto(page, `${LB}/tasks/${next.taskId}/reports/${next.quarter}`, "daumoi");
      const form = page.locator('textarea[name="response"]');
      if ((await form.count()) === 0) return; // an earlier attempt went through
      await form.fill(`Ý kiến về ${next.quarter}: tiếp tục triển khai.`);
      await page.locator('select[name="action"]').selectOption("respond");
      await page.getByRole("button", { name: "Gửi ý kiến" }).click();
      await page.getByTestId("form-message").filter({ hasText: "Đã gửi ý kiến" }).waitFor({ timeout: 30_000 });
    });
    responded.push(`${next.taskId}:${next.quarter}`);
  }
}

/** The organisation committee reads the dashboard, and downloads the evidence it may see, over and over. */
async function reader(context: BrowserContext, done: () => boolean) {
  const page = await signIn(context, "bantochuc");
  let reads = 0;
  while (!done()) {
    await step("bantochuc reads the dashboard", async () => {
      const r = await context.request.get(`${LB}/dashboard`, { maxRedirects: 0 });
      if (r.status() !== 200) throw new Error(`dashboard: ${r.status()}`);
      reads++;
    });
    await sleep(300);
  }
  await page.close();
  return reads;
}

// ——— The run ———

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No build: run `npx next build` first.");
  if (!existsSync(HAPROXY)) throw new Error(`${HAPROXY} not found: apt-get install haproxy`);
  say(`fresh database ${new URL(DB_URL).pathname.slice(1)}`);
  // On a busy machine the seed may still fail: try again afresh.
  let db: PrismaClient | null = null;
  for (let attempt = 1; !db; attempt++) {
    db = await freshDatabase().catch(async (error: unknown) => {
      if (attempt >= 3) throw error;
      say(
        `seeding failed (${
          String(error)
            .split("\n")
            .find((l) => /timeout|expired/i.test(l)) ?? "error"
        }), again`,
      );
      return null;
    });
  }
  const works = await workloadTasks(db);
  for (const port of [PORTS.a, PORTS.b, LB_PORT]) await refuseTaken(port);
  say("starting two instances and HAProxy");
  const instances = { a: startInstance("a"), b: startInstance("b") };
  await Promise.all([waitReady(PORTS.a), waitReady(PORTS.b)]);
  startHaproxy();
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const s = await serverStates().catch(() => ({}) as Record<string, { status: string; check: string }>);
    if (s.a?.status === "UP" && s.b?.status === "UP") break;
    await sleep(500);
  }
  const initial = await serverStates();
  say(`HAProxy sees ${JSON.stringify(initial)}`);

  let browser: Browser | null = null;
  const downStates: Record<string, { status: string; check: string }>[] = [];
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    });
    const ctx = () => browser!.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
    let cadresDone = false;
    const cadres = Promise.all(works.map(async (w) => cadre(await ctx(), w, ["2026Q1", "2026Q2"])));
    const sup = ctx().then((c) => supervisor(c, () => cadresDone));
    // The reader goes on until the killed instance is back and has been read through for a while: on a quiet
    // machine the writers can finish before the restart, and the run must still see the cluster whole again.
    const reads = ctx().then((c) =>
      reader(c, () => cadresDone && responded.length >= acknowledged.length && phase === "after" && successes.after >= 10),
    );
    // A worker that gives up fails the run, but only once the others have stopped.
    const settled = Promise.allSettled([cadres, sup, reads]);

    // The failure: instance a is killed outright while the workload runs, then started again.
    const chaos = (async () => {
      // Once the first submissions are through (at most two minutes in), while the rest are under way.
      for (let i = 0; i < 240 && acknowledged.length < 3; i++) await sleep(500);
      say(`SIGKILL instance a (acknowledged so far: ${acknowledged.length})`);
      phase = "down";
      kill(instances.a, "SIGKILL");
      if (instances.a.exitCode === null && instances.a.signalCode === null) await new Promise((r) => instances.a.once("exit", r));
      for (let i = 0; i < 20; i++) {
        await sleep(1000);
        downStates.push(await serverStates());
      }
      say("restarting instance a");
      instances.a = startInstance("a");
      await waitReady(PORTS.a);
      for (let i = 0; i < 30 && (await serverStates()).a?.status !== "UP"; i++) await sleep(500);
      phase = "after";
      say(`instance a is back: ${JSON.stringify(await serverStates())}`);
    })();
    await cadres.catch(() => {});
    cadresDone = true;
    await chaos;
    const [c, s, r] = await settled;
    for (const result of [c, s, r])
      if (result.status === "rejected") say(`worker stopped: ${String(result.reason).split("\n")[0]}`);
    if (c.status === "rejected" || s.status === "rejected") throw new Error("a client gave up: see the failures above");
    const dashboardReads = r.status === "fulfilled" ? r.value : 0;
    say(`workload done: ${acknowledged.length} submissions, ${responded.length} responses, ${dashboardReads} dashboard reads`);

    // ——— What must hold ———
    const problems: string[] = [...log.failures.map((f) => `client error not recovered by a retry: ${f}`)];
    if (log.loginRedirects.length) problems.push(`sessions lost: ${log.loginRedirects.join("; ")}`);
    if (successes.after === 0) problems.push("no request succeeded after the restart");
    if (acknowledged.length !== 12) problems.push(`expected 12 acknowledged submissions, got ${acknowledged.length}`);

    // Every acknowledged write stored exactly once.
    for (const s of acknowledged) {
      const [year, quarter] = s.quarter.split("Q").map(Number);
      const reports = await db.quarterlyReport.findMany({
        where: { taskId: s.taskId, year, quarter },
        include: { attachments: true },
      });
      const files = reports.flatMap((r) => r.attachments).filter((a) => a.fileName === s.fileName);
      const submits = await db.auditEvent.count({
        where: { action: "report.submit", entityId: { in: reports.map((r) => r.id) } },
      });
      const responds = await db.auditEvent.count({
        where: { action: "report.respond", entityId: { in: reports.map((r) => r.id) } },
      });
      if (reports.length !== 1 || !["SUBMITTED", "RESPONDED"].includes(reports[0]!.status))
        problems.push(`${s.taskId} ${s.quarter}: ${reports.length} report(s), ${reports[0]?.status}`);
      if (files.length !== 1)
        problems.push(`${s.fileName}: stored ${files.length} times${s.replayed ? " (retried submission)" : ""}`);
      if (submits !== 1)
        problems.push(`${s.taskId} ${s.quarter}: submitted ${submits} times${s.replayed ? " (retried submission)" : ""}`);
      if (responds !== 1) problems.push(`${s.taskId} ${s.quarter}: responded ${responds} times`);
    }
    const stray = await db.storedFile.count({
      where: { key: { notIn: (await db.attachment.findMany({ select: { storageKey: true } })).map((a) => a.storageKey) } },
    });
    if (stray) problems.push(`${stray} stored file(s) no attachment names`);

    // Every file readable from both instances directly, by its owner, byte for byte.
    const owners = new Map<string, BrowserContext>();
    for (const w of works) {
      const c = await ctx();
      await signIn(c, w.username);
      owners.set(w.username, c);
    }
    let checkedFiles = 0;
    for (const s of acknowledged) {
      const attachment = await db.attachment.findFirst({ where: { fileName: s.fileName } });
      if (!attachment) continue;
      for (const port of [PORTS.a, PORTS.b]) {
        const r = await owners.get(s.username)!.request.get(`http://localhost:${port}/api/attachments/${attachment.id}`);
        const body = await r.body();
        if (r.status() !== 200 || sha(body) !== s.sha256)
          problems.push(`${s.fileName} on :${port}: ${r.status()}, ${body.length} bytes`);
        else checkedFiles++;
      }
    }

    // HAProxy's health checks: on /api/ready, passing at layer 7, and they took the killed instance out. The
    // stats page writes a check still running as "* L7OK" (its last result after the star).
    const passing = /^(\* )?L7OK/;
    const final = await serverStates();
    if (!/option httpchk GET \/api\/ready/.test(haproxyConfig())) problems.push("health check not on /api/ready");
    for (const name of ["a", "b"]) {
      if (initial[name]?.status !== "UP" || !passing.test(initial[name]!.check))
        problems.push(`server ${name} at start: ${JSON.stringify(initial[name])}`);
      if (final[name]?.status !== "UP" || !passing.test(final[name]!.check))
        problems.push(`server ${name} at the end: ${JSON.stringify(final[name])}`);
    }
    if (!downStates.some((s) => s.a?.status === "DOWN")) problems.push("HAProxy never marked the killed instance down");
    if (downStates.some((s) => s.b?.status !== "UP")) problems.push("the surviving instance was marked down");

    say(`files read from both instances: ${checkedFiles / 2} × 2; requests before/down/after: ${JSON.stringify(successes)}`);
    if (replays.length !== acknowledged.filter((s) => s.replayed).length)
      problems.push(`only ${replays.length} submissions were replayed`);
    for (const r of replays) console.log(`    replayed: ${r}`);
    say(`retried client steps (tolerated): ${log.retried.length}`);
    for (const r of log.retried) console.log(`    ${r}`);
    if (problems.length) {
      console.error(`\nCLUSTER FAILED:\n  ${problems.join("\n  ")}`);
      process.exitCode = 1;
    } else {
      say(
        `CLUSTER OK: ${acknowledged.length} submissions (${acknowledged.filter((s) => s.replayed).length} retried), each stored once; ${checkedFiles} file reads; sessions kept; ${log.retried.length} retried steps, no other errors`,
      );
    }
  } finally {
    // Each step of the cleanup is bounded: a pool or a browser that does not close must not hang CI.
    await Promise.race([browser?.close().catch(() => {}), sleep(10_000)]);
    for (const child of children) kill(child, "SIGTERM");
    await sleep(1000);
    for (const child of children) kill(child, "SIGKILL");
    await Promise.race([db.$disconnect().catch(() => {}), sleep(5_000)]);
    rmSync(work, { recursive: true, force: true });
  }
}

// However the run ends, nothing it started is left running.
process.on("exit", () => {
  for (const child of children) kill(child, "SIGKILL");
});

// Exit once the run is over, whatever handles a client library leaves open (the run's result is the exit code).
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(`CLUSTER FAILED: ${error instanceof Error ? error.message : String(error)}`);
    for (const f of log.failures) console.error(`  ${f}`);
    for (const r of log.retried) console.error(`  retried: ${r}`);
    for (const child of children) kill(child, "SIGKILL");
    process.exit(1);
  },
);
