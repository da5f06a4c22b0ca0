// Opens (and, for the embedded database, migrates) the database when the server starts, so that a
// missing or out-of-date database is reported once, clearly, instead of on the first request. Then starts
// this instance's job runner: pg-boss on PostgreSQL, in-process on the embedded database (docs/decisions/077).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { openDatabaseAtStartup } = await import("@/lib/db/startup");
    await openDatabaseAtStartup();
    const { getJobRunner } = await import("@/lib/jobs/queue");
    await getJobRunner().catch((error: unknown) => {
      // A queue that cannot start must not stop the app from serving; the scheduled work waits for it.
      console.error(`Job runner not started: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
}
