// Conversation and reminders: comments on tasks and reports, overdue and submitted-report notifications.
import { get, vn, addDays, isoDay } from "../shared";
import type { SeedContext } from "../context";
import type { seedUnits } from "./units";
import type { seedPeople } from "./people";
import type { seedRounds } from "./rounds";
import type { reportBuilder } from "../builders/reports";
import type { seedCurrentYear } from "./current-year";

type World = SeedContext &
  ReturnType<typeof seedUnits> &
  ReturnType<typeof seedPeople> &
  ReturnType<typeof seedRounds> &
  ReturnType<typeof reportBuilder> &
  ReturnType<typeof seedCurrentYear>;

export function seedNotifications(w: World) {
  const { TU, Y, canbo, canboTasks, comment, dueDate, missingQ3, nameOfUser, notify, reportById, rows, tasksY } = w;
  // ── Comments on tasks and reports; reminders ──
  {
    const t1 = get(canboTasks, 0);
    const a = comment(
      "user-daumoi",
      "SUPERVISOR",
      "Đề nghị đồng chí gửi kèm danh sách hồ sơ tồn đọng theo từng xã, phường để Ban theo dõi sát tiến độ.",
      { taskId: t1.id },
      vn(Y, 5, 6, 10),
    );
    comment(
      canbo.userId,
      "CADRE",
      "Sở đã tổng hợp danh sách theo 40 xã, phường; sẽ gửi kèm báo cáo quý III.",
      { taskId: t1.id },
      vn(Y, 5, 7, 15),
      a,
    );
    comment(
      TU.standingUser,
      "STANDING_COMMITTEE",
      "Đây là việc người dân rất quan tâm. Đề nghị công khai tiến độ cấp giấy chứng nhận trên Cổng thông tin điện tử tỉnh.",
      { taskId: t1.id },
      vn(Y, 8, 12, 9),
    );
    comment(
      "user-daumoi",
      "SUPERVISOR",
      "Số liệu quý III cần tách riêng số giấy chứng nhận đã ký và số đã trao cho người dân.",
      { taskId: t1.id },
      vn(Y, 11, 17, 14),
    );
    notify(
      canbo.userId,
      "comment.added",
      { authorName: nameOfUser("user-daumoi"), taskCode: t1.code, taskTitle: t1.title },
      `/tasks/${t1.id}`,
      vn(Y, 11, 17, 14),
      null,
    );
    const t2 = get(canboTasks, 1);
    const rep = `rep-${t2.id}-q2`;
    const c1 = comment(
      "user-daumoi",
      "SUPERVISOR",
      "Đề nghị bổ sung ảnh hiện trường và danh sách hộ tham gia tổ sản xuất VietGAP.",
      { reportId: rep },
      vn(Y, 7, 20, 10),
    );
    comment(canbo.userId, "CADRE", "Sở đã bổ sung minh chứng vào hồ sơ báo cáo.", { reportId: rep }, vn(Y, 7, 21, 16), c1);
    const t3 = get(canboTasks, 2);
    const dueQ3 = dueDate(Y, 3);
    notify(
      canbo.userId,
      "report.dueSoon",
      { taskCode: t3.code, taskTitle: t3.title, year: Y, quarter: 3, dueDate: isoDay(dueQ3) },
      `/tasks/${t3.id}`,
      vn(Y, 10, 8, 8),
      vn(Y, 10, 8, 14),
      `report-due:${t3.id}:${Y}Q3`,
    );
    notify(
      canbo.userId,
      "report.overdue",
      { taskCode: t3.code, taskTitle: t3.title, year: Y, quarter: 3, dueDate: isoDay(dueQ3) },
      `/tasks/${t3.id}`,
      vn(Y, 10, 16, 8),
      null,
      `report-overdue:${t3.id}:${Y}Q3`,
    );
    notify(
      canbo.userId,
      "report.responded",
      { taskCode: t1.code, taskTitle: t1.title, year: Y, quarter: 2 },
      `/tasks/${t1.id}`,
      vn(Y, 7, 25, 10),
      vn(Y, 7, 26, 8),
    );
    notify(
      canbo.userId,
      "report.responded",
      { taskCode: t3.code, taskTitle: t3.title, year: Y, quarter: 2 },
      `/tasks/${t3.id}`,
      vn(Y, 7, 30, 10),
      null,
    );
  }
  // The multi-role user comments as supervisor on one of the tasks she follows.
  {
    const t = tasksY.find((x) => x.supervisorId === "user-pho-bithu");
    if (t)
      comment(
        "user-pho-bithu",
        "SUPERVISOR",
        "Đã làm việc trực tiếp với đơn vị; đề nghị tập trung hoàn thành chỉ tiêu thứ nhất trước 15/12.",
        { taskId: t.id },
        vn(Y, 10, 28, 15),
      );
  }
  // Overdue reminders for other missing Q3 reports (a few), and supervisors' unread report notifications.
  for (const t of missingQ3.filter((x) => x.cadre !== canbo).slice(0, 12)) {
    notify(
      t.cadre.userId,
      "report.overdue",
      { taskCode: t.code, taskTitle: t.title, year: Y, quarter: 3, dueDate: isoDay(dueDate(Y, 3)) },
      `/tasks/${t.id}`,
      vn(Y, 10, 16, 8),
      null,
      `report-overdue:${t.id}:${Y}Q3`,
    );
  }
  const submittedQ3 = rows.reports.filter((r) => r.year === Y && r.quarter === 3 && r.status === "SUBMITTED");
  const perSupervisor = new Map<string, number>();
  for (const r of submittedQ3) {
    const info = reportById.get(r.id!);
    if (!info) continue;
    const sup = info.task.supervisorId;
    const n = perSupervisor.get(sup) ?? 0;
    if (n >= 12) continue;
    perSupervisor.set(sup, n + 1);
    notify(
      sup,
      "report.submitted",
      { cadreName: info.task.cadre.fullName, taskCode: info.task.code, taskTitle: info.task.title, year: Y, quarter: 3 },
      `/tasks/${info.task.id}`,
      r.submittedAt as Date,
      n < 6 ? null : addDays(r.submittedAt as Date, 2),
    );
  }
  // The standing committee sees late reports summarised.
  notify(
    TU.standingUser,
    "report.overdueSummary",
    { year: Y, quarter: 3, count: missingQ3.filter((t) => t.cadre.level === TU).length },
    "/dashboard",
    vn(Y, 10, 20, 8),
    null,
    `report-overdue-summary:${Y}Q3`,
  );
  notify(
    TU.orgUser,
    "report.overdueSummary",
    { year: Y, quarter: 3, count: missingQ3.filter((t) => t.cadre.level === TU).length },
    "/dashboard",
    vn(Y, 10, 20, 8),
    vn(Y, 10, 20, 14),
    `report-overdue-summary:${Y}Q3`,
  );
}
