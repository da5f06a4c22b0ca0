import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { decideEvaluation } from "@/lib/dal/evaluations/decision";
import { getCadreRecord, getPeriodsBeside } from "@/lib/dal/evaluations/record";
import { getEvaluation, submitSelfAssessment } from "@/lib/dal/evaluations/scoring";
import { moveEvaluation, openEvaluationCycle } from "@/lib/dal/evaluations/cycles";
import { DEFAULT_CRITERIA, DEFAULT_THRESHOLDS } from "@/lib/domain/evaluation";
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { addVietnamDays, quarterEvaluationDueDate, vietnamTime } from "@/lib/domain/quarters";
import { readStoredProposal } from "@/lib/domain/rating-rules";
import { produceEvaluationReminders } from "@/lib/jobs/reminders";
import * as f from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

/**
 * A 2027 round under Quy định 366 with one cadre and two tasks whose targets fall due in Q1: the first was
 * reached at the Q1 report, the second was not. Q1 is evaluated without a council.
 */
async function setup() {
  const u = await f.createProvince();
  const org = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.province.id }] });
  const communeOrg = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.commune.id }] });
  const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.province.id }] });
  const member = await f.createUser({ roles: [{ role: "COUNCIL", unitId: u.province.id }] });
  const supervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.province.id }] });
  const cadre = await f.createCadre({ unitId: u.department.id, managedById: u.province.id });
  const cadreUser = await f.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: u.department.id }] });
  const db = await getDb();
  await db.user.update({ where: { id: cadreUser.id }, data: { email: "canbo@example.vn" } });
  const round = await f.createRound({ assigningBodyId: u.province.id, year: 2027, status: "CLOSED" });
  const reached = await f.createTask({ roundId: round.id, cadre, supervisorId: supervisor.id, assignedById: standing.id });
  const missed = await f.createTask({ roundId: round.id, cadre, supervisorId: supervisor.id, assignedById: standing.id });
  for (const [task, value] of [
    [reached, "100"],
    [missed, "40"],
  ] as const) {
    const target = await db.target.findFirstOrThrow({ where: { taskId: task.id } });
    await db.target.update({ where: { id: target.id }, data: { deadline: vietnamTime(2027, 3, 31, 23, 59, 59) } });
    await db.quarterlyReport.create({
      data: {
        taskId: task.id,
        year: 2027,
        quarter: 1,
        results: "Kết quả quý I",
        status: "SUBMITTED",
        submittedAt: vietnamTime(2027, 4, 5, 9),
        actuals: { create: { targetId: target.id, actualValue: value } },
      },
    });
  }
  return { ...u, db, org, communeOrg, standing, member, cadre, cadreUser, round, reached, missed };
}
type Setup = Awaited<ReturnType<typeof setup>>;

const openQuarter = (s: Setup, quarter = 1) => ({
  roundId: s.round.id,
  periodKind: "QUARTER" as const,
  year: 2027,
  quarter,
  memberIds: [],
  criteria: DEFAULT_CRITERIA.map((c) => ({ ...c })),
  thresholds: DEFAULT_THRESHOLDS,
});

async function opened(s: Setup) {
  actAs(s.org);
  const { id: cycleId } = await openEvaluationCycle(openQuarter(s));
  const evaluation = await s.db.evaluation.findFirstOrThrow({ where: { cycleId, cadreId: s.cadre.id } });
  return { cycleId, evaluationId: evaluation.id };
}

const assessment = (s: Setup, evaluationId: string, version = 0) => ({
  evaluationId,
  version,
  selfRating: "EXCELLENT" as const,
  selfSummary: null,
  tasks: [s.reached, s.missed].map((t) => ({
    taskId: t.id,
    level: "EXCELLENT" as const,
    score: 95,
    achieved: "Đạt các chỉ tiêu của quý",
    objectiveCauses: t === s.missed ? "Mưa lũ tháng 2" : null,
    subjectiveCauses: t === s.missed ? "Phối hợp chưa chặt chẽ" : null,
  })),
});

describe("a quarterly evaluation", () => {
  it("runs from opening to decision: the rule set proposes from the quarter's facts, and a departure needs a reason", async () => {
    const s = await setup();
    const o = await opened(s);
    const cycle = await s.db.evaluationCycle.findUniqueOrThrow({ where: { id: o.cycleId } });
    expect(cycle).toMatchObject({ periodKind: "QUARTER", quarter: 1, councilRequired: false });
    // The default due date: the end of 15 March 2027 in Vietnam.
    expect(cycle.dueDate).toEqual(quarterEvaluationDueDate({ year: 2027, quarter: 1 }));
    expect(await s.db.councilMember.count({ where: { cycleId: o.cycleId } })).toBe(0);

    actAs(s.cadreUser);
    const before = await getEvaluation(o.evaluationId);
    expect(before.actions).toEqual(["submitForProposal"]);
    // A quarter says what each task achieved.
    await expect(
      submitSelfAssessment({
        ...assessment(s, o.evaluationId),
        tasks: assessment(s, o.evaluationId).tasks.map((t) => ({ ...t, achieved: null, justification: "Tốt" })),
      }),
    ).rejects.toMatchObject({ code: "describeAchieved" });
    await submitSelfAssessment(assessment(s, o.evaluationId));

    const e = await s.db.evaluation.findUniqueOrThrow({ where: { id: o.evaluationId } });
    // 95 points, but one of the two tasks due in the quarter is not completed: no level's conditions hold.
    expect(e).toMatchObject({ status: "PROPOSED", proposedRating: "NOT_COMPLETED", ruleSet: "QD366_2025", ruleSetVersion: 1 });
    expect(e.aggregateScore?.toString()).toBe("95");
    const stored = readStoredProposal(e.proposalFacts);
    expect(stored?.score).toBe(95);
    expect(stored?.facts.own).toMatchObject({ total: 2, completed: 1 });
    expect(stored?.tasks.map((t) => [t.code, t.completed])).toEqual(
      [
        [s.reached.code, true],
        [s.missed.code, false],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    const saved = await s.db.taskSelfAssessment.findFirstOrThrow({ where: { evaluationId: e.id, taskId: s.missed.id } });
    expect(saved).toMatchObject({ objectiveCauses: "Mưa lũ tháng 2", subjectiveCauses: "Phối hợp chưa chặt chẽ" });
    expect(await s.db.notification.count({ where: { userId: s.standing.id, kind: "evaluation.proposed" } })).toBe(1);

    actAs(s.standing);
    const decision = {
      evaluationId: e.id,
      version: e.version,
      decisionNumber: "12-QĐ/TU",
      decisionDate: vietnamTime(2027, 3, 20),
    };
    await expect(decideEvaluation({ ...decision, rating: "COMPLETED", reason: null })).rejects.toMatchObject({
      code: "overrideNeedsReason",
    });
    await decideEvaluation({ ...decision, rating: "COMPLETED", reason: "Việc chưa đạt do thiên tai, đã có xác nhận." });
    const decided = await s.db.evaluation.findUniqueOrThrow({ where: { id: e.id } });
    expect(decided).toMatchObject({
      status: "DECIDED",
      finalRating: "COMPLETED",
      overrideReason: "Việc chưa đạt do thiên tai, đã có xác nhận.",
      proposedRating: "NOT_COMPLETED",
    });
    // A quarter's decision settles no task: they run on to the year.
    expect(await s.db.task.count({ where: { id: { in: [s.reached.id, s.missed.id] }, status: "ASSIGNED" } })).toBe(2);
    const audits = await s.db.auditEvent.findMany({ where: { entityId: e.id }, orderBy: { at: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["evaluation.submitForProposal", "evaluation.decide"]);
  });

  it("refuses a second cycle for the same quarter, while another quarter and the year open beside it", async () => {
    const s = await setup();
    await opened(s);
    await expect(openEvaluationCycle(openQuarter(s))).rejects.toMatchObject({ code: "cycleExists" });
    await expect(openEvaluationCycle(openQuarter(s, 2))).resolves.toHaveProperty("id");
    await expect(
      openEvaluationCycle({ ...openQuarter(s), periodKind: "YEAR", quarter: 0, memberIds: [s.member.id] }),
    ).resolves.toHaveProperty("id");
    expect(await s.db.evaluationCycle.count({ where: { roundId: s.round.id } })).toBe(3);
    // A quarter must be named, and a year round has no term.
    await expect(openEvaluationCycle({ ...openQuarter(s), quarter: 0 })).rejects.toMatchObject({ code: "quarterRequired" });
    await expect(openEvaluationCycle({ ...openQuarter(s), periodKind: "TERM", councilRequired: false })).rejects.toMatchObject({
      code: "termNeedsTermRound",
    });
  });

  it("opened twice at the same moment, is opened once; the other caller is told it exists", async () => {
    const s = await setup();
    actAs(s.org);
    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, () => openEvaluationCycle(openQuarter(s))));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    for (const o of outcomes.filter((x) => x.status === "rejected"))
      expect((o as PromiseRejectedResult).reason).toSatisfy(
        (err: unknown) => err instanceof ConflictError || (err instanceof DomainError && err.code === "cycleExists"),
      );
    expect(await s.db.evaluationCycle.count({ where: { roundId: s.round.id } })).toBe(1);
    expect(await s.db.evaluation.count({ where: { cycle: { roundId: s.round.id } } })).toBe(1);
    expect(await s.db.auditEvent.count({ where: { action: "evaluationCycle.open", actorId: s.org.id } })).toBe(1);
  });

  it("submitted twice at once, is proposed once", async () => {
    const s = await setup();
    const o = await opened(s);
    actAs(s.cadreUser);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 5 }, () => submitSelfAssessment(assessment(s, o.evaluationId))),
    );
    expect(outcomes.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    expect(await s.db.auditEvent.count({ where: { entityId: o.evaluationId, action: "evaluation.submitForProposal" } })).toBe(1);
    expect(await s.db.taskSelfAssessment.count({ where: { evaluationId: o.evaluationId } })).toBe(2);
  });

  it("refuses the wrong role: a cadre cannot open or decide, the committee cannot self-assess, another body's committee finds nothing", async () => {
    const s = await setup();
    actAs(s.cadreUser);
    await expect(openEvaluationCycle(openQuarter(s))).rejects.toBeInstanceOf(ForbiddenError);
    actAs(s.communeOrg);
    await expect(openEvaluationCycle(openQuarter(s))).rejects.toBeInstanceOf(NotFoundError);
    const o = await opened(s);
    actAs(s.org);
    await expect(submitSelfAssessment(assessment(s, o.evaluationId))).rejects.toBeInstanceOf(ForbiddenError);
    actAs(s.member);
    await expect(getEvaluation(o.evaluationId)).rejects.toBeInstanceOf(NotFoundError);
    actAs(s.cadreUser);
    await submitSelfAssessment(assessment(s, o.evaluationId));
    const decision = {
      evaluationId: o.evaluationId,
      version: 1,
      rating: "NOT_COMPLETED" as const,
      reason: null,
      decisionNumber: "1",
      decisionDate: new Date(),
    };
    await expect(decideEvaluation(decision)).rejects.toBeInstanceOf(ForbiddenError);
    actAs(s.org);
    await expect(decideEvaluation(decision)).rejects.toBeInstanceOf(ForbiddenError);
    // The council's moves do not exist on a cycle without a council.
    await expect(
      moveEvaluation({ evaluationId: o.evaluationId, version: 1, action: "returnSelfAssessment", reason: "x" }),
    ).rejects.toMatchObject({ code: "transitionNotAllowed" });
  });

  it("lets the committee close the step for a cadre who did not assess: the facts are judged with no score", async () => {
    const s = await setup();
    const o = await opened(s);
    actAs(s.org);
    await moveEvaluation({ evaluationId: o.evaluationId, version: 0, action: "closeForProposal", reason: "Quá hạn, không nộp" });
    const e = await s.db.evaluation.findUniqueOrThrow({ where: { id: o.evaluationId } });
    expect(e).toMatchObject({ status: "PROPOSED", proposedRating: null, aggregateScore: null, ruleSet: "QD366_2025" });
    actAs(s.standing);
    await moveEvaluation({ evaluationId: e.id, version: e.version, action: "returnForAssessment", reason: "Cho cán bộ bổ sung" });
    expect(await s.db.evaluation.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({
      status: "SELF_ASSESSMENT",
      ruleSet: null,
    });
  });

  it("reminds the cadre before the due date, once, and not once they have assessed", async () => {
    const s = await setup();
    const o = await opened(s);
    const due = quarterEvaluationDueDate({ year: 2027, quarter: 1 });
    expect(await produceEvaluationReminders(s.db, addVietnamDays(due, -10))).toBe(0);
    expect(await produceEvaluationReminders(s.db, addVietnamDays(due, -3))).toBe(1);
    expect(await produceEvaluationReminders(s.db, addVietnamDays(due, -2))).toBe(0);
    const sent = await s.db.notification.findMany({ where: { userId: s.cadreUser.id, kind: "evaluation.dueSoon" } });
    expect(sent.map((n) => [n.href, n.dedupeKey])).toEqual([
      [`/evaluations/${o.evaluationId}`, `evaluation-due:${o.evaluationId}`],
    ]);
    expect(await s.db.emailOutbox.count({ where: { to: "canbo@example.vn" } })).toBe(1);
    // Past the due date, nothing more; a second quarter's cadre who already assessed is not reminded.
    expect(await produceEvaluationReminders(s.db, addVietnamDays(due, 1))).toBe(0);
    actAs(s.org);
    const q2 = await openEvaluationCycle({ ...openQuarter(s, 2), dueDate: vietnamTime(2027, 6, 10, 23, 59, 59) });
    const e2 = await s.db.evaluation.findFirstOrThrow({ where: { cycleId: q2.id } });
    actAs(s.cadreUser);
    await submitSelfAssessment(assessment(s, e2.id));
    expect(await produceEvaluationReminders(s.db, vietnamTime(2027, 6, 8))).toBe(0);
  });

  it("opens a term for a whole-term round, rated at its last year, with the term's years beside it", async () => {
    const s = await setup();
    const term = await s.db.round.create({
      data: {
        name: "Giao việc nhiệm kỳ 2026–2030",
        assigningBodyId: s.province.id,
        periodKind: "TERM",
        startYear: 2026,
        endYear: 2030,
        registrationDeadline: vietnamTime(2026, 1, 31),
        status: "CLOSED",
      },
    });
    await s.db.task.update({ where: { id: s.reached.id }, data: { roundId: term.id } });
    actAs(s.org);
    const { id } = await openEvaluationCycle({
      ...openQuarter(s),
      roundId: term.id,
      periodKind: "TERM",
      memberIds: [s.member.id],
    });
    const cycle = await s.db.evaluationCycle.findUniqueOrThrow({ where: { id } });
    expect(cycle).toMatchObject({ periodKind: "TERM", year: 2030, quarter: 0, councilRequired: true, dueDate: null });
    const evaluation = await s.db.evaluation.findFirstOrThrow({ where: { cycleId: id } });
    const beside = await getPeriodsBeside(evaluation.id);
    expect(beside?.kind).toBe("YEAR");
    expect(beside?.periods.map((p) => [p.year, p.evaluationId])).toEqual([2026, 2027, 2028, 2029, 2030].map((y) => [y, null]));
    actAs(s.cadreUser);
    expect((await getCadreRecord(s.cadre.id)).terms.map((t) => [t.startYear, t.year, t.status])).toEqual([
      [2026, 2030, "SELF_ASSESSMENT"],
    ]);
  });

  it("shows the year's quarters beside the year, and the cadre's record holds the quarters and the year", async () => {
    const s = await setup();
    const o = await opened(s);
    actAs(s.cadreUser);
    await submitSelfAssessment(assessment(s, o.evaluationId));
    actAs(s.standing);
    await decideEvaluation({
      evaluationId: o.evaluationId,
      version: 1,
      rating: "NOT_COMPLETED",
      reason: null,
      decisionNumber: "12-QĐ/TU",
      decisionDate: vietnamTime(2027, 3, 20),
    });
    actAs(s.org);
    await openEvaluationCycle(openQuarter(s, 2));
    const year = await openEvaluationCycle({ ...openQuarter(s), periodKind: "YEAR", quarter: 0, memberIds: [s.member.id] });
    const yearly = await s.db.evaluation.findFirstOrThrow({ where: { cycleId: year.id } });
    const beside = await getPeriodsBeside(yearly.id);
    expect(beside?.kind).toBe("QUARTER");
    expect(
      beside?.periods.map((p) => [p.quarter, "status" in p ? p.status : null, "finalRating" in p ? p.finalRating : null]),
    ).toEqual([
      [1, "DECIDED", "NOT_COMPLETED"],
      [2, "SELF_ASSESSMENT", null],
      [3, null, null],
      [4, null, null],
    ]);
    actAs(s.cadreUser);
    const record = await getCadreRecord(s.cadre.id);
    const y2027 = record.years.find((y) => y.year === 2027)!;
    expect(y2027.quarters.map((q) => [q.quarter, q.finalRating])).toEqual([
      [1, "NOT_COMPLETED"],
      [2, null],
    ]);
    // Not decided: the year shows no rating yet.
    expect(y2027.rating).toBeNull();
  });
});
