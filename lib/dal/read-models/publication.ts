import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import type { Rating, TargetDirection, TaskField, TaskStatus } from "@/lib/generated/prisma/enums";
import { targetProgress, type TaskHealth } from "@/lib/domain/progress";
import { localityTree, publicTargets, publicTaskPage, type PublicTargetRow, type PublicTaskRow } from "@/lib/db/public-queries";
import { audit } from "@/lib/dal/_shared/audit";
import {
  pageArgs,
  sortOrder,
  toPage,
  withSort,
  type SortDir,
  type SortedPage,
  type SortWhitelist,
} from "@/lib/dal/_shared/pagination";
import { listSearchSql, listSearchWords } from "@/lib/dal/_shared/search";
import { Prisma } from "@/lib/generated/prisma/client";
import { inTransaction, updateIfCurrent } from "@/lib/dal/_shared/transition";

/*
 * The public transparency pages: what a standing committee has chosen to publish, readable without signing
 * in. Only what the task and the decision say is shown: names, positions and units, never a cadre's or an
 * official's contact details or account, never a report's contents.
 */

export type PublicRound = { id: string; name: string; bodyName: string; startYear: number; endYear: number };

/** A target as published: where it started, where it must go, and its value at the latest submitted report. */
export type PublicTarget = {
  indicator: string;
  unitOfMeasure: string;
  baseline: string | null;
  targetValue: string;
  direction: TargetDirection;
  latest: { value: string; year: number; quarter: number } | null;
  /** The share of the way travelled (lib/domain/progress), null when never measured. */
  percent: number | null;
  reached: boolean;
};

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
  /** The status the committee's dashboard shows; null for a task carried over into the next round. */
  health: TaskHealth | null;
  /** The task's progress as the dashboard computes it (each target counted up to 100), in percent. */
  progress: number;
  decisionNumber: string;
  targets: PublicTarget[];
};

/** A node of the locality tree: its tasks (its own and its sub-localities'), how many are completed and on track. */
export type LocalityNode = {
  id: string;
  name: string;
  depth: number;
  parentId: string | null;
  tasks: number;
  completed: number;
  onTrack: number;
  /** Shares of `tasks`, in percent; null for a locality with no task. */
  completedShare: number | null;
  onTrackShare: number | null;
  /** The tasks placed at the locality itself (the province's departments and boards), when it has sub-localities. */
  own: { tasks: number; completed: number; onTrack: number } | null;
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

/** The published rounds' sortable columns, each ending on the id. */
const PUBLIC_ROUND_SORTS: SortWhitelist<Prisma.RoundOrderByWithRelationInput[]> = {
  years: { order: (d) => [{ startYear: d }, { name: "asc" }, { id: "asc" }], firstDir: "desc" },
  round: { order: (d) => [{ name: d }, { id: d }] },
  body: { order: (d) => [{ assigningBody: { name: d } }, { startYear: "desc" }, { id: "asc" }] },
};

/** The published rounds, newest first by default, a page at a time. */
export async function listPublicRounds(
  list: { page?: number; size?: number; sort?: string; dir?: string } = {},
): Promise<SortedPage<PublicRound>> {
  const db = await getDb();
  const where = { isPublic: true, status: { not: "DRAFT" as const } };
  const page = list.page ?? 1;
  const sort = sortOrder(PUBLIC_ROUND_SORTS, list, { key: "years", dir: "desc" });
  const [rounds, total] = await Promise.all([
    db.round.findMany({ where, select: roundSelect, orderBy: sort.orderBy, ...pageArgs(page, list.size) }),
    db.round.count({ where }),
  ]);
  return withSort(sort.applied, toPage(rounds.map(toPublicRound), total, page, list.size));
}

/** The public task list's sortable columns: closed SQL fragments, each ending on the id, so that no task falls between two pages. */
const sqlDir = (d: SortDir) => (d === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`);
const PUBLIC_TASK_SORTS: SortWhitelist<Prisma.Sql> = {
  unit: { order: (d) => Prisma.sql`u.name ${sqlDir(d)}, c."fullName", t.code, t.id` },
  task: { order: (d) => Prisma.sql`t.title ${sqlDir(d)}, t.id ${sqlDir(d)}` },
  cadre: { order: (d) => Prisma.sql`c."fullName" ${sqlDir(d)}, t.code, t.id` },
  period: { order: (d) => Prisma.sql`t."endDate" ${sqlDir(d)}, t."startDate" ${sqlDir(d)}, t.id ${sqlDir(d)}` },
  status: { order: (d) => Prisma.sql`t.status ${sqlDir(d)}, t.code, t.id` },
  progress: { order: (d) => Prisma.sql`t.progress ${sqlDir(d)}, t.code, t.id`, firstDir: "desc" },
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
  /** A locality of the tree: its tasks (a node of the tree clicked). */
  unit?: string;
  /** With `unit`: only the tasks placed at the locality itself, not at those below it. */
  own?: "1";
};

const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);

/**
 * A published round: its locality tree, a page of its assigned tasks (cancelled ones aside, narrowed to a
 * locality when one is chosen) or of its final ratings, and how many ratings there are. A round that is not
 * published does not exist here. Each task's status and progress are the committee dashboard's, from the
 * same SQL; no report's text, evidence or anyone's contact details are read at all.
 */
export async function getPublicRound(
  id: string,
  view: "tasks" | "ratings",
  page: number,
  list: PublicListQuery = {},
  now = new Date(),
): Promise<{
  round: PublicRound;
  localities: LocalityNode[];
  /** The locality the task list is narrowed to, if any. */
  locality: { id: string; name: string; ownOnly: boolean } | null;
  tasks: SortedPage<PublicTask> | null;
  ratings: SortedPage<PublicRating> | null;
  ratingCount: number;
}> {
  const db = await getDb();
  const round = await db.round.findFirst({
    where: { id, isPublic: true, status: { not: "DRAFT" } },
    select: { ...roundSelect, assigningBody: { select: { name: true, path: true } } },
  });
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
  const scope = { roundId: id, unitPath: round.assigningBody.path, now };
  const [treeRows, ratingCount, ratings] = await Promise.all([
    localityTree(db, scope),
    db.evaluation.count({ where: ratingWhere }),
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
  const n = (v: bigint | number | null) => Number(v ?? 0);
  const localities: LocalityNode[] = treeRows.map((r) => {
    const hasChildren = treeRows.some((x) => x.parentId === r.id);
    return {
      id: r.id,
      name: r.name,
      depth: r.depth,
      parentId: r.parentId,
      tasks: n(r.tasks),
      completed: n(r.completed),
      onTrack: n(r.on_track),
      completedShare: share(n(r.completed), n(r.tasks)),
      onTrackShare: share(n(r.on_track), n(r.tasks)),
      own:
        hasChildren && n(r.own_tasks) > 0
          ? { tasks: n(r.own_tasks), completed: n(r.own_completed), onTrack: n(r.own_on_track) }
          : null,
    };
  });
  // A locality not in the round's tree (an id typed into the URL) reads as none chosen.
  const chosen = list.unit ? (localities.find((l) => l.id === list.unit) ?? null) : null;
  const locality = chosen ? { id: chosen.id, name: chosen.name, ownOnly: list.own === "1" } : null;
  let tasks: SortedPage<PublicTask> | null = null;
  if (view === "tasks") {
    const unitPath = chosen
      ? (await db.unit.findUniqueOrThrow({ where: { id: chosen.id }, select: { path: true } })).path
      : round.assigningBody.path;
    const words = await listSearchWords(db, list.q);
    const { rows, total } = await publicTaskPage(
      db,
      { ...scope, unitPath },
      {
        status: list.status,
        field: list.field,
        match: words ? listSearchSql(words, Prisma.sql`t."searchText"`) : undefined,
        ownOnly: locality?.ownOnly,
        orderBy: taskSort.orderBy,
        skip,
        take,
      },
    );
    tasks = withSort(taskSort.applied, toPage(await toPublicTasks(db, rows), total, page, list.size));
  }
  return {
    round: toPublicRound(round),
    localities,
    locality,
    ratingCount,
    tasks,
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

/**
 * One task of a published round, by its code, as the round's list shows it (a phone's compact row opens it);
 * a task of a round not published, or cancelled, does not exist here.
 */
export async function getPublicTask(
  roundId: string,
  code: string,
  now = new Date(),
): Promise<{ round: PublicRound; task: PublicTask }> {
  const db = await getDb();
  const round = await db.round.findFirst({
    where: { id: roundId, isPublic: true, status: { not: "DRAFT" } },
    select: { ...roundSelect, assigningBody: { select: { name: true, path: true } } },
  });
  if (!round) throw new NotFoundError();
  const { rows } = await publicTaskPage(
    db,
    { roundId, unitPath: round.assigningBody.path, now },
    { code, orderBy: Prisma.sql`t.id`, skip: 0, take: 1 },
  );
  const [task] = await toPublicTasks(db, rows);
  if (!task) throw new NotFoundError();
  return { round: toPublicRound(round), task };
}

/** The rows of a page as published, with their targets' latest values read in one more statement. */
async function toPublicTasks(db: Awaited<ReturnType<typeof getDb>>, rows: PublicTaskRow[]): Promise<PublicTask[]> {
  const targets = await publicTargets(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((t) => ({
    code: t.code,
    title: t.title,
    field: t.field,
    cadreName: t.cadreName,
    positionTitle: t.positionTitle,
    unitName: t.unitName,
    startDate: t.startDate,
    endDate: t.endDate,
    status: t.status,
    health: t.health,
    progress: Number(t.progress),
    decisionNumber: t.decisionNumber,
    targets: targets.filter((x) => x.taskId === t.id).map(toPublicTarget),
  }));
}

/** A target with its latest value and its progress by the one rule of lib/domain/progress. */
function toPublicTarget(x: PublicTargetRow): PublicTarget {
  const measured =
    x.actual === null
      ? null
      : targetProgress(
          { baseline: x.baseline === null ? null : Number(x.baseline), target: Number(x.targetValue), direction: x.direction },
          Number(x.actual),
        );
  return {
    indicator: x.indicator,
    unitOfMeasure: x.unitOfMeasure,
    baseline: x.baseline,
    targetValue: x.targetValue,
    direction: x.direction,
    latest: x.actual === null ? null : { value: x.actual, year: x.year!, quarter: x.quarter! },
    percent: measured?.percent ?? null,
    reached: measured?.reached ?? false,
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
