import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { decideChangeRequest } from "@/lib/dal/tasks/change-requests";
import { decideProposedTask, supplementTask } from "@/lib/dal/decisions/assign";
import { carryOverTasks } from "@/lib/dal/evaluations/carry-over";
import { decideEvaluation, finaliseProposal, reopenEvaluation } from "@/lib/dal/evaluations/decision";
import { moveEvaluation, openEvaluationCycle } from "@/lib/dal/evaluations/cycles";
import { saveCouncilScores, submitSelfAssessment } from "@/lib/dal/evaluations/scoring";
import { forwardRegistration, returnRegistration } from "@/lib/dal/registrations/review";
import { saveProposedTask, submitRegistration } from "@/lib/dal/registrations/registration";
import { respondToReport, saveReport } from "@/lib/dal/reports/report";
import { changeRoundStatus } from "@/lib/dal/registrations/rounds";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { DEFAULT_CRITERIA, DEFAULT_THRESHOLDS } from "@/lib/domain/evaluation";
import type { NotificationKind } from "@/lib/domain/notification-kinds";
import { quarterOf, quarterStart } from "@/lib/domain/quarters";
import { ProposedTaskSchema } from "@/lib/validation/registration";
import { ReportSchema } from "@/lib/validation/report";
import * as f from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

// Twenty people (or one person's twenty clicks) do the same thing at the same moment. Every family of state
// change must end with one effect: one winner, one audit row, one notification where it notifies, and a
// conflict for each of the others; never a second effect, never an unexpected error. The session is mocked
// for the whole file, so the parallel calls share one identity, as a double-clicking user does.
const CALLS = 20;

type Figures = { family: string; calls: number; successes: number; conflicts: number; audits: number; notifications: number };
const figures: Figures[] = [];

afterAll(() => {
  // The figures the issue asks to be stated, printed once per run.
  console.info(
    `\n${process.env.TEST_DB} concurrency figures (family: calls / successes / conflicts / audit rows / notifications)\n` +
      figures
        .map((x) => `  ${x.family}: ${x.calls} / ${x.successes} / ${x.conflicts} / ${x.audits} / ${x.notifications}`)
        .join("\n"),
  );
});

/** Runs the same call `CALLS` times at once and sorts the outcomes. */
async function race<T>(call: () => Promise<T>) {
  const outcomes = await Promise.allSettled(Array.from({ length: CALLS }, () => call()));
  const values = outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
  const errors = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as unknown] : []));
  return { values, errors };
}

const codeOf = (e: unknown) => (e && typeof e === "object" && "code" in e ? String(e.code) : String(e));

/**
 * One winner and a conflict for every other caller; `audits` and `notified` are the rows the one effect
 * writes (by action and kind), each expected exactly once.
 */
async function expectOneEffect(
  family: string,
  outcome: { values: unknown[]; errors: unknown[] },
  audits: { action: AuditAction; entityId: string }[],
  notified: NotificationKind[],
) {
  expect(outcome.errors.map(codeOf)).toEqual(Array(CALLS - 1).fill("conflict"));
  expect(outcome.values).toHaveLength(1);
  const db = await getDb();
  for (const a of audits) expect(await db.auditEvent.count({ where: a }), a.action).toBe(1);
  for (const kind of notified) expect(await db.notification.count({ where: { kind } }), kind).toBe(1);
  figures.push({
    family,
    calls: CALLS,
    successes: outcome.values.length,
    conflicts: outcome.errors.length,
    audits: await db.auditEvent.count({ where: { OR: audits } }),
    notifications: await db.notification.count({ where: { kind: { in: notified } } }),
  });
}

// ───────────────────────────── Reports and change requests ─────────────────────────────

/** A task in the current quarter (its first), with its cadre, supervisor and standing committee. */
async function reporting() {
  const u = await f.createProvince();
  const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.province.id }] });
  const supervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.province.id }] });
  const cadre = await f.createCadre({ unitId: u.department.id, managedById: u.province.id });
  const cadreUser = await f.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: u.department.id }] });
  const quarter = quarterOf(new Date());
  const db = await getDb();
  const round = await f.createRound({ assigningBodyId: u.province.id, year: quarter.year, status: "CLOSED" });
  const created = await f.createTask({ roundId: round.id, cadre, supervisorId: supervisor.id, assignedById: standing.id });
  const task = await db.task.update({
    where: { id: created.id },
    data: { startDate: quarterStart(quarter), endDate: new Date(Date.UTC(quarter.year, 11, 31)) },
    include: { targets: true },
  });
  const report = (intent: "save" | "submit", results: string, version?: number) =>
    ReportSchema.parse({
      taskId: task.id,
      ...quarter,
      version,
      intent,
      results,
      selfProgress: "40",
      actuals: [{ targetId: task.targets[0]!.id, actualValue: "40" }],
    });
  return { ...u, standing, supervisor, cadre, cadreUser, quarter, task, report };
}

describe("twenty identical report calls at once", () => {
  it("two saves of one draft at the same version: one is stored, the other is a conflict", async () => {
    const s = await reporting();
    actAs(s.cadreUser);
    const { reportId } = await saveReport(s.report("save", "Bản nháp đầu"));
    const db = await getDb();
    // Several rounds of two tabs, so that a lost update cannot pass by luck of timing.
    for (let version = 0; version < 5; version++) {
      const texts = [`Tab thứ nhất, lần ${version + 1}`, `Tab thứ hai, lần ${version + 1}`];
      const outcomes = await Promise.allSettled(texts.map((text) => saveReport(s.report("save", text, version))));
      expect(outcomes.map((o) => (o.status === "fulfilled" ? "ok" : codeOf(o.reason))).sort()).toEqual(["conflict", "ok"]);
      const winner = texts[outcomes.findIndex((o) => o.status === "fulfilled")];
      const stored = await db.quarterlyReport.findUniqueOrThrow({ where: { id: reportId } });
      expect(stored).toMatchObject({ results: winner, version: version + 1, status: "DRAFT" });
    }
  });

  it("saving a draft: one save, nineteen conflicts; a draft is private, so it writes no audit row", async () => {
    const s = await reporting();
    actAs(s.cadreUser);
    const { reportId } = await saveReport(s.report("save", "Bản nháp đầu"));
    const outcome = await race(() => saveReport(s.report("save", "Bản nháp sửa", 0)));
    await expectOneEffect("report save (draft)", outcome, [], []);
    const db = await getDb();
    expect(await db.quarterlyReport.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({ version: 1 });
    expect(await db.auditEvent.count({ where: { entityId: reportId } })).toBe(0);
  });

  it("a first save of a quarter: the racing creators meet the quarter's unique key, and read a conflict", async () => {
    const s = await reporting();
    actAs(s.cadreUser);
    const outcome = await race(() => saveReport(s.report("submit", "Nộp ngay")));
    const db = await getDb();
    const report = await db.quarterlyReport.findFirstOrThrow({ where: { taskId: s.task.id } });
    await expectOneEffect(
      "report first save + submit",
      outcome,
      [{ action: "report.submit", entityId: report.id }],
      ["report.submitted"],
    );
    expect(await db.targetActual.count({ where: { reportId: report.id } })).toBe(1);
  });

  it("submitting a draft: one submission, one audit row, one notice to the supervisor", async () => {
    const s = await reporting();
    actAs(s.cadreUser);
    const { reportId } = await saveReport(s.report("save", "Bản nháp"));
    const outcome = await race(() => saveReport(s.report("submit", "Nộp", 0)));
    await expectOneEffect("report submit", outcome, [{ action: "report.submit", entityId: reportId }], ["report.submitted"]);
    expect(await (await getDb()).quarterlyReport.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({
      status: "SUBMITTED",
      version: 2,
    });
  });

  it.each(["respond", "return"] as const)(
    "a supervisor's %s: one effect, one audit row, one notice to the cadre",
    async (action) => {
      const s = await reporting();
      actAs(s.cadreUser);
      const { reportId } = await saveReport(s.report("submit", "Nộp"));
      actAs(s.supervisor);
      const outcome = await race(() =>
        respondToReport({ reportId, version: 1, action, response: "Chỉ đạo", proposalAnswer: null }),
      );
      await expectOneEffect(
        `report ${action}`,
        outcome,
        [{ action: `report.${action}`, entityId: reportId }],
        [action === "respond" ? "report.responded" : "report.returned"],
      );
    },
  );

  it("deciding a change request: the task changes once, with one audit row for each and one notice", async () => {
    const s = await reporting();
    const db = await getDb();
    const target = s.task.targets[0]!;
    const version = (v: string) => ({
      title: s.task.title,
      endDate: s.task.endDate.toISOString(),
      targets: [
        {
          targetId: target.id,
          indicator: target.indicator,
          unitOfMeasure: target.unitOfMeasure,
          targetValue: v,
          deadline: target.deadline.toISOString(),
        },
      ],
    });
    const request = await db.changeRequest.create({
      data: { taskId: s.task.id, requestedById: s.cadreUser.id, reason: "Lý do", before: version("100"), after: version("150") },
    });
    actAs(s.standing);
    const outcome = await race(() => decideChangeRequest({ id: request.id, version: 0, decision: "approve", note: null }));
    await expectOneEffect(
      "change request decide",
      outcome,
      [
        { action: "changeRequest.approve", entityId: request.id },
        { action: "task.adjust", entityId: s.task.id },
      ],
      ["changeRequest.approved"],
    );
    expect(await db.task.findUniqueOrThrow({ where: { id: s.task.id } })).toMatchObject({ version: 1 });
  });
});

// ───────────────────────────── Rounds and registrations ─────────────────────────────

async function registering(status: "DRAFT" | "SUBMITTED" | "FORWARDED") {
  const u = await f.createProvince();
  const org = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.province.id }] });
  const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.province.id }] });
  const supervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.province.id }] });
  const cadre = await f.createCadre({ unitId: u.department.id, managedById: u.province.id });
  const cadreUser = await f.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: u.department.id }] });
  const round = await f.createRound({ assigningBodyId: u.province.id, year: 2027, deadline: new Date(Date.now() + 86_400_000) });
  const registration = await f.createRegistration({ roundId: round.id, cadreId: cadre.id, status });
  const db = await getDb();
  const proposed = await db.proposedTask.create({
    data: {
      registrationId: registration.id,
      position: 1,
      title: "Giải quyết dứt điểm hồ sơ tồn đọng",
      field: "LAND",
      breakthroughKind: "BACKLOG",
      objectives: "Mục tiêu",
      plan: "Kế hoạch",
      expectedProduct: "Sản phẩm",
      startDate: new Date("2027-01-01T00:00:00+07:00"),
      endDate: new Date("2027-12-31T00:00:00+07:00"),
      reviewProposal: status === "FORWARDED" ? "APPROVE" : null,
      targets: {
        create: {
          position: 1,
          indicator: "Số hồ sơ",
          unitOfMeasure: "hồ sơ",
          baseline: "10",
          originalValue: "300",
          targetValue: "300",
          direction: "INCREASE",
          deadline: new Date("2027-12-31T00:00:00+07:00"),
        },
      },
    },
  });
  return { ...u, org, standing, supervisor, cadre, cadreUser, round, registration, proposed };
}

const proposedContent = (title: string) =>
  ProposedTaskSchema.parse({
    title,
    field: "LAND",
    breakthroughKind: "BACKLOG",
    objectives: "Mục tiêu",
    plan: "Kế hoạch",
    expectedProduct: "Sản phẩm",
    startDate: "2027-01-01",
    endDate: "2027-12-31",
    targets: [
      {
        indicator: "Số hồ sơ",
        unitOfMeasure: "hồ sơ",
        baseline: "10",
        targetValue: "300",
        direction: "INCREASE",
        deadline: "2027-12-31",
      },
    ],
    milestones: [],
  });

const assignment = (s: { supervisor: { id: string } }) => ({
  decisionNumber: "98-QĐ/TU",
  decisionDate: new Date("2027-03-15T00:00:00+07:00"),
  supervisorId: s.supervisor.id,
  cooperatingUnitIds: [],
});

describe("twenty identical round and registration calls at once", () => {
  it("opening and closing a round: one move each, one audit row each", async () => {
    const u = await f.createProvince();
    const org = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.province.id }] });
    const round = await f.createRound({ assigningBodyId: u.province.id, status: "DRAFT" });
    actAs(org);
    const opened = await race(() => changeRoundStatus({ id: round.id, version: 0, action: "open" }));
    await expectOneEffect("round open", opened, [{ action: "round.open", entityId: round.id }], []);
    const closed = await race(() => changeRoundStatus({ id: round.id, version: 1, action: "close" }));
    await expectOneEffect("round close", closed, [{ action: "round.close", entityId: round.id }], []);
    expect(await (await getDb()).round.findUniqueOrThrow({ where: { id: round.id } })).toMatchObject({
      status: "CLOSED",
      version: 2,
    });
  });

  it("submitting a registration: one submission, one snapshot, one audit row, one notice", async () => {
    const s = await registering("DRAFT");
    actAs(s.cadreUser);
    const outcome = await race(() => submitRegistration({ id: s.registration.id, version: 0 }));
    await expectOneEffect(
      "registration submit",
      outcome,
      [{ action: "registration.submit", entityId: s.registration.id }],
      ["registration.submitted"],
    );
    expect(await (await getDb()).registrationSnapshot.count({ where: { registrationId: s.registration.id } })).toBe(1);
  });

  it("returning a registration: one return, one audit row, one notice", async () => {
    const s = await registering("SUBMITTED");
    actAs(s.org);
    const outcome = await race(() => returnRegistration({ id: s.registration.id, version: 0, reason: "Bổ sung chỉ tiêu" }));
    await expectOneEffect(
      "registration return",
      outcome,
      [{ action: "registration.return", entityId: s.registration.id }],
      ["registration.returned"],
    );
  });

  it("forwarding a registration: one forward, one audit row, one notice", async () => {
    const s = await registering("SUBMITTED");
    actAs(s.org);
    const outcome = await race(() =>
      forwardRegistration({
        id: s.registration.id,
        version: 0,
        proposals: [{ proposedTaskId: s.proposed.id, proposal: "APPROVE", note: null }],
      }),
    );
    await expectOneEffect(
      "registration forward",
      outcome,
      [{ action: "registration.forward", entityId: s.registration.id }],
      ["registration.forwarded"],
    );
  });

  it("editing a draft registration: one proposed task added, the others are conflicts", async () => {
    const s = await registering("DRAFT");
    actAs(s.cadreUser);
    const outcome = await race(() =>
      saveProposedTask({ registrationId: s.registration.id, version: 0, task: proposedContent("Việc thứ hai") }),
    );
    const db = await getDb();
    const added = await db.proposedTask.findMany({ where: { registrationId: s.registration.id, title: "Việc thứ hai" } });
    expect(added).toHaveLength(1);
    await expectOneEffect(
      "registration edit (add a task)",
      outcome,
      [{ action: "proposedTask.create", entityId: added[0]!.id }],
      [],
    );
  });

  it("supplementing a forwarded registration: one task added and assigned, one notice", async () => {
    const s = await registering("FORWARDED");
    actAs(s.standing);
    const outcome = await race(() =>
      supplementTask({
        registrationId: s.registration.id,
        version: 0,
        reason: "Bổ sung theo chỉ đạo",
        assignment: assignment(s),
        task: proposedContent("Việc bổ sung"),
      }),
    );
    const db = await getDb();
    const added = await db.proposedTask.findFirstOrThrow({ where: { registrationId: s.registration.id, supplemented: true } });
    const task = await db.task.findFirstOrThrow({ where: { proposedTaskId: added.id } });
    await expectOneEffect(
      "registration supplement",
      outcome,
      [
        { action: "proposedTask.supplement", entityId: added.id },
        { action: "task.assign", entityId: task.id },
      ],
      ["task.assigned", "task.supervise"],
    );
  });

  it("deciding a proposed task: one official task, never a 500 from its unique key", async () => {
    const s = await registering("FORWARDED");
    actAs(s.standing);
    const outcome = await race(() =>
      decideProposedTask({
        registrationId: s.registration.id,
        proposedTaskId: s.proposed.id,
        version: 0,
        decision: "APPROVE",
        reason: null,
        assignment: assignment(s),
      }),
    );
    const db = await getDb();
    const task = await db.task.findFirstOrThrow({ where: { proposedTaskId: s.proposed.id } });
    await expectOneEffect(
      "registration decide (proposed task)",
      outcome,
      [
        { action: "proposedTask.decide", entityId: s.proposed.id },
        { action: "task.assign", entityId: task.id },
        { action: "registration.decide", entityId: s.registration.id },
      ],
      ["registration.approved", "task.supervise"],
    );
    expect(await db.task.count({ where: { registrationId: s.registration.id } })).toBe(1);
  });
});

// ───────────────────────────── Year-end evaluation and carry-over ─────────────────────────────

/** A cycle of 2027 over a cadre's two tasks: one reached its target, one did not; the cadre has self-assessed. */
async function evaluating(selfAssess = true) {
  const u = await f.createProvince();
  const org = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.province.id }] });
  const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.province.id }] });
  const member = await f.createUser({ roles: [{ role: "COUNCIL", unitId: u.province.id }] });
  const supervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.province.id }] });
  const cadre = await f.createCadre({ unitId: u.department.id, managedById: u.province.id });
  const cadreUser = await f.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: u.department.id }] });
  const round = await f.createRound({ assigningBodyId: u.province.id, year: 2027, status: "CLOSED" });
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
  actAs(org);
  const { id: cycleId } = await openEvaluationCycle({
    roundId: round.id,
    year: 2027,
    memberIds: [member.id],
    criteria: DEFAULT_CRITERIA.map((c) => ({ ...c })),
    thresholds: DEFAULT_THRESHOLDS,
  });
  const evaluation = await db.evaluation.findFirstOrThrow({ where: { cycleId, cadreId: cadre.id } });
  const criteria = await db.evaluationCriterion.findMany({ where: { cycleId } });
  const selfAssessment = {
    evaluationId: evaluation.id,
    version: 0,
    selfRating: "GOOD" as const,
    selfSummary: null,
    tasks: [done, open].map((t) => ({ taskId: t.id, level: "GOOD" as const, score: 80, justification: "Theo báo cáo" })),
  };
  actAs(cadreUser);
  if (selfAssess) await submitSelfAssessment(selfAssessment);
  const sheet = {
    evaluationId: evaluation.id,
    submit: true,
    scores: [done, open].flatMap((t) => criteria.map((c) => ({ taskId: t.id, criterionId: c.id, score: 80, comment: null }))),
  };
  // Notices written while getting here are not the ones counted below.
  const clearNotices = async () => void (await db.notification.deleteMany({}));
  await clearNotices();
  return {
    ...u,
    org,
    standing,
    member,
    cadre,
    cadreUser,
    round,
    nextRound,
    done,
    open,
    evaluationId: evaluation.id,
    selfAssessment,
    sheet,
    clearNotices,
  };
}

describe("twenty identical evaluation calls at once", () => {
  it("a cadre's self-assessment submitted twenty times: one submission, one audit row, one notice", async () => {
    const s = await evaluating(false);
    actAs(s.cadreUser);
    const outcome = await race(() => submitSelfAssessment(s.selfAssessment));
    await expectOneEffect(
      "evaluation self-assessment submit",
      outcome,
      [{ action: "evaluation.submitSelfAssessment", entityId: s.evaluationId }],
      ["evaluation.councilAssigned"],
    );
    expect(await (await getDb()).taskSelfAssessment.count({ where: { evaluationId: s.evaluationId } })).toBe(2);
  });

  it("the committee returning the step twenty times: one move, one audit row", async () => {
    const s = await evaluating();
    actAs(s.org);
    const outcome = await race(() =>
      moveEvaluation({ evaluationId: s.evaluationId, version: 1, action: "returnSelfAssessment", reason: "Bổ sung" }),
    );
    await expectOneEffect(
      "evaluation move (return self-assessment)",
      outcome,
      [{ action: "evaluation.returnSelfAssessment", entityId: s.evaluationId }],
      [],
    );
  });

  it("a council member's sheet submitted twenty times: one submission, one audit row", async () => {
    const s = await evaluating();
    actAs(s.member);
    const outcome = await race(() => saveCouncilScores(s.sheet));
    await expectOneEffect("evaluation sheet submit", outcome, [{ action: "council.submitScores", entityId: s.evaluationId }], []);
    const db = await getDb();
    expect(await db.councilSubmission.count({ where: { evaluationId: s.evaluationId } })).toBe(1);
    expect(await db.councilScore.count({ where: { evaluationId: s.evaluationId } })).toBe(s.sheet.scores.length);
  });

  it("finalising, deciding and reopening: one move each, one audit row each, one notice where it notifies", async () => {
    const s = await evaluating();
    actAs(s.member);
    await saveCouncilScores(s.sheet);
    actAs(s.org);
    const finalised = await race(() => finaliseProposal({ evaluationId: s.evaluationId, version: 1, note: null }));
    await expectOneEffect(
      "evaluation finalise",
      finalised,
      [{ action: "evaluation.finaliseProposal", entityId: s.evaluationId }],
      ["evaluation.proposed"],
    );

    actAs(s.standing);
    const decided = await race(() =>
      decideEvaluation({
        evaluationId: s.evaluationId,
        version: 2,
        rating: "GOOD",
        reason: "Theo đề xuất",
        decisionNumber: "120-QĐ/TU",
        decisionDate: new Date("2028-01-20T00:00:00+07:00"),
      }),
    );
    // The decision settles each task of the year once, through the task lifecycle.
    await expectOneEffect(
      "evaluation decide",
      decided,
      [
        { action: "evaluation.decide", entityId: s.evaluationId },
        { action: "task.complete", entityId: s.done.id },
        { action: "task.markUnfinished", entityId: s.open.id },
      ],
      ["evaluation.decided"],
    );
    const db = await getDb();
    expect(await db.task.findUniqueOrThrow({ where: { id: s.done.id } })).toMatchObject({ status: "COMPLETED", version: 1 });
    expect(await db.task.findUniqueOrThrow({ where: { id: s.open.id } })).toMatchObject({ status: "UNFINISHED", version: 1 });

    const reopened = await race(() =>
      reopenEvaluation({ evaluationId: s.evaluationId, version: 3, reason: "Bổ sung minh chứng" }),
    );
    await expectOneEffect("evaluation reopen", reopened, [{ action: "evaluation.reopen", entityId: s.evaluationId }], []);
    expect(await db.evaluation.findUniqueOrThrow({ where: { id: s.evaluationId } })).toMatchObject({
      status: "PROPOSED",
      locked: false,
      version: 4,
    });
  });

  it("carrying an unfinished task over: one new task, one audit row each side, one notice", async () => {
    const s = await evaluating();
    const db = await getDb();
    await db.task.update({ where: { id: s.open.id }, data: { status: "UNFINISHED" } });
    actAs(s.org);
    const outcome = await race(() =>
      carryOverTasks({ fromRoundId: s.round.id, year: 2027, toRoundId: s.nextRound.id, taskIds: [s.open.id] }),
    );
    const carried = await db.task.findMany({ where: { carriedFromId: s.open.id } });
    expect(carried).toHaveLength(1);
    await expectOneEffect(
      "carry-over",
      outcome,
      [
        { action: "task.carryOver", entityId: s.open.id },
        { action: "task.carriedIn", entityId: carried[0]!.id },
      ],
      ["task.assigned"],
    );
  });
});
