import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { SubmissionRefusedError } from "@/lib/domain/registration";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { changeRoundStatus, createRound, getRoundCadrePage, grantExtension, listRoundPage } from "@/lib/dal/registrations/rounds";
import {
  addRegistrationComment,
  forwardRegistration,
  listCompiledTasks,
  listRegistrationsForReview,
  returnRegistration,
} from "@/lib/dal/registrations/review";
import {
  getRegistration,
  listMyOpenRounds,
  saveProposedTask,
  startRegistration,
  submitRegistration,
  withdrawProposedTask,
} from "@/lib/dal/registrations/registration";
import { ProposedTaskSchema } from "@/lib/validation/registration";
import * as f from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

const task = (title = "Cấp giấy chứng nhận quyền sử dụng đất tồn đọng") =>
  ProposedTaskSchema.parse({
    title,
    field: "LAND",
    breakthroughKind: "BACKLOG",
    objectives: "Giải quyết dứt điểm hồ sơ tồn đọng",
    plan: "Rà soát, phân loại, giải quyết theo từng xã",
    expectedProduct: "Giấy chứng nhận được cấp",
    startDate: "2027-01-01",
    endDate: "2027-12-31",
    targets: [
      {
        indicator: "Số giấy chứng nhận cấp mới",
        unitOfMeasure: "giấy",
        baseline: "0",
        targetValue: "1.500",
        direction: "INCREASE",
        deadline: "2027-12-31",
      },
    ],
    milestones: [{ description: "Hoàn thành rà soát", dueDate: "2027-03-31" }],
  });

async function setup() {
  const u = await f.createProvince();
  const org = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.province.id }] });
  const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.province.id }] });
  const supervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.province.id }] });
  const communeOrg = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.commune.id }] });
  const cadre = await f.createCadre({ unitId: u.department.id, managedById: u.province.id, group: "DEPARTMENT_HEAD" });
  const cadreUser = await f.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: u.department.id }] });
  const other = await f.createCadre({ unitId: u.department.id, managedById: u.province.id, group: "DEPARTMENT_HEAD" });
  const otherUser = await f.createUser({ cadreId: other.id, roles: [{ role: "CADRE", unitId: u.department.id }] });
  actAs(org);
  const { id: roundId } = await createRound({
    name: "Đăng ký việc đột phá năm 2027",
    assigningBodyId: u.province.id,
    periodKind: "YEAR",
    startYear: 2027,
    endYear: 2027,
    registrationDeadline: new Date(Date.now() + 7 * 86_400_000),
    minTasksPerCadre: 1,
    maxTasksPerCadre: 2,
    cadreGroups: ["DEPARTMENT_HEAD"],
  });
  await changeRoundStatus({ id: roundId, version: 0, action: "open" });
  return { ...u, org, standing, supervisor, communeOrg, cadre, cadreUser, other, otherUser, roundId };
}

async function draftWithTask(s: Awaited<ReturnType<typeof setup>>) {
  actAs(s.cadreUser);
  const { id } = await startRegistration(s.roundId);
  const { proposedTaskId } = await saveProposedTask({ registrationId: id, version: 0, task: task() });
  return { id, proposedTaskId };
}

describe("rounds", () => {
  it("the organisation committee creates a round with a report deadline per quarter, opens it, and sees who has registered", async () => {
    const s = await setup();
    const db = await getDb();
    expect(await db.reportDeadline.count({ where: { roundId: s.roundId } })).toBe(4);
    const q1 = await db.reportDeadline.findFirstOrThrow({ where: { roundId: s.roundId, quarter: 1 } });
    expect(q1.dueDate.toISOString()).toBe("2027-04-15T16:59:59.000Z");
    await draftWithTask(s);
    actAs(s.cadreUser);
    const reg = (await listMyOpenRounds())[0]!.registration!;
    await submitRegistration({ id: reg.id, version: 1 });
    actAs(s.org);
    const cadres = (await getRoundCadrePage(s.roundId, { page: 1, size: 100 })).cadres.items;
    expect(cadres.map((c) => [c.id, c.status]).sort()).toEqual(
      [
        [s.cadre.id, "SUBMITTED"],
        [s.other.id, null],
      ].sort(),
    );
    expect((await listRoundPage({ page: 1 })).items.map((r) => r.id)).toContain(s.roundId);
  });

  it("a commune committee cannot see or change the province's round; a cadre cannot manage rounds", async () => {
    const s = await setup();
    actAs(s.communeOrg);
    await expect(getRoundCadrePage(s.roundId, { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeRoundStatus({ id: s.roundId, version: 1, action: "close" })).rejects.toBeInstanceOf(NotFoundError);
    actAs(s.cadreUser);
    await expect(listRoundPage({ page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("a cadre's registration", () => {
  it("drafts a task with targets and milestones, with numbers as typed in Vietnamese", async () => {
    const s = await setup();
    const { id } = await draftWithTask(s);
    const detail = await getRegistration(id);
    expect(detail.status).toBe("DRAFT");
    expect(detail.tasks[0]!.targets[0]!.targetValue).toBe("1500");
    expect(detail.tasks[0]!.milestones).toHaveLength(1);
    expect(detail.actions.sort()).toEqual(["edit", "submit"]);
    // Starting again (a double click) opens the same registration.
    expect((await startRegistration(s.roundId)).id).toBe(id);
  });

  it("a stale version is a conflict: two tabs cannot overwrite each other", async () => {
    const s = await setup();
    const { id } = await draftWithTask(s);
    await expect(saveProposedTask({ registrationId: id, version: 0, task: task("Khác") })).rejects.toBeInstanceOf(ConflictError);
  });

  it("submission checks every rule at once and nothing is written when one fails", async () => {
    const s = await setup();
    actAs(s.cadreUser);
    const { id } = await startRegistration(s.roundId);
    await expect(submitRegistration({ id, version: 0 })).rejects.toBeInstanceOf(SubmissionRefusedError);
    await saveProposedTask({ registrationId: id, version: 0, task: task("Một") });
    await saveProposedTask({ registrationId: id, version: 1, task: task("Hai") });
    await saveProposedTask({
      registrationId: id,
      version: 2,
      task: { ...task("Ba"), endDate: new Date("2028-06-30T00:00:00+07:00") },
    });
    const refused = await submitRegistration({ id, version: 3 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SubmissionRefusedError);
    expect((refused as SubmissionRefusedError).problems).toEqual([
      { code: "tooManyTasks", max: 2 },
      { code: "taskOutsidePeriod", task: "Ba" },
    ]);
    expect((await getRegistration(id)).status).toBe("DRAFT");
  });

  it("after the deadline submission is refused, unless the committee extended it for this cadre", async () => {
    const s = await setup();
    const { id } = await draftWithTask(s);
    const db = await getDb();
    await db.round.update({ where: { id: s.roundId }, data: { registrationDeadline: new Date(Date.now() - 86_400_000) } });
    await expect(submitRegistration({ id, version: 1 })).rejects.toMatchObject({ problems: [{ code: "deadlinePassed" }] });
    actAs(s.org);
    expect(
      (await getRoundCadrePage(s.roundId, { page: 1, size: 100 })).cadres.items.find((c) => c.id === s.cadre.id),
    ).toMatchObject({
      isLate: true,
      extensionUntil: null,
    });
    const extension = {
      roundId: s.roundId,
      cadreId: s.cadre.id,
      until: new Date(Date.now() + 86_400_000),
      reason: "Đi công tác",
    };
    await grantExtension(extension);
    expect(
      (await getRoundCadrePage(s.roundId, { page: 1, size: 100 })).cadres.items.find((c) => c.id === s.cadre.id),
    ).toMatchObject({
      isLate: false,
      extensionUntil: extension.until,
    });
    expect(await db.notification.count({ where: { userId: s.cadreUser.id, kind: "registration.extensionGranted" } })).toBe(1);
    actAs(s.cadreUser);
    expect((await getRegistration(id)).timeline.map((e) => e.action)).toContain("registration.grantExtension");
    await submitRegistration({ id, version: 1 });
    const stored = await db.registration.findUniqueOrThrow({ where: { id } });
    expect(stored.isLate).toBe(true);
    expect(stored.revision).toBe(1);
  });

  it("an extension must end later than the deadline and today; only the round's own committee grants it", async () => {
    const s = await setup();
    const input = { roundId: s.roundId, cadreId: s.cadre.id, until: new Date(Date.now() + 86_400_000), reason: "Ốm" };
    actAs(s.org);
    await expect(grantExtension(input)).rejects.toMatchObject({ code: "extensionNotLater" });
    actAs(s.cadreUser);
    await expect(grantExtension({ ...input, until: new Date(Date.now() + 30 * 86_400_000) })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    actAs(s.communeOrg);
    await expect(grantExtension({ ...input, until: new Date(Date.now() + 30 * 86_400_000) })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await (await getDb()).registrationExtension.count({ where: { roundId: s.roundId } })).toBe(0);
  });

  it("once submitted it cannot be edited until returned; the committee is notified; each revision is kept", async () => {
    const s = await setup();
    const { id, proposedTaskId } = await draftWithTask(s);
    await submitRegistration({ id, version: 1 });
    await expect(saveProposedTask({ registrationId: id, proposedTaskId, version: 2, task: task("Sửa") })).rejects.toMatchObject({
      code: "transitionNotAllowed",
    });
    const db = await getDb();
    expect(await db.notification.count({ where: { userId: s.org.id, kind: "registration.submitted" } })).toBe(1);

    actAs(s.org);
    await addRegistrationComment({ registrationId: id, proposedTaskId, body: "Chỉ tiêu cần ghi rõ số hồ sơ tồn đọng đầu kỳ." });
    await returnRegistration({ id, version: 2, reason: "Bổ sung số liệu đầu kỳ." });
    expect(await db.notification.count({ where: { userId: s.cadreUser.id, kind: "registration.returned" } })).toBe(1);

    actAs(s.cadreUser);
    const returned = await getRegistration(id);
    expect(returned.returnedReason).toBe("Bổ sung số liệu đầu kỳ.");
    expect(returned.comments.map((c) => c.body)).toEqual(["Chỉ tiêu cần ghi rõ số hồ sơ tồn đọng đầu kỳ."]);
    await saveProposedTask({ registrationId: id, proposedTaskId, version: 3, task: task("Cấp giấy chứng nhận (đã bổ sung)") });
    await submitRegistration({ id, version: 4 });
    expect(await db.registrationSnapshot.count({ where: { registrationId: id } })).toBe(2);
    const audit = (await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { at: "asc" } })).map((e) => e.action);
    expect(audit).toEqual(["registration.create", "registration.submit", "registration.return", "registration.submit"]);
  });

  it("a withdrawn proposed task is kept but no longer counts", async () => {
    const s = await setup();
    const { id, proposedTaskId } = await draftWithTask(s);
    await withdrawProposedTask({ registrationId: id, proposedTaskId, version: 1 });
    expect((await getRegistration(id)).tasks).toEqual([]);
    expect(await (await getDb()).proposedTask.count({ where: { id: proposedTaskId, withdrawn: true } })).toBe(1);
  });
});

describe("who may see and do what", () => {
  it("a cadre cannot open another cadre's registration: it reads as not found", async () => {
    const s = await setup();
    const { id } = await draftWithTask(s);
    actAs(s.otherUser);
    await expect(getRegistration(id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitRegistration({ id, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addRegistrationComment({ registrationId: id, body: "x" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a cadre cannot review; a supervisor cannot touch registrations; a commune committee cannot see the province's", async () => {
    const s = await setup();
    const { id } = await draftWithTask(s);
    await submitRegistration({ id, version: 1 });
    await expect(returnRegistration({ id, version: 2, reason: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listRegistrationsForReview({ page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    actAs(s.supervisor);
    await expect(getRegistration(id)).rejects.toBeInstanceOf(ForbiddenError);
    actAs(s.communeOrg);
    await expect(getRegistration(id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(returnRegistration({ id, version: 2, reason: "x" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listRegistrationsForReview({ page: 1 })).total).toBe(0);
  });

  it("the organisation committee forwards with a proposal for every task; the standing committee is told", async () => {
    const s = await setup();
    const { id, proposedTaskId } = await draftWithTask(s);
    await submitRegistration({ id, version: 1 });
    actAs(s.org);
    await expect(forwardRegistration({ id, version: 2, proposals: [] })).rejects.toMatchObject({ code: "proposalForEveryTask" });
    await forwardRegistration({
      id,
      version: 2,
      proposals: [{ proposedTaskId, proposal: "ADJUST", note: "Nâng chỉ tiêu lên 1.800 giấy" }],
    });
    const detail = await getRegistration(id);
    expect(detail.status).toBe("FORWARDED");
    expect(detail.tasks[0]!.reviewProposal).toBe("ADJUST");
    expect(await (await getDb()).notification.count({ where: { userId: s.standing.id, kind: "registration.forwarded" } })).toBe(
      1,
    );
    // A second reviewer, on the page as it was before, gets a conflict and changes nothing.
    await expect(returnRegistration({ id, version: 2, reason: "muộn" })).rejects.toBeInstanceOf(ConflictError);
    expect((await getRegistration(id)).status).toBe("FORWARDED");
  });

  it("the review list filters by unit, field, status and lateness", async () => {
    const s = await setup();
    const { id } = await draftWithTask(s);
    await submitRegistration({ id, version: 1 });
    actAs(s.org);
    expect((await listRegistrationsForReview({ page: 1 })).items.map((r) => r.id)).toEqual([id]);
    expect((await listRegistrationsForReview({ page: 1, field: "LAND" })).total).toBe(1);
    expect((await listRegistrationsForReview({ page: 1, field: "HEALTH" })).total).toBe(0);
    expect((await listRegistrationsForReview({ page: 1, unit: s.department.id })).total).toBe(1);
    expect((await listRegistrationsForReview({ page: 1, unit: s.orgBoard.id })).total).toBe(0);
    expect((await listRegistrationsForReview({ page: 1, status: "RETURNED" })).total).toBe(0);
    expect((await listRegistrationsForReview({ page: 1, late: "1" })).total).toBe(0);
  });
});

describe("the compiled list", () => {
  it("holds every submitted proposed task of the round in scope, without drafts or withdrawn tasks", async () => {
    const s = await setup();
    const { id } = await draftWithTask(s);
    await submitRegistration({ id, version: 1 });
    actAs(s.otherUser);
    const { id: draftId } = await startRegistration(s.roundId);
    await saveProposedTask({ registrationId: draftId, version: 0, task: task("Bản nháp chưa gửi") });
    actAs(s.org);
    const compiled = (await listCompiledTasks(s.roundId)).items;
    expect(compiled.map((t) => t.title)).toEqual(["Cấp giấy chứng nhận quyền sử dụng đất tồn đọng"]);
    expect(compiled[0]!.targets).toEqual(["Số giấy chứng nhận cấp mới: 1500 giấy"]);
    actAs(s.communeOrg);
    expect((await listCompiledTasks(s.roundId)).items).toEqual([]);
    actAs(s.cadreUser);
    await expect(listCompiledTasks(s.roundId)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
