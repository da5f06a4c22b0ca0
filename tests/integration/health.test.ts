import { describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getDb, setDb, type Db } from "@/lib/db/client";
import { readiness } from "@/lib/dal/read-models/health";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";

type MigrationRow = { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null };

/** A database whose migration history reads as given, to see how readiness judges it. */
async function historyReading(change: (rows: MigrationRow[]) => MigrationRow[]) {
  const db = await getDb();
  const rows = await db.$queryRaw<MigrationRow[]>`SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`;
  return async () => ({ $queryRaw: async () => change(rows) }) as unknown as Db;
}

describe("the health and readiness probes", () => {
  it("health answers 200 with a small JSON body that no cache keeps", async () => {
    const response = health();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("ready answers 200 when the database answers and every migration is applied", async () => {
    const response = await ready(new Request("http://localhost/api/ready"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ready" });
  });

  it("ready answers 503 without any detail when the database cannot be reached", async () => {
    const original = await getDb();
    const unreachable = new PrismaClient({
      adapter: new PrismaPg({ connectionString: "postgresql://nobody:secret@127.0.0.1:1/none", max: 1 }),
    });
    setDb(unreachable);
    try {
      const response = await ready(new Request("http://localhost/api/ready", { headers: { "x-request-id": "probe-00000001" } }));
      expect(response.status).toBe(503);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("x-request-id")).toBe("probe-00000001");
      const body = await response.text();
      expect(JSON.parse(body)).toEqual({ status: "unavailable" });
      expect(body).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|secret|postgres/i);
    } finally {
      setDb(original);
      await unreachable.$disconnect();
    }
  });

  it("readiness is refused while a migration is pending or has failed", async () => {
    expect(await readiness(await historyReading((rows) => rows))).toEqual({ ready: true });
    expect(await readiness(await historyReading((rows) => rows.slice(1)))).toEqual({ ready: false, reason: "migrations" });
    expect(
      await readiness(await historyReading((rows) => rows.map((r, i) => (i === 0 ? { ...r, finished_at: null } : r)))),
    ).toEqual({
      ready: false,
      reason: "migrations",
    });
    // A migration that was rolled back and then applied again counts as applied.
    const again = (rows: MigrationRow[]) => [...rows, { ...rows[0]!, finished_at: null, rolled_back_at: new Date() }];
    expect(await readiness(await historyReading(again))).toEqual({ ready: true });
  });

  it("readiness says the database is the problem when it cannot be opened", async () => {
    expect(await readiness(() => Promise.reject(new Error("no database")))).toEqual({ ready: false, reason: "database" });
  });
});
