import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db/client";
import { ConflictError, DomainError, NotFoundError } from "@/lib/domain/errors";
import { nextState, registrationLifecycle } from "@/lib/domain/lifecycle";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProposedTaskDecision, RegistrationStatus, ReviewProposal, TaskField } from "@/lib/generated/prisma/enums";
import { usersWithRoleAt } from "@/lib/dal/_shared/notify";
import { pageArgs, sortOrder, toPage, type ListParams, type SortedPage, type SortWhitelist } from "@/lib/dal/_shared/pagination";
import { inTransaction, transition, updateIfCurrent } from "@/lib/dal/_shared/transition";
import { unitInScope } from "@/lib/dal/_shared/scope";
import { listSearchConditions } from "@/lib/dal/_shared/search";
import { requireRegistrationActor, registrationScope } from "@/lib/dal/registrations/access";

// ───────────────────────────── The organisation committee ─────────────────────────────

export type ReviewRow = {
  id: string;
  cadreName: string;
  unitName: string;
  roundName: string;
  status: RegistrationStatus;
  isLate: boolean;
  submittedAt: Date | null;
  taskCount: number;
};

/** The value of the round filter that asks for every round in scope. */
export const ALL_ROUNDS = "all";

/**
 * The review list's sortable columns (each ends on the id, so pages never overlap). The default, "status"
 * ascending, is the committee's queue: the enum's order puts SUBMITTED (awaiting review) before RETURNED,
 * FORWARDED and DECIDED, then the oldest sent.
 */
const REVIEW_SORTS: SortWhitelist<Prisma.RegistrationOrderByWithRelationInput[]> = {
  submittedAt: { order: (d) => [{ submittedAt: { sort: d, nulls: "last" } }, { id: d }] },
  cadre: { order: (d) => [{ cadre: { fullName: d } }, { id: d }] },
  round: { order: (d) => [{ round: { name: d } }, { submittedAt: "asc" }, { id: "asc" }] },
  status: { order: (d) => [{ status: d }, { submittedAt: "asc" }, { id: "asc" }] },
};

/** The review list's default sort: awaiting review first, then the oldest sent. */
export const REVIEW_DEFAULT_SORT = { key: "status", dir: "asc" } as const;

/**
 * Registrations sent in for review in the committee's scope, filtered by round, unit, field, status, lateness,
 * those awaiting review (submitted) first, then the oldest sent (or as sorted). Without a round chosen it opens
 * on the round being worked on: its own body's newest open round, else the newest open round in its scope;
 * `round=all` lists every round. Says which round it shows.
 */
export async function listRegistrationsForReview(filter: {
  round?: string;
  unit?: string;
  field?: TaskField;
  status?: RegistrationStatus;
  late?: "1";
  q?: string;
  page: number;
  size?: number;
  sort?: string;
  dir?: string;
}): Promise<SortedPage<ReviewRow> & { round: string | null }> {
  const actor = await requirePermission("registration:review", "registration:decide");
  const db = await getDb();
  let round = filter.round === ALL_ROUNDS ? null : (filter.round ?? null);
  if (filter.round === undefined) {
    const open = await db.round.findMany({
      where: { assigningBody: unitInScope(actor), status: "OPEN" },
      select: { id: true, assigningBodyId: true },
      orderBy: [{ startYear: "desc" }, { createdAt: "desc" }],
      take: 20,
    });
    round = (open.find((r) => r.assigningBodyId === actor.unitId) ?? open[0])?.id ?? null;
  }
  const search = await listSearchConditions(db, filter.q);
  const where: Prisma.RegistrationWhereInput = {
    ...registrationScope(actor),
    status: filter.status ?? { notIn: ["DRAFT", "WITHDRAWN"] },
    ...(round ? { roundId: round } : {}),
    ...(filter.unit ? { cadre: { unit: { id: filter.unit, ...unitInScope(actor) } } } : {}),
    ...(filter.field ? { proposedTasks: { some: { field: filter.field, withdrawn: false } } } : {}),
    ...(filter.late ? { isLate: true } : {}),
    ...(search.length
      ? { OR: [{ cadre: { AND: search } }, { proposedTasks: { some: { withdrawn: false, AND: search } } }] }
      : {}),
  };
  const { orderBy, applied } = sortOrder(REVIEW_SORTS, filter, REVIEW_DEFAULT_SORT);
  const [rows, total] = await Promise.all([
    db.registration.findMany({
      where,
      orderBy,
      ...pageArgs(filter.page, filter.size),
      include: {
        cadre: { select: { fullName: true, unit: { select: { name: true } } } },
        round: { select: { name: true } },
        _count: { select: { proposedTasks: { where: { withdrawn: false } } } },
      },
    }),
    db.registration.count({ where }),
  ]);
  const page = toPage(
    rows.map((r) => ({
      id: r.id,
      cadreName: r.cadre.fullName,
      unitName: r.cadre.unit.name,
      roundName: r.round.name,
      status: r.status,
      isLate: r.isLate,
      submittedAt: r.submittedAt,
      taskCount: r._count.proposedTasks,
    })),
    total,
    filter.page,
    filter.size,
  );
  return { ...page, sort: applied, round };
}

/**
 * Loads a registration the caller's own body decides on (a committee above may look, not act). A page
 * loaded before someone else acted is a conflict, said as such, before any other rule is checked.
 */
async function ownRegistration(tx: Tx, actor: Actor, id: string, version: number) {
  const registration = await tx.registration.findFirst({
    where: { id, round: { assigningBodyId: actor.unitId } },
    include: {
      round: true,
      cadre: { include: { user: { select: { id: true } } } },
      proposedTasks: { where: { withdrawn: false } },
    },
  });
  if (!registration) throw new NotFoundError();
  if (registration.version !== version) throw new ConflictError();
  return registration;
}

/** Sends a registration back to the cadre for revision, with the reason they will read. */
export async function returnRegistration(input: { id: string; version: number; reason: string }): Promise<void> {
  const actor = await requirePermission("registration:review", "registration:decide");
  await inTransaction(async (tx) => {
    const registration = await ownRegistration(tx, actor, input.id, input.version);
    await transition(tx, actor, {
      lifecycle: registrationLifecycle,
      record: registration,
      action: "return",
      version: input.version,
      data: { returnedReason: input.reason },
      reason: input.reason,
      notify: registration.cadre.user
        ? [
            {
              to: [registration.cadre.user.id],
              kind: "registration.returned",
              params: { roundName: registration.round.name },
              href: `/registrations/${registration.id}`,
            },
          ]
        : [],
    });
  });
}

/** Forwards a reviewed registration to the standing committee with a proposal for every task. */
export async function forwardRegistration(input: {
  id: string;
  version: number;
  proposals: { proposedTaskId: string; proposal: ReviewProposal; note: string | null }[];
}): Promise<void> {
  const actor = await requirePermission("registration:review");
  await inTransaction(async (tx) => {
    const registration = await ownRegistration(tx, actor, input.id, input.version);
    nextState(registrationLifecycle, registration.status, "forward", actor.role);
    const byTask = new Map(input.proposals.map((p) => [p.proposedTaskId, p]));
    if (registration.proposedTasks.some((t) => !byTask.has(t.id)) || byTask.size !== registration.proposedTasks.length) {
      throw new DomainError("proposalForEveryTask");
    }
    await transition(tx, actor, {
      lifecycle: registrationLifecycle,
      record: registration,
      action: "forward",
      version: input.version,
      data: { forwardedAt: new Date() },
      auditData: { proposals: input.proposals },
      notify: [
        {
          to: await usersWithRoleAt(tx, "STANDING_COMMITTEE", registration.round.assigningBodyId),
          kind: "registration.forwarded",
          params: { cadreName: registration.cadre.fullName, roundName: registration.round.name },
          href: `/registrations/${registration.id}`,
        },
      ],
    });
    for (const task of registration.proposedTasks) {
      const p = byTask.get(task.id)!;
      await updateIfCurrent(
        tx,
        "proposedTask",
        { id: task.id, version: task.version },
        { reviewProposal: p.proposal, reviewNote: p.note },
      );
    }
  });
}

/** A comment on the registration or one of its proposed tasks, attributed to the author in their role. */
export async function addRegistrationComment(input: {
  registrationId: string;
  proposedTaskId?: string;
  parentId?: string;
  body: string;
}): Promise<void> {
  const actor = await requireRegistrationActor();
  await inTransaction(async (tx) => {
    const registration = await tx.registration.findFirst({ where: { id: input.registrationId, ...registrationScope(actor) } });
    if (!registration) throw new NotFoundError();
    if (input.proposedTaskId) {
      const task = await tx.proposedTask.findFirst({ where: { id: input.proposedTaskId, registrationId: registration.id } });
      if (!task) throw new NotFoundError();
    }
    if (input.parentId) {
      const parent = await tx.comment.findFirst({
        where: {
          id: input.parentId,
          OR: [{ registrationId: registration.id }, { proposedTask: { registrationId: registration.id } }],
        },
      });
      if (!parent) throw new NotFoundError();
    }
    await tx.comment.create({
      data: {
        authorId: actor.userId,
        authorRole: actor.role,
        body: input.body,
        parentId: input.parentId ?? null,
        ...(input.proposedTaskId ? { proposedTaskId: input.proposedTaskId } : { registrationId: registration.id }),
      },
    });
  });
}

export type CompiledTask = {
  id: string;
  registrationId: string;
  title: string;
  field: TaskField;
  cadreName: string;
  unitName: string;
  targets: string[];
  reviewProposal: ReviewProposal | null;
  decision: ProposedTaskDecision;
};

/** How the compiled list groups its tasks: each page is in group order first, so a group's rows stay together. */
export type CompiledGroup = "unit" | "field";

const COMPILED_GROUP_ORDER: Record<CompiledGroup, Prisma.ProposedTaskOrderByWithRelationInput[]> = {
  unit: [{ registration: { cadre: { unit: { name: "asc" } } } }],
  field: [{ field: "asc" }],
};

/** Within a group: by cadre (the default), by task title or by decision. */
const COMPILED_SORTS: SortWhitelist<Prisma.ProposedTaskOrderByWithRelationInput[]> = {
  cadre: { order: (d) => [{ registration: { cadre: { fullName: d } } }, { position: "asc" }, { id: "asc" }] },
  task: { order: (d) => [{ title: d }, { id: d }] },
  decision: { order: (d) => [{ decision: d }, { registration: { cadre: { fullName: "asc" } } }, { id: "asc" }] },
};

/**
 * The proposed tasks of a round sent in for review, in the committee's scope, a page at a time: what the
 * organisation committee compiles for the standing committee. Drafts and withdrawn tasks are left out. Ordered by
 * the group (unit or field) first, then as sorted within it through the whitelist (by cadre by default).
 */
export async function listCompiledTasks(
  roundId: string,
  query: ListParams & { group?: CompiledGroup } = { page: 1 },
): Promise<SortedPage<CompiledTask>> {
  const actor = await requirePermission("registration:review", "registration:decide");
  const db = await getDb();
  const where: Prisma.ProposedTaskWhereInput = {
    withdrawn: false,
    registration: { roundId, status: { notIn: ["DRAFT", "WITHDRAWN"] }, ...registrationScope(actor) },
  };
  const { orderBy, applied } = sortOrder(COMPILED_SORTS, query, { key: "cadre", dir: "asc" });
  const [tasks, total] = await Promise.all([
    db.proposedTask.findMany({
      where,
      include: {
        targets: { orderBy: { position: "asc" } },
        registration: { select: { id: true, cadre: { select: { fullName: true, unit: { select: { name: true } } } } } },
      },
      orderBy: [...COMPILED_GROUP_ORDER[query.group ?? "unit"], ...orderBy],
      ...pageArgs(query.page, query.size),
    }),
    db.proposedTask.count({ where }),
  ]);
  const page = toPage(
    tasks.map((t) => ({
      id: t.id,
      registrationId: t.registration.id,
      title: t.title,
      field: t.field,
      cadreName: t.registration.cadre.fullName,
      unitName: t.registration.cadre.unit.name,
      targets: t.targets.map((x) => `${x.indicator}: ${x.targetValue.toString()} ${x.unitOfMeasure}`),
      reviewProposal: t.reviewProposal,
      decision: t.decision,
    })),
    total,
    query.page,
    query.size,
  );
  return { ...page, sort: applied };
}

/**
 * The rounds whose registrations a committee may compile: those of the bodies in its scope, its own
 * body's open rounds first (the one it is working on), then the newest.
 */
export async function listReviewRounds(): Promise<{ id: string; name: string }[]> {
  const actor = await requirePermission("registration:review", "registration:decide");
  const db = await getDb();
  const rounds = await db.round.findMany({
    where: { assigningBody: unitInScope(actor) },
    select: { id: true, name: true, status: true, assigningBodyId: true },
    orderBy: [{ startYear: "desc" }, { createdAt: "desc" }],
  });
  const own = (r: (typeof rounds)[number]) => (r.assigningBodyId === actor.unitId && r.status === "OPEN" ? 0 : 1);
  return [...rounds].sort((a, b) => own(a) - own(b)).map(({ id, name }) => ({ id, name }));
}
