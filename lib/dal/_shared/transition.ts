import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db/client";
import { moveAuditAction } from "@/lib/domain/audit-actions";
import { ConflictError } from "@/lib/domain/errors";
import {
  nextState,
  type changeRequestLifecycle,
  type evaluationLifecycle,
  type explanationLifecycle,
  type Lifecycle,
  type registrationLifecycle,
  type reportLifecycle,
  type roundLifecycle,
  type taskLifecycle,
} from "@/lib/domain/lifecycle";
import type { NotificationKind } from "@/lib/domain/notification-kinds";
import { Prisma } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/dal/_shared/audit";
import { notify } from "@/lib/dal/_shared/notify";

/** What each lifecycle's record may have written beside its state, and where it is stored. */
type Models = {
  round: { data: Prisma.RoundUncheckedUpdateManyInput; states: (typeof roundLifecycle)["states"][number] };
  registration: {
    data: Prisma.RegistrationUncheckedUpdateManyInput;
    states: (typeof registrationLifecycle)["states"][number];
  };
  task: { data: Prisma.TaskUncheckedUpdateManyInput; states: (typeof taskLifecycle)["states"][number] };
  report: { data: Prisma.QuarterlyReportUncheckedUpdateManyInput; states: (typeof reportLifecycle)["states"][number] };
  changeRequest: {
    data: Prisma.ChangeRequestUncheckedUpdateManyInput;
    states: (typeof changeRequestLifecycle)["states"][number];
  };
  evaluation: { data: Prisma.EvaluationUncheckedUpdateManyInput; states: (typeof evaluationLifecycle)["states"][number] };
  explanation: {
    data: Prisma.ExplanationRequestUncheckedUpdateManyInput;
    states: (typeof explanationLifecycle)["states"][number];
  };
  // Decided as a step of its registration's "decide" move; versioned on its own as well.
  proposedTask: { data: Prisma.ProposedTaskUncheckedUpdateManyInput; states: never };
  // A catalogue entry edited by several committee members: versioned, without a lifecycle.
  taskTemplate: { data: Prisma.TaskTemplateUncheckedUpdateManyInput; states: never };
};
export type Entity = keyof Models;

const ENTITY_TYPE: Record<Entity, string> = {
  round: "Round",
  registration: "Registration",
  task: "Task",
  report: "QuarterlyReport",
  changeRequest: "ChangeRequest",
  evaluation: "Evaluation",
  explanation: "ExplanationRequest",
  proposedTask: "ProposedTask",
  taskTemplate: "TaskTemplate",
};

type Where = { id: string; version?: number; status?: string; [column: string]: unknown };
type UpdateMany = (args: { where: Where; data: object }) => Promise<{ count: number }>;

/** The table behind each lifecycle; the one place that names them, so every move updates the same way. */
function table(tx: Tx, entity: Entity): UpdateMany {
  const delegates: Record<Entity, { updateMany: unknown }> = {
    round: tx.round,
    registration: tx.registration,
    task: tx.task,
    report: tx.quarterlyReport,
    changeRequest: tx.changeRequest,
    evaluation: tx.evaluation,
    explanation: tx.explanationRequest,
    proposedTask: tx.proposedTask,
    taskTemplate: tx.taskTemplate,
  };
  const delegate = delegates[entity] as { updateMany: UpdateMany };
  return (args) => delegate.updateMany(args);
}

/** A record as its lifecycle sees it: the caller loads it (scoped to what the actor may touch) and passes it in. */
export type Versioned<S extends string = string> = { id: string; version: number; status: S };

/** A notification sent with the move, in its transaction. */
export type Notice = { to: string[]; kind: NotificationKind; params: Prisma.InputJsonValue; href: string };

export type TransitionSpec<E extends Entity, S extends string, A extends string> = {
  lifecycle: Lifecycle<S, A, E>;
  record: Versioned<S>;
  action: A;
  /**
   * The version the caller's page was loaded at. Left out only where the request names no version (the
   * settlement of tasks at a decision, a bulk carry-over): then the version just read is the condition.
   */
  version?: number;
  data?: Models[E]["data"];
  reason?: string | null;
  auditData?: Prisma.InputJsonValue;
  notify?: Notice[];
};

/**
 * The one way a record changes state. The lifecycle in lib/domain says whether the actor's role may take the
 * action from the record's state; the update is conditional on the id, the version and that state, so of two
 * people acting on the same page one wins and the other gets a conflict (zero rows), never a silent
 * overwrite or a second effect; the version moves on; the audit row (who, role, action, from → to, reason,
 * data) and the notifications are written in the same transaction, so they stand or fall with the move.
 * Returns the new state.
 */
export async function transition<E extends Entity, S extends string, A extends string>(
  tx: Tx,
  actor: Pick<Actor, "userId" | "role">,
  spec: TransitionSpec<E, S, A>,
): Promise<S> {
  const { lifecycle, record, action } = spec;
  const version = spec.version ?? record.version;
  // A page loaded before someone else acted is said to be a conflict before any rule is checked.
  if (record.version !== version) throw new ConflictError();
  const to = nextState(lifecycle, record.status, action, actor.role);
  const data = { ...spec.data, status: to } as Models[E]["data"];
  await updateIfCurrent(tx, lifecycle.entity, { id: record.id, version, status: record.status }, data);
  await audit(tx, actor, {
    action: moveAuditAction(lifecycle.entity, action),
    entityType: ENTITY_TYPE[lifecycle.entity],
    entityId: record.id,
    fromState: record.status,
    toState: to,
    reason: spec.reason ?? null,
    data: spec.auditData,
  });
  for (const n of spec.notify ?? []) await notify(tx, n.to, n.kind, n.params, n.href);
  return to;
}

/**
 * The conditional update under every versioned write: only the row still at this version (and in this
 * state, when given) is written and its version moves on; none written is a conflict. For version-checked
 * edits that are not moves (a draft saved, a step of a decision), after the caller has asked the lifecycle
 * whether the edit is allowed.
 */
export async function updateIfCurrent<E extends Entity>(
  tx: Tx,
  entity: E,
  where: { id: string; version: number; status?: Models[E]["states"] | string } & Record<string, unknown>,
  data: Models[E]["data"] = {},
): Promise<void> {
  const updated = await table(tx, entity)({ where, data: { ...data, version: { increment: 1 } } });
  if (updated.count === 0) throw new ConflictError();
}

/** Whether an error is PostgreSQL refusing a write that raced another: a unique key taken, a write conflict. */
function isRaceError(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2002" || error.code === "P2034");
}

/**
 * Runs a unit of work in one transaction. Two creators racing for the same unique key (two first saves of
 * one quarter's report, two starts of one registration, two openings of one year's evaluation) or a write
 * conflict end as the same ConflictError the conditional updates raise, never a 500. Waiting for a connection is allowed longer than Prisma's 2 s
 * default, so a burst of clicks queues instead of failing.
 */
export async function inTransaction<T>(work: (tx: Tx) => Promise<T>, options: { timeout?: number } = {}): Promise<T> {
  const db = await getDb();
  try {
    // A longer timeout only for bulk writes that say so (a spreadsheet import of thousands of rows).
    return await db.$transaction(work, { maxWait: 10_000, timeout: options.timeout ?? 20_000 });
  } catch (error) {
    if (isRaceError(error)) throw new ConflictError();
    throw error;
  }
}
