import "server-only";
import { requireUser, toActor, type Actor } from "@/lib/auth/session";
import { getDb, type Db } from "@/lib/db/client";
import { addVietnamDays, quarterEnd, quarterKey, quarterOf, quarterStart, vietnamYear, yearEnd } from "@/lib/domain/quarters";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hasPermission } from "@/lib/permissions";
import { sortInbox } from "@/lib/domain/inbox";

/** Every kind of thing that can await someone; each is labelled under "inbox.items.<kind>" in both catalogs. */
export const INBOX_KINDS = [
  "registrationDraft",
  "registrationReturned",
  "reportLate",
  "reportDue",
  "reportReturned",
  "selfAssessment",
  "explanation",
  "registrationsToReview",
  "lateToRegister",
  "proposalsToFinalise",
  "cycleToOpen",
  "decisions",
  "changeRequests",
  "ratings",
  "escalations",
  "sheetsToScore",
  "reportsToRespond",
] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];

/**
 * One line of "Việc cần xử lý": what awaits, how many, by when, and the page where it is done (the filtered
 * list when there is one, the record itself when there is one record or no list).
 */
export type InboxItem = {
  kind: InboxKind;
  count: number;
  href: string;
  /** The earliest due date among them, when the work has one. */
  due: Date | null;
  overdue: boolean;
  /** What the label names besides the count (a round, a quarter). */
  params: Record<string, string | number>;
};

type Draft = Omit<InboxItem, "overdue" | "params"> & { params?: InboxItem["params"]; overdue?: boolean };

function finish(drafts: (Draft | null)[], now: Date): InboxItem[] {
  return sortInbox(
    drafts
      .filter((d): d is Draft => d !== null && d.count > 0)
      .map((d) => ({ ...d, params: d.params ?? {}, overdue: d.overdue ?? (d.due !== null && d.due < now) })),
  );
}

/**
 * What awaits the signed-in user in the role they act in, counted in SQL and scoped as the page each line
 * opens: the cadre their own work, the committees their own body's rounds, the council the cycles it sits
 * on, the supervisor the tasks they follow. The administrator has no inbox.
 */
export async function getMyInbox(now: Date = new Date()): Promise<InboxItem[]> {
  const user = await requireUser();
  if (!user.active) return [];
  const actor = toActor(user, user.active);
  const db = await getDb();
  switch (actor.role) {
    case "CADRE":
      return finish(await cadreItems(db, actor, now), now);
    case "ORG_COMMITTEE":
      return finish(await orgItems(db, actor, now), now);
    case "STANDING_COMMITTEE":
      return finish(await standingItems(db, actor), now);
    case "COUNCIL":
      return finish(await councilItems(db, actor), now);
    case "SUPERVISOR":
      return finish(await supervisorItems(db, actor), now);
    default:
      return [];
  }
}

function link(count: number, first: string | null, list: string | null): string {
  if (list && (count !== 1 || !first)) return list;
  return first ?? list ?? "/";
}

// ───────────────────────────── The cadre ─────────────────────────────

async function cadreItems(db: Db, actor: Actor, now: Date): Promise<(Draft | null)[]> {
  if (!actor.cadreId || !hasPermission(actor.role, "task:own")) return [];
  const cadreId = actor.cadreId;
  const draftWhere: Prisma.RegistrationWhereInput = { cadreId, status: "DRAFT", round: { status: "OPEN" } };
  const returnedWhere: Prisma.RegistrationWhereInput = { cadreId, status: "RETURNED" };
  const reportReturnedWhere: Prisma.QuarterlyReportWhereInput = { status: "RETURNED", task: { cadreId, status: "ASSIGNED" } };
  const selfWhere: Prisma.EvaluationWhereInput = { cadreId, status: "SELF_ASSESSMENT", cycle: { status: "OPEN" } };
  const explanationWhere: Prisma.ExplanationRequestWhereInput = { status: { in: ["OPEN", "ESCALATED"] }, task: { cadreId } };
  const [
    drafts,
    firstDraft,
    returned,
    firstReturned,
    reportsReturned,
    firstReportReturned,
    selfs,
    firstSelf,
    explanations,
    firstExplanation,
    due,
  ] = await Promise.all([
    db.registration.count({ where: draftWhere }),
    db.registration.findFirst({
      where: draftWhere,
      orderBy: { round: { registrationDeadline: "asc" } },
      select: { id: true, round: { select: { registrationDeadline: true } } },
    }),
    db.registration.count({ where: returnedWhere }),
    db.registration.findFirst({
      where: returnedWhere,
      orderBy: { round: { registrationDeadline: "asc" } },
      select: { id: true, round: { select: { registrationDeadline: true } } },
    }),
    db.quarterlyReport.count({ where: reportReturnedWhere }),
    db.quarterlyReport.findFirst({
      where: reportReturnedWhere,
      orderBy: [{ year: "asc" }, { quarter: "asc" }],
      select: { taskId: true, year: true, quarter: true },
    }),
    db.evaluation.count({ where: selfWhere }),
    db.evaluation.findFirst({ where: selfWhere, orderBy: { createdAt: "asc" }, select: { id: true } }),
    db.explanationRequest.count({ where: explanationWhere }),
    db.explanationRequest.findFirst({
      where: explanationWhere,
      orderBy: { dueDate: "asc" },
      select: { taskId: true, dueDate: true },
    }),
    dueReports(db, cadreId, now),
  ]);
  return [
    {
      kind: "registrationDraft",
      count: drafts,
      href: link(drafts, firstDraft && `/registrations/${firstDraft.id}`, "/registrations"),
      due: firstDraft?.round.registrationDeadline ?? null,
    },
    {
      kind: "registrationReturned",
      count: returned,
      href: link(returned, firstReturned && `/registrations/${firstReturned.id}`, "/registrations"),
      due: null,
    },
    due.late,
    due.due,
    {
      kind: "reportReturned",
      count: reportsReturned,
      href: firstReportReturned ? `/tasks/${firstReportReturned.taskId}/reports/${quarterKey(firstReportReturned)}` : "/my-work",
      due: null,
    },
    {
      kind: "explanation",
      count: explanations,
      href: firstExplanation ? `/tasks/${firstExplanation.taskId}#giai-trinh` : "/my-work",
      due: firstExplanation?.dueDate ?? null,
    },
    {
      kind: "selfAssessment",
      count: selfs,
      href: link(selfs, firstSelf && `/evaluations/${firstSelf.id}`, "/evaluations"),
      due: null,
    },
  ];
}

/** Days before a report deadline from which the report counts as due (as the reminders say it). */
function reportDueDays(): number {
  const n = Number(process.env.REPORT_REMINDER_DAYS);
  return Number.isInteger(n) && n >= 0 && n <= 60 ? n : 7;
}

/**
 * The cadre's reports due within the reminder window, and those whose deadline passed (up to 90 days back,
 * as the reminders), still not submitted: one count per deadline, over the few deadlines in that window.
 */
async function dueReports(db: Db, cadreId: string, now: Date): Promise<{ late: Draft | null; due: Draft | null }> {
  const deadlines = await db.reportDeadline.findMany({
    where: {
      dueDate: { gte: addVietnamDays(now, -90), lte: addVietnamDays(now, reportDueDays()) },
      round: { tasks: { some: { cadreId, status: "ASSIGNED" } } },
    },
    orderBy: { dueDate: "asc" },
  });
  const counted = await Promise.all(
    deadlines.map(async (d) => {
      const where: Prisma.TaskWhereInput = {
        cadreId,
        roundId: d.roundId,
        status: "ASSIGNED",
        startDate: { lt: quarterEnd(d) },
        endDate: { gte: quarterStart(d) },
        reports: { none: { year: d.year, quarter: d.quarter, status: { in: ["SUBMITTED", "RESPONDED"] } } },
      };
      const [count, first] = await Promise.all([
        db.task.count({ where }),
        db.task.findFirst({ where, orderBy: { code: "asc" }, select: { id: true } }),
      ]);
      return { d, count, first };
    }),
  );
  const sum = (late: boolean): Draft | null => {
    const rows = counted.filter((c) => c.count > 0 && c.d.dueDate < now === late);
    if (rows.length === 0) return null;
    const top = rows[0]!;
    return {
      kind: late ? "reportLate" : "reportDue",
      count: rows.reduce((s, r) => s + r.count, 0),
      href: `/tasks/${top.first!.id}/reports/${quarterKey(top.d)}`,
      due: top.d.dueDate,
    };
  };
  return { late: sum(true), due: sum(false) };
}

// ───────────────────────────── The organisation committee ─────────────────────────────

async function orgItems(db: Db, actor: Actor, now: Date): Promise<(Draft | null)[]> {
  if (!hasPermission(actor.role, "round:manage")) return [];
  const openRounds = await db.round.findMany({
    where: { assigningBodyId: actor.unitId, status: "OPEN" },
    orderBy: { registrationDeadline: "asc" },
    select: { id: true, name: true, registrationDeadline: true, assigningBodyId: true, cadreGroups: true },
  });
  const perRound = await Promise.all(
    openRounds.map(async (round) => {
      const concerned: Prisma.CadreWhereInput = {
        managedById: round.assigningBodyId,
        active: true,
        ...(round.cadreGroups.length ? { group: { in: round.cadreGroups } } : {}),
      };
      const pastDeadline = round.registrationDeadline < now;
      const [toReview, late] = await Promise.all([
        db.registration.count({ where: { roundId: round.id, status: "SUBMITTED" } }),
        // Once the deadline has passed: the concerned cadres with nothing sent in and no extension still running.
        pastDeadline
          ? db.cadre.count({
              where: {
                ...concerned,
                registrations: { none: { roundId: round.id, status: { notIn: ["DRAFT", "WITHDRAWN"] } } },
                registrationExtensions: { none: { roundId: round.id, until: { gte: now } } },
              },
            })
          : Promise.resolve(0),
      ]);
      return [
        {
          kind: "registrationsToReview" as const,
          count: toReview,
          href: `/registrations?round=${round.id}&status=SUBMITTED`,
          due: null,
          params: { round: round.name },
        },
        {
          kind: "lateToRegister" as const,
          count: late,
          href: `/rounds/${round.id}`,
          due: round.registrationDeadline,
          params: { round: round.name },
        },
      ];
    }),
  );
  const year = vietnamYear(now);
  const [ready, cycles] = await Promise.all([
    // Evaluations whose every council member has submitted: the proposal is ready to finalise.
    db.$queryRaw<{ count: number; first: string | null }[]>`
      SELECT count(*)::int AS count, (array_agg(e.id ORDER BY e."updatedAt"))[1] AS first
      FROM "Evaluation" e
      JOIN "EvaluationCycle" c ON c.id = e."cycleId"
      JOIN "Round" r ON r.id = c."roundId"
      WHERE r."assigningBodyId" = ${actor.unitId} AND e.status = 'COUNCIL_SCORING'
        AND (SELECT count(*) FROM "CouncilSubmission" s WHERE s."evaluationId" = e.id)
          >= (SELECT count(*) FROM "CouncilMember" m WHERE m."cycleId" = c.id)`,
    // Rounds of its body with tasks still assigned for a year that is in its last quarter or over, and no
    // evaluation of that year opened yet.
    quarterOf(now).quarter === 4 ? cyclesToOpen(db, actor.unitId, year) : Promise.resolve({ count: 0, first: null }),
  ]);
  const r = ready[0] ?? { count: 0, first: null };
  return [
    ...perRound.flat(),
    {
      kind: "proposalsToFinalise",
      count: r.count,
      href: link(r.count, r.first && `/evaluations/${r.first}`, "/evaluations"),
      due: null,
    },
    { kind: "cycleToOpen", count: cycles.count, href: "/evaluations/new", due: yearEnd(year), params: { year } },
  ];
}

async function cyclesToOpen(db: Db, unitId: string, year: number): Promise<{ count: number; first: string | null }> {
  const count = await db.round.count({
    where: {
      assigningBodyId: unitId,
      status: { not: "DRAFT" },
      startYear: { lte: year },
      endYear: { gte: year },
      tasks: { some: { status: "ASSIGNED" } },
      evaluationCycles: { none: { year } },
    },
  });
  return { count, first: null };
}

// ───────────────────────────── The standing committee ─────────────────────────────

async function standingItems(db: Db, actor: Actor): Promise<(Draft | null)[]> {
  if (!hasPermission(actor.role, "registration:decide")) return [];
  const ownRound = { assigningBodyId: actor.unitId };
  const crWhere: Prisma.ChangeRequestWhereInput = { status: "PENDING", task: { round: ownRound } };
  const evWhere: Prisma.EvaluationWhereInput = { status: "PROPOSED", cycle: { round: ownRound } };
  const escWhere: Prisma.ExplanationRequestWhereInput = { status: "ESCALATED", task: { round: ownRound } };
  const [forwarded, changes, firstChange, ratings, firstRating, escalations, firstEscalation] = await Promise.all([
    db.registration.groupBy({
      by: ["roundId"],
      where: { status: "FORWARDED", round: ownRound },
      _count: { _all: true },
      _min: { forwardedAt: true },
    }),
    db.changeRequest.count({ where: crWhere }),
    db.changeRequest.findFirst({ where: crWhere, orderBy: { createdAt: "asc" }, select: { taskId: true } }),
    db.evaluation.count({ where: evWhere }),
    db.evaluation.findFirst({ where: evWhere, orderBy: { updatedAt: "asc" }, select: { id: true } }),
    db.explanationRequest.count({ where: escWhere }),
    db.explanationRequest.findFirst({ where: escWhere, orderBy: { dueDate: "asc" }, select: { taskId: true, dueDate: true } }),
  ]);
  const rounds = forwarded.length
    ? await db.round.findMany({ where: { id: { in: forwarded.map((f) => f.roundId) } }, select: { id: true, name: true } })
    : [];
  return [
    {
      kind: "escalations",
      count: escalations,
      href: firstEscalation ? `/tasks/${firstEscalation.taskId}#giai-trinh` : "/standing-committee",
      due: firstEscalation?.dueDate ?? null,
      // Escalated because it went unanswered past its due date and every reminder.
      overdue: true,
    },
    ...forwarded.map((g) => ({
      kind: "decisions" as const,
      count: g._count._all,
      href: `/registrations?round=${g.roundId}&status=FORWARDED`,
      due: null,
      params: { round: rounds.find((r) => r.id === g.roundId)?.name ?? "" },
    })),
    {
      kind: "changeRequests",
      count: changes,
      href: link(changes, firstChange && `/tasks/${firstChange.taskId}`, "/standing-committee#change-requests"),
      due: null,
    },
    {
      kind: "ratings",
      count: ratings,
      href: link(ratings, firstRating && `/evaluations/${firstRating.id}`, "/evaluations"),
      due: null,
    },
  ];
}

// ───────────────────────────── The council and the supervisor ─────────────────────────────

async function councilItems(db: Db, actor: Actor): Promise<(Draft | null)[]> {
  if (!hasPermission(actor.role, "evaluation:score")) return [];
  const where: Prisma.EvaluationWhereInput = {
    status: "COUNCIL_SCORING",
    cycle: { members: { some: { userId: actor.userId } } },
    councilSubmissions: { none: { member: { userId: actor.userId } } },
  };
  const [count, first] = await Promise.all([
    db.evaluation.count({ where }),
    db.evaluation.findFirst({ where, orderBy: { createdAt: "asc" }, select: { id: true } }),
  ]);
  return [{ kind: "sheetsToScore", count, href: link(count, first && `/evaluations/${first.id}`, "/council"), due: null }];
}

/** Reports sent in on the tasks the supervisor follows and not yet answered, one line per quarter. */
async function supervisorItems(db: Db, actor: Actor): Promise<(Draft | null)[]> {
  if (!hasPermission(actor.role, "task:supervise")) return [];
  const groups = await db.quarterlyReport.groupBy({
    by: ["year", "quarter"],
    where: { status: "SUBMITTED", task: { supervisorId: actor.userId, status: { in: ["ASSIGNED", "COMPLETED", "UNFINISHED"] } } },
    _count: { _all: true },
    orderBy: [{ year: "asc" }, { quarter: "asc" }],
  });
  return groups.map((g) => ({
    kind: "reportsToRespond" as const,
    count: g._count._all,
    href: `/reports?year=${g.year}&quarter=${g.quarter}&status=SUBMITTED`,
    due: null,
    params: { quarter: g.quarter, year: g.year },
  }));
}
