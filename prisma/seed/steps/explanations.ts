// Requests for explanation (yêu cầu giải trình), added last and drawing nothing from the random sequence, so
// every row the earlier steps write stays as it was: one the cadre `canbo` has still to answer, and one a
// provincial cadre left unanswered through three reminders, escalated to the standing committee.
import { endOfDay, vn } from "../shared";
import type { SeedContext } from "../context";
import type { seedUnits } from "./units";
import type { seedPeople } from "./people";
import type { seedCurrentYear } from "./current-year";

type World = SeedContext & ReturnType<typeof seedUnits> & ReturnType<typeof seedPeople> & ReturnType<typeof seedCurrentYear>;

export function seedExplanations(w: World) {
  const { TU, Y, canbo, missingQ3, notify, audit, rows } = w;
  const href = (taskId: string) => `/tasks/${taskId}#giai-trinh`;

  // canbo's task whose third-quarter report is missing: its supervisor asks why, due mid-December.
  const open = missingQ3.find((t) => t.cadre === canbo);
  if (open) {
    const id = "exp-00001";
    const at = vn(Y, 11, 18, 9);
    const message = "Đề nghị đồng chí giải trình lý do chưa nộp báo cáo quý III và biện pháp khắc phục.";
    rows.explanations.push({
      id,
      taskId: open.id,
      cause: "LATE_REPORT",
      reportYear: Y,
      reportQuarter: 3,
      message,
      dueDate: endOfDay(Y, 12, 15),
      status: "OPEN",
      requestedById: open.supervisorId,
      requestedRole: "SUPERVISOR",
      openTaskId: open.id,
      createdAt: at,
    });
    audit(at, open.supervisorId, "SUPERVISOR", "explanation.request", "ExplanationRequest", id, null, "OPEN", message, {
      taskId: open.id,
      cause: "LATE_REPORT",
      quarter: `${Y}Q3`,
    });
    notify(canbo.userId, "explanation.requested", { taskCode: open.code, taskTitle: open.title }, href(open.id), at, null);
  }

  // A provincial cadre's missing report: asked by the organisation committee on 20/10, due 31/10, reminded on
  // 1, 2 and 3 November, escalated on the 4th.
  const late = missingQ3.find((t) => t.cadre !== canbo && t.cadre.level === TU);
  if (late) {
    const id = "exp-00002";
    const at = vn(Y, 10, 20, 9);
    const message = "Đề nghị đồng chí giải trình việc chậm báo cáo quý III, nêu rõ nguyên nhân khách quan, chủ quan.";
    const escalatedAt = vn(Y, 11, 4, 7);
    rows.explanations.push({
      id,
      taskId: late.id,
      cause: "LATE_REPORT",
      reportYear: Y,
      reportQuarter: 3,
      message,
      dueDate: endOfDay(Y, 10, 31),
      status: "ESCALATED",
      requestedById: TU.orgUser,
      requestedRole: "ORG_COMMITTEE",
      openTaskId: late.id,
      remindersSent: 3,
      lastRemindedAt: vn(Y, 11, 3, 7),
      escalatedAt,
      version: 1,
      createdAt: at,
    });
    audit(at, TU.orgUser, "ORG_COMMITTEE", "explanation.request", "ExplanationRequest", id, null, "OPEN", message, {
      taskId: late.id,
      cause: "LATE_REPORT",
      quarter: `${Y}Q3`,
    });
    for (const n of [1, 2, 3]) {
      const remindedAt = vn(Y, 11, n, 7);
      audit(remindedAt, null, null, "explanation.remind", "ExplanationRequest", id, null, null, null, { taskId: late.id, n });
      notify(
        late.cadre.userId,
        "explanation.reminder",
        { taskCode: late.code, taskTitle: late.title, n },
        href(late.id),
        remindedAt,
        null,
        `explanation-reminder:${id}:${n}`,
      );
    }
    audit(escalatedAt, null, null, "explanation.escalate", "ExplanationRequest", id, "OPEN", "ESCALATED", null, {
      taskId: late.id,
      remindersSent: 3,
    });
    for (const userId of [TU.standingUser, TU.orgUser, late.cadre.userId])
      notify(
        userId,
        "explanation.escalated",
        { taskCode: late.code, taskTitle: late.title },
        href(late.id),
        escalatedAt,
        null,
        `explanation-escalated:${id}`,
      );
  }
}
