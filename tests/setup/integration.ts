import { readFileSync } from "node:fs";
import { afterAll, beforeEach, inject, vi } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { createPglite } from "@/lib/db/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { createTranslator } from "use-intl/core";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { setDb } from "@/lib/db/client";
import vi_messages from "@/lib/i18n/messages/vi.json";
import { currentIdentity, resetSession, setSessionsDatabase, testCookies, testHeaders } from "./session";

// Only the session, the request's cookies, Next's cache and the translation lookup are replaced;
// the database, the migrations and the data layer are the real ones.
vi.mock("@/lib/auth/identity", () => ({
  ACTIVE_ROLE_COOKIE: "active-role",
  readIdentity: async () => currentIdentity(),
  clearSessionCookies: async () => resetSession(),
}));
vi.mock("next/headers", () => ({ cookies: async () => testCookies(), headers: async () => testHeaders() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale: "vi", messages: vi_messages, namespace: namespace as never }),
  getLocale: async () => "vi",
}));

const kind = process.env.TEST_DB;
let pglite: PGlite | undefined;
let db: PrismaClient;

if (kind === "postgres") {
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.TEST_DATABASE_URL!, max: 4 }) });
} else {
  const dump = new Blob([readFileSync(inject("pgliteDump"))]);
  pglite = createPglite(undefined, { loadDataDir: dump });
  db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
}
setDb(db);
setSessionsDatabase(db);

const tables = (
  await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`
).map((t) => `"${t.tablename}"`);

beforeEach(async () => {
  resetSession();
  // TRUNCATE fires no row triggers, so the append-only audit table can be emptied between tests.
  await db.$executeRaw`TRUNCATE TABLE ${Prisma.raw(tables.join(", "))} CASCADE`;
});

afterAll(async () => {
  await db.$disconnect();
  await pglite?.close();
});
