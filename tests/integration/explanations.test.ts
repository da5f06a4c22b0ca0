import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { addVietnamDays, parseVietnamDay, reportDueDate } from "@/lib/domain/quarters";
import { produceExplanationReminders } from "@/lib/jobs/reminders";
import { getMyInbox } from "@/lib/dal/read-models/inbox";
import { answerExplanation, requestExplanation } from "@/lib/dal/tasks/explanations";
import { getTask } from "@/lib/dal/tasks/task";
import { getAttachmentForDownload } from "@/lib/dal/reports/report";
import { getDashboard, listDashboardTasks } from "@/lib/dal/read-models/dashboard";
import * as f from "@/tests/factories";
import { uploadEvidence } from "@/tests/setup/evidence";
import { actAs } from "@/tests/setup/session";

const Q3 = { year: 2026, quarter: 3 };
// A due date far ahead, so the request is accepted whatever day the tests run; the job is given its own clock.
const DUE = "2099-12-31";

/**
 * A province with its committees, two supervisors and two cadres; the cadre's task has run since January
 * 2026 with no report for the third quarter, whose deadline (15/10/2026) has passed: a late report.
 */
async function setup() {
  const u = await f.createProvince();
  const org = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.province.id }] });
  const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.province.id }] });
  const supervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.province.id }] });
  const otherSupervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.province.id }] });
  const council = await f.createUser({ roles: [{ role: "COUNCIL", unitId: u.province.id }] });
  const communeOrg = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.commune.id }] });
  const cadre = await f.createCadre({ unitId: u.department.id, managedById: u.province.id });
  const cadreUser = await f.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: u.department.id }] });
  const otherCadre = await f.createCadre({ unitId: u.department.id, managedById: u.province.id });
  const otherCadreUser = await f.createUser({ cadreId: otherCadre.id, roles: [{ role: "CADRE", unitId: u.department.id }] });
  const round = await f.createRound({ assigningBodyId: u.province.id, year: 2026, status: "CLOSED" });
  const db = await getDb();
  await db.reportDeadline.create({ data: { roundId: round.id, ...Q3, dueDate: reportDueDate(Q3) } });
  const task = await f.createTask({ roundId: round.id, cadre, supervisorId: supervisor.id, assignedById: standing.id });
  await db.task.update({
    where: { id: task.id },
    data: { startDate: new Date("2026-01-01T00:00:00Z"), endDate: new Date("2030-12-31T00:00:00Z") },
  });
  return {
    u,
    db,
    org,
    standing,
    supervisor,
    otherSupervisor,
    council,
    communeOrg,
    cadre,
    cadreUser,
    otherCadreUser,
    round,
    task,
  };
}

const lateReport = (taskId: string) => ({
  taskId,
  cause: "LATE_REPORT" as const,
  quarter: Q3,
  message: "Đề nghị giải trình lý do chưa nộp báo cáo quý III",
  dueDate: parseVietnamDay(DUE)!,
});

afterEach(() => {
  delete process.env.EXPLANATION_REMINDERS;
});

describe("a request for explanation", () => {
  it("goes from the organisation committee's request to the cadre's answer, on the task's timeline and in both inboxes", async () => {
    const s = await setup();
    actAs(s.org);
    const { id } = await requestExplanation(lateReport(s.task.id));
    const stored = await s.db.explanationRequest.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      status: "OPEN",
      requestedById: s.org.id,
      requestedRole: "ORG_COMMITTEE",
      openTaskId: s.task.id,
    });
    // The due date is the end of the chosen day in Vietnam.
    expect(stored.dueDate.toISOString()).toBe("2099-12-31T16:59:59.000Z");
    expect(await s.db.notification.count({ where: { userId: s.cadreUser.id, kind: "explanation.requested" } })).toBe(1);

    actAs(s.cadreUser);
    const inbox = await getMyInbox();
    expect(inbox.find((i) => i.kind === "explanation")).toMatchObject({ count: 1, href: `/tasks/${s.task.id}#giai-trinh` });
    const before = await getTask(s.task.id);
    expect(before.actions).toContain("answerExplanation");
    await answerExplanation({
      id,
      taskId: s.task.id,
      version: 0,
      answer: "Đơn vị thiếu số liệu của hai xã; sẽ nộp trước 5/12.",
      evidenceIds: [],
    });

    const answered = await s.db.explanationRequest.findUniqueOrThrow({ where: { id } });
    expect(answered).toMatchObject({ status: "ANSWERED", answeredById: s.cadreUser.id, openTaskId: null, version: 1 });
    expect(await s.db.notification.count({ where: { userId: s.org.id, kind: "explanation.answered" } })).toBe(1);
    expect((await getMyInbox()).find((i) => i.kind === "explanation")).toBeUndefined();
    const after = await getTask(s.task.id);
    expect(after.timeline.map((e) => e.action)).toEqual(expect.arrayContaining(["explanation.request", "explanation.answer"]));
    expect(after.explanations[0]).toMatchObject({ status: "ANSWERED", answer: expect.stringContaining("hai xã") });
  });

  it("may come from the task's supervisor and from the standing committee, once at a time per task", async () => {
    const s = await setup();
    actAs(s.supervisor);
    const first = await requestExplanation({ ...lateReport(s.task.id), cause: "BEHIND", quarter: undefined });
    // A second request while one waits (a double submit, or another committee) is a conflict, not a second row.
    actAs(s.standing);
    await expect(requestExplanation(lateReport(s.task.id))).rejects.toBeInstanceOf(ConflictError);
    expect(await s.db.explanationRequest.count()).toBe(1);
    actAs(s.cadreUser);
    await answerExplanation({ id: first.id, taskId: s.task.id, version: 0, answer: "Đã rõ", evidenceIds: [] });
    actAs(s.standing);
    await requestExplanation(lateReport(s.task.id));
    expect(await s.db.explanationRequest.count()).toBe(2);
  });

  it("is refused to the wrong roles, out of scope reads as not found, and a reason the task does not show is refused", async () => {
    const s = await setup();
    for (const user of [s.cadreUser, s.council]) {
      actAs(user);
      await expect(requestExplanation(lateReport(s.task.id))).rejects.toBeInstanceOf(ForbiddenError);
    }
    // A supervisor who does not follow the task, and a commune's committee above which the task lies.
    for (const user of [s.otherSupervisor, s.communeOrg]) {
      actAs(user);
      await expect(requestExplanation(lateReport(s.task.id))).rejects.toBeInstanceOf(NotFoundError);
    }
    actAs(s.org);
    // The task ends in 2030: not overdue; the first quarter had no deadline set: not a late report.
    await expect(requestExplanation({ ...lateReport(s.task.id), cause: "OVERDUE" })).rejects.toMatchObject({
      code: "explanationNotWarranted",
    });
    await expect(requestExplanation({ ...lateReport(s.task.id), quarter: { year: 2026, quarter: 1 } })).rejects.toMatchObject({
      code: "explanationNotWarranted",
    });
    await expect(requestExplanation({ ...lateReport(s.task.id), dueDate: addVietnamDays(new Date(), -2) })).rejects.toMatchObject(
      { code: "explanationDueInPast" },
    );
    expect(await s.db.explanationRequest.count()).toBe(0);
    expect(await s.db.auditEvent.count({ where: { entityType: "ExplanationRequest" } })).toBe(0);
  });

  it("is answered only by its own cadre: another cadre reads not found, a committee is refused, a stale page conflicts", async () => {
    const s = await setup();
    actAs(s.org);
    const { id } = await requestExplanation(lateReport(s.task.id));
    const answer = { id, taskId: s.task.id, version: 0, answer: "Giải trình", evidenceIds: [] };
    actAs(s.otherCadreUser);
    await expect(answerExplanation(answer)).rejects.toBeInstanceOf(NotFoundError);
    actAs(s.org);
    await expect(answerExplanation(answer)).rejects.toBeInstanceOf(ForbiddenError);
    actAs(s.cadreUser);
    await expect(answerExplanation({ ...answer, taskId: (await f.createUnit()).id })).rejects.toBeInstanceOf(NotFoundError);
    await answerExplanation(answer);
    await expect(answerExplanation(answer)).rejects.toBeInstanceOf(ConflictError);
    await expect(answerExplanation({ ...answer, version: 1 })).rejects.toBeInstanceOf(DomainError);
    expect(await s.db.auditEvent.count({ where: { action: "explanation.answer" } })).toBe(1);
  });

  it("answered twice at the same moment records one answer and one conflict", async () => {
    const s = await setup();
    actAs(s.org);
    const { id } = await requestExplanation(lateReport(s.task.id));
    actAs(s.cadreUser);
    const results = await Promise.allSettled([
      answerExplanation({ id, taskId: s.task.id, version: 0, answer: "Lần thứ nhất", evidenceIds: [] }),
      answerExplanation({ id, taskId: s.task.id, version: 0, answer: "Lần thứ hai", evidenceIds: [] }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(ConflictError);
    expect(await s.db.auditEvent.count({ where: { action: "explanation.answer" } })).toBe(1);
    expect(await s.db.notification.count({ where: { kind: "explanation.answered" } })).toBe(1);
  });

  it("is counted on the dashboard and on its drill-down while unanswered", async () => {
    const s = await setup();
    actAs(s.org);
    await requestExplanation(lateReport(s.task.id));
    const dashboard = await getDashboard({ roundId: s.round.id });
    expect(dashboard.explanations).toEqual({ unanswered: 1, overdue: 0 });
    const after = await getDashboard({ roundId: s.round.id }, new Date("2100-01-02T00:00:00Z"));
    expect(after.explanations).toEqual({ unanswered: 1, overdue: 1 });
    const drill = await listDashboardTasks({ roundId: s.round.id, page: 1 });
    expect(drill.items.find((t) => t.id === s.task.id)?.explanations).toBe(1);
  });
});

describe("the reminder job and explanation requests", () => {
  /** The request's due date, then `days` days and an hour later: the job's clock. */
  const after = (due: Date, days: number) => addVietnamDays(new Date(due.getTime() + 3_600_000), days);

  it("reminds once a day after the due date, and after three reminders escalates to the standing committee's inbox", async () => {
    const s = await setup();
    actAs(s.org);
    const { id } = await requestExplanation(lateReport(s.task.id));
    const due = (await s.db.explanationRequest.findUniqueOrThrow({ where: { id } })).dueDate;

    expect(await produceExplanationReminders(s.db, addVietnamDays(due, -1))).toEqual({ reminded: 0, escalated: 0 });
    expect(await produceExplanationReminders(s.db, after(due, 0))).toEqual({ reminded: 1, escalated: 0 });
    // The hourly job the same day repeats nothing.
    expect(await produceExplanationReminders(s.db, after(due, 0.5))).toEqual({ reminded: 0, escalated: 0 });
    expect(await produceExplanationReminders(s.db, after(due, 1))).toEqual({ reminded: 1, escalated: 0 });
    expect(await produceExplanationReminders(s.db, after(due, 2))).toEqual({ reminded: 1, escalated: 0 });
    actAs(s.standing);
    expect((await getMyInbox()).find((i) => i.kind === "escalations")).toBeUndefined();

    expect(await produceExplanationReminders(s.db, after(due, 3))).toEqual({ reminded: 0, escalated: 1 });
    expect(await produceExplanationReminders(s.db, after(due, 4))).toEqual({ reminded: 0, escalated: 0 });

    const escalated = await s.db.explanationRequest.findUniqueOrThrow({ where: { id } });
    expect(escalated).toMatchObject({ status: "ESCALATED", remindersSent: 3, version: 1 });
    expect(await s.db.notification.count({ where: { userId: s.cadreUser.id, kind: "explanation.reminder" } })).toBe(3);
    for (const user of [s.standing, s.org, s.cadreUser])
      expect(await s.db.notification.count({ where: { userId: user.id, kind: "explanation.escalated" } })).toBe(1);
    const audits = await s.db.auditEvent.findMany({ where: { entityId: id }, orderBy: { at: "asc" } });
    expect(audits.map((a) => a.action)).toEqual([
      "explanation.request",
      "explanation.remind",
      "explanation.remind",
      "explanation.remind",
      "explanation.escalate",
    ]);
    expect(audits.at(-1)).toMatchObject({ actorId: null, fromState: "OPEN", toState: "ESCALATED" });

    expect((await getMyInbox()).find((i) => i.kind === "escalations")).toMatchObject({
      count: 1,
      overdue: true,
      href: `/tasks/${s.task.id}#giai-trinh`,
    });
    // A committee of another body sees none of it.
    const communeStanding = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: s.u.commune.id }] });
    actAs(communeStanding);
    expect((await getMyInbox()).find((i) => i.kind === "escalations")).toBeUndefined();

    // The cadre may still answer; the standing committee is told, and the escalation leaves its inbox.
    actAs(s.cadreUser);
    await answerExplanation({ id, taskId: s.task.id, version: 1, answer: "Đã nộp báo cáo bổ sung", evidenceIds: [] });
    expect(await s.db.notification.count({ where: { userId: s.standing.id, kind: "explanation.answered" } })).toBe(1);
    actAs(s.standing);
    expect((await getMyInbox()).find((i) => i.kind === "escalations")).toBeUndefined();
  });

  it("takes the number of reminders from EXPLANATION_REMINDERS", async () => {
    process.env.EXPLANATION_REMINDERS = "1";
    const s = await setup();
    actAs(s.org);
    const { id } = await requestExplanation(lateReport(s.task.id));
    const due = (await s.db.explanationRequest.findUniqueOrThrow({ where: { id } })).dueDate;
    expect(await produceExplanationReminders(s.db, after(due, 0))).toEqual({ reminded: 1, escalated: 0 });
    expect(await produceExplanationReminders(s.db, after(due, 1))).toEqual({ reminded: 0, escalated: 1 });
  });

  it("leaves an answered request alone", async () => {
    const s = await setup();
    actAs(s.org);
    const { id } = await requestExplanation(lateReport(s.task.id));
    const due = (await s.db.explanationRequest.findUniqueOrThrow({ where: { id } })).dueDate;
    actAs(s.cadreUser);
    await answerExplanation({ id, taskId: s.task.id, version: 0, answer: "Đã giải trình", evidenceIds: [] });
    for (const days of [0, 1, 2, 3, 4])
      expect(await produceExplanationReminders(s.db, after(due, days))).toEqual({ reminded: 0, escalated: 0 });
  });
});

/** An evidence file the staging route accepts (a PDF by its content). */
const pdf = (name = "bien-ban.pdf") =>
  new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")], name);

/** Stages a file as the current caller through the one upload path; its id. */
async function stage(taskId: string, name?: string): Promise<string> {
  const staged = await uploadEvidence(taskId, pdf(name));
  expect(staged.status, staged.body.error).toBe(200);
  return staged.body.id!;
}

describe("the evidence of an answer (staged first, decision 091)", () => {
  it("links the cadre's own staged file to the answer, which the one who asked may then download", async () => {
    const s = await setup();
    actAs(s.org);
    const { id } = await requestExplanation(lateReport(s.task.id));
    actAs(s.cadreUser);
    const file = await stage(s.task.id);
    await answerExplanation({ id, taskId: s.task.id, version: 0, answer: "Kèm biên bản", evidenceIds: [file, file] });
    expect(await s.db.attachment.findUniqueOrThrow({ where: { id: file } })).toMatchObject({
      explanationId: id,
      reportId: null,
      pendingSince: null,
      uploadedById: s.cadreUser.id,
    });
    const audit = await s.db.auditEvent.findFirstOrThrow({ where: { action: "explanation.answer" } });
    expect(audit.data).toMatchObject({ files: 1 });
    actAs(s.org);
    expect((await getTask(s.task.id)).explanations[0]!.attachments).toEqual([{ id: file, fileName: "bien-ban.pdf" }]);
    expect(await getAttachmentForDownload(file)).toMatchObject({ fileName: "bien-ban.pdf", mimeType: "application/pdf" });
  });

  it("refuses another user's file, another task's and one already linked as not found, writing nothing", async () => {
    const s = await setup();
    const otherTask = await f.createTask({
      roundId: s.round.id,
      cadre: s.cadre,
      supervisorId: s.supervisor.id,
      assignedById: s.standing.id,
    });
    const theirTask = await f.createTask({
      roundId: s.round.id,
      cadre: await s.db.cadre.findUniqueOrThrow({ where: { id: s.otherCadreUser.cadreId! } }),
      supervisorId: s.supervisor.id,
      assignedById: s.standing.id,
    });
    actAs(s.otherCadreUser);
    const theirs = await stage(theirTask.id);
    // Another cadre cannot stage a file on this cadre's task either.
    expect((await uploadEvidence(s.task.id, pdf())).status).toBe(404);
    actAs(s.org);
    const first = await requestExplanation(lateReport(s.task.id));
    actAs(s.cadreUser);
    const linked = await stage(s.task.id, "lan-dau.pdf");
    await answerExplanation({ id: first.id, taskId: s.task.id, version: 0, answer: "Lần đầu", evidenceIds: [linked] });
    actAs(s.org);
    const { id } = await requestExplanation(lateReport(s.task.id));
    actAs(s.cadreUser);
    const elsewhere = await stage(otherTask.id);
    const own = await stage(s.task.id);
    const before = {
      audits: await s.db.auditEvent.count(),
      notifications: await s.db.notification.count(),
      attachments: await s.db.attachment.findMany({ orderBy: { id: "asc" } }),
    };
    for (const wrong of [theirs, elsewhere, linked, "khong-co-tep-nay"]) {
      await expect(
        answerExplanation({ id, taskId: s.task.id, version: 0, answer: "Giải trình", evidenceIds: [own, wrong] }),
      ).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await s.db.explanationRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "OPEN",
      version: 0,
      answer: null,
    });
    expect(await s.db.auditEvent.count()).toBe(before.audits);
    expect(await s.db.notification.count()).toBe(before.notifications);
    expect(await s.db.attachment.findMany({ orderBy: { id: "asc" } })).toEqual(before.attachments);
    // The cadre's own file stays staged for the answer that follows.
    await answerExplanation({ id, taskId: s.task.id, version: 0, answer: "Giải trình", evidenceIds: [own] });
    expect(await s.db.attachment.findUniqueOrThrow({ where: { id: own } })).toMatchObject({ explanationId: id });
  });

  it("answered twice at the same moment with one file records one answer holding it and one conflict", async () => {
    const s = await setup();
    actAs(s.org);
    const { id } = await requestExplanation(lateReport(s.task.id));
    actAs(s.cadreUser);
    const file = await stage(s.task.id);
    const results = await Promise.allSettled([
      answerExplanation({ id, taskId: s.task.id, version: 0, answer: "Lần thứ nhất", evidenceIds: [file] }),
      answerExplanation({ id, taskId: s.task.id, version: 0, answer: "Lần thứ hai", evidenceIds: [file] }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(ConflictError);
    expect(await s.db.auditEvent.count({ where: { action: "explanation.answer" } })).toBe(1);
    expect(await s.db.attachment.findUniqueOrThrow({ where: { id: file } })).toMatchObject({
      explanationId: id,
      pendingSince: null,
    });
  });

  it("may be staged on a task closed since the request, while the request waits; not on a closed task without one", async () => {
    const s = await setup();
    actAs(s.org);
    const { id } = await requestExplanation(lateReport(s.task.id));
    await s.db.task.update({ where: { id: s.task.id }, data: { status: "COMPLETED" } });
    actAs(s.cadreUser);
    const file = await stage(s.task.id);
    await answerExplanation({ id, taskId: s.task.id, version: 0, answer: "Đã hoàn thành", evidenceIds: [file] });
    expect((await uploadEvidence(s.task.id, pdf())).status).toBe(404);
  });
});
