import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { carryOverTasks } from "@/lib/dal/evaluations/carry-over";
import { decideEvaluation, finaliseProposal, reopenEvaluation } from "@/lib/dal/evaluations/decision";
import { getCadreRecord } from "@/lib/dal/evaluations/record";
import { getEvaluation, saveCouncilScores, submitSelfAssessment } from "@/lib/dal/evaluations/scoring";
import { moveEvaluation, openEvaluationCycle } from "@/lib/dal/evaluations/cycles";
import { DEFAULT_CRITERIA, DEFAULT_THRESHOLDS } from "@/lib/domain/evaluation";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import * as f from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

/** A 2027 round with a cadre holding two tasks: the first reached its target in Q4, the second did not. */
async function setup() {
  const u = await f.createProvince();
  const org = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.province.id }] });
  const communeOrg = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.commune.id }] });
  const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.province.id }] });
  const communeStanding = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.commune.id }] });
  const member1 = await f.createUser({ roles: [{ role: "COUNCIL", unitId: u.province.id }] });
  const member2 = await f.createUser({ roles: [{ role: "COUNCIL", unitId: u.province.id }] });
  const supervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.province.id }] });
  const cadre = await f.createCadre({ unitId: u.department.id, managedById: u.province.id });
  const cadreUser = await f.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: u.department.id }] });
  const other = await f.createCadre({ unitId: u.department.id, managedById: u.province.id });
  const otherUser = await f.createUser({ cadreId: other.id, roles: [{ role: "CADRE", unitId: u.department.id }] });
  // The pilot's threshold rule: these tests are about the council and the decision, not the 2025 conditions.
  const round = await f.createRound({
    assigningBodyId: u.province.id,
    year: 2027,
    status: "CLOSED",
    ratingRuleSet: "PILOT_2021",
  });
  const nextRound = await f.createRound({ assigningBodyId: u.province.id, year: 2028, status: "OPEN" });
  const done = await f.createTask({ roundId: round.id, cadre, supervisorId: supervisor.id, assignedById: standing.id });
  const open = await f.createTask({ roundId: round.id, cadre, supervisorId: supervisor.id, assignedById: standing.id });
  const db = await getDb();
  for (const [task, value] of [
    [done, "100"],
    [open, "40"],
  ] as const) {
    const target = await db.target.findFirstOrThrow({ where: { taskId: task.id } });
    await db.quarterlyReport.create({
      data: {
        taskId: task.id,
        year: 2027,
        quarter: 4,
        results: "Kết quả",
        status: "SUBMITTED",
        submittedAt: new Date(),
        actuals: { create: { targetId: target.id, actualValue: value } },
      },
    });
  }
  return {
    ...u,
    org,
    communeOrg,
    standing,
    communeStanding,
    member1,
    member2,
    cadre,
    cadreUser,
    other,
    otherUser,
    round,
    nextRound,
    done,
    open,
  };
}
type Setup = Awaited<ReturnType<typeof setup>>;

const openInput = (s: Setup) => ({
  roundId: s.round.id,
  year: 2027,
  memberIds: [s.member1.id, s.member2.id],
  criteria: DEFAULT_CRITERIA.map((c) => ({ ...c })),
  thresholds: DEFAULT_THRESHOLDS,
});

async function opened(s: Setup) {
  actAs(s.org);
  const { id: cycleId } = await openEvaluationCycle(openInput(s));
  const db = await getDb();
  const evaluation = await db.evaluation.findFirstOrThrow({ where: { cycleId, cadreId: s.cadre.id } });
  const criteria = await db.evaluationCriterion.findMany({ where: { cycleId }, orderBy: { position: "asc" } });
  return { cycleId, evaluationId: evaluation.id, criteria };
}

async function selfAssessed(s: Setup) {
  const o = await opened(s);
  actAs(s.cadreUser);
  await submitSelfAssessment({
    evaluationId: o.evaluationId,
    version: 0,
    selfRating: "GOOD",
    selfSummary: null,
    tasks: [s.done, s.open].map((t) => ({
      taskId: t.id,
      level: "GOOD" as const,
      score: 80,
      justification: "Theo báo cáo quý IV",
    })),
  });
  return o;
}

/** A full sheet from one member: every criterion of every task the same score. */
const sheet = (s: Setup, o: Awaited<ReturnType<typeof opened>>, score: number, submit: boolean) => ({
  evaluationId: o.evaluationId,
  submit,
  scores: [s.done, s.open].flatMap((t) => o.criteria.map((c) => ({ taskId: t.id, criterionId: c.id, score, comment: null }))),
});

describe("opening the year-end evaluation", () => {
  it("lists every cadre with tasks in the year, with weights adding up to 100; only the round's own committee opens it", async () => {
    const s = await setup();
    actAs(s.org);
    await expect(
      openEvaluationCycle({
        ...openInput(s),
        criteria: [
          { name: "Một", weight: 60 },
          { name: "Hai", weight: 30 },
        ],
      }),
    ).rejects.toMatchObject({ code: "weightsNot100" });
    actAs(s.communeOrg);
    await expect(openEvaluationCycle(openInput(s))).rejects.toBeInstanceOf(NotFoundError);
    actAs(s.cadreUser);
    await expect(openEvaluationCycle(openInput(s))).rejects.toBeInstanceOf(ForbiddenError);
    const { cycleId } = await opened(s);
    const db = await getDb();
    expect(await db.evaluation.count({ where: { cycleId } })).toBe(1);
    expect(await db.notification.count({ where: { userId: s.cadreUser.id, kind: "evaluation.opened" } })).toBe(1);
    actAs(s.org);
    await expect(openEvaluationCycle(openInput(s))).rejects.toMatchObject({ code: "cycleExists" });
  });
});

describe("scoring", () => {
  it("the cadre assesses every task; another cadre cannot see it", async () => {
    const s = await setup();
    const o = await opened(s);
    actAs(s.cadreUser);
    await expect(
      submitSelfAssessment({
        evaluationId: o.evaluationId,
        version: 0,
        selfRating: "GOOD",
        selfSummary: null,
        tasks: [{ taskId: s.done.id, level: "GOOD", score: 80, justification: "x" }],
      }),
    ).rejects.toMatchObject({ code: "assessEveryTask" });
    await submitSelfAssessment({
      evaluationId: o.evaluationId,
      version: 0,
      selfRating: "GOOD",
      selfSummary: "Hoàn thành tốt",
      tasks: [s.done, s.open].map((t) => ({ taskId: t.id, level: "GOOD" as const, score: 80, justification: "Theo báo cáo" })),
    });
    expect(await getEvaluation(o.evaluationId)).toMatchObject({ status: "COUNCIL_SCORING", selfRating: "GOOD" });
    actAs(s.otherUser);
    await expect(getEvaluation(o.evaluationId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("each member scores independently: the others' scores appear only after submitting one's own, which then cannot change", async () => {
    const s = await setup();
    const o = await selfAssessed(s);
    actAs(s.member1);
    await expect(
      saveCouncilScores({ ...sheet(s, o, 90, true), scores: sheet(s, o, 90, true).scores.slice(1) }),
    ).rejects.toMatchObject({
      code: "scoreEverything",
    });
    await saveCouncilScores(sheet(s, o, 90, false));
    actAs(s.member2);
    await saveCouncilScores(sheet(s, o, 70, false));
    const beforeSubmitting = await getEvaluation(o.evaluationId);
    expect(beforeSubmitting.others).toBeNull();
    expect(beforeSubmitting.tasks.every((t) => t.councilMean === null)).toBe(true);
    expect(beforeSubmitting.mine?.scores[s.done.id]?.[o.criteria[0]!.id]?.score).toBe("70");
    actAs(s.member1);
    await saveCouncilScores(sheet(s, o, 90, true));
    await expect(saveCouncilScores(sheet(s, o, 10, false))).rejects.toMatchObject({ code: "alreadySubmitted" });
    const afterSubmitting = await getEvaluation(o.evaluationId);
    expect(afterSubmitting.others?.map((m) => m.submitted)).toEqual(expect.arrayContaining([true, false]));
    // The cadre never sees the council's sheets.
    actAs(s.cadreUser);
    expect((await getEvaluation(o.evaluationId)).others).toBeNull();
  });

  it("the proposal averages the submitted sheets and names who did not score", async () => {
    const s = await setup();
    const o = await selfAssessed(s);
    actAs(s.org);
    await expect(finaliseProposal({ evaluationId: o.evaluationId, version: 1, note: null })).rejects.toMatchObject({
      code: "noCouncilScores",
    });
    actAs(s.member1);
    await saveCouncilScores(sheet(s, o, 92, true));
    actAs(s.member2);
    await saveCouncilScores(sheet(s, o, 30, false)); // saved, not submitted: it does not count
    actAs(s.org);
    await finaliseProposal({ evaluationId: o.evaluationId, version: 1, note: null });
    const db = await getDb();
    const stored = await db.evaluation.findUniqueOrThrow({ where: { id: o.evaluationId } });
    expect(stored).toMatchObject({ status: "PROPOSED", proposedRating: "EXCELLENT" });
    expect(stored.aggregateScore!.toString()).toBe("92");
    expect(stored.proposalNote).toContain("Chưa chấm:");
  });
});

describe("the decision", () => {
  async function proposed(s: Setup) {
    const o = await selfAssessed(s);
    for (const [m, score] of [
      [s.member1, 80],
      [s.member2, 85],
    ] as const) {
      actAs(m);
      await saveCouncilScores(sheet(s, o, score, true));
    }
    actAs(s.org);
    await finaliseProposal({ evaluationId: o.evaluationId, version: 1, note: null });
    return o;
  }
  const decision = { decisionNumber: "210-QĐ/TU", decisionDate: new Date("2028-01-20T00:00:00+07:00") };

  it("a rating other than the proposal needs a reason; the decision locks it and settles each task", async () => {
    const s = await setup();
    const o = await proposed(s);
    actAs(s.org);
    await expect(
      decideEvaluation({ evaluationId: o.evaluationId, version: 2, rating: "GOOD", reason: null, ...decision }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    actAs(s.communeStanding);
    await expect(
      decideEvaluation({ evaluationId: o.evaluationId, version: 2, rating: "GOOD", reason: null, ...decision }),
    ).rejects.toBeInstanceOf(NotFoundError);
    actAs(s.standing);
    expect((await getEvaluation(o.evaluationId)).proposedRating).toBe("GOOD"); // 82.5
    await expect(
      decideEvaluation({ evaluationId: o.evaluationId, version: 2, rating: "EXCELLENT", reason: null, ...decision }),
    ).rejects.toMatchObject({ code: "overrideNeedsReason" });
    await decideEvaluation({
      evaluationId: o.evaluationId,
      version: 2,
      rating: "EXCELLENT",
      reason: "Sản phẩm có sức lan tỏa toàn tỉnh",
      ...decision,
    });
    await expect(
      decideEvaluation({ evaluationId: o.evaluationId, version: 2, rating: "GOOD", reason: null, ...decision }),
    ).rejects.toBeInstanceOf(ConflictError);
    const db = await getDb();
    expect(await db.evaluation.findUniqueOrThrow({ where: { id: o.evaluationId } })).toMatchObject({
      status: "DECIDED",
      locked: true,
      finalRating: "EXCELLENT",
      overrideReason: "Sản phẩm có sức lan tỏa toàn tỉnh",
    });
    expect((await db.task.findUniqueOrThrow({ where: { id: s.done.id } })).status).toBe("COMPLETED");
    expect((await db.task.findUniqueOrThrow({ where: { id: s.open.id } })).status).toBe("UNFINISHED");
    // Locked: nothing more can be scored; only the standing committee reopens it, with a reason, audited.
    actAs(s.member1);
    await expect(saveCouncilScores(sheet(s, o, 10, false))).rejects.toMatchObject({ code: "transitionNotAllowed" });
    actAs(s.cadreUser);
    await expect(reopenEvaluation({ evaluationId: o.evaluationId, version: 3, reason: "x" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await getCadreRecord(s.cadre.id)).years.find((y) => y.year === 2027)?.rating?.value).toBe("EXCELLENT");
    actAs(s.standing);
    await reopenEvaluation({ evaluationId: o.evaluationId, version: 3, reason: "Bổ sung minh chứng" });
    expect(await db.evaluation.findUniqueOrThrow({ where: { id: o.evaluationId } })).toMatchObject({
      status: "PROPOSED",
      locked: false,
    });
    expect(
      await db.auditEvent.count({
        where: { entityId: o.evaluationId, action: "evaluation.reopen", reason: "Bổ sung minh chứng" },
      }),
    ).toBe(1);
  });

  it("carries unfinished tasks into next year's round, linked to their original, starting from the value reached", async () => {
    const s = await setup();
    const o = await proposed(s);
    actAs(s.standing);
    await decideEvaluation({ evaluationId: o.evaluationId, version: 2, rating: "GOOD", reason: null, ...decision });
    const db = await getDb();
    const third = await f.createTask({
      roundId: s.round.id,
      cadre: s.other,
      supervisorId: s.open.supervisorId,
      assignedById: s.standing.id,
      status: "UNFINISHED",
    });
    actAs(s.communeOrg);
    await expect(
      carryOverTasks({ fromRoundId: s.round.id, year: 2027, toRoundId: s.nextRound.id, taskIds: [s.open.id] }),
    ).rejects.toBeInstanceOf(NotFoundError);
    actAs(s.org);
    // The committee opted the third task out.
    expect(
      await carryOverTasks({ fromRoundId: s.round.id, year: 2027, toRoundId: s.nextRound.id, taskIds: [s.open.id] }),
    ).toEqual({ count: 1 });
    const carried = await db.task.findFirstOrThrow({ where: { carriedFromId: s.open.id }, include: { targets: true } });
    expect(carried).toMatchObject({ origin: "CARRIED_OVER", roundId: s.nextRound.id, cadreId: s.cadre.id, status: "ASSIGNED" });
    expect(carried.targets[0]!.baseline!.toString()).toBe("40");
    expect(carried.targets[0]!.originalValue.toString()).toBe("100");
    expect(carried.targets[0]!.carriedFromId).not.toBeNull();
    expect((await db.task.findUniqueOrThrow({ where: { id: s.open.id } })).status).toBe("CARRIED_OVER");
    expect((await db.task.findUniqueOrThrow({ where: { id: third.id } })).status).toBe("UNFINISHED");
    // A completed task cannot be carried over.
    await expect(
      carryOverTasks({ fromRoundId: s.round.id, year: 2027, toRoundId: s.nextRound.id, taskIds: [s.done.id] }),
    ).rejects.toMatchObject({ code: "transitionNotAllowed" });
  });

  it("a cadre's record is theirs and their committees' alone", async () => {
    const s = await setup();
    actAs(s.cadreUser);
    expect((await getCadreRecord(s.cadre.id)).years.map((y) => y.year)).toEqual([2027]);
    actAs(s.otherUser);
    await expect(getCadreRecord(s.cadre.id)).rejects.toBeInstanceOf(NotFoundError);
    actAs(s.communeOrg);
    await expect(getCadreRecord(s.cadre.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("changing step", () => {
  it("the committee closes self-assessment for a cadre who did not submit, with a reason; a cadre cannot", async () => {
    const s = await setup();
    const o = await opened(s);
    actAs(s.cadreUser);
    await expect(
      moveEvaluation({ evaluationId: o.evaluationId, version: 0, action: "closeSelfAssessment", reason: "x" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    actAs(s.standing);
    await expect(
      moveEvaluation({ evaluationId: o.evaluationId, version: 0, action: "closeSelfAssessment", reason: "x" }),
    ).rejects.toMatchObject({ code: "transitionNotAllowed" });
    actAs(s.org);
    await moveEvaluation({
      evaluationId: o.evaluationId,
      version: 0,
      action: "closeSelfAssessment",
      reason: "Đồng chí nghỉ chế độ",
    });
    expect(await getEvaluation(o.evaluationId)).toMatchObject({ status: "COUNCIL_SCORING", selfRating: null });
    actAs(s.member1);
    await saveCouncilScores(sheet(s, o, 70, true));
  });
});
