import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { assignTaskDirectly, decideProposedTask, supplementTask } from "@/lib/dal/decisions/assign";
import {
  getAssignableCadre,
  listAssignableCadres,
  listAssignmentRounds,
  listSupervisorOptions,
} from "@/lib/dal/decisions/options";
import { getTask } from "@/lib/dal/tasks/task";
import { changeRoundStatus, createRound } from "@/lib/dal/registrations/rounds";
import { forwardRegistration } from "@/lib/dal/registrations/review";
import { getRegistration, saveProposedTask, startRegistration, submitRegistration } from "@/lib/dal/registrations/registration";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { ProposedTaskSchema } from "@/lib/validation/registration";
import * as f from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

const task = (title: string) =>
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

/** A registration with three tasks, submitted and forwarded, ready for the standing committee. */
async function forwarded() {
  const u = await f.createProvince();
  const org = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.province.id }] });
  const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.province.id }] });
  const communeStanding = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.commune.id }] });
  const supervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.province.id }] });
  const communeSupervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.commune.id }] });
  const cadre = await f.createCadre({ unitId: u.department.id, managedById: u.province.id, group: "DEPARTMENT_HEAD" });
  const cadreUser = await f.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: u.department.id }] });
  actAs(org);
  const { id: roundId } = await createRound({
    name: "2027",
    assigningBodyId: u.province.id,
    periodKind: "YEAR",
    startYear: 2027,
    endYear: 2027,
    registrationDeadline: new Date(Date.now() + 86_400_000),
    minTasksPerCadre: 1,
    maxTasksPerCadre: 5,
    cadreGroups: [],
  });
  await changeRoundStatus({ id: roundId, version: 0, action: "open" });
  actAs(cadreUser);
  const { id } = await startRegistration(roundId);
  for (const [i, title] of ["Một", "Hai", "Ba"].entries())
    await saveProposedTask({ registrationId: id, version: i, task: task(title) });
  await submitRegistration({ id, version: 3 });
  const tasks = (await getRegistration(id)).tasks;
  actAs(org);
  await forwardRegistration({
    id,
    version: 4,
    proposals: tasks.map((t) => ({ proposedTaskId: t.id, proposal: "APPROVE", note: null })),
  });
  const assignment = {
    decisionNumber: "98-QĐ/TU",
    decisionDate: new Date("2027-03-15T00:00:00+07:00"),
    supervisorId: supervisor.id,
    cooperatingUnitIds: [u.orgBoard.id],
  };
  return { ...u, org, standing, communeStanding, supervisor, communeSupervisor, cadre, cadreUser, id, tasks, assignment };
}

describe("the standing committee's decision", () => {
  it("approves one task as proposed, one with an adjustment and rejects one; the registration is then decided", async () => {
    const s = await forwarded();
    actAs(s.standing);
    const [one, two, three] = s.tasks as [(typeof s.tasks)[0], (typeof s.tasks)[0], (typeof s.tasks)[0]];
    const approved = await decideProposedTask({
      registrationId: s.id,
      proposedTaskId: one.id,
      version: 5,
      decision: "APPROVE",
      reason: null,
      assignment: s.assignment,
    });
    const adjustedContent = { ...task("Hai (điều chỉnh)"), targets: [{ ...task("x").targets[0]!, targetValue: "450" }] };
    const adjusted = await decideProposedTask({
      registrationId: s.id,
      proposedTaskId: two.id,
      version: 6,
      decision: "ADJUST",
      reason: "Nâng chỉ tiêu cho phù hợp thực tế",
      assignment: s.assignment,
      adjusted: adjustedContent,
    });
    await decideProposedTask({
      registrationId: s.id,
      proposedTaskId: three.id,
      version: 7,
      decision: "REJECT",
      reason: "Trùng nhiệm vụ thường xuyên",
    });

    const db = await getDb();
    const official = await db.task.findUniqueOrThrow({
      where: { id: approved.taskId! },
      include: { targets: true, cooperatingUnits: true },
    });
    expect(official).toMatchObject({
      title: "Một",
      origin: "REGISTRATION",
      decisionNumber: "98-QĐ/TU",
      supervisorId: s.supervisor.id,
      status: "ASSIGNED",
      unitId: s.department.id,
    });
    expect(official.code).toMatch(/^2027-.+-001$/);
    expect(official.targets[0]!.originalValue.toString()).toBe("300");
    expect(official.cooperatingUnits.map((u) => u.id)).toEqual([s.orgBoard.id]);
    const changed = await db.task.findUniqueOrThrow({ where: { id: adjusted.taskId! }, include: { targets: true } });
    expect(changed.title).toBe("Hai (điều chỉnh)");
    expect(changed.adjustmentNote).toBe("Nâng chỉ tiêu cho phù hợp thực tế");
    expect(changed.targets[0]!.targetValue.toString()).toBe("450");

    actAs(s.cadreUser);
    const detail = await getRegistration(s.id);
    expect(detail.status).toBe("DECIDED");
    expect(detail.tasks.map((t) => t.decision)).toEqual(["APPROVED", "APPROVED_ADJUSTED", "REJECTED"]);
    // The proposal as the cadre wrote it is kept beside the official task.
    expect(detail.tasks[1]!.title).toBe("Hai");
    expect(
      await db.notification.count({
        where: {
          userId: s.cadreUser.id,
          kind: { in: ["registration.approved", "registration.adjusted", "registration.rejected"] },
        },
      }),
    ).toBe(3);
    expect(await db.notification.count({ where: { userId: s.supervisor.id, kind: "task.supervise" } })).toBe(2);
    expect(await db.auditEvent.count({ where: { entityId: s.id, action: "registration.decide" } })).toBe(1);
  });

  it("a stale page is a conflict and a decided task cannot be decided twice", async () => {
    const s = await forwarded();
    actAs(s.standing);
    await decideProposedTask({
      registrationId: s.id,
      proposedTaskId: s.tasks[0]!.id,
      version: 5,
      decision: "REJECT",
      reason: "Không phù hợp",
    });
    await expect(
      decideProposedTask({ registrationId: s.id, proposedTaskId: s.tasks[1]!.id, version: 5, decision: "REJECT", reason: "x" }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      decideProposedTask({ registrationId: s.id, proposedTaskId: s.tasks[0]!.id, version: 6, decision: "REJECT", reason: "x" }),
    ).rejects.toMatchObject({
      code: "alreadyDecided",
    });
  });

  it("the supervisor must hold the supervisor role at or above the cadre's unit", async () => {
    const s = await forwarded();
    actAs(s.standing);
    expect((await listSupervisorOptions(s.department.id)).map((o) => o.id)).toEqual([s.supervisor.id]);
    await expect(
      decideProposedTask({
        registrationId: s.id,
        proposedTaskId: s.tasks[0]!.id,
        version: 5,
        decision: "APPROVE",
        reason: null,
        assignment: { ...s.assignment, supervisorId: s.communeSupervisor.id },
      }),
    ).rejects.toMatchObject({ code: "supervisorNotAbove" });
    expect(await (await getDb()).task.count()).toBe(0);
  });

  it("a cadre or the organisation committee cannot decide, and a commune standing committee cannot decide the province's", async () => {
    const s = await forwarded();
    const input = { registrationId: s.id, proposedTaskId: s.tasks[0]!.id, version: 5, decision: "REJECT" as const, reason: "x" };
    actAs(s.cadreUser);
    await expect(decideProposedTask(input)).rejects.toBeInstanceOf(ForbiddenError);
    actAs(s.org);
    await expect(decideProposedTask(input)).rejects.toBeInstanceOf(ForbiddenError);
    actAs(s.communeStanding);
    await expect(decideProposedTask(input)).rejects.toBeInstanceOf(NotFoundError);
    expect((await (await getDb()).proposedTask.findUniqueOrThrow({ where: { id: s.tasks[0]!.id } })).decision).toBe("PENDING");
  });
});

describe("tasks the standing committee writes itself", () => {
  it("supplements a forwarded registration with a task the cadre did not propose, assigned at once", async () => {
    const s = await forwarded();
    actAs(s.standing);
    const { taskId } = await supplementTask({
      registrationId: s.id,
      version: 5,
      reason: "Nhiệm vụ trọng tâm của tỉnh",
      assignment: s.assignment,
      task: task("Bốn (bổ sung)"),
    });
    const db = await getDb();
    const created = await db.task.findUniqueOrThrow({ where: { id: taskId }, include: { proposedTask: true, targets: true } });
    expect(created).toMatchObject({ origin: "SUPPLEMENTED", cadreId: s.cadre.id, registrationId: s.id, title: "Bốn (bổ sung)" });
    expect(created.proposedTask).toMatchObject({ supplemented: true, decision: "APPROVED", position: 4 });
    expect(created.targets).toHaveLength(1);
    expect(await db.notification.count({ where: { userId: s.cadreUser.id, kind: "task.assigned" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: s.supervisor.id, kind: "task.supervise" } })).toBe(1);
    // The three proposed tasks still wait for their decision: supplementing does not decide the registration.
    const registration = await getRegistration(s.id);
    expect(registration).toMatchObject({ status: "FORWARDED", version: 6 });
    expect(registration.tasks.find((t) => t.supplemented)?.assigned?.id).toBe(taskId);
    actAs(s.cadreUser);
    expect((await getTask(taskId)).timeline.map((e) => e.action)).toEqual(["task.assign", "proposedTask.supplement"]);
  });

  it("refuses a supplement from another role, another body, a stale page, or dates outside the round", async () => {
    const s = await forwarded();
    const input = { registrationId: s.id, version: 5, reason: null, assignment: s.assignment, task: task("Bổ sung") };
    actAs(s.org);
    await expect(supplementTask(input)).rejects.toBeInstanceOf(ForbiddenError);
    actAs(s.cadreUser);
    await expect(supplementTask(input)).rejects.toBeInstanceOf(ForbiddenError);
    actAs(s.communeStanding);
    await expect(supplementTask(input)).rejects.toBeInstanceOf(NotFoundError);
    actAs(s.standing);
    await expect(supplementTask({ ...input, version: 4 })).rejects.toBeInstanceOf(ConflictError);
    await expect(
      supplementTask({ ...input, task: { ...input.task, endDate: new Date("2028-03-31T00:00:00+07:00") } }),
    ).rejects.toMatchObject({ code: "outsideRoundPeriod" });
    const db = await getDb();
    expect(await db.task.count()).toBe(0);
    expect(await db.proposedTask.count({ where: { supplemented: true } })).toBe(0);
  });

  it("assigns a task directly to a cadre its body manages, without a registration", async () => {
    const s = await forwarded();
    actAs(s.standing);
    const listed = await listAssignableCadres({ page: 1 });
    expect(listed.items.map((c) => c.id)).toEqual([s.cadre.id]);
    const [round] = await listAssignmentRounds();
    const { taskId } = await assignTaskDirectly({
      cadreId: s.cadre.id,
      roundId: round!.id,
      reason: null,
      assignment: s.assignment,
      task: task("Giao trực tiếp"),
    });
    const db = await getDb();
    expect(await db.task.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({
      origin: "DIRECT",
      registrationId: null,
      proposedTaskId: null,
      cadreId: s.cadre.id,
    });
    expect(await db.notification.count({ where: { userId: s.cadreUser.id, kind: "task.assigned" } })).toBe(1);
  });

  it("refuses a direct assignment from another role, or to a cadre or round of another body", async () => {
    const s = await forwarded();
    actAs(s.standing);
    const [round] = await listAssignmentRounds();
    const input = { cadreId: s.cadre.id, roundId: round!.id, reason: null, assignment: s.assignment, task: task("Trực tiếp") };
    const communeCadre = await f.createCadre({ unitId: s.communeOffice.id, managedById: s.commune.id });
    await expect(assignTaskDirectly({ ...input, cadreId: communeCadre.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAssignableCadre(communeCadre.id)).rejects.toBeInstanceOf(NotFoundError);
    actAs(s.org);
    await expect(assignTaskDirectly(input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listAssignableCadres({ page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    actAs(s.cadreUser);
    await expect(assignTaskDirectly(input)).rejects.toBeInstanceOf(ForbiddenError);
    actAs(s.communeStanding);
    await expect(assignTaskDirectly(input)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listAssignmentRounds()).toEqual([]);
    expect(await (await getDb()).task.count()).toBe(0);
  });
});

describe("an official task's page", () => {
  it("is seen by its cadre, its supervisor and the committees in scope; not by another cadre, supervisor or commune", async () => {
    const s = await forwarded();
    actAs(s.standing);
    const { taskId } = await decideProposedTask({
      registrationId: s.id,
      proposedTaskId: s.tasks[0]!.id,
      version: 5,
      decision: "ADJUST",
      reason: "Nâng chỉ tiêu",
      assignment: s.assignment,
      adjusted: { ...task("Một"), targets: [{ ...task("x").targets[0]!, targetValue: "450" }] },
    });
    const otherCadre = await f.createCadre({ unitId: s.department.id, managedById: s.province.id });
    const otherCadreUser = await f.createUser({ cadreId: otherCadre.id, roles: [{ role: "CADRE", unitId: s.department.id }] });
    const otherSupervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: s.province.id }] });
    const communeOrg = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: s.commune.id }] });
    const admin = await f.createUser({ roles: [{ role: "ADMIN", unitId: s.province.id }] });

    actAs(s.cadreUser);
    const seen = await getTask(taskId!);
    expect(seen).toMatchObject({
      adjustmentNote: "Nâng chỉ tiêu",
      decisionNumber: "98-QĐ/TU",
      registrationId: s.id,
      proposal: { title: "Một", targets: [{ targetValue: "300" }] },
      targets: [{ targetValue: "450", originalValue: "450", adjusted: false }],
    });
    for (const viewer of [s.supervisor, s.org, s.standing]) {
      actAs(viewer);
      expect((await getTask(taskId!)).id).toBe(taskId);
    }
    actAs(s.supervisor);
    expect((await getTask(taskId!)).registrationId).toBeNull();
    for (const viewer of [otherCadreUser, otherSupervisor, communeOrg]) {
      actAs(viewer);
      await expect(getTask(taskId!)).rejects.toBeInstanceOf(NotFoundError);
    }
    actAs(admin);
    await expect(getTask(taskId!)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
