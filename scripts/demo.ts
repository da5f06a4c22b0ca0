// npm run demo: build, migrate and seed the database (embedded by default), serve on :3000, print the accounts.
// Flags: --no-build (serve the existing build), --fresh (empty the embedded database first; browser tests).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { adapterFactory, databaseTarget, DatabaseNotReadyError, describeTarget, messageOf, openDatabase } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { DEMO_ACCOUNTS, DEMO_MFA_ACCOUNT, DEMO_MFA_SECRET, DEMO_PASSWORD, seedDemo } from "@/prisma/seed";

const port = Number(process.env.PORT) || 3000;

/** A stable secret for the demo, kept beside the embedded data, so sessions survive a restart. */
function demoSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(process.cwd(), ".data/nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function prepareDatabase() {
  const target = databaseTarget();
  // --fresh (browser tests): start from an empty embedded database every time.
  if (process.argv.includes("--fresh") && target.kind === "embedded") rmSync(target.dataDir, { recursive: true, force: true });
  // PostgreSQL is migrated here, as `npm run db:migrate` would; the embedded database migrates as it opens.
  if (target.kind === "postgres") await applyMigrations(adapterFactory(target));
  const { db, close } = await openDatabase(target);
  try {
    if ((await db.unit.count()) === 0) {
      console.log(`Seeding the demo province into ${describeTarget(target)}…`);
      console.log(await seedDemo(db));
    } else {
      console.log(`${describeTarget(target)} already holds data; keeping it.`);
    }
  } finally {
    // The embedded database allows one process at a time: close it before the server opens it.
    await close();
  }
}

function printAccounts() {
  const rows = DEMO_ACCOUNTS.map((a) => [a.username, a.role, a.description.vi]);
  const width = [Math.max(...rows.map((r) => r[0]!.length)), Math.max(...rows.map((r) => r[1]!.length))];
  console.log(`\n  Giao việc đột phá, đổi mới — demo at http://localhost:${port}`);
  console.log(`  Every demo account's password: ${DEMO_PASSWORD}\n`);
  for (const [username, role, description] of rows) {
    console.log(`  ${username!.padEnd(width[0]!)}  ${role!.padEnd(width[1]!)}  ${description}`);
    if (username === DEMO_MFA_ACCOUNT) {
      // The one account with a second factor: its key goes into an authenticator app, or the command prints the code.
      console.log(`  ${"".padEnd(width[0]!)}  ${"".padEnd(width[1]!)}  ↳ two-step sign-in, key ${DEMO_MFA_SECRET}`);
      console.log(
        `  ${"".padEnd(width[0]!)}  ${"".padEnd(width[1]!)}    (current code: npm run mfa:code -- ${DEMO_MFA_ACCOUNT})`,
      );
    }
  }
  console.log("\n  Press Ctrl+C to stop.\n");
}

async function waitUntilServing(url: string, server: ReturnType<typeof spawn>) {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error("The server stopped while starting.");
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The server did not answer at ${url} within a minute.`);
}

async function main() {
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: demoSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    // The demo (and the browser tests, which serve through it) require no second factor by role, so the
    // other demo accounts stay one-step; only `admin` has one enrolled. Production defaults to four roles.
    MFA_REQUIRED_ROLES: process.env.MFA_REQUIRED_ROLES ?? "none",
  };
  if (!process.argv.includes("--no-build")) {
    console.log("Building the application (next build)…");
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  await prepareDatabase();
  const server = spawn("npx", ["next", "start", "-p", String(port)], { stdio: ["ignore", "inherit", "inherit"], env });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  await waitUntilServing(`http://localhost:${port}/login`, server);
  printAccounts();
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(`\n${error instanceof DatabaseNotReadyError ? error.message : messageOf(error)}\n`);
  process.exit(1);
});
