// What the benchmarks share (npm run bench, npm run bench:load): the generated province, the production
// server they start, and signing in through next-auth as the sign-in form does.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { hashPassword } from "@/lib/auth/password";
import { applyMigrations } from "@/lib/db/migrations";
import { BENCH_PASSWORD, countBenchData, generateBenchData } from "./bench-data";

export function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

export const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

// ───────────────────────────── Database ─────────────────────────────

export async function prepareDatabase(url: string) {
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

export async function portIsFree(port: number) {
  return new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

export async function freePort(preferred: number) {
  if (await portIsFree(preferred)) return preferred;
  return new Promise<number>((resolve) => {
    const server = net.createServer();
    server.listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export const nextBin = () => path.join(process.cwd(), "node_modules/next/dist/bin/next");

export function build() {
  console.log("Building the application (next build)…");
  const t = performance.now();
  const result = spawnSync(process.execPath, [nextBin(), "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) fail(`next build failed (exit ${result.status}).`);
  console.log(`Built in ${seconds(t)} s.`);
}

export type Server = { process: ChildProcess; output: string[]; stop: () => void };

export function startServer(port: number, url: string, env: Record<string, string> = {}): Server {
  const output: string[] = [];
  // As `npm start` serves (one worker per core, scripts/start.mjs), in its own process group, so that stopping
  // it also stops every worker.
  const child = spawn(process.execPath, [path.join(process.cwd(), "scripts/start.mjs"), "-p", String(port)], {
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
      ...env,
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

export async function waitUntilServing(base: string, server: Server) {
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
export class CookieJar {
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
export async function signIn(base: string, username: string, password: string) {
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

export async function get(base: string, jar: CookieJar, route: string) {
  const res = await fetch(`${base}${route}`, { redirect: "manual", headers: { cookie: jar.header() } });
  return { status: res.status, location: res.headers.get("location"), body: await res.text() };
}

/** Fails loudly unless the signed-in page is the real one, not the sign-in page, an error or a redirect. */
export async function expectPage(base: string, jar: CookieJar, route: string, markers: string[]) {
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
