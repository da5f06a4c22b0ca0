import { hasPermission } from "@/lib/permissions";
import "server-only";
import { requestAddress, spendOrRefuse } from "@/lib/auth/rate-limit";
import { requirePermission, type Actor } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db/client";
import { ConflictError, DomainError, NotFoundError } from "@/lib/domain/errors";
import { MAX_EVIDENCE_FILES } from "@/lib/domain/evidence";
import { allowedActions, nextState, reportLifecycle } from "@/lib/domain/lifecycle";
import { quarterStart, type Quarter } from "@/lib/domain/quarters";
import { reportRefusal } from "@/lib/domain/reports";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type { ReportInput, RespondReportInput } from "@/lib/validation/report";
import { inTransaction, transition, updateIfCurrent, type Versioned } from "@/lib/dal/_shared/transition";
import { taskScope } from "@/lib/dal/_shared/task-scope";

/** Stored evidence waiting to be recorded with the report (the bytes are already written). */
export type StoredEvidence = { fileName: string; mimeType: string; sizeBytes: number; storageKey: string };

export const SUBMITTED: ReportStatus[] = ["SUBMITTED", "RESPONDED"];

function requireReportActor() {
  return requirePermission("task:own", "task:supervise", "task:read");
}

/** The cadre's own assigned task, or not found. */
async function ownTask(tx: Tx, actor: Actor, taskId: string) {
  const task = await tx.task.findFirst({
    where: { id: taskId, cadreId: actor.cadreId ?? "-", status: "ASSIGNED" },
    include: { targets: { select: { id: true } }, round: { select: { assigningBodyId: true } } },
  });
  if (!task) throw new NotFoundError();
  return task;
}

/**
 * Saves the cadre's report of one quarter (a new one only for a quarter that may be reported now), with its
 * actual values and new evidence; with intent "submit" also submits it: every target needs its actual value,
 * a submission after the round's deadline for that quarter is marked late, and the supervisor is told.
 */
/**
 * Evidence uploads are limited per client address (one point a file), checked before any byte is stored;
 * a refusal is audited with the cadre and the task.
 */
export async function admitEvidenceUpload(taskId: string, fileCount: number): Promise<void> {
  if (fileCount === 0) return;
  const actor = await requirePermission("report:own");
  await spendOrRefuse(
    "upload",
    await requestAddress(),
    { action: "upload.rateLimited", actorId: actor.userId, actorRole: actor.role, entityType: "Task", entityId: taskId },
    fileCount,
  );
}

/** A staged evidence file, as the form lists it until a save links it to the report. */
export type StagedEvidence = { id: string; fileName: string; sizeBytes: number };

/**
 * Stages one evidence file the cadre uploaded before saving (the bytes are already stored): a pending
 * attachment of their own task, owned by them, that a later save of that task's report, or their answer to
 * the task's request for explanation, links by id. A form that comes back with an error keeps its files this way. Unlinked files are removed after a day
 * (lib/jobs/pending-uploads.ts, decision 073).
 */
export async function stageEvidence(taskId: string, file: StoredEvidence): Promise<StagedEvidence> {
  const actor = await requirePermission("report:own");
  return inTransaction(async (tx) => {
    // The cadre's own task that takes evidence: assigned (its reports), or with a request for explanation
    // waiting for its answer (decision 091), whatever the task's state since.
    const task = await tx.task.findFirst({
      where: {
        id: taskId,
        cadreId: actor.cadreId ?? "-",
        OR: [{ status: "ASSIGNED" }, { explanations: { some: { openTaskId: { not: null } } } }],
      },
      select: { id: true },
    });
    if (!task) throw new NotFoundError();
    // One form's worth at a time: the staging area is not a file store.
    const staged = await tx.attachment.count({
      where: { taskId: task.id, uploadedById: actor.userId, pendingSince: { not: null } },
    });
    if (staged >= MAX_EVIDENCE_FILES * 2) throw new DomainError("tooManyFiles", { max: MAX_EVIDENCE_FILES });
    const created = await tx.attachment.create({
      data: { ...file, taskId: task.id, uploadedById: actor.userId, pendingSince: new Date() },
      select: { id: true, fileName: true, sizeBytes: true },
    });
    return created;
  });
}

/**
 * Saves (or submits) the caller's report of a quarter, linking the evidence files they staged for it (by id;
 * files reach the server only through `stageEvidence`).
 */
export async function saveReport(input: ReportInput): Promise<{ reportId: string; version: number }> {
  const actor = await requirePermission("report:own");
  return inTransaction(async (tx) => {
    const task = await ownTask(tx, actor, input.taskId);
    const quarter = { year: input.year, quarter: input.quarter };
    const existing = await tx.quarterlyReport.findUnique({
      where: { taskId_year_quarter: { taskId: task.id, ...quarter } },
      include: { _count: { select: { attachments: true } } },
    });
    const now = new Date();
    const fields = {
      results: input.results ?? "",
      selfProgress: input.selfProgress,
      difficulties: input.difficulties,
      proposals: input.proposals,
    };
    let report: Versioned<ReportStatus>;
    if (existing) {
      if (existing.version !== input.version) throw new ConflictError();
      nextState(reportLifecycle, existing.status, "edit", actor.role);
      // Written first and only if nobody saved since the page was loaded: of two tabs, one wins.
      await updateIfCurrent(tx, "report", { id: existing.id, version: input.version, status: existing.status }, fields);
      report = { id: existing.id, version: input.version + 1, status: existing.status };
    } else {
      const submitted = await tx.quarterlyReport.findMany({
        where: { taskId: task.id, status: { in: SUBMITTED } },
        select: { year: true, quarter: true },
      });
      const refusal = reportRefusal(task, quarter, now, submitted);
      if (refusal) throw new DomainError(refusal);
      // Two first saves of one quarter race for its unique key; the loser reads as a conflict.
      report = await tx.quarterlyReport.create({ data: { ...fields, taskId: task.id, ...quarter } });
    }
    const targetIds = new Set(task.targets.map((t) => t.id));
    if (input.actuals.some((a) => !targetIds.has(a.targetId))) throw new NotFoundError();
    const staged = [...new Set(input.evidenceIds)];
    if ((existing?._count.attachments ?? 0) + staged.length > MAX_EVIDENCE_FILES)
      throw new DomainError("tooManyFiles", { max: MAX_EVIDENCE_FILES });
    if (staged.length) {
      // Only the caller's own files staged for this task and not yet linked: anyone else's id reads as not
      // found, and of two saves racing to link one file, one links it and the other is refused.
      const linked = await tx.attachment.updateMany({
        where: { id: { in: staged }, taskId: task.id, uploadedById: actor.userId, reportId: null, pendingSince: { not: null } },
        data: { reportId: report.id, pendingSince: null },
      });
      if (linked.count !== staged.length) throw new NotFoundError();
    }

    await tx.targetActual.deleteMany({ where: { reportId: report.id } });
    await tx.targetActual.createMany({
      data: input.actuals
        .filter((a) => a.actualValue !== null)
        .map((a) => ({ reportId: report.id, targetId: a.targetId, actualValue: a.actualValue! })),
    });
    if (input.intent === "submit") {
      const measured = new Set(input.actuals.filter((a) => a.actualValue !== null).map((a) => a.targetId));
      if ([...targetIds].some((id) => !measured.has(id))) throw new DomainError("actualsMissing");
      const deadline = await tx.reportDeadline.findUnique({
        where: { roundId_year_quarter: { roundId: task.roundId, ...quarter } },
      });
      const isLate = deadline ? now > deadline.dueDate : false;
      await transition(tx, actor, {
        lifecycle: reportLifecycle,
        record: report,
        action: "submit",
        data: { submittedAt: now, isLate },
        auditData: { taskId: task.id, ...quarter, isLate },
        notify: [
          {
            to: [task.supervisorId],
            kind: "report.submitted",
            params: { taskCode: task.code, quarter: input.quarter, year: input.year },
            href: `/tasks/${task.id}/reports/${input.year}Q${input.quarter}`,
          },
        ],
      });
    }
    return { reportId: report.id, version: input.intent === "submit" ? report.version + 1 : report.version };
  });
}

/**
 * The supervisor following the task, or the standing committee of the round's body, gives direction on a
 * submitted report (again later if needed) or returns it for more information; either may answer the
 * cadre's proposals. The cadre is told.
 */
export async function respondToReport(input: RespondReportInput): Promise<void> {
  const actor = await requirePermission("report:respond");
  await inTransaction(async (tx) => {
    const responder: Prisma.TaskWhereInput = hasPermission(actor.role, "task:supervise")
      ? { supervisorId: actor.userId }
      : { round: { assigningBodyId: actor.unitId } };
    const report = await tx.quarterlyReport.findFirst({
      where: { id: input.reportId, task: { AND: [responder, taskScope(actor) ?? { id: "-" }] } },
      include: { task: { include: { cadre: { include: { user: { select: { id: true } } } } } } },
    });
    if (!report) throw new NotFoundError();
    const cadreUser = report.task.cadre.user;
    await transition(tx, actor, {
      lifecycle: reportLifecycle,
      record: report,
      action: input.action,
      version: input.version,
      data: {
        response: input.response,
        respondedById: actor.userId,
        respondedAt: new Date(),
        ...(input.proposalAnswer ? { proposalAnswer: input.proposalAnswer } : {}),
      },
      reason: input.response,
      notify: cadreUser
        ? [
            {
              to: [cadreUser.id],
              kind: input.action === "return" ? "report.returned" : "report.responded",
              params: { taskCode: report.task.code, quarter: report.quarter, year: report.year },
              href: `/tasks/${report.taskId}/reports/${report.year}Q${report.quarter}`,
            },
          ]
        : [],
    });
  });
}

export type ReportPage = {
  task: {
    id: string;
    code: string;
    title: string;
    cadreName: string;
    startDate: Date;
    endDate: Date;
    targets: {
      id: string;
      indicator: string;
      unitOfMeasure: string;
      baseline: string | null;
      targetValue: string;
      direction: "INCREASE" | "DECREASE" | "REACH";
      /** The value at the latest earlier quarter, to compare with. */
      previous: { year: number; quarter: number; actualValue: string } | null;
    }[];
  };
  quarter: Quarter;
  dueDate: Date | null;
  report: {
    id: string;
    version: number;
    status: ReportStatus;
    results: string;
    selfProgress: number | null;
    difficulties: string | null;
    proposals: string | null;
    submittedAt: Date | null;
    isLate: boolean;
    response: string | null;
    respondedByName: string | null;
    respondedAt: Date | null;
    proposalAnswer: string | null;
    actuals: Record<string, string>;
    attachments: { id: string; fileName: string; sizeBytes: number; createdAt: Date }[];
  } | null;
  /** For the cadre with no report yet: why this quarter cannot be reported now (null when it can). */
  refusal: string | null;
  /** What the caller may do now: edit and submit (the cadre), respond and return (a responder). */
  actions: string[];
};

/** One quarter's report of a task, for whoever may see the task; a draft only for its cadre. */
export async function getReportPage(taskId: string, quarter: Quarter): Promise<ReportPage> {
  const actor = await requireReportActor();
  const scope = taskScope(actor);
  if (!scope) throw new NotFoundError();
  const db = await getDb();
  const task = await db.task.findFirst({
    where: { AND: [{ id: taskId }, scope] },
    include: {
      cadre: { select: { fullName: true } },
      round: { select: { assigningBodyId: true } },
      targets: { orderBy: { position: "asc" } },
      reports: {
        include: {
          actuals: true,
          attachments: { orderBy: { createdAt: "asc" } },
          respondedBy: { select: { fullName: true } },
        },
        orderBy: [{ year: "asc" }, { quarter: "asc" }],
      },
    },
  });
  if (!task) throw new NotFoundError();
  const isOwner = hasPermission(actor.role, "report:own");
  const stored = task.reports.find((r) => r.year === quarter.year && r.quarter === quarter.quarter);
  const visible = stored && (isOwner || stored.status !== "DRAFT") ? stored : null;
  const earlier = task.reports.filter(
    (r) => SUBMITTED.includes(r.status) && (r.year < quarter.year || (r.year === quarter.year && r.quarter < quarter.quarter)),
  );
  const deadline = await db.reportDeadline.findUnique({
    where: { roundId_year_quarter: { roundId: task.roundId, ...quarter } },
  });
  const refusal =
    isOwner && !stored
      ? reportRefusal(
          task,
          quarter,
          new Date(),
          task.reports.filter((r) => SUBMITTED.includes(r.status)),
        )
      : null;
  const mayRespond =
    (hasPermission(actor.role, "task:supervise") && task.supervisorId === actor.userId) ||
    (hasPermission(actor.role, "report:respond") && task.round.assigningBodyId === actor.unitId);
  let actions: string[] = [];
  if (isOwner && task.status === "ASSIGNED")
    actions = visible ? allowedActions(reportLifecycle, visible.status, "CADRE") : refusal ? [] : ["edit", "submit"];
  else if (mayRespond && visible) actions = allowedActions(reportLifecycle, visible.status, actor.role);
  if (!visible && !isOwner && quarterStart(quarter) > new Date()) throw new NotFoundError();
  return {
    task: {
      id: task.id,
      code: task.code,
      title: task.title,
      cadreName: task.cadre.fullName,
      startDate: task.startDate,
      endDate: task.endDate,
      targets: task.targets.map((t) => {
        const prev = [...earlier].reverse().find((r) => r.actuals.some((a) => a.targetId === t.id));
        const value = prev?.actuals.find((a) => a.targetId === t.id);
        return {
          id: t.id,
          indicator: t.indicator,
          unitOfMeasure: t.unitOfMeasure,
          baseline: t.baseline?.toString() ?? null,
          targetValue: t.targetValue.toString(),
          direction: t.direction,
          previous: prev && value ? { year: prev.year, quarter: prev.quarter, actualValue: value.actualValue.toString() } : null,
        };
      }),
    },
    quarter,
    dueDate: deadline?.dueDate ?? null,
    report: visible
      ? {
          id: visible.id,
          version: visible.version,
          status: visible.status,
          results: visible.results,
          selfProgress: visible.selfProgress,
          difficulties: visible.difficulties,
          proposals: visible.proposals,
          submittedAt: visible.submittedAt,
          isLate: visible.isLate,
          response: visible.response,
          respondedByName: visible.respondedBy?.fullName ?? null,
          respondedAt: visible.respondedAt,
          proposalAnswer: visible.proposalAnswer,
          actuals: Object.fromEntries(visible.actuals.map((a) => [a.targetId, a.actualValue.toString()])),
          attachments: visible.attachments.map((a) => ({
            id: a.id,
            fileName: a.fileName,
            sizeBytes: a.sizeBytes,
            createdAt: a.createdAt,
          })),
        }
      : null,
    refusal,
    actions,
  };
}

/** An evidence file, for whoever may see its task (a draft's only for its cadre); otherwise not found. */
export async function getAttachmentForDownload(id: string): Promise<{ fileName: string; mimeType: string; storageKey: string }> {
  const actor = await requireReportActor();
  const scope = taskScope(actor);
  if (!scope) throw new NotFoundError();
  const db = await getDb();
  const attachment = await db.attachment.findFirst({
    where: {
      id,
      task: scope,
      // A staged file is only its uploader's until a save links it.
      ...(hasPermission(actor.role, "report:own")
        ? { OR: [{ pendingSince: null }, { uploadedById: actor.userId }] }
        : { pendingSince: null, OR: [{ reportId: null }, { report: { status: { not: "DRAFT" } } }] }),
    },
  });
  if (!attachment) throw new NotFoundError();
  return { fileName: attachment.fileName, mimeType: attachment.mimeType, storageKey: attachment.storageKey };
}
