import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  BreakthroughKind,
  ProposedTaskDecision,
  TaskField,
  TaskOrigin,
  TaskStatus,
} from "@/lib/generated/prisma/enums";
import { hasPermission } from "@/lib/permissions";
import { readTimeline, type TimelineEvent } from "./audit";
import { toTargetValues, type TargetValues } from "./registrations";
import { unitInScope } from "./scope";

/**
 * The official tasks a role may see: a cadre their own, a supervisor those they follow, the committees
 * every task of a unit in their scope. Other roles see none.
 */
export function taskScope(actor: Actor): Prisma.TaskWhereInput | null {
  if (hasPermission(actor.role, "task:read")) return { unit: unitInScope(actor) };
  if (hasPermission(actor.role, "task:own")) return actor.cadreId ? { cadreId: actor.cadreId } : null;
  if (hasPermission(actor.role, "task:supervise")) return { supervisorId: actor.userId };
  return null;
}

export type TaskTarget = TargetValues & { id: string; originalValue: string; adjusted: boolean };

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
  timeline: TimelineEvent[];
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
      round: { select: { id: true, name: true } },
      cadre: { include: { unit: { select: { name: true } } } },
      supervisor: { select: { fullName: true } },
      assignedBy: { select: { fullName: true } },
      cooperatingUnits: { select: { name: true }, orderBy: { name: "asc" } },
      carriedFrom: { select: { id: true, code: true } },
      proposedTask: { include: { targets: { orderBy: { position: "asc" } } } },
      targets: { orderBy: { position: "asc" } },
      milestones: { orderBy: { position: "asc" } },
    },
  });
  if (!t) throw new NotFoundError();
  const timeline = await readTimeline(db, {
    Task: [t.id],
    ProposedTask: t.proposedTaskId ? [t.proposedTaskId] : [],
  });
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
    round: t.round,
    cadre: { id: t.cadre.id, fullName: t.cadre.fullName, positionTitle: t.cadre.positionTitle, unitName: t.cadre.unit.name },
    // A supervisor follows the task, not the registration it came from.
    registrationId: hasPermission(actor.role, "task:supervise") ? null : t.registrationId,
    proposal:
      p && p.decision === "APPROVED_ADJUSTED"
        ? { title: p.title, decision: p.decision, targets: p.targets.map(toTargetValues), startDate: p.startDate, endDate: p.endDate }
        : null,
    carriedFrom: t.carriedFrom,
    targets: t.targets.map((x) => ({
      ...toTargetValues(x),
      id: x.id,
      originalValue: x.originalValue.toString(),
      adjusted: !x.originalValue.equals(x.targetValue),
    })),
    milestones: t.milestones.map((m) => ({ description: m.description, dueDate: m.dueDate, doneAt: m.doneAt })),
    timeline,
  };
}
