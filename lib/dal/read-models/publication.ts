import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import type { Rating, TaskField, TaskStatus } from "@/lib/generated/prisma/enums";
import { audit } from "@/lib/dal/_shared/audit";
import type { TargetValues } from "@/lib/dal/_shared/task-rows";
import { pageArgs, toPage, type Page } from "@/lib/dal/_shared/pagination";
import { listSearchConditions } from "@/lib/dal/_shared/search";
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
export async function getPublicRound(
  id: string,
  view: "tasks" | "ratings",
  page: number,
  q?: string,
): Promise<{ round: PublicRound; tasks: Page<PublicTask> | null; ratings: Page<PublicRating> | null; ratingCount: number }> {
  const db = await getDb();
  const round = await db.round.findFirst({ where: { id, isPublic: true, status: { not: "DRAFT" } }, select: roundSelect });
  if (!round) throw new NotFoundError();
  // The public page shows the ratings of years and terms; a quarter's rating is a working step toward them.
  const ratingWhere = {
    cycle: { roundId: id, periodKind: { not: "QUARTER" as const } },
    status: "DECIDED" as const,
    finalRating: { not: null },
  };
  const { skip, take } = pageArgs(page);
  const taskWhere = { roundId: id, status: { not: "CANCELLED" as const }, AND: await listSearchConditions(db, q) };
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
            // Unique to the last key, so that no task falls between two pages or shows on both.
            orderBy: [{ unit: { name: "asc" } }, { cadre: { fullName: "asc" } }, { code: "asc" }, { id: "asc" }],
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
          orderBy: [
            { cycle: { year: "desc" } },
            { cadre: { unit: { name: "asc" } } },
            { cadre: { fullName: "asc" } },
            { id: "asc" },
          ],
          skip,
          take,
        })
      : null,
  ]);
  return {
    round: toPublicRound(round),
    ratingCount,
    tasks: tasks
      ? toPage(
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
        )
      : null,
    ratings: ratings
      ? toPage(
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
