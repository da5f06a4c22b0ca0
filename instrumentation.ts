// Opens (and, for the embedded database, migrates) the database when the server starts, so that a
// missing or out-of-date database is reported once, clearly, instead of on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { openDatabaseAtStartup } = await import("@/lib/db/startup");
    await openDatabaseAtStartup();
  }
}
