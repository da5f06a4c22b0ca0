import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { decideProposedTask, listSupervisorOptions } from "@/lib/dal/decisions";
import { changeRoundStatus, createRound } from "@/lib/dal/rounds";
import {
  forwardRegistration,
  getRegistration,
  saveProposedTask,
  startRegistration,
  submitRegistration,
} from "@/lib/dal/registrations";
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
