import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { moveEvaluation, openEvaluationCycle } from "@/lib/dal/evaluations/cycles";
import { decideEvaluation, finaliseProposal } from "@/lib/dal/evaluations/decision";
import { taskFacts } from "@/lib/dal/evaluations/facts";
import { getEvaluation, saveCouncilScores } from "@/lib/dal/evaluations/scoring";
import { getDashboard } from "@/lib/dal/read-models/dashboard";
import { getRatingExport } from "@/lib/dal/read-models/exports";
import { getRoundCadrePage, setRoundRuleSet } from "@/lib/dal/registrations/rounds";
import { ratingSummary } from "@/lib/exports/docx";
import { documentLabels } from "@/lib/exports/labels";
import { DEFAULT_CRITERIA, DEFAULT_THRESHOLDS } from "@/lib/domain/evaluation";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import * as f from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

type TaskRef = { id: string };

/** A submitted report of the quarter giving every target of the task the value. */
async function report(task: TaskRef, year: number, quarter: number, value: string) {
  const db = await getDb();
  const targets = await db.target.findMany({ where: { taskId: task.id } });
  await db.quarterlyReport.create({
    data: {
      taskId: task.id,
      year,
      quarter,
      results: "Kết quả",
      status: "SUBMITTED",
      submittedAt: new Date(),
      actuals: { create: targets.map((t) => ({ targetId: t.id, actualValue: value })) },
    },
  });
}

async function setDeadline(task: TaskRef, deadline: Date) {
  const db = await getDb();
  await db.target.updateMany({ where: { taskId: task.id }, data: { deadline } });
}

async function people() {
  const u = await f.createProvince();
  const org = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.province.id }] });
  const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.province.id }] });
  const supervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.province.id }] });
  const member = await f.createUser({ roles: [{ role: "COUNCIL", unitId: u.province.id }] });
  return { ...u, org, standing, supervisor, member };
}

describe("the facts of the tasks", () => {
  it("counts completed, on time, exceeding, cancelled and carried-over tasks of a year, and of a quarter only what was due", async () => {
    const p = await people();
    const round = await f.createRound({ assigningBodyId: p.province.id, year: 2027, status: "CLOSED" });
    const cadre = await f.createCadre({ unitId: p.department.id, managedById: p.province.id });
    const task = (status?: "CANCELLED" | "CARRIED_OVER") =>
      f.createTask({ roundId: round.id, cadre, supervisorId: p.supervisor.id, assignedById: p.standing.id, status });
    const reached = await task();
    await report(reached, 2027, 4, "100");
    const exceeded = await task();
    await report(exceeded, 2027, 4, "120");
    const late = await task();
    await setDeadline(late, new Date("2027-06-29T17:00:00Z")); // 30/6/2027 in Vietnam
    await report(late, 2027, 2, "60");
    await report(late, 2027, 3, "100");
    const cancelled = await task("CANCELLED");
    const carried = await task("CARRIED_OVER");
    await report(carried, 2027, 4, "100");

    const db = await getDb();
    const year = (await taskFacts(db, { cadreIds: [cadre.id], roundId: round.id, period: { kind: "YEAR", year: 2027 } })).get(
      cadre.id,
    )!;
    expect(year.facts).toEqual({ own: { total: 4, completed: 3, onTime: 2, exceeding: 1, late: 1 }, unit: null });
    const byId = new Map(year.tasks.map((t) => [t.taskId, t]));
    expect(byId.get(late.id)).toMatchObject({ completed: true, onTime: false, exceeding: false });
    expect(byId.get(exceeded.id)).toMatchObject({ completed: true, onTime: true, exceeding: true });
    expect(byId.get(cancelled.id)).toMatchObject({ cancelled: true });
    expect(byId.get(carried.id)).toMatchObject({ carriedOver: true, completed: false });

    // In the second quarter only the task due on 30/6 is judged, on its Q2 report: not completed.
    const q2 = (
      await taskFacts(db, { cadreIds: [cadre.id], roundId: round.id, period: { kind: "QUARTER", year: 2027, quarter: 2 } })
    ).get(cadre.id)!;
    expect(q2.facts.own).toEqual({ total: 1, completed: 0, onTime: 0, exceeding: 0, late: 0 });
    expect(q2.tasks.find((t) => t.taskId === reached.id)).toMatchObject({ notDue: true });
    expect(q2.tasks.find((t) => t.taskId === late.id)).toMatchObject({ notDue: false, completed: false });
  });
});

type People = Awaited<ReturnType<typeof people>>;

/**
 * The year 2027 evaluated end to end for one cadre: the cycle opened, self-assessment closed, one member
 * scoring every criterion of every task `score`, the proposal finalised by the organisation committee.
 */
async function proposedAt(p: People, roundId: string, cadreId: string, score: number) {
  const db = await getDb();
  actAs(p.org);
  const existing = await db.evaluationCycle.findFirst({ where: { roundId, year: 2027 } });
  const cycleId =
    existing?.id ??
    (
      await openEvaluationCycle({
        roundId,
        year: 2027,
        memberIds: [p.member.id],
        criteria: DEFAULT_CRITERIA.map((c) => ({ ...c })),
        thresholds: DEFAULT_THRESHOLDS,
      })
    ).id;
  const e = await db.evaluation.findFirstOrThrow({ where: { cycleId, cadreId } });
  await moveEvaluation({ evaluationId: e.id, version: 0, action: "closeSelfAssessment", reason: "Quá hạn tự đánh giá" });
  const criteria = await db.evaluationCriterion.findMany({ where: { cycleId } });
  const tasks = await db.task.findMany({ where: { roundId, cadreId, status: { not: "CANCELLED" } } });
  actAs(p.member);
  await saveCouncilScores({
    evaluationId: e.id,
    submit: true,
    scores: tasks.flatMap((t) => criteria.map((c) => ({ taskId: t.id, criterionId: c.id, score, comment: null }))),
  });
  actAs(p.org);
  await finaliseProposal({ evaluationId: e.id, version: 1, note: null });
  return { evaluationId: e.id, cycleId };
}

/** A cadre of the department with five tasks of 2027: two exceeding, two reached, one reached a quarter late. */
async function fiveTasks(p: People, roundId: string) {
  const cadre = await f.createCadre({ unitId: p.department.id, managedById: p.province.id });
  const cadreUser = await f.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: p.department.id }] });
  const make = () => f.createTask({ roundId, cadre, supervisorId: p.supervisor.id, assignedById: p.standing.id });
  for (const value of ["120", "130", "100", "100"]) await report(await make(), 2027, 4, value);
  const late = await make();
  await setDeadline(late, new Date("2027-06-29T17:00:00Z"));
  await report(late, 2027, 2, "70");
  await report(late, 2027, 3, "100");
  return { cadre, cadreUser, late };
}

const decision = { decisionNumber: "15-QĐ/TU", decisionDate: new Date("2028-01-20T00:00:00+07:00") };

describe("the proposal under Quy định 366-QĐ/TW", () => {
  it("a 95-point cadre with one of five tasks late (20 %) is proposed at completed, and the page says why", async () => {
    const p = await people();
    const round = await f.createRound({ assigningBodyId: p.province.id, year: 2027, status: "CLOSED" });
    const { cadre } = await fiveTasks(p, round.id);
    const { evaluationId } = await proposedAt(p, round.id, cadre.id, 95);
    const db = await getDb();
    const stored = await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    expect(stored).toMatchObject({ proposedRating: "COMPLETED", ruleSet: "QD366_2025", ruleSetVersion: 1 });
    expect(stored.aggregateScore!.toString()).toBe("95");

    actAs(p.standing);
    const page = await getEvaluation(evaluationId);
    expect(page.proposal?.facts.own).toEqual({ total: 5, completed: 5, onTime: 4, exceeding: 2, late: 1 });
    const good = page.proposal!.levels.find((l) => l.rating === "GOOD")!;
    expect(good.met).toBe(false);
    expect(good.conditions).toContainEqual({ key: "allCompletedOnTime", met: false, value: 4, of: 5 });
    const completed = page.proposal!.levels.find((l) => l.rating === "COMPLETED")!;
    expect(completed.conditions).toContainEqual({ key: "lateAtMost", met: true, value: 1, of: 5, percent: 20 });
    expect(page.tasks.filter((t) => t.fact && !t.fact.onTime)).toHaveLength(1);
  });

  it("the head of a unit is held back by the unit: another cadre's unfinished task keeps 95 points from excellent and good", async () => {
    const p = await people();
    const round = await f.createRound({ assigningBodyId: p.province.id, year: 2027, status: "CLOSED" });
    const db = await getDb();
    const head = await f.createCadre({ unitId: p.department.id, managedById: p.province.id });
    await db.cadre.update({ where: { id: head.id }, data: { headsUnit: true } });
    const own = await f.createTask({
      roundId: round.id,
      cadre: head,
      supervisorId: p.supervisor.id,
      assignedById: p.standing.id,
    });
    await report(own, 2027, 4, "150");
    const deputy = await f.createCadre({ unitId: p.department.id, managedById: p.province.id });
    const theirs = await f.createTask({
      roundId: round.id,
      cadre: deputy,
      supervisorId: p.supervisor.id,
      assignedById: p.standing.id,
    });
    await report(theirs, 2027, 4, "40");

    const { evaluationId } = await proposedAt(p, round.id, head.id, 95);
    actAs(p.standing);
    const page = await getEvaluation(evaluationId);
    expect(page.proposedRating).toBe("COMPLETED");
    expect(page.proposal?.facts).toEqual({
      own: { total: 1, completed: 1, onTime: 1, exceeding: 1, late: 0 },
      unit: { total: 2, completed: 1, onTime: 1, exceeding: 1, late: 0 },
    });
    const excellent = page.proposal!.levels.find((l) => l.rating === "EXCELLENT")!;
    expect(excellent.conditions.filter((c) => !c.met).map((c) => c.key)).toEqual(["unitAllCompletedOnTime"]);
    expect(page.proposal!.unitTasks?.map((t) => t.code).sort()).toEqual([own.code, theirs.code].sort());

    // The same facts without the flag: excellent.
    const deputyRound = await f.createRound({ assigningBodyId: p.province.id, year: 2027, status: "CLOSED" });
    const plain = await f.createCadre({ unitId: p.department.id, managedById: p.province.id });
    await report(
      await f.createTask({ roundId: deputyRound.id, cadre: plain, supervisorId: p.supervisor.id, assignedById: p.standing.id }),
      2027,
      4,
      "150",
    );
    const other = await proposedAt(p, deputyRound.id, plain.id, 95);
    expect((await db.evaluation.findUniqueOrThrow({ where: { id: other.evaluationId } })).proposedRating).toBe("EXCELLENT");
  });
});

describe("the round's rule set", () => {
  it("a past rating and its explanation stay as decided after the round's rule set changes", async () => {
    const p = await people();
    const round = await f.createRound({ assigningBodyId: p.province.id, year: 2027, status: "CLOSED" });
    const { cadre } = await fiveTasks(p, round.id);
    const { evaluationId } = await proposedAt(p, round.id, cadre.id, 95);
    actAs(p.standing);
    await decideEvaluation({ evaluationId, version: 2, rating: "COMPLETED", reason: null, ...decision });
    const before = await getEvaluation(evaluationId);

    // Whatever changes the round's rule later (an administrator's repair, a migration), the decided rating and
    // its explanation are read from what was stored, not recomputed: under the pilot 95 points is excellent.
    const db = await getDb();
    await db.round.update({ where: { id: round.id }, data: { ratingRuleSet: "PILOT_2021" } });
    const after = await getEvaluation(evaluationId);
    expect(after.roundRuleSet).toBe("PILOT_2021");
    expect(after.proposedRating).toBe("COMPLETED");
    expect(after.finalRating).toBe("COMPLETED");
    expect(after.proposal).toEqual(before.proposal);
    expect(after.proposal).toMatchObject({ ruleSet: "QD366_2025", version: 1, rating: "COMPLETED" });
    expect(after.tasks.map((t) => t.fact)).toEqual(before.tasks.map((t) => t.fact));
  });

  it("a proposal keeps the rule set it was made under when the committee changes the round's before any decision", async () => {
    const p = await people();
    const round = await f.createRound({ assigningBodyId: p.province.id, year: 2027, status: "CLOSED" });
    const { cadre } = await fiveTasks(p, round.id);
    const { evaluationId } = await proposedAt(p, round.id, cadre.id, 95);
    actAs(p.org);
    await setRoundRuleSet({ id: round.id, version: round.version, ratingRuleSet: "PILOT_2021" });
    actAs(p.standing);
    const page = await getEvaluation(evaluationId);
    expect(page.roundRuleSet).toBe("PILOT_2021");
    expect(page.proposal).toMatchObject({ ruleSet: "QD366_2025", rating: "COMPLETED" });
    const db = await getDb();
    expect(await db.auditEvent.count({ where: { entityId: round.id, action: "round.setRuleSet", actorId: p.org.id } })).toBe(1);
  });

  it("the rule set cannot change once an evaluation of the round is decided", async () => {
    const p = await people();
    const round = await f.createRound({ assigningBodyId: p.province.id, year: 2027, status: "CLOSED" });
    const { cadre } = await fiveTasks(p, round.id);
    const { evaluationId } = await proposedAt(p, round.id, cadre.id, 95);
    actAs(p.standing);
    await decideEvaluation({ evaluationId, version: 2, rating: "COMPLETED", reason: null, ...decision });
    actAs(p.org);
    await expect(setRoundRuleSet({ id: round.id, version: round.version, ratingRuleSet: "PILOT_2021" })).rejects.toMatchObject({
      code: "ruleSetLocked",
    });
    expect((await getRoundCadrePage(round.id, { page: 1 })).round).toMatchObject({
      ratingRuleSet: "QD366_2025",
      ruleSetLocked: true,
    });
  });

  it("only the organisation committee over the round changes its rule set", async () => {
    const p = await people();
    const round = await f.createRound({ assigningBodyId: p.province.id, year: 2027, status: "OPEN" });
    const cadre = await f.createCadre({ unitId: p.department.id, managedById: p.province.id });
    const cadreUser = await f.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: p.department.id }] });
    const communeOrg = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: p.commune.id }] });
    const input = { id: round.id, version: round.version, ratingRuleSet: "PILOT_2021" as const };
    for (const wrong of [p.standing, p.member, cadreUser]) {
      actAs(wrong);
      await expect(setRoundRuleSet(input)).rejects.toBeInstanceOf(ForbiddenError);
    }
    actAs(communeOrg);
    await expect(setRoundRuleSet(input)).rejects.toBeInstanceOf(NotFoundError);
    const db = await getDb();
    expect((await db.round.findUniqueOrThrow({ where: { id: round.id } })).ratingRuleSet).toBe("QD366_2025");
    actAs(p.org);
    await setRoundRuleSet(input);
    expect((await db.round.findUniqueOrThrow({ where: { id: round.id } })).ratingRuleSet).toBe("PILOT_2021");
  });
});

describe("dashboards and exports", () => {
  it("the dashboard counts ratings per period and the cadres meeting each condition; the Word summary shows the conditions and the rule set", async () => {
    const p = await people();
    const round = await f.createRound({ assigningBodyId: p.province.id, year: 2027, status: "CLOSED" });
    const { cadre } = await fiveTasks(p, round.id);
    const exact = await f.createCadre({ unitId: p.department.id, managedById: p.province.id, fullName: "Trần Thị Đúng" });
    for (const value of ["120", "100", "100"])
      await report(
        await f.createTask({ roundId: round.id, cadre: exact, supervisorId: p.supervisor.id, assignedById: p.standing.id }),
        2027,
        4,
        value,
      );
    const first = await proposedAt(p, round.id, cadre.id, 95);
    await proposedAt(p, round.id, exact.id, 92);
    actAs(p.standing);
    await decideEvaluation({ evaluationId: first.evaluationId, version: 2, rating: "COMPLETED", reason: null, ...decision });

    actAs(p.org);
    const dashboard = await getDashboard({ roundId: round.id });
    expect(dashboard.ratingsByPeriod).toHaveLength(1);
    const year = dashboard.ratingsByPeriod[0]!;
    expect(year).toMatchObject({
      periodKind: "YEAR",
      year: 2027,
      evaluations: 2,
      proposed: 2,
      decided: 1,
      ratings: { COMPLETED: 1 },
    });
    expect(year.conditions).toEqual([
      { key: "allCompletedOnTime", met: 1, judged: 2 },
      { key: "exceedingAtLeast", met: 2, judged: 2 },
      { key: "allCompleted", met: 2, judged: 2 },
      { key: "lateAtMost", met: 2, judged: 2 },
    ]);

    const summary = await getRatingExport(first.cycleId);
    expect(summary.ruleSets).toEqual([{ id: "QD366_2025", version: 1 }]);
    const { value: text } = await mammoth.extractRawText({ buffer: await ratingSummary(summary, documentLabels("vi")) });
    expect(text).toContain("Xếp loại theo Quy định 366-QĐ/TW (2025), phiên bản 1");
    expect(text).toContain("Hoàn thành đúng hạn 4/5 — chưa đạt");
    expect(text).toContain("Chậm tiến độ 1/5 (tối đa 20 %) — đạt");
    expect(text).toContain("Vượt chỉ tiêu 1/3 (cần ≥ 30 %) — đạt");
  });
});
