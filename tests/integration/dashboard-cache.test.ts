import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { cachedFigures, getDashboard } from "@/lib/dal/read-models/dashboard";
import { saveReport } from "@/lib/dal/reports/report";
import { quarterOf, quarterStart, type Quarter } from "@/lib/domain/quarters";
import { ReportSchema } from "@/lib/validation/report";
import * as f from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "dotpha-uploads-"));

const nextQ = (q: Quarter): Quarter =>
  q.quarter === 4 ? { year: q.year + 1, quarter: 1 } : { year: q.year, quarter: q.quarter + 1 };

/** A round with one task of the province's department, running from this quarter to the end of the next. */
async function setup() {
  const u = await f.createProvince();
  const org = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.province.id }] });
  const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.province.id }] });
  const cadre = await f.createCadre({ unitId: u.department.id, managedById: u.province.id });
  const cadreUser = await f.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: u.department.id }] });
  const now = quarterOf(new Date());
  const db = await getDb();
  const round = await f.createRound({ assigningBodyId: u.province.id, year: now.year, status: "CLOSED" });
  const created = await f.createTask({ roundId: round.id, cadre, supervisorId: standing.id, assignedById: standing.id });
  await db.task.update({
    where: { id: created.id },
    data: { startDate: quarterStart(now), endDate: new Date(quarterStart(nextQ(nextQ(now))).getTime() - 1000) },
  });
  const task = await db.task.findUniqueOrThrow({ where: { id: created.id }, include: { targets: true } });
  return { ...u, org, cadreUser, round, task, target: task.targets[0]!, now };
}

async function versionOf(key: string) {
  const rows = await (await getDb()).$queryRaw<{ version: bigint }[]>`SELECT version FROM "DataVersion" WHERE key = ${key}`;
  return rows[0]?.version ?? null;
}

describe("the dashboard's figures cached by the round's data version", () => {
  it("are computed once per version, kept over a draft, and computed afresh when a submitted report changes the round's figures", async () => {
    const s = await setup();
    const db = await getDb();
    actAs(s.org);
    const before = await getDashboard({ roundId: s.round.id });
    expect(before.totals).toMatchObject({ tasks: 1, targets: 1, reachedTargets: 0 });
    const v1 = await versionOf(s.round.id);
    expect(v1).not.toBeNull();

    // The same version and day: the very figures computed before, not a second computation.
    const scope = { roundId: s.round.id, unitPath: s.province.path };
    const first = await cachedFigures(db, scope, new Date());
    expect(await cachedFigures(db, scope, new Date())).toBe(first);

    // A draft changes none of the task's figures: the version, and so the cached figures, stay.
    actAs(s.cadreUser);
    const form = (intent: "save" | "submit", version?: number) =>
      ReportSchema.parse({
        taskId: s.task.id,
        ...s.now,
        version,
        intent,
        results: "Đã hoàn thành cấp giấy chứng nhận cho toàn bộ hồ sơ.",
        selfProgress: "100",
        actuals: [{ targetId: s.target.id, actualValue: "100" }],
      });
    const draft = await saveReport(form("save"));
    expect(await versionOf(s.round.id)).toBe(v1);
    expect(await cachedFigures(db, scope, new Date())).toBe(first);

    // Submitted, the report reaches the target: a new version, and the dashboard shows it at once.
    await saveReport(form("submit", draft.version));
    const v2 = await versionOf(s.round.id);
    expect(v2! > v1!).toBe(true);
    expect(await cachedFigures(db, scope, new Date())).not.toBe(first);
    actAs(s.org);
    const after = await getDashboard({ roundId: s.round.id });
    expect(after.totals).toMatchObject({ tasks: 1, targets: 1, reachedTargets: 1 });
    expect(after.byHealth.find((h) => h.health === "COMPLETED")?.count).toBe(1);
  });

  it("are computed afresh when a unit every round counts is renamed", async () => {
    const s = await setup();
    actAs(s.org);
    const before = await getDashboard({ roundId: s.round.id });
    expect(before.byUnit.map((u) => u.unitName)).toEqual([s.department.name]);
    const all = await versionOf("*");
    await (await getDb()).unit.update({ where: { id: s.department.id }, data: { name: "Sở Tài chính" } });
    expect((await versionOf("*"))! > all!).toBe(true);
    const after = await getDashboard({ roundId: s.round.id });
    expect(after.byUnit.map((u) => u.unitName)).toEqual(["Sở Tài chính"]);
  });
});
