// npm run lighthouse: Lighthouse (mobile preset, simulated throttling) on the pages people open most, signed in
// with real sessions, against the production build serving the demo province.
//
// It serves the existing build itself (scripts/demo.ts --no-build --fresh, on an embedded database of its own),
// signs in with a browser to get each role's session cookie, then audits each page --runs times (default 3)
// and takes the median score, because on a busy machine a single performance score swings by several points.
// It prints a table of the scores and of each page's HTML size (uncompressed), and exits non-zero when a page
// scores below 95 in performance or below 100 in accessibility, or its HTML is over its budget.
//
// Flags: --port <n> (default 3100; the next port is used by nothing), --runs <n>, --only <name,...>,
//        --url <base> (audit a server that is already running with the demo seed instead of starting one).
// Needs `next build` first and Debian's chromium at /usr/bin/chromium (or CHROME_PATH).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { DEMO_PASSWORD } from "@/prisma/seed";

const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const PERFORMANCE_GOAL = 95;
const ACCESSIBILITY_GOAL = 100;

type Target = {
  name: string;
  path: string;
  /** Signed in as this demo account; none for a public page. */
  user?: string;
  /** The most HTML (uncompressed, in bytes) the page may send. */
  htmlBudget?: number;
};

const TARGETS: Target[] = [
  { name: "sign-in", path: "/login" },
  { name: "cadre home", path: "/my-work", user: "canbo", htmlBudget: 50 * 1024 },
  { name: "report form", path: "/tasks/task-2026-0001/reports/2026Q4", user: "canbo" },
  { name: "dashboard", path: "/dashboard", user: "bantochuc", htmlBudget: 100 * 1024 },
  { name: "public page", path: "/transparency" },
];

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function waitUntilServing(base: string, server: ChildProcess | null) {
  // Seeding the demo province takes a minute or two on a busy machine.
  for (let i = 0; i < 600; i++) {
    if (server && server.exitCode !== null) throw new Error("The demo server stopped while starting.");
    try {
      const res = await fetch(`${base}/login`, { redirect: "manual" });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The demo server did not answer at ${base} within five minutes.`);
}

/** Each account's session cookie header, from a real sign-in in a browser. */
async function sessionCookies(base: string, users: string[]): Promise<Map<string, string>> {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
  const cookies = new Map<string, string>();
  try {
    for (const user of users) {
      const context = await browser.newContext({ baseURL: base });
      const page = await context.newPage();
      await page.goto("/login");
      await page.getByLabel(/Tên đăng nhập|Username/).fill(user);
      await page.getByLabel(/^(Mật khẩu|Password)$/).fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: /^(Đăng nhập|Sign in)$/ }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/login") && url.pathname !== "/", { timeout: 30_000 });
      const jar = await context.cookies(base);
      if (!jar.some((c) => c.name.includes("session-token"))) throw new Error(`Signing in as ${user} gave no session.`);
      cookies.set(user, jar.map((c) => `${c.name}=${c.value}`).join("; "));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return cookies;
}

async function htmlBytes(url: string, cookie: string | undefined): Promise<number> {
  const res = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}${cookie ? "" : " (no session)"}.`);
  return Buffer.byteLength(Buffer.from(await res.arrayBuffer()));
}

type Row = { target: Target; performance: number[]; accessibility: number[]; html: number; failures: string[] };

async function audit(base: string, targets: Target[], runs: number, cookies: Map<string, string>): Promise<Row[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS });
  const rows: Row[] = [];
  try {
    for (const target of targets) {
      const url = `${base}${target.path}`;
      const cookie = target.user ? cookies.get(target.user) : undefined;
      const row: Row = { target, performance: [], accessibility: [], html: await htmlBytes(url, cookie), failures: [] };
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
          extraHeaders: cookie ? { Cookie: cookie } : undefined,
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}.`);
        if (lhr.finalDisplayedUrl && new URL(lhr.finalDisplayedUrl).pathname !== target.path)
          throw new Error(`${url} ended at ${lhr.finalDisplayedUrl}: the session did not hold.`);
        row.performance.push(Math.round((lhr.categories.performance?.score ?? 0) * 100));
        row.accessibility.push(Math.round((lhr.categories.accessibility?.score ?? 0) * 100));
        if (run === runs - 1) {
          for (const a of Object.values(lhr.audits)) {
            const inA11y = lhr.categories.accessibility?.auditRefs.some((r) => r.id === a.id && r.weight > 0);
            if (inA11y && a.score !== null && a.score < 1) row.failures.push(`accessibility: ${a.id} (${a.title})`);
          }
          const m = (id: string) => lhr.audits[id]?.displayValue ?? "";
          row.failures.push(
            `metrics: FCP ${m("first-contentful-paint")}, LCP ${m("largest-contentful-paint")}, TBT ${m("total-blocking-time")}, CLS ${m("cumulative-layout-shift")}, SI ${m("speed-index")}`,
          );
        }
      }
      rows.push(row);
      console.log(`  ${target.name}: performance ${row.performance.join(", ")}; accessibility ${row.accessibility.join(", ")}`);
    }
  } finally {
    chrome.kill();
  }
  return rows;
}

async function main() {
  const runs = Math.max(1, Number(flag("runs") ?? 3));
  const only = flag("only")?.split(",");
  const targets = only ? TARGETS.filter((t) => only.includes(t.name)) : TARGETS;
  const given = flag("url");
  const port = Number(flag("port") ?? process.env.PORT ?? 3100);
  const base = given ?? `http://localhost:${port}`;

  let server: ChildProcess | null = null;
  let dataDir: string | null = null;
  const stop = () => {
    if (server && server.exitCode === null && server.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  process.on("SIGINT", () => {
    stop();
    process.exit(130);
  });

  try {
    if (!given) {
      dataDir = mkdtempSync(path.join(tmpdir(), "lighthouse-pglite-"));
      console.log(`Serving the production build with the demo seed on ${base} …`);
      const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), PGLITE_DATA_DIR: dataDir, NEXTAUTH_URL: base };
      delete env.DATABASE_URL;
      server = spawn("npx", ["tsx", "scripts/demo.ts", "--no-build", "--fresh"], {
        env,
        stdio: ["ignore", "inherit", "inherit"],
        detached: true,
      });
    }
    await waitUntilServing(base, server);
    const users = [...new Set(targets.flatMap((t) => (t.user ? [t.user] : [])))];
    const cookies = await sessionCookies(base, users);
    // One request per page first, so that no audit measures the server's first compile of a route.
    for (const t of targets) await htmlBytes(`${base}${t.path}`, t.user ? cookies.get(t.user) : undefined);
    console.log(`Auditing ${targets.length} pages, ${runs} run(s) each (mobile, simulated throttling; the median counts):`);
    const rows = await audit(base, targets, runs, cookies);

    const failed: string[] = [];
    console.log("\n  page          performance  accessibility  HTML");
    for (const row of rows) {
      const perf = median(row.performance);
      const a11y = median(row.accessibility);
      const kb = (row.html / 1024).toFixed(1);
      const budget = row.target.htmlBudget ? ` (budget ${(row.target.htmlBudget / 1024).toFixed(0)} KB)` : "";
      console.log(
        `  ${row.target.name.padEnd(13)} ${String(perf).padStart(11)}  ${String(a11y).padStart(13)}  ${kb.padStart(6)} KB${budget}`,
      );
      if (perf < PERFORMANCE_GOAL) failed.push(`${row.target.name}: performance ${perf} < ${PERFORMANCE_GOAL}`);
      if (a11y < ACCESSIBILITY_GOAL) failed.push(`${row.target.name}: accessibility ${a11y} < ${ACCESSIBILITY_GOAL}`);
      if (row.target.htmlBudget && row.html > row.target.htmlBudget)
        failed.push(`${row.target.name}: HTML ${kb} KB over its budget`);
      if (perf < PERFORMANCE_GOAL || a11y < ACCESSIBILITY_GOAL) for (const f of row.failures) console.log(`      ${f}`);
    }
    console.log(
      `\nLIGHTHOUSE ${rows.map((r) => `${r.target.name.replace(/\s+/g, "_")}=${median(r.performance)}/${median(r.accessibility)}/${(r.html / 1024).toFixed(1)}KB`).join(" ")}`,
    );
    if (failed.length) {
      console.error(`\nBelow the goals:\n  ${failed.join("\n  ")}`);
      process.exitCode = 1;
    }
  } finally {
    stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
