import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { saveReportAction, withdrawChangeRequestAction } from "@/app/(app)/tasks/actions";
import { initialActionState } from "@/lib/actions/state";
import { getDb } from "@/lib/db/client";
import { decideChangeRequest, requestChange, withdrawChangeRequest } from "@/lib/dal/tasks/change-requests";
import { getAttachmentForDownload, respondToReport, saveReport } from "@/lib/dal/reports/report";
import { listQuarterReports, missingReportsByUnit } from "@/lib/dal/reports/quarter-lists";
import { getTask } from "@/lib/dal/tasks/task";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { quarterOf, quarterStart, type Quarter } from "@/lib/domain/quarters";
import { produceReportReminders } from "@/lib/jobs/reminders";
import { ReportSchema } from "@/lib/validation/report";
import * as f from "@/tests/factories";
import { uploadEvidence } from "@/tests/setup/evidence";
import { actAs } from "@/tests/setup/session";

process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "dotpha-uploads-"));

const previous = (q: Quarter): Quarter =>
  q.quarter === 1 ? { year: q.year - 1, quarter: 4 } : { year: q.year, quarter: q.quarter - 1 };
const nextQ = (q: Quarter): Quarter =>
  q.quarter === 4 ? { year: q.year + 1, quarter: 1 } : { year: q.year, quarter: q.quarter + 1 };

/**
 * A task running from two quarters ago to the end of next quarter, whatever today is: the first quarter's
 * deadline has passed, the second's is still ahead, the current quarter has begun and the next has not.
 */
async function setup() {
  const u = await f.createProvince();
  const org = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.province.id }] });
  const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.province.id }] });
  const communeStanding = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.commune.id }] });
  const supervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.province.id }] });
  const otherSupervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.province.id }] });
  const cadre = await f.createCadre({ unitId: u.department.id, managedById: u.province.id });
  const cadreUser = await f.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: u.department.id }] });
  const other = await f.createCadre({ unitId: u.department.id, managedById: u.province.id });
  const otherUser = await f.createUser({ cadreId: other.id, roles: [{ role: "CADRE", unitId: u.department.id }] });
  const now = quarterOf(new Date());
  const first = previous(previous(now));
  const second = previous(now);
  const last = nextQ(now);
  const db = await getDb();
  const round = await f.createRound({ assigningBodyId: u.province.id, year: first.year, status: "CLOSED" });
  await db.round.update({ where: { id: round.id }, data: { endYear: last.year, periodKind: "TERM" } });
  await db.reportDeadline.createMany({
    data: [
      { roundId: round.id, ...first, dueDate: new Date(Date.now() - 86_400_000) },
      { roundId: round.id, ...second, dueDate: new Date(Date.now() + 10 * 86_400_000) },
    ],
  });
  const created = await f.createTask({ roundId: round.id, cadre, supervisorId: supervisor.id, assignedById: standing.id });
  await db.task.update({
    where: { id: created.id },
    data: { startDate: quarterStart(first), endDate: new Date(quarterStart(nextQ(last)).getTime() - 1000) },
  });
  const task = await db.task.findUniqueOrThrow({ where: { id: created.id }, include: { targets: true } });
  const target = task.targets[0]!;
  return {
    ...u,
    org,
    standing,
    communeStanding,
    supervisor,
    otherSupervisor,
    cadre,
    cadreUser,
    other,
    otherUser,
    task,
    target,
    first,
    second,
    now,
    round,
  };
}

type Setup = Awaited<ReturnType<typeof setup>>;

const report = (s: Setup, q: Quarter, intent: "save" | "submit", actual: string | undefined, version?: number) =>
  ReportSchema.parse({
    taskId: s.task.id,
    ...q,
    version,
    intent,
    results: "Đã rà soát 40 xã, cấp mới giấy chứng nhận.",
    selfProgress: "40",
    difficulties: "Thiếu cán bộ đo đạc",
    proposals: "Đề nghị bổ sung kinh phí đo đạc",
    actuals: [{ targetId: s.target.id, actualValue: actual }],
  });

describe("quarterly reports", () => {
  it("a cadre drafts and submits in order; after the deadline it is marked late; the supervisor is told", async () => {
    const s = await setup();
    actAs(s.cadreUser);
    await expect(saveReport(report(s, s.second, "save", "10"))).rejects.toMatchObject({ code: "earlierQuarterMissing" });
    await expect(saveReport(report(s, nextQ(s.now), "save", "10"))).rejects.toMatchObject({ code: "quarterNotStarted" });
    const { reportId } = await saveReport(report(s, s.first, "save", undefined));
    await expect(saveReport(report(s, s.first, "submit", "1.500", 3))).rejects.toBeInstanceOf(ConflictError);
    await saveReport(report(s, s.first, "submit", "1.500", 0));
    await saveReport(report(s, s.second, "submit", "40", undefined));
    const db = await getDb();
    const [first, second] = await db.quarterlyReport.findMany({
      where: { taskId: s.task.id },
      orderBy: [{ year: "asc" }, { quarter: "asc" }],
      include: { actuals: true },
    });
    expect(first).toMatchObject({ id: reportId, status: "SUBMITTED", isLate: true });
    expect(first!.actuals[0]!.actualValue.toString()).toBe("1500");
    expect(second).toMatchObject({ status: "SUBMITTED", isLate: false });
    expect(await db.notification.count({ where: { userId: s.supervisor.id, kind: "report.submitted" } })).toBe(2);
    // A submitted report is locked until returned.
    await expect(saveReport(report(s, s.first, "save", "1600", 2))).rejects.toMatchObject({ code: "transitionNotAllowed" });
  });

  it("a submission needs an actual value for every target", async () => {
    const s = await setup();
    actAs(s.cadreUser);
    expect(
      ReportSchema.safeParse({
        ...report(s, s.first, "save", undefined),
        intent: "submit",
        selfProgress: "",
        actuals: [{ targetId: s.target.id, actualValue: "" }],
      }).success,
    ).toBe(false);
    await expect(saveReport({ ...report(s, s.first, "submit", "5"), actuals: [] })).rejects.toMatchObject({
      code: "actualsMissing",
    });
    expect(await (await getDb()).quarterlyReport.count({ where: { taskId: s.task.id } })).toBe(0);
  });

  it("the supervisor returns a report, the cadre completes it, the supervisor gives direction and answers the proposal", async () => {
    const s = await setup();
    actAs(s.cadreUser);
    const { reportId } = await saveReport(report(s, s.first, "submit", "20"));
    actAs(s.otherSupervisor);
    await expect(
      respondToReport({ reportId, version: 1, action: "respond", response: "x", proposalAnswer: null }),
    ).rejects.toBeInstanceOf(NotFoundError);
    actAs(s.org);
    await expect(
      respondToReport({ reportId, version: 1, action: "respond", response: "x", proposalAnswer: null }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    actAs(s.supervisor);
    await respondToReport({ reportId, version: 1, action: "return", response: "Bổ sung số liệu từng xã", proposalAnswer: null });
    actAs(s.cadreUser);
    await saveReport(report(s, s.first, "submit", "25", 2));
    actAs(s.supervisor);
    await expect(
      respondToReport({ reportId, version: 2, action: "respond", response: "x", proposalAnswer: null }),
    ).rejects.toBeInstanceOf(ConflictError);
    await respondToReport({
      reportId,
      version: 4,
      action: "respond",
      response: "Đẩy nhanh tiến độ",
      proposalAnswer: "Đã giao Sở Tài chính bố trí",
    });
    const db = await getDb();
    expect(await db.quarterlyReport.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({
      status: "RESPONDED",
      response: "Đẩy nhanh tiến độ",
      proposalAnswer: "Đã giao Sở Tài chính bố trí",
      respondedById: s.supervisor.id,
    });
    expect(
      await db.notification.count({ where: { userId: s.cadreUser.id, kind: { in: ["report.returned", "report.responded"] } } }),
    ).toBe(2);
    // The standing committee of the round's body may direct too; a commune's may not.
    actAs(s.communeStanding);
    await expect(
      respondToReport({ reportId, version: 5, action: "respond", response: "x", proposalAnswer: null }),
    ).rejects.toBeInstanceOf(NotFoundError);
    actAs(s.standing);
    await respondToReport({ reportId, version: 5, action: "respond", response: "Thường trực lưu ý", proposalAnswer: null });
  });

  it("the task page computes each target's progress from the latest submitted report", async () => {
    const s = await setup();
    actAs(s.cadreUser);
    await saveReport(report(s, s.first, "submit", "20"));
    await saveReport(report(s, s.second, "save", "90"));
    const task = await getTask(s.task.id);
    expect(task.targets[0]!.latest).toMatchObject({ value: "20", percent: 20, reached: false });
    expect(task.quarters.slice(0, 2).map((q) => q.state)).toEqual(["SUBMITTED", "DRAFT"]);
    actAs(s.supervisor);
    // Others never see a draft.
    expect((await getTask(s.task.id)).quarters[1]!.state).toBe("MISSING");
  });
});

describe("evidence files", () => {
  const pdf = () => new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")], "bien-ban.pdf");
  /** The report form's save: its fields and the ids of the files it staged (and a file put inside, ignored). */
  const form = (s: Setup, evidenceIds: string[], inside?: File) => {
    const data = new FormData();
    for (const [k, v] of Object.entries({
      taskId: s.task.id,
      year: s.first.year,
      quarter: s.first.quarter,
      intent: "save",
      results: "Kết quả",
    }))
      data.set(k, String(v));
    data.set("actuals.0.targetId", s.target.id);
    data.set("actuals.0.actualValue", "5");
    evidenceIds.forEach((id, i) => data.set(`evidenceIds.${i}`, id));
    if (inside) data.append("evidence", inside);
    return data;
  };

  it("are checked by their content, not their name, and downloaded only by those who may see the task", async () => {
    const s = await setup();
    actAs(s.cadreUser);
    const disguised = new File([new TextEncoder().encode("MZ this is a program, not a PDF")], "bao-cao.pdf");
    const refused = await uploadEvidence(s.task.id, disguised);
    expect(refused).toEqual({
      status: 422,
      body: { error: "Tệp “bao-cao.pdf” không phải PDF, ảnh hoặc tài liệu văn phòng (kiểm tra theo nội dung tệp)." },
    });
    const db = await getDb();
    expect(await db.attachment.count({ where: { taskId: s.task.id } })).toBe(0);
    const staged = await uploadEvidence(s.task.id, pdf());
    expect(staged.status).toBe(200);
    // A file put inside the save itself is not a way in: it is never read, let alone stored.
    const saved = await saveReportAction(initialActionState, form(s, [staged.body.id!], disguised));
    expect(saved.status).toBe("success");
    const [attachment, ...others] = await db.attachment.findMany({ where: { taskId: s.task.id } });
    expect(others).toEqual([]);
    expect(attachment!.reportId).not.toBeNull();
    expect(attachment!.pendingSince).toBeNull();
    expect(attachment).toMatchObject({ fileName: "bien-ban.pdf", mimeType: "application/pdf" });
    expect(attachment!.storageKey).not.toContain("bien-ban");
    expect(await getAttachmentForDownload(attachment!.id)).toMatchObject({ mimeType: "application/pdf" });
    // A draft's evidence is the cadre's alone; once submitted the supervisor may read it; another cadre never.
    actAs(s.supervisor);
    await expect(getAttachmentForDownload(attachment!.id)).rejects.toBeInstanceOf(NotFoundError);
    actAs(s.cadreUser);
    const current = await db.quarterlyReport.findFirstOrThrow({ where: { taskId: s.task.id } });
    await saveReport(report(s, s.first, "submit", "5", current.version));
    actAs(s.supervisor);
    expect((await getAttachmentForDownload(attachment!.id)).fileName).toBe("bien-ban.pdf");
    actAs(s.otherUser);
    await expect(getAttachmentForDownload(attachment!.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("mid-course changes", () => {
  const change = (s: Setup, value: string) => ({
    taskId: s.task.id,
    title: s.task.title,
    endDate: s.task.endDate,
    targets: [{ targetId: s.target.id, targetValue: value, deadline: s.target.deadline }],
    reason: "Địa bàn sáp nhập, khối lượng tăng",
  });

  it("a cadre requests, the standing committee approves: the target changes, the original and the actuals stay", async () => {
    const s = await setup();
    await (await getDb()).target.update({ where: { id: s.target.id }, data: { deadline: s.task.endDate } });
    const target = { ...s.target, deadline: s.task.endDate };
    const input = { ...change({ ...s, target }, "150") };
    actAs(s.cadreUser);
    await saveReport(report(s, s.first, "submit", "30"));
    const { id } = await requestChange(input);
    await expect(requestChange(input)).rejects.toMatchObject({ code: "changePending" });
    actAs(s.communeStanding);
    await expect(decideChangeRequest({ id, version: 0, decision: "approve", note: null })).rejects.toBeInstanceOf(NotFoundError);
    actAs(s.cadreUser);
    await expect(decideChangeRequest({ id, version: 0, decision: "approve", note: null })).rejects.toBeInstanceOf(ForbiddenError);
    actAs(s.standing);
    await decideChangeRequest({ id, version: 0, decision: "approve", note: null });
    const db = await getDb();
    const stored = await db.target.findUniqueOrThrow({ where: { id: s.target.id }, include: { actuals: true } });
    expect(stored.targetValue.toString()).toBe("150");
    expect(stored.originalValue.toString()).toBe("100");
    expect(stored.actuals.map((a) => a.actualValue.toString())).toEqual(["30"]);
    actAs(s.cadreUser);
    const task = await getTask(s.task.id);
    expect(task.targets[0]).toMatchObject({ targetValue: "150", originalValue: "100", adjusted: true, latest: { percent: 20 } });
    expect(task.changeRequests[0]).toMatchObject({
      status: "APPROVED",
      before: { targets: [{ targetValue: "100" }] },
      after: { targets: [{ targetValue: "150" }] },
    });
    expect(task.timeline.map((e) => e.action)).toEqual(
      expect.arrayContaining(["changeRequest.submit", "changeRequest.approve", "task.adjust"]),
    );
    expect(await db.notification.count({ where: { userId: s.cadreUser.id, kind: "changeRequest.approved" } })).toBe(1);
  });

  it("another cadre cannot ask; a request that changes nothing is refused", async () => {
    const s = await setup();
    await (await getDb()).target.update({ where: { id: s.target.id }, data: { deadline: s.task.endDate } });
    const target = { ...s.target, deadline: s.task.endDate };
    actAs(s.otherUser);
    await expect(requestChange(change({ ...s, target }, "150"))).rejects.toBeInstanceOf(NotFoundError);
    actAs(s.cadreUser);
    await expect(requestChange(change({ ...s, target }, "100"))).rejects.toMatchObject({ code: "nothingChanged" });
  });
});

describe("withdrawing a change request", () => {
  it("the one who asked takes back a waiting request; nobody else can; then a new one may be made", async () => {
    const s = await setup();
    await (await getDb()).target.update({ where: { id: s.target.id }, data: { deadline: s.task.endDate } });
    const input = {
      taskId: s.task.id,
      title: s.task.title,
      endDate: s.task.endDate,
      targets: [{ targetId: s.target.id, targetValue: "150", deadline: s.task.endDate }],
      reason: "Địa bàn sáp nhập, khối lượng tăng",
    };
    actAs(s.cadreUser);
    const { id } = await requestChange(input);
    expect((await getTask(s.task.id)).actions).toContain("withdrawChange");
    actAs(s.supervisor);
    expect((await getTask(s.task.id)).actions).not.toContain("withdrawChange");
    actAs(s.otherUser);
    await expect(withdrawChangeRequest({ id, version: 0 })).rejects.toBeInstanceOf(NotFoundError);
    actAs(s.cadreUser);
    await expect(withdrawChangeRequest({ id, version: 1 })).rejects.toBeInstanceOf(ConflictError);
    const form = new FormData();
    form.set("id", id);
    form.set("version", "0");
    expect(await withdrawChangeRequestAction(initialActionState, form)).toEqual({
      status: "success",
      message: "Đã rút đề nghị điều chỉnh.",
      notice: "Đã rút đề nghị điều chỉnh.",
    });
    expect((await getTask(s.task.id)).changeRequests[0]).toMatchObject({ status: "WITHDRAWN", requestedByMe: true });
    await expect(withdrawChangeRequest({ id, version: 1 })).rejects.toMatchObject({ code: "transitionNotAllowed" });
    const db = await getDb();
    expect(await db.changeRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "WITHDRAWN", version: 1 });
    expect(await db.auditEvent.count({ where: { entityId: id, action: "changeRequest.withdraw", toState: "WITHDRAWN" } })).toBe(
      1,
    );
    expect((await requestChange(input)).id).not.toBe(id);
  });
});

describe("following the quarter", () => {
  it("lists the quarter's reports by status and counts what is missing per unit, in scope", async () => {
    const s = await setup();
    const second = await f.createTask({
      roundId: s.round.id,
      cadre: s.other,
      supervisorId: s.supervisor.id,
      assignedById: s.standing.id,
    });
    await (
      await getDb()
    ).task.update({ where: { id: second.id }, data: { startDate: s.task.startDate, endDate: s.task.endDate } });
    actAs(s.cadreUser);
    await saveReport(report(s, s.first, "submit", "10"));
    actAs(s.org);
    const all = await listQuarterReports({ ...s.first, page: 1 });
    expect(all.total).toBe(2);
    const late = await listQuarterReports({ ...s.first, status: "LATE", page: 1 });
    expect(late.items.map((r) => r.taskId).sort()).toEqual([s.task.id, second.id].sort());
    const missing = await listQuarterReports({ ...s.first, status: "NOT_SUBMITTED", page: 1 });
    expect(missing.items.map((r) => r.taskId)).toEqual([second.id]);
    expect(await missingReportsByUnit(s.first)).toEqual([
      { unitId: s.department.id, unitName: s.department.name, tasks: 2, submitted: 1, missing: 1 },
    ]);
    actAs(s.supervisor);
    expect((await listQuarterReports({ ...s.first, status: "SUBMITTED", page: 1 })).items.map((r) => r.taskId)).toEqual([
      s.task.id,
    ]);
    actAs(s.otherSupervisor);
    expect((await listQuarterReports({ ...s.first, page: 1 })).total).toBe(0);
  });

  it("reminds each cadre once of an overdue report, in the app and by e-mail into the outbox", async () => {
    const s = await setup();
    const db = await getDb();
    await db.user.update({ where: { id: s.cadreUser.id }, data: { email: "canbo@example.vn" } });
    const now = new Date();
    expect(await produceReportReminders(db, now)).toBe(1);
    expect(await produceReportReminders(db, now)).toBe(0);
    expect(await db.notification.count({ where: { userId: s.cadreUser.id, kind: "report.overdue" } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { to: "canbo@example.vn" } })).toBe(1);
    // The second quarter is due within the reminder window: once submitted, nothing more is said of it.
    expect(await produceReportReminders(db, new Date(now.getTime() + 5 * 86_400_000))).toBe(1);
    expect(await db.notification.count({ where: { userId: s.cadreUser.id, kind: "report.dueSoon" } })).toBe(1);
  });
});
