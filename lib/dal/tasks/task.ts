import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import type {
  ExplanationCause,
  ExplanationStatus,
  BreakthroughKind,
  ChangeRequestStatus,
  ProposedTaskDecision,
  TaskField,
  TaskOrigin,
  TaskStatus,
} from "@/lib/generated/prisma/enums";
import { hasPermission } from "@/lib/permissions";
import { quarterStart, quartersBetween, type Quarter } from "@/lib/domain/quarters";
import { latestSubmitted, nextReportQuarter } from "@/lib/domain/reports";
import { taskHealth, targetProgress, type TargetProgress, type TaskHealthVerdict } from "@/lib/domain/progress";
import { readTimeline, type TimelineEvent } from "@/lib/dal/_shared/audit";
import type { TaskVersion } from "@/lib/dal/tasks/change-requests";
import { toTargetValues, type TargetValues } from "@/lib/dal/_shared/task-rows";
import { taskScope } from "@/lib/dal/_shared/task-scope";

export type TaskTarget = TargetValues & {
  id: string;
  originalValue: string;
  adjusted: boolean;
  /** The value at the latest submitted report and how far it has come. */
  latest: (TargetProgress & { value: string; quarter: Quarter }) | null;
};

export type TaskDetail = {
  id: string;
  code: string;
  title: string;
  field: TaskField;
  breakthroughKind: BreakthroughKind;
  objectives: string;
  plan: string;
  expectedProduct: string;
  startDate: Date;
  endDate: Date;
  status: TaskStatus;
  origin: TaskOrigin;
  decisionNumber: string;
  decisionDate: Date;
  assignedAt: Date;
  assignedByName: string;
  supervisorName: string;
  cooperatingUnits: string[];
  adjustmentNote: string | null;
  round: { id: string; name: string };
  cadre: { id: string; fullName: string; positionTitle: string; unitName: string };
  /** The registration it came from, for the roles that may open it. */
  registrationId: string | null;
  /** What the cadre proposed, when the standing committee changed it before assigning. */
  proposal: { title: string; decision: ProposedTaskDecision; targets: TargetValues[]; startDate: Date; endDate: Date } | null;
  carriedFrom: { id: string; code: string } | null;
  targets: TaskTarget[];
  milestones: { description: string; dueDate: Date; doneAt: Date | null }[];
  /** Status computed from the reports and dates, with its reason (lib/domain/progress). */
  health: TaskHealthVerdict;
  /** Each quarter of the period: its report's state, for whoever may see it. */
  quarters: {
    year: number;
    quarter: number;
    dueDate: Date | null;
    state: "NOT_STARTED" | "MISSING" | "DRAFT" | "SUBMITTED" | "RETURNED" | "RESPONDED";
    isLate: boolean;
    attachments: { id: string; fileName: string }[];
  }[];
  /** The quarter the cadre should report next, if any. */
  nextQuarter: Quarter | null;
  changeRequests: {
    id: string;
    version: number;
    status: ChangeRequestStatus;
    reason: string;
    requestedByName: string;
    /** Asked by the caller: theirs to withdraw while it waits. */
    requestedByMe: boolean;
    createdAt: Date;
    before: TaskVersion;
    after: TaskVersion;
    decidedByName: string | null;
    decisionNote: string | null;
  }[];
  /** What the caller may do: "report", "requestChange", "decideChange", "withdrawChange". */
  actions: string[];
  timeline: TimelineEvent[];
  explanations: ExplanationView[];
};

/** A request for explanation about the task, with its answer once given. */
export type ExplanationView = {
  id: string;
  version: number;
  status: ExplanationStatus;
  cause: ExplanationCause;
  quarter: { year: number; quarter: number } | null;
  message: string;
  dueDate: Date;
  requestedByName: string;
  createdAt: Date;
  answer: string | null;
  answeredAt: Date | null;
  remindersSent: number;
  escalatedAt: Date | null;
  attachments: { id: string; fileName: string }[];
};

/** One official task, if the caller may see it; otherwise not found. */
export async function getTask(id: string): Promise<TaskDetail> {
  const actor = await requirePermission("task:read", "task:own", "task:supervise");
  const scope = taskScope(actor);
  if (!scope) throw new NotFoundError();
  const db = await getDb();
  const t = await db.task.findFirst({
    where: { AND: [{ id }, scope] },
    include: {
      cadre: { include: { unit: { select: { name: true } } } },
      supervisor: { select: { fullName: true } },
      assignedBy: { select: { fullName: true } },
      cooperatingUnits: { select: { name: true }, orderBy: { name: "asc" } },
      carriedFrom: { select: { id: true, code: true } },
      proposedTask: { include: { targets: { orderBy: { position: "asc" } } } },
      targets: { orderBy: { position: "asc" }, include: { actuals: { include: { report: true } } } },
      milestones: { orderBy: { position: "asc" } },
      reports: { include: { attachments: { select: { id: true, fileName: true } } } },
      changeRequests: {
        orderBy: { createdAt: "desc" },
        include: { requestedBy: { select: { fullName: true } }, decidedBy: { select: { fullName: true } } },
      },
      round: { select: { id: true, name: true, assigningBodyId: true, reportDeadlines: true } },
      explanations: {
        orderBy: { createdAt: "desc" },
        include: { requestedBy: { select: { fullName: true } }, attachments: { select: { id: true, fileName: true } } },
      },
    },
  });
  if (!t) throw new NotFoundError();
  const timeline = await readTimeline(db, {
    Task: [t.id],
    ProposedTask: t.proposedTaskId ? [t.proposedTaskId] : [],
    QuarterlyReport: t.reports.map((r) => r.id),
    ChangeRequest: t.changeRequests.map((c) => c.id),
    ExplanationRequest: t.explanations.map((e) => e.id),
  });
  const now = new Date();
  const isOwner = hasPermission(actor.role, "task:own");
  const submitted = t.reports.filter((r) => r.status === "SUBMITTED" || r.status === "RESPONDED");
  const dueOf = (q: Quarter) =>
    t.round.reportDeadlines.find((d) => d.year === q.year && d.quarter === q.quarter)?.dueDate ?? null;
  const quarters = quartersBetween(t.startDate, t.endDate).map((q) => {
    const report = t.reports.find((r) => r.year === q.year && r.quarter === q.quarter);
    const shown = report && (isOwner || report.status !== "DRAFT") ? report : null;
    const dueDate = dueOf(q);
    return {
      ...q,
      dueDate,
      state: shown ? shown.status : quarterStart(q) > now ? ("NOT_STARTED" as const) : ("MISSING" as const),
      isLate: shown?.isLate ?? false,
      attachments: shown ? shown.attachments : [],
    };
  });
  // Each target measured at its latest submitted report.
  const latest = t.targets.map((x) => {
    const actual = latestSubmitted(x.actuals);
    return actual
      ? {
          value: actual.actualValue.toString(),
          quarter: { year: actual.report.year, quarter: actual.report.quarter },
          ...targetProgress(
            { baseline: x.baseline?.toNumber() ?? null, target: x.targetValue.toNumber(), direction: x.direction },
            actual.actualValue.toNumber(),
          ),
        }
      : null;
  });
  const missingDueReport = quarters.some(
    (q) => q.dueDate !== null && q.dueDate < now && q.state !== "SUBMITTED" && q.state !== "RESPONDED",
  );
  const health = taskHealth({ now, startDate: t.startDate, endDate: t.endDate, targets: latest, missingDueReport });
  const actions: string[] = [];
  const pending = t.changeRequests.some((c) => c.status === "PENDING");
  if (t.status === "ASSIGNED") {
    if (isOwner && nextReportQuarter(t, now, submitted)) actions.push("report");
    if (hasPermission(actor.role, "changeRequest:request") && !pending) actions.push("requestChange");
    if (hasPermission(actor.role, "changeRequest:decide") && t.round.assigningBodyId === actor.unitId && pending)
      actions.push("decideChange");
    // The one who asked may take back the change still waiting (lib/dal/change-requests withdrawChangeRequest).
    if (t.changeRequests.some((c) => c.status === "PENDING" && c.requestedById === actor.userId)) actions.push("withdrawChange");
    // One request waits for its answer at a time; the data layer checks the cause again.
    const waiting = t.explanations.some((e) => e.status !== "ANSWERED");
    if (hasPermission(actor.role, "explanation:request") && !waiting) actions.push("requestExplanation");
    if (hasPermission(actor.role, "explanation:answer") && waiting) actions.push("answerExplanation");
  }
  const p = t.proposedTask;
  return {
    id: t.id,
    code: t.code,
    title: t.title,
    field: t.field,
    breakthroughKind: t.breakthroughKind,
    objectives: t.objectives,
    plan: t.plan,
    expectedProduct: t.expectedProduct,
    startDate: t.startDate,
    endDate: t.endDate,
    status: t.status,
    origin: t.origin,
    decisionNumber: t.decisionNumber,
    decisionDate: t.decisionDate,
    assignedAt: t.assignedAt,
    assignedByName: t.assignedBy.fullName,
    supervisorName: t.supervisor.fullName,
    cooperatingUnits: t.cooperatingUnits.map((u) => u.name),
    adjustmentNote: t.adjustmentNote,
    round: { id: t.round.id, name: t.round.name },
    cadre: { id: t.cadre.id, fullName: t.cadre.fullName, positionTitle: t.cadre.positionTitle, unitName: t.cadre.unit.name },
    // A supervisor follows the task, not the registration it came from.
    registrationId: hasPermission(actor.role, "task:supervise") ? null : t.registrationId,
    proposal:
      p && p.decision === "APPROVED_ADJUSTED"
        ? {
            title: p.title,
            decision: p.decision,
            targets: p.targets.map(toTargetValues),
            startDate: p.startDate,
            endDate: p.endDate,
          }
        : null,
    carriedFrom: t.carriedFrom,
    targets: t.targets.map((x, i) => ({
      ...toTargetValues(x),
      id: x.id,
      originalValue: x.originalValue.toString(),
      adjusted: !x.originalValue.equals(x.targetValue),
      latest: latest[i] ?? null,
    })),
    milestones: t.milestones.map((m) => ({ description: m.description, dueDate: m.dueDate, doneAt: m.doneAt })),
    health,
    quarters,
    nextQuarter: isOwner && t.status === "ASSIGNED" ? nextReportQuarter(t, now, submitted) : null,
    changeRequests: t.changeRequests.map((c) => ({
      id: c.id,
      version: c.version,
      status: c.status,
      reason: c.reason,
      requestedByName: c.requestedBy.fullName,
      requestedByMe: c.requestedById === actor.userId,
      createdAt: c.createdAt,
      before: c.before as unknown as TaskVersion,
      after: c.after as unknown as TaskVersion,
      decidedByName: c.decidedBy?.fullName ?? null,
      decisionNote: c.decisionNote,
    })),
    actions,
    timeline,
    explanations: t.explanations.map((e) => ({
      id: e.id,
      version: e.version,
      status: e.status,
      cause: e.cause,
      quarter: e.reportYear && e.reportQuarter ? { year: e.reportYear, quarter: e.reportQuarter } : null,
      message: e.message,
      dueDate: e.dueDate,
      requestedByName: e.requestedBy.fullName,
      createdAt: e.createdAt,
      answer: e.answer,
      answeredAt: e.answeredAt,
      remindersSent: e.remindersSent,
      escalatedAt: e.escalatedAt,
      attachments: e.attachments,
    })),
  };
}
