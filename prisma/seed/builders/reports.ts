// Writes a quarterly report with its actuals, audit rows, comment and notification.
import * as D from "@/prisma/seed-data";
import { get, addDays, min, fmtVi } from "../shared";
import type { TaskInfo, RepState } from "../shared";
import type { SeedContext } from "../context";
import type { templateTools } from "./templates";
import type { seedRounds } from "../steps/rounds";

type World = SeedContext & ReturnType<typeof templateTools> & ReturnType<typeof seedRounds>;

export function reportBuilder(w: World) {
  const { audit, chance, comment, dueDate, int, notAfter, notify, officeTime, pick, rnd, rows, shareOf, valueAt } = w;
  // ── Quarterly reports ──

  const reportById = new Map<string, { task: TaskInfo; quarter: number }>();
  const makeReport = (task: TaskInfo, q: number, state: RepState) => {
    if (!state) return null;
    const year = task.year;
    const id = `rep-${task.id}-q${q}`;
    const due = dueDate(year, q);
    const f = get(task.progress, q - 1);
    const lead = pick(D.RESULT_LEADS[q as 1 | 2 | 3 | 4]);
    const values = task.targets.map((t) => valueAt(t, f));
    const lines = task.targets.map(
      (t, j) =>
        `– ${t.indicator}: ${fmtVi(get(values, j), t.decimals)} ${t.uom} (chỉ tiêu ${fmtVi(t.target, t.decimals)} ${t.uom}).`,
    );
    const draft = state.status === "DRAFT";
    const results = draft
      ? `${lead}\n${get(lines, 0)}\n(Đang tổng hợp số liệu các chỉ tiêu còn lại.)`
      : [lead, ...lines].join("\n");
    const share =
      task.targets.reduce((s, t, j) => s + Math.min(1.1, Math.max(0, shareOf(t, get(values, j)))), 0) / task.targets.length;
    const selfProgress = Math.max(0, Math.min(100, Math.round(share * 100)));
    const hasProposal = state.proposals ?? chance(0.25);
    const behind = f < (q === 4 ? 0.8 : q * 0.2);
    const submittedAt = draft ? null : notAfter(state.late ? officeTime(due, int(2, 12)) : officeTime(due, -int(1, 12)), 30);
    const responded = state.status === "RESPONDED";
    const responderIsSupervisor = state.responder ? state.responder === "supervisor" : chance(0.7);
    const respondedBy = responded ? (responderIsSupervisor ? task.supervisorId : task.cadre.level.standingUser) : null;
    const respondedAt = responded && submittedAt ? notAfter(officeTime(submittedAt, int(3, 12)), 20) : null;
    const createdAt = draft ? officeTime(due, -int(8, 20)) : addDays(submittedAt!, -int(1, 4));
    const updatedAt = respondedAt ?? submittedAt ?? addDays(createdAt, int(1, 5));
    rows.reports.push({
      id,
      taskId: task.id,
      year,
      quarter: q,
      results,
      selfProgress,
      difficulties: behind || chance(0.3) ? pick(D.DIFFICULTIES) : null,
      proposals: hasProposal ? pick(D.PROPOSALS) : null,
      status: state.status,
      submittedAt,
      isLate: state.late && !draft,
      response: responded ? pick(D.RESPONSES) : null,
      respondedById: respondedBy,
      respondedAt,
      proposalAnswer: responded && hasProposal ? pick(D.PROPOSAL_ANSWERS) : null,
      createdAt: min(createdAt, updatedAt),
      updatedAt: notAfter(updatedAt, 1),
    });
    task.targets.forEach((t, j) => {
      if (draft && j > 0) return;
      rows.actuals.push({ id: `act-${id}-${j + 1}`, reportId: id, targetId: t.id, actualValue: String(get(values, j)) });
    });
    reportById.set(id, { task, quarter: q });
    const cadreUser = task.cadre.userId;
    if (submittedAt) {
      audit(submittedAt, cadreUser, "CADRE", "report.submit", "QuarterlyReport", id, "DRAFT", "SUBMITTED", null, {
        taskId: task.id,
        year,
        quarter: q,
        isLate: state.late,
      });
    }
    if (state.status === "RETURNED" && submittedAt) {
      const reason = pick(D.RETURN_REASONS);
      const at = notAfter(officeTime(submittedAt, int(2, 6)), 20);
      audit(at, task.supervisorId, "SUPERVISOR", "report.return", "QuarterlyReport", id, "SUBMITTED", "RETURNED", reason);
      comment(task.supervisorId, "SUPERVISOR", reason, { reportId: id }, at);
      rows.reports[rows.reports.length - 1]!.updatedAt = at;
      notify(
        cadreUser,
        "report.returned",
        { taskCode: task.code, taskTitle: task.title, year, quarter: q, reason },
        `/tasks/${task.id}`,
        at,
        null,
      );
    }
    if (responded && respondedAt && respondedBy) {
      audit(
        respondedAt,
        respondedBy,
        responderIsSupervisor ? "SUPERVISOR" : "STANDING_COMMITTEE",
        "report.respond",
        "QuarterlyReport",
        id,
        "SUBMITTED",
        "RESPONDED",
      );
    }
    return id;
  };
  const q12State = (): RepState => {
    const r = rnd();
    if (r < 0.78) return { status: "RESPONDED", late: false };
    if (r < 0.9) return { status: "SUBMITTED", late: false };
    if (r < 0.96) return { status: "RESPONDED", late: true };
    return { status: "SUBMITTED", late: true };
  };
  const q3State = (): RepState => {
    const r = rnd();
    if (r < 0.3) return { status: "RESPONDED", late: false };
    if (r < 0.5) return { status: "SUBMITTED", late: false };
    if (r < 0.62) return { status: "SUBMITTED", late: true };
    if (r < 0.66) return { status: "RESPONDED", late: true };
    if (r < 0.73) return { status: "RETURNED", late: false };
    if (r < 0.84) return { status: "DRAFT", late: false };
    return null;
  };

  return { reportById, makeReport, q12State, q3State };
}
