import { PgBoss } from "pg-boss";
import { databaseTarget, getDb, type Db } from "@/lib/db/client";
import { VIETNAM_TIME_ZONE } from "@/lib/domain/quarters";
import { log } from "@/lib/log";
import { deliverOutbox } from "./outbox";
import { cleanupPendingUploads } from "./pending-uploads";
import { produceEvaluationReminders, produceExplanationReminders, produceReportReminders } from "./reminders";

// No "server-only" here: tests start the runners directly. The app starts one per instance from
// instrumentation.ts (docs/decisions/077).

/**
 * The reminder job: report and self-assessment reminders (in the app and into the outbox), then explanation requests' reminders
 * and escalations (lib/jobs/reminders.ts), then staged evidence files
 * never linked to a report (lib/jobs/pending-uploads.ts). Each step is (db, now) and safe to run from several places at once.
 */
export async function reminderJob(
  db: Db,
  now: Date,
): Promise<{ reminders: number; explanationsReminded: number; escalated: number; stagedRemoved: number }> {
  const reminders = (await produceReportReminders(db, now)) + (await produceEvaluationReminders(db, now));
  const { reminded, escalated } = await produceExplanationReminders(db, now);
  const stagedRemoved = await cleanupPendingUploads(db, now);
  return { reminders, explanationsReminded: reminded, escalated, stagedRemoved };
}

type JobData = Record<string, unknown>;

/** Every job the app runs, by queue name: its function, and for scheduled ones when it runs. */
export const JOBS = {
  /** Hourly, five minutes past (Vietnam time). */
  reminders: { cron: "5 * * * *", everyMs: 60 * 60_000, run: (db: Db) => reminderJob(db, new Date()) },
  /** Every minute: new mail, and failed mail whose retry time has come (the backoff is the outbox's own). */
  outbox: { cron: "* * * * *", everyMs: 60_000, run: (db: Db) => deliverOutbox(db) },
  /** A large export built in the background; enqueued by its route. */
  export: {
    cron: null,
    everyMs: null,
    run: async (db: Db, data: JobData) => {
      const { runExportJob } = await import("./export-job");
      return runExportJob(db, String(data.jobId));
    },
  },
} as const;

export type JobName = keyof typeof JOBS;

export interface JobRunner {
  readonly kind: "pg-boss" | "in-process";
  enqueue(name: JobName, data?: JobData): Promise<void>;
  stop(): Promise<void>;
}

function runJob(db: Db, name: JobName, data: JobData) {
  return (JOBS[name].run as (db: Db, data: JobData) => Promise<unknown>)(db, data);
}

/**
 * PostgreSQL: pg-boss. Every instance works every queue; a scheduled job is created once per schedule slot
 * whichever instances are up (pg-boss's cron pass takes a lock and a singleton key), and a job whose worker
 * died (SIGKILL) is retried by another instance once it expires. Retries back off exponentially.
 */
export async function startPgBossRunner(db: Db, url: string, options: { schedule?: boolean } = {}): Promise<JobRunner> {
  const schedule = options.schedule ?? true;
  const boss = new PgBoss({ connectionString: url, max: 3, schedule, application_name: "dot-pha-jobs" });
  boss.on("error", (error) => log.error({ err: error }, "job queue error"));
  await boss.start();
  for (const name of Object.keys(JOBS) as JobName[]) {
    await boss.createQueue(name, { retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 15 * 60 });
  }
  if (schedule) {
    for (const [name, job] of Object.entries(JOBS)) {
      if (job.cron) await boss.schedule(name, job.cron, null, { tz: VIETNAM_TIME_ZONE });
    }
  }
  for (const name of Object.keys(JOBS) as JobName[]) {
    await boss.work<JobData>(name, async (jobs) => {
      for (const job of jobs) {
        const result = await runJob(db, name, job.data ?? {});
        log[name === "outbox" ? "debug" : "info"]({ job: name, id: job.id, result }, "job done");
      }
    });
  }
  return {
    kind: "pg-boss",
    async enqueue(name, data = {}) {
      await boss.send(name, data);
    },
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}

/**
 * The embedded database (one process, one connection, no wire protocol for pg-boss): the same job functions,
 * run in this process one at a time, on timers instead of cron, with the same retries. Only one process can
 * open an embedded database, so nothing can run twice.
 */
export function startInProcessRunner(db: Db, options: { schedule?: boolean; retryDelayMs?: number } = {}): JobRunner {
  const timers: NodeJS.Timeout[] = [];
  let chain: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const retryDelay = options.retryDelayMs ?? 30_000;
  const attempt = async (name: JobName, data: JobData, tries: number): Promise<void> => {
    try {
      const result = await runJob(db, name, data);
      log[name === "outbox" ? "debug" : "info"]({ job: name, result }, "job done");
    } catch (error) {
      log.error({ err: error, job: name, tries }, "job failed");
      if (tries < 4 && !stopped) {
        const timer = setTimeout(() => void enqueue(name, data, tries + 1), retryDelay * 2 ** (tries - 1));
        timer.unref();
        timers.push(timer);
      }
    }
  };
  const enqueue = (name: JobName, data: JobData, tries = 1) => {
    const run = chain.then(() => (stopped ? undefined : attempt(name, data, tries)));
    chain = run.catch(() => {});
    return run;
  };
  if (options.schedule ?? true) {
    for (const [name, job] of Object.entries(JOBS)) {
      if (!job.everyMs) continue;
      const timer = setInterval(() => void enqueue(name as JobName, {}), job.everyMs);
      timer.unref();
      timers.push(timer);
    }
  }
  return {
    kind: "in-process",
    async enqueue(name, data = {}) {
      // Not awaited: the caller (a request) goes on while the job runs, as with the queue.
      void enqueue(name, data);
    },
    async stop() {
      stopped = true;
      for (const t of timers) clearInterval(t);
      await chain;
    },
  };
}

const store = globalThis as unknown as { __jobRunner?: Promise<JobRunner> };

/**
 * This process's job runner, started on first use (instrumentation.ts starts it with the server): pg-boss on
 * PostgreSQL, in-process on the embedded database. JOB_SCHEDULE=off leaves the schedules out (for those who
 * run `npm run reminders` from cron); the queue still runs exports.
 */
export function getJobRunner(): Promise<JobRunner> {
  store.__jobRunner ??= (async () => {
    const db = await getDb();
    const target = databaseTarget();
    const schedule = process.env.JOB_SCHEDULE !== "off";
    const runner =
      target.kind === "postgres" ? await startPgBossRunner(db, target.url, { schedule }) : startInProcessRunner(db, { schedule });
    log.info({ runner: runner.kind, schedule }, "job runner started");
    return runner;
  })();
  store.__jobRunner.catch(() => {
    store.__jobRunner = undefined;
  });
  return store.__jobRunner;
}

export async function enqueueJob(name: JobName, data: JobData = {}): Promise<void> {
  await (await getJobRunner()).enqueue(name, data);
}
