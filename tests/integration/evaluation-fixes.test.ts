import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { addTaskToCycle, listMissingFromCycle, openEvaluationCycle } from "@/lib/dal/evaluations/cycles";
import { decideEvaluation, finaliseProposal } from "@/lib/dal/evaluations/decision";
import { getEvaluation, saveCouncilScores, submitSelfAssessment } from "@/lib/dal/evaluations/scoring";
import { getDashboard, listDashboardTasks } from "@/lib/dal/read-models/dashboard";
import { getProgressExport } from "@/lib/dal/read-models/exports";
import { DEFAULT_CRITERIA, DEFAULT_THRESHOLDS } from "@/lib/domain/evaluation";
import { reportDueDate } from "@/lib/domain/quarters";
import { documentLabels } from "@/lib/exports/labels";
import { progressWorkbook } from "@/lib/exports/xlsx";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import * as f from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

/** A 2027 round of the province with one cadre holding a task, and a second cadre with none yet. */
async function setup() {
  const u = await f.createProvince();
  const org = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.province.id }] });
  const communeOrg = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.commune.id }] });
  const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.province.id }] });
  const member = await f.createUser({ roles: [{ role: "COUNCIL", unitId: u.province.id }] });
  const supervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.province.id }] });
  const cadre = await f.createCadre({ unitId: u.department.id, managedById: u.province.id });
  const cadreUser = await f.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: u.department.id }] });
  const late = await f.createCadre({ unitId: u.department.id, managedById: u.province.id });
  const lateUser = await f.createUser({ cadreId: late.id, roles: [{ role: "CADRE", unitId: u.department.id }] });
  const round = await f.createRound({ assigningBodyId: u.province.id, year: 2027, status: "CLOSED" });
  const otherRound = await f.createRound({ assigningBodyId: u.province.id, year: 2028, status: "OPEN" });
  const first = await f.createTask({ roundId: round.id, cadre, supervisorId: supervisor.id, assignedById: standing.id });
  actAs(org);
  const { id: cycleId } = await openEvaluationCycle({
    roundId: round.id,
    year: 2027,
    memberIds: [member.id],
    criteria: DEFAULT_CRITERIA.map((c) => ({ ...c })),
    thresholds: DEFAULT_THRESHOLDS,
  });
  const assign = (c: { id: string; unitId: string }, roundId = round.id) =>
    f.createTask({ roundId, cadre: c, supervisorId: supervisor.id, assignedById: standing.id });
  return { ...u, org, communeOrg, standing, member, cadre, cadreUser, late, lateUser, round, otherRound, first, cycleId, assign };
}
type Setup = Awaited<ReturnType<typeof setup>>;

async function evaluationOf(s: Setup, cadreId: string) {
  return (await getDb()).evaluation.findUnique({ where: { cycleId_cadreId: { cycleId: s.cycleId, cadreId } } });
}

const auditRows = async (action: string) => (await getDb()).auditEvent.count({ where: { action } });

/** The cadre's self-assessment of the tasks they have, then the member's full sheet, submitted. */
async function assessedAndScored(s: Setup) {
  const e = (await evaluationOf(s, s.cadre.id))!;
  actAs(s.cadreUser);
  await submitSelfAssessment({
    evaluationId: e.id,
    version: e.version,
    selfRating: "GOOD",
    selfSummary: null,
    tasks: [{ taskId: s.first.id, level: "GOOD", score: 80, justification: "Theo báo cáo quý IV" }],
  });
  const criteria = await (await getDb()).evaluationCriterion.findMany({ where: { cycleId: s.cycleId } });
  actAs(s.member);
  await saveCouncilScores({
    evaluationId: e.id,
    submit: true,
    scores: criteria.map((c) => ({ taskId: s.first.id, criterionId: c.id, score: 80, comment: null })),
  });
  return e.id;
}

describe("adding a cadre or a task to an open evaluation cycle", () => {
  it("lists a cadre whose first task came after the cycle opened, adds them once, audited and told", async () => {
    const s = await setup();
    actAs(s.org);
    expect((await listMissingFromCycle(s.cycleId)).total).toBe(0);
    const task = await s.assign(s.late);
    // A task of another round, or of another year, is not the cycle's.
    await s.assign(s.late, s.otherRound.id);
    const missing = await listMissingFromCycle(s.cycleId);
    expect(missing.items.map((t) => [t.id, t.evaluation])).toEqual([[task.id, null]]);

    const added = await addTaskToCycle({ cycleId: s.cycleId, taskId: task.id });
    expect(added.added).toBe(true);
    const evaluation = await evaluationOf(s, s.late.id);
    expect(evaluation).toMatchObject({ id: added.evaluationId, status: "SELF_ASSESSMENT" });
    expect(await auditRows("evaluationCycle.addCadre")).toBe(1);
    const db = await getDb();
    expect(await db.notification.count({ where: { userId: s.lateUser.id, kind: "evaluation.opened" } })).toBe(1);
    // The cadre now sees the task in their evaluation, and the cycle page lists nothing more.
    actAs(s.lateUser);
    expect((await getEvaluation(added.evaluationId)).tasks.map((t) => t.id)).toEqual([task.id]);
    actAs(s.org);
    expect((await listMissingFromCycle(s.cycleId)).total).toBe(0);

    // A second click (or another tab) finds it in and changes nothing.
    expect(await addTaskToCycle({ cycleId: s.cycleId, taskId: task.id })).toEqual({
      added: false,
      evaluationId: added.evaluationId,
    });
    expect(await db.evaluation.count({ where: { cycleId: s.cycleId, cadreId: s.late.id } })).toBe(1);
    expect(await auditRows("evaluationCycle.addCadre")).toBe(1);
  });

  it("sends a self-assessment made before a task was assigned back to the cadre, reopening the council's sheets", async () => {
    const s = await setup();
    const evaluationId = await assessedAndScored(s);
    const second = await s.assign(s.cadre);
    actAs(s.org);
    const missing = await listMissingFromCycle(s.cycleId);
    expect(missing.items.map((t) => [t.id, t.evaluation?.status])).toEqual([[second.id, "COUNCIL_SCORING"]]);
    // Without the task's scores the proposal could never be made: the sheets lack it.
    await expect(finaliseProposal({ evaluationId, version: 1, note: null })).rejects.toMatchObject({ code: "noCouncilScores" });

    expect((await addTaskToCycle({ cycleId: s.cycleId, taskId: second.id })).added).toBe(true);
    const db = await getDb();
    expect(await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } })).toMatchObject({
      status: "SELF_ASSESSMENT",
      version: 2,
    });
    expect(await db.councilSubmission.count({ where: { evaluationId } })).toBe(0);
    const row = await db.auditEvent.findFirstOrThrow({ where: { action: "evaluation.addTask" } });
    expect(row).toMatchObject({ entityId: evaluationId, fromState: "COUNCIL_SCORING", toState: "SELF_ASSESSMENT" });
    expect(row.data).toMatchObject({ taskId: second.id, reopenedSheets: 1 });
    expect((await listMissingFromCycle(s.cycleId)).total).toBe(0);
    expect((await addTaskToCycle({ cycleId: s.cycleId, taskId: second.id })).added).toBe(false);
    expect(await auditRows("evaluation.addTask")).toBe(1);

    // The cadre assesses both tasks now; the council scores both.
    actAs(s.cadreUser);
    expect((await getEvaluation(evaluationId)).actions).toContain("submitSelfAssessment");
  });

  it("refuses to add to a decided evaluation until the standing committee reopens it", async () => {
    const s = await setup();
    const evaluationId = await assessedAndScored(s);
    actAs(s.org);
    await finaliseProposal({ evaluationId, version: 1, note: null });
    actAs(s.standing);
    await decideEvaluation({
      evaluationId,
      version: 2,
      rating: "GOOD",
      reason: null,
      decisionNumber: "12-QĐ/TU",
      decisionDate: new Date("2028-01-20T00:00:00Z"),
    });
    const second = await s.assign(s.cadre);
    actAs(s.org);
    await expect(addTaskToCycle({ cycleId: s.cycleId, taskId: second.id })).rejects.toMatchObject({ code: "reopenBeforeAdding" });
  });

  it("is the organisation committee's alone; another body's cycle, another round's task and a closed cycle are refused", async () => {
    const s = await setup();
    const task = await s.assign(s.late);
    for (const wrong of [s.standing, s.member, s.cadreUser]) {
      actAs(wrong);
      await expect(addTaskToCycle({ cycleId: s.cycleId, taskId: task.id })).rejects.toBeInstanceOf(ForbiddenError);
    }
    actAs(s.standing);
    await expect(listMissingFromCycle(s.cycleId)).rejects.toBeInstanceOf(ForbiddenError);
    actAs(s.communeOrg);
    await expect(addTaskToCycle({ cycleId: s.cycleId, taskId: task.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listMissingFromCycle(s.cycleId)).rejects.toBeInstanceOf(NotFoundError);
    actAs(s.org);
    const elsewhere = await s.assign(s.late, s.otherRound.id);
    await expect(addTaskToCycle({ cycleId: s.cycleId, taskId: elsewhere.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addTaskToCycle({ cycleId: "khong-co", taskId: task.id })).rejects.toBeInstanceOf(NotFoundError);
    await (await getDb()).evaluationCycle.update({ where: { id: s.cycleId }, data: { status: "CLOSED" } });
    await expect(addTaskToCycle({ cycleId: s.cycleId, taskId: task.id })).rejects.toMatchObject({ code: "cycleClosed" });
    expect(await evaluationOf(s, s.late.id)).toBeNull();
  });

  it("adds a cadre once when the same click arrives many times at once", async () => {
    const s = await setup();
    const task = await s.assign(s.late);
    actAs(s.org);
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => addTaskToCycle({ cycleId: s.cycleId, taskId: task.id })),
    );
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    const added = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    expect(added.filter((r) => r.added)).toHaveLength(1);
    expect(new Set(added.map((r) => r.evaluationId)).size).toBe(1);
    expect(await (await getDb()).evaluation.count({ where: { cycleId: s.cycleId, cadreId: s.late.id } })).toBe(1);
    expect(await auditRows("evaluationCycle.addCadre")).toBe(1);
  });

  it("sends an assessed evaluation back once when the same click arrives many times at once", async () => {
    const s = await setup();
    const evaluationId = await assessedAndScored(s);
    const second = await s.assign(s.cadre);
    actAs(s.org);
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => addTaskToCycle({ cycleId: s.cycleId, taskId: second.id })),
    );
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(results.filter((r) => r.status === "fulfilled" && r.value.added)).toHaveLength(1);
    expect(await (await getDb()).evaluation.findUniqueOrThrow({ where: { id: evaluationId } })).toMatchObject({
      status: "SELF_ASSESSMENT",
      version: 2,
    });
    expect(await auditRows("evaluation.addTask")).toBe(1);
  });
});

/** A submitted report of the task's quarter with the one value for its (only) target. */
async function reported(taskId: string, quarter: number, value: string) {
  const db = await getDb();
  const target = await db.target.findFirstOrThrow({ where: { taskId } });
  await db.quarterlyReport.create({
    data: {
      taskId,
      year: 2027,
      quarter,
      results: "Kết quả",
      status: "SUBMITTED",
      submittedAt: new Date(),
      actuals: { create: { targetId: target.id, actualValue: value } },
    },
  });
}

describe("progress beyond the target", () => {
  it("shows the council 105,1 % where 105,1 % was measured, and the drill-down both the measured figure and the capped one", async () => {
    const s = await setup();
    // The factory's target goes from 0 to 100.
    await reported(s.first.id, 4, "105.1");
    const e = (await evaluationOf(s, s.cadre.id))!;
    actAs(s.org);
    expect((await getEvaluation(e.id)).tasks.map((t) => t.progress)).toEqual([105.1]);
    actAs(s.cadreUser);
    expect((await getEvaluation(e.id)).tasks.map((t) => t.progress)).toEqual([105.1]);
    actAs(s.org);
    const drill = await listDashboardTasks({ roundId: s.round.id, page: 1 }, new Date("2027-11-20T10:00:00+07:00"));
    expect(drill.items.map((t) => [t.code, t.progress, t.measured])).toEqual([[s.first.code, 100, 105.1]]);
    // The quarter's progress sheet has the measured figure too.
    await (await getDb()).reportDeadline.create({
      data: { roundId: s.round.id, year: 2027, quarter: 4, dueDate: reportDueDate({ year: 2027, quarter: 4 }) },
    });
    const data = await getProgressExport({ roundId: s.round.id, quarter: { year: 2027, quarter: 4 } });
    const chunks: Buffer[] = [];
    for await (const chunk of progressWorkbook(data, documentLabels("vi"))) chunks.push(Buffer.from(chunk));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const values: unknown[] = [];
    workbook.worksheets[0]!.eachRow((row) => values.push(...(row.values as unknown[])));
    expect(values).toContain(105.1);
  });
});

describe("the fourth quarter's progress sheet", () => {
  it("is offered by default once the fourth quarter's reports are due, though the next year's round has begun", async () => {
    const s = await setup();
    const db = await getDb();
    for (const [round, year] of [
      [s.round, 2027],
      [s.otherRound, 2028],
    ] as const)
      for (let quarter = 1; quarter <= 4; quarter++)
        await db.reportDeadline.create({ data: { roundId: round.id, year, quarter, dueDate: reportDueDate({ year, quarter }) } });
    await reported(s.first.id, 4, "80");
    actAs(s.org);
    // Before the due date (15/01/2028) the fourth quarter is not due yet.
    const early = await getDashboard({}, new Date("2028-01-10T10:00:00+07:00"));
    expect(early.round?.id).toBe(s.round.id);
    expect(early.reportsByQuarter.map((q) => q.quarter)).toEqual([1, 2, 3]);
    const due = await getDashboard({}, new Date("2028-01-20T10:00:00+07:00"));
    expect(due.round?.id).toBe(s.round.id);
    expect(due.reportsByQuarter.map((q) => q.quarter)).toEqual([1, 2, 3, 4]);
    const sheet = await getProgressExport({ roundId: s.round.id, quarter: { year: 2027, quarter: 4 } });
    expect(sheet.tasks.map((t) => [t.code, t.report?.actuals])).toEqual([[s.first.code, expect.any(Object)]]);
    // Once the new round's first reports are due, it is the default again.
    const spring = await getDashboard({}, new Date("2028-04-20T10:00:00+07:00"));
    expect(spring.round?.id).toBe(s.otherRound.id);
  });
});
