import { databaseTarget, DatabaseNotReadyError, describeTarget, getDb } from "./client";

/** Server start-up: a database that cannot be used stops the server with a message a person can act on. */
export async function openDatabaseAtStartup() {
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
