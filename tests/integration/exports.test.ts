import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getProgressExport, getRatingExport, getTaskExport } from "@/lib/dal/exports";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { createCadre, createProvince, createRound, createTask, createUser } from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

async function world() {
  const p = await createProvince();
  const cadre = await createCadre({ unitId: p.department.id, managedById: p.province.id, fullName: "Phạm Văn Xuất" });
  const cadreUser = await createUser({ roles: [{ role: "CADRE", unitId: p.department.id }], cadreId: cadre.id });
  const standing = await createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: p.province.id }] });
  const org = await createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: p.province.id }] });
  const communeOrg = await createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: p.commune.id }] });
  const round = await createRound({ assigningBodyId: p.province.id, status: "CLOSED" });
  const db = await getDb();
  await db.reportDeadline.create({
    data: { roundId: round.id, year: 2027, quarter: 1, dueDate: new Date("2027-04-15T16:59:59Z") },
  });
  const submitted = await createTask({ roundId: round.id, cadre, supervisorId: standing.id, assignedById: standing.id });
  const drafted = await createTask({ roundId: round.id, cadre, supervisorId: standing.id, assignedById: standing.id });
  await createTask({ roundId: round.id, cadre, supervisorId: standing.id, assignedById: standing.id, status: "CANCELLED" });
  const report = async (taskId: string, status: "SUBMITTED" | "DRAFT", value: string) => {
    const target = await db.target.findFirstOrThrow({ where: { taskId } });
    await db.quarterlyReport.create({
      data: {
        taskId,
        year: 2027,
        quarter: 1,
        results: `Kết quả ${status}`,
        status,
        submittedAt: status === "SUBMITTED" ? new Date() : null,
        actuals: { create: { targetId: target.id, actualValue: value } },
      },
    });
  };
  await report(submitted.id, "SUBMITTED", "40");
  await report(drafted.id, "DRAFT", "90");
  return { p, cadreUser, standing, org, communeOrg, round, submitted, drafted };
}

describe("exports", () => {
  it("lists the round's assigned tasks in scope, and a quarter's submitted reports but never a draft", async () => {
    const w = await world();
    actAs(w.org);
    const list = await getTaskExport({ roundId: w.round.id });
    expect(list.tasks.map((t) => t.code).sort()).toEqual([w.submitted.code, w.drafted.code].sort());
    expect(list.body.name).toBe("Tỉnh ủy Thử nghiệm");
    expect(list.tasks[0]).toMatchObject({ cadreName: "Phạm Văn Xuất", unitName: "Sở Nông nghiệp và Môi trường" });
    expect(list.tasks[0]!.targets[0]).toMatchObject({ baseline: 0, targetValue: 100, direction: "INCREASE" });

    const progress = await getProgressExport({ roundId: w.round.id, quarter: { year: 2027, quarter: 1 } });
    const byCode = new Map(progress.tasks.map((t) => [t.code, t.report]));
    expect(byCode.get(w.submitted.code)).toMatchObject({ status: "SUBMITTED", results: "Kết quả SUBMITTED" });
    expect(Object.values(byCode.get(w.submitted.code)!.actuals)).toEqual([40]);
    // The cadre's draft is still theirs alone.
    expect(byCode.get(w.drafted.code)).toBeNull();
    // A quarter the round has no deadline for is not a document.
    await expect(getProgressExport({ roundId: w.round.id, quarter: { year: 2027, quarter: 3 } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    // Narrowed to a unit with none of the tasks: an empty list, not another unit's.
    expect((await getTaskExport({ roundId: w.round.id, unitId: w.p.orgBoard.id })).tasks).toEqual([]);
  });

  it("is the committees' only, each within its own scope", async () => {
    const w = await world();
    actAs(w.cadreUser);
    await expect(getTaskExport({ roundId: w.round.id })).rejects.toBeInstanceOf(ForbiddenError);
    actAs(w.communeOrg);
    await expect(getTaskExport({ roundId: w.round.id })).rejects.toBeInstanceOf(NotFoundError);
    actAs(w.org);
    // A unit outside the caller's scope is not found, whatever the round.
    const elsewhere = await createProvince();
    await expect(getTaskExport({ roundId: w.round.id, unitId: elsewhere.department.id })).rejects.toBeInstanceOf(NotFoundError);
    actAs(w.standing);
    expect((await getTaskExport({ roundId: w.round.id })).tasks).toHaveLength(2);
  });

  it("summarises a cycle's ratings, final ones only, and only for its own body's committees", async () => {
    const w = await world();
    const db = await getDb();
    const cycle = await db.evaluationCycle.create({ data: { roundId: w.round.id, year: 2027, thresholds: {} } });
    const cadres = await db.cadre.findMany({ where: { unitId: w.p.department.id } });
    await db.evaluation.create({
      data: {
        cycleId: cycle.id,
        cadreId: cadres[0]!.id,
        status: "PROPOSED",
        proposedRating: "GOOD",
        finalRating: "EXCELLENT",
        aggregateScore: "81.5",
      },
    });
    actAs(w.standing);
    const summary = await getRatingExport(cycle.id);
    expect(summary.year).toBe(2027);
    // A rating not yet decided is not shown as final.
    expect(summary.evaluations).toEqual([
      expect.objectContaining({ cadreName: "Phạm Văn Xuất", proposedRating: "GOOD", finalRating: null, aggregateScore: 81.5 }),
    ]);
    actAs(w.communeOrg);
    await expect(getRatingExport(cycle.id)).rejects.toBeInstanceOf(NotFoundError);
    actAs(w.cadreUser);
    await expect(getRatingExport(cycle.id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
