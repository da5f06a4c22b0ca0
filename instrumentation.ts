// Opens (and, for the embedded database, migrates) the database when the server starts, so that a
// missing or out-of-date database is reported once, clearly, instead of on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb, DatabaseNotReadyError, databaseTarget, describeTarget } = await import("@/lib/db/client");
  try {
    await getDb();
    console.log(`Database ready: ${describeTarget(databaseTarget())}`);
  } catch (error) {
    if (error instanceof DatabaseNotReadyError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
