import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { DEMO_ACCOUNTS, seedDemo, SeedRefusedError } from "@/prisma/seed";

describe("the demo province", () => {
  it("fills an empty database with every role's account and data in every state, then refuses a second run", async () => {
    const db = await getDb();
    await seedDemo(db);
    const users = await db.user.findMany({
      where: { username: { in: DEMO_ACCOUNTS.map((a) => a.username) } },
      include: { memberships: true },
    });
    for (const account of DEMO_ACCOUNTS) {
      const user = users.find((u) => u.username === account.username);
      expect(
        user?.memberships.map((m) => m.role),
        account.username,
      ).toContain(account.role);
    }
    for (const role of ["CADRE", "ORG_COMMITTEE", "STANDING_COMMITTEE", "COUNCIL", "SUPERVISOR", "ADMIN"] as const) {
      expect(
        DEMO_ACCOUNTS.some((a) => a.role === role),
        role,
      ).toBe(true);
    }
    const statuses = async (rows: Promise<{ status: string }[]>) => new Set((await rows).map((r) => r.status));
    expect(await statuses(db.registration.findMany({ select: { status: true } }))).toEqual(
      new Set(["DRAFT", "SUBMITTED", "RETURNED", "FORWARDED", "DECIDED"]),
    );
    expect(await statuses(db.quarterlyReport.findMany({ select: { status: true } }))).toEqual(
      new Set(["DRAFT", "SUBMITTED", "RETURNED", "RESPONDED"]),
    );
    expect((await statuses(db.changeRequest.findMany({ select: { status: true } }))).has("PENDING")).toBe(true);
    expect((await statuses(db.evaluation.findMany({ select: { status: true } }))).has("COUNCIL_SCORING")).toBe(true);
    expect(await db.quarterlyReport.count({ where: { isLate: true } })).toBeGreaterThan(0);
    const tasks2026 = await db.task.count({ where: { round: { startYear: 2026 } } });
    expect(tasks2026).toBeGreaterThanOrEqual(180);
    expect(await db.task.count({ where: { targets: { none: {} } } })).toBe(0);
    expect(await db.cadre.count({ where: { managedBy: { parentId: null } } })).toBeGreaterThanOrEqual(70);

    const before = await db.unit.count();
    await expect(seedDemo(db)).rejects.toBeInstanceOf(SeedRefusedError);
    expect(await db.unit.count()).toBe(before);
  }, 120_000);
});
