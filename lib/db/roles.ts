import { readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";

export const DEFAULT_APP_ROLE = "dotpha_app";

/**
 * Creates (if missing) and grants the application's database role by running scripts/db-roles.sql, the one
 * source of those grants, on a connection of a superuser or of the schema's owner.
 */
export async function applyApplicationRole(client: pg.Client, options: { role: string; password?: string }) {
  const sql = readFileSync(path.join(process.cwd(), "scripts/db-roles.sql"), "utf8");
  // Session settings, not string interpolation: the name and password reach the script as data.
  await client.query("SELECT set_config('dotpha.app_role', $1, false), set_config('dotpha.app_password', $2, false)", [
    options.role,
    options.password ?? "",
  ]);
  try {
    await client.query(sql);
  } finally {
    await client.query("RESET dotpha.app_role; RESET dotpha.app_password");
  }
}
