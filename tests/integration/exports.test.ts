import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import {
  ANNEX_MAX_TASKS,
  getAnnexExport,
  getProgressExport,
  getRatingExport,
  getTaskExport,
} from "@/lib/dal/read-models/exports";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { quarterStart } from "@/lib/domain/quarters";
import { ExportFilterSchema } from "@/lib/validation/dashboard";
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
  const report = async (taskId: string, status: "SUBMITTED" | "DRAFT" | "RETURNED", value: string) => {
    const target = await db.target.findFirstOrThrow({ where: { taskId } });
    await db.quarterlyReport.create({
      data: {
        taskId,
        year: 2027,
        quarter: 1,
        results: `Kết quả ${status}`,
        status,
        submittedAt: status === "DRAFT" ? null : new Date(),
        actuals: { create: { targetId: target.id, actualValue: value } },
      },
    });
  };
  await report(submitted.id, "SUBMITTED", "40");
  await report(drafted.id, "DRAFT", "90");
  return { p, cadre, cadreUser, standing, org, communeOrg, round, submitted, drafted, report };
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

  it("shows a returned report as returned, without its rejected figures or text", async () => {
    const w = await world();
    const db = await getDb();
    const returned = await createTask({
      roundId: w.round.id,
      cadre: w.cadre,
      supervisorId: w.standing.id,
      assignedById: w.standing.id,
    });
    await w.report(returned.id, "RETURNED", "70");
    await db.quarterlyReport.updateMany({
      where: { taskId: returned.id },
      data: { difficulties: "Khó khăn", proposals: "Kiến nghị" },
    });
    actAs(w.org);
    const progress = await getProgressExport({ roundId: w.round.id, quarter: { year: 2027, quarter: 1 } });
    expect(progress.tasks.find((t) => t.code === returned.code)!.report).toEqual({
      status: "RETURNED",
      isLate: false,
      submittedAt: expect.any(Date),
      results: null,
      difficulties: null,
      proposals: null,
      actuals: {},
    });
  });

  it("lists in a quarter's progress only the tasks whose period overlaps the quarter", async () => {
    const w = await world();
    const db = await getDb();
    const q1 = { year: 2027, quarter: 1 };
    const q2Start = quarterStart({ year: 2027, quarter: 2 });
    // Starts the moment Q1 ends: not due in Q1.
    const later = await createTask({
      roundId: w.round.id,
      cadre: w.cadre,
      supervisorId: w.standing.id,
      assignedById: w.standing.id,
    });
    await db.task.update({ where: { id: later.id }, data: { startDate: q2Start } });
    // Ended before Q1 began: not due in Q1.
    const earlier = await createTask({
      roundId: w.round.id,
      cadre: w.cadre,
      supervisorId: w.standing.id,
      assignedById: w.standing.id,
    });
    await db.task.update({
      where: { id: earlier.id },
      data: { startDate: new Date("2026-07-01T00:00:00Z"), endDate: new Date(quarterStart(q1).getTime() - 1) },
    });
    // Ends the very moment Q1 begins: due in Q1.
    const edge = await createTask({
      roundId: w.round.id,
      cadre: w.cadre,
      supervisorId: w.standing.id,
      assignedById: w.standing.id,
    });
    await db.task.update({
      where: { id: edge.id },
      data: { startDate: new Date("2026-07-01T00:00:00Z"), endDate: quarterStart(q1) },
    });
    actAs(w.org);
    const progress = await getProgressExport({ roundId: w.round.id, quarter: q1 });
    expect(progress.tasks.map((t) => t.code).sort()).toEqual([w.submitted.code, w.drafted.code, edge.code].sort());
    // The task list is still the whole round's.
    expect((await getTaskExport({ roundId: w.round.id })).tasks.map((t) => t.code)).toEqual(
      expect.arrayContaining([later.code, earlier.code, edge.code]),
    );
  });

  it("refuses an annex of more tasks than its limit, counted before any is read", async () => {
    const w = await world();
    actAs(w.org);
    expect(ANNEX_MAX_TASKS).toBe(1500);
    const fits = await getAnnexExport({ roundId: w.round.id });
    expect(fits.tooLarge).toBe(false);
    expect(fits.tooLarge ? [] : fits.data.tasks).toHaveLength(2);
    expect(await getAnnexExport({ roundId: w.round.id }, 2)).toMatchObject({ tooLarge: false });
    expect(await getAnnexExport({ roundId: w.round.id }, 1)).toEqual({ tooLarge: true, count: 2, limit: 1 });
    // The limit does not lift the scope: a commune's committee still finds nothing of the province's round.
    actAs(w.communeOrg);
    await expect(getAnnexExport({ roundId: w.round.id }, 1)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("reads a junk field in an export's URL as a query that finds nothing, not as the whole round", () => {
    expect(ExportFilterSchema.safeParse({ roundId: "r", field: "NOT_A_FIELD" }).success).toBe(false);
    expect(ExportFilterSchema.safeParse({ roundId: "r", field: "" }).data).toEqual({ roundId: "r" });
    expect(ExportFilterSchema.safeParse({ roundId: "r", field: "LAND", unitId: "" }).data).toEqual({
      roundId: "r",
      field: "LAND",
    });
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
    const xuat = await db.cadre.findFirstOrThrow({ where: { unitId: w.p.department.id, fullName: "Phạm Văn Xuất" } });
    const decided = await createCadre({ unitId: w.p.department.id, managedById: w.p.province.id, fullName: "Lê Thị Quyết" });
    // Reopened after a decision: the old decision's fields are still on the record.
    await db.evaluation.create({
      data: {
        cycleId: cycle.id,
        cadreId: xuat.id,
        status: "PROPOSED",
        proposedRating: "GOOD",
        finalRating: "EXCELLENT",
        aggregateScore: "81.5",
        decisionNumber: "12-QĐ/TU",
        decisionDate: new Date("2028-01-10T00:00:00Z"),
      },
    });
    await db.evaluation.create({
      data: {
        cycleId: cycle.id,
        cadreId: decided.id,
        status: "DECIDED",
        proposedRating: "GOOD",
        finalRating: "EXCELLENT",
        overrideReason: "Hoàn thành vượt mức",
        aggregateScore: "92",
        decisionNumber: "15-QĐ/TU",
        decisionDate: new Date("2028-01-20T00:00:00Z"),
      },
    });
    actAs(w.standing);
    const summary = await getRatingExport(cycle.id);
    expect(summary.year).toBe(2027);
    // A decided rating is final, with its decision; one not (or no longer) decided is not, nor is its old decision.
    expect(summary.evaluations).toEqual([
      expect.objectContaining({
        cadreName: "Lê Thị Quyết",
        status: "DECIDED",
        finalRating: "EXCELLENT",
        aggregateScore: 92,
        decisionNumber: "15-QĐ/TU",
        decisionDate: new Date("2028-01-20T00:00:00Z"),
      }),
      expect.objectContaining({
        cadreName: "Phạm Văn Xuất",
        proposedRating: "GOOD",
        finalRating: null,
        aggregateScore: 81.5,
        decisionNumber: null,
        decisionDate: null,
      }),
    ]);
    actAs(w.communeOrg);
    await expect(getRatingExport(cycle.id)).rejects.toBeInstanceOf(NotFoundError);
    actAs(w.cadreUser);
    await expect(getRatingExport(cycle.id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
