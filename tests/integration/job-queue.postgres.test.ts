import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { requestAnnexJob } from "@/lib/dal/read-models/export-jobs";
import { startPgBossRunner } from "@/lib/jobs/queue";
import { annexWorld, waitFor } from "@/tests/factories/jobs";
import { actAs } from "@/tests/setup/session";

// pg-boss needs a PostgreSQL server (the embedded database runs the same jobs in process: jobs.test.ts).
describe("the job queue on PostgreSQL", () => {
  it("run an enqueued export through pg-boss on PostgreSQL, and schedule the reminders and the outbox once", async () => {
    const w = await annexWorld(2);
    const db = await getDb();
    actAs(w.org);
    const { job } = await requestAnnexJob({ roundId: w.round.id });
    const url = process.env.TEST_DATABASE_URL!;
    // Two instances start their runners at once: both schedule, one schedule row per job results.
    const [a, b] = await Promise.all([startPgBossRunner(db, url), startPgBossRunner(db, url)]);
    try {
      expect(a.kind).toBe("pg-boss");
      await a.enqueue("export", { jobId: job.id });
      await waitFor(async () => (await db.exportJob.findUniqueOrThrow({ where: { id: job.id } })).status === "DONE");
      const schedules = await db.$queryRaw<{ name: string; cron: string }[]>`
        SELECT name, cron FROM pgboss.schedule ORDER BY name`;
      expect(schedules).toEqual([
        { name: "outbox", cron: "* * * * *" },
        { name: "reminders", cron: "5 * * * *" },
      ]);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  }, 60_000);
});
