import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import type { Rating, TaskField, TaskStatus } from "@/lib/generated/prisma/enums";
import { audit } from "@/lib/dal/_shared/audit";
import type { TargetValues } from "@/lib/dal/_shared/task-rows";
import { pageArgs, sortOrder, toPage, withSort, type SortedPage, type SortWhitelist } from "@/lib/dal/_shared/pagination";
import { listSearchConditions } from "@/lib/dal/_shared/search";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inTransaction, updateIfCurrent } from "@/lib/dal/_shared/transition";

/*
 * The public transparency pages: what a standing committee has chosen to publish, readable without signing
 * in. Only what the task and the decision say is shown: names, positions and units, never a cadre's or an
 * official's contact details or account, never a report's contents.
 */

export type PublicRound = { id: string; name: string; bodyName: string; startYear: number; endYear: number };

export type PublicTask = {
  code: string;
  title: string;
  field: TaskField;
  cadreName: string;
  positionTitle: string;
  unitName: string;
  startDate: Date;
  endDate: Date;
  status: TaskStatus;
  decisionNumber: string;
  targets: Omit<TargetValues, "deadline">[];
};

export type PublicRating = {
  cadreName: string;
  positionTitle: string;
  unitName: string;
  year: number;
  rating: Rating;
  decisionNumber: string | null;
};

const roundSelect = {
  id: true,
  name: true,
  startYear: true,
  endYear: true,
  assigningBody: { select: { name: true } },
} as const;

function toPublicRound(r: { id: string; name: string; startYear: number; endYear: number; assigningBody: { name: string } }) {
  return { id: r.id, name: r.name, bodyName: r.assigningBody.name, startYear: r.startYear, endYear: r.endYear };
}

/** Every published round, newest first. */
export async function listPublicRounds(): Promise<PublicRound[]> {
  const db = await getDb();
  const rounds = await db.round.findMany({
    where: { isPublic: true, status: { not: "DRAFT" } },
    select: roundSelect,
    orderBy: [{ startYear: "desc" }, { name: "asc" }],
  });
  return rounds.map(toPublicRound);
}

/**
 * A published round: a page of its assigned tasks (cancelled ones aside) or of its final ratings, and how many
 * ratings there are. A round that is not published does not exist here.
 */
/** The public task list's sortable columns; each ends on the id, so that no task falls between two pages. */
const PUBLIC_TASK_SORTS: SortWhitelist<Prisma.TaskOrderByWithRelationInput[]> = {
  unit: { order: (d) => [{ unit: { name: d } }, { cadre: { fullName: "asc" } }, { code: "asc" }, { id: "asc" }] },
  task: { order: (d) => [{ title: d }, { id: d }] },
  cadre: { order: (d) => [{ cadre: { fullName: d } }, { code: "asc" }, { id: "asc" }] },
  period: { order: (d) => [{ endDate: d }, { startDate: d }, { id: d }] },
  status: { order: (d) => [{ status: d }, { code: "asc" }, { id: "asc" }] },
};

/** The public ratings' sortable columns. */
const PUBLIC_RATING_SORTS: SortWhitelist<Prisma.EvaluationOrderByWithRelationInput[]> = {
  year: {
    order: (d) => [{ cycle: { year: d } }, { cadre: { unit: { name: "asc" } } }, { cadre: { fullName: "asc" } }, { id: "asc" }],
    firstDir: "desc",
  },
  cadre: { order: (d) => [{ cadre: { fullName: d } }, { id: d }] },
  rating: { order: (d) => [{ finalRating: d }, { cadre: { fullName: "asc" } }, { id: "asc" }] },
};

export type PublicListQuery = {
  /** The tasks' search box: a title or code (the ratings view is not searched). */
  q?: string;
  size?: number;
  sort?: string;
  dir?: string;
  field?: TaskField;
  status?: "ASSIGNED" | "COMPLETED" | "UNFINISHED" | "CARRIED_OVER";
};

export async function getPublicRound(
  id: string,
  view: "tasks" | "ratings",
  page: number,
  list: PublicListQuery = {},
): Promise<{
  round: PublicRound;
  tasks: SortedPage<PublicTask> | null;
  ratings: SortedPage<PublicRating> | null;
  ratingCount: number;
}> {
  const db = await getDb();
  const round = await db.round.findFirst({ where: { id, isPublic: true, status: { not: "DRAFT" } }, select: roundSelect });
  if (!round) throw new NotFoundError();
  // The public page shows the ratings of years and terms; a quarter's rating is a working step toward them.
  const ratingWhere = {
    cycle: { roundId: id, periodKind: { not: "QUARTER" as const } },
    status: "DECIDED" as const,
    finalRating: { not: null },
  };
  const { skip, take } = pageArgs(page, list.size);
  const taskSort = sortOrder(PUBLIC_TASK_SORTS, list, { key: "unit", dir: "asc" });
  const ratingSort = sortOrder(PUBLIC_RATING_SORTS, list, { key: "year", dir: "desc" });
  const taskWhere: Prisma.TaskWhereInput = {
    roundId: id,
    status: list.status ?? { not: "CANCELLED" },
    ...(list.field ? { field: list.field } : {}),
    AND: await listSearchConditions(db, list.q),
  };
  const [ratingCount, tasks, ratings] = await Promise.all([
    db.evaluation.count({ where: ratingWhere }),
    view === "tasks"
      ? Promise.all([
          db.task.findMany({
            where: taskWhere,
            select: {
              code: true,
              title: true,
              field: true,
              startDate: true,
              endDate: true,
              status: true,
              decisionNumber: true,
              cadre: { select: { fullName: true, positionTitle: true } },
              unit: { select: { name: true } },
              targets: {
                select: { indicator: true, unitOfMeasure: true, baseline: true, targetValue: true, direction: true },
                orderBy: { position: "asc" },
              },
            },
            orderBy: taskSort.orderBy,
            skip,
            take,
          }),
          db.task.count({ where: taskWhere }),
        ])
      : null,
    view === "ratings"
      ? db.evaluation.findMany({
          where: ratingWhere,
          select: {
            finalRating: true,
            decisionNumber: true,
            cycle: { select: { year: true } },
            cadre: { select: { fullName: true, positionTitle: true, unit: { select: { name: true } } } },
          },
          orderBy: ratingSort.orderBy,
          skip,
          take,
        })
      : null,
  ]);
  return {
    round: toPublicRound(round),
    ratingCount,
    tasks: tasks
      ? withSort(
          taskSort.applied,
          toPage(
            tasks[0].map((t) => ({
              code: t.code,
              title: t.title,
              field: t.field,
              cadreName: t.cadre.fullName,
              positionTitle: t.cadre.positionTitle,
              unitName: t.unit.name,
              startDate: t.startDate,
              endDate: t.endDate,
              status: t.status,
              decisionNumber: t.decisionNumber,
              targets: t.targets.map((x) => ({
                indicator: x.indicator,
                unitOfMeasure: x.unitOfMeasure,
                baseline: x.baseline?.toString() ?? null,
                targetValue: x.targetValue.toString(),
                direction: x.direction,
              })),
            })),
            tasks[1],
            page,
            list.size,
          ),
        )
      : null,
    ratings: ratings
      ? withSort(
          ratingSort.applied,
          toPage(
            ratings.map((e) => ({
              cadreName: e.cadre.fullName,
              positionTitle: e.cadre.positionTitle,
              unitName: e.cadre.unit.name,
              year: e.cycle.year,
              rating: e.finalRating!,
              decisionNumber: e.decisionNumber,
            })),
            ratingCount,
            page,
            list.size,
          ),
        )
      : null,
  };
}

export type PublishableRound = {
  id: string;
  name: string;
  startYear: number;
  endYear: number;
  isPublic: boolean;
  version: number;
};

/** The standing committee's own body's rounds, each with whether it is published. */
export async function listPublishableRounds(): Promise<PublishableRound[]> {
  const actor = await requirePermission("round:publish");
  const db = await getDb();
  return db.round.findMany({
    where: { assigningBodyId: actor.unitId, status: { not: "DRAFT" } },
    select: { id: true, name: true, startYear: true, endYear: true, isPublic: true, version: true },
    orderBy: [{ startYear: "desc" }, { name: "asc" }],
  });
}

/** Publishes a round of the committee's own body, or withdraws it from the public page; audited. */
export async function setRoundPublic(input: { roundId: string; isPublic: boolean; version: number }): Promise<void> {
  const actor = await requirePermission("round:publish");
  await inTransaction(async (tx) => {
    const round = await tx.round.findFirst({
      where: { id: input.roundId, assigningBodyId: actor.unitId, status: { not: "DRAFT" } },
    });
    if (!round) throw new NotFoundError();
    await updateIfCurrent(tx, "round", { id: round.id, version: input.version }, { isPublic: input.isPublic });
    await audit(tx, actor, {
      action: input.isPublic ? "round.publish" : "round.unpublish",
      entityType: "Round",
      entityId: round.id,
      fromState: round.isPublic ? "PUBLIC" : "PRIVATE",
      toState: input.isPublic ? "PUBLIC" : "PRIVATE",
    });
  });
}
