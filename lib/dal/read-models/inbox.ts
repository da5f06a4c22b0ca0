import "server-only";
import { jsonTimestamp } from "@/lib/db/json-time";
import { requireUser, toActor, type Actor } from "@/lib/auth/session";
import { getDb, type Db } from "@/lib/db/client";
import { addVietnamDays, quarterKey, quarterOf, VIETNAM_TIME_ZONE, vietnamYear, yearEnd } from "@/lib/domain/quarters";
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

type CadreCounts = {
  drafts: number;
  first_draft: { id: string; deadline: string } | null;
  returned: number;
  first_returned: { id: string } | null;
  reports_returned: number;
  first_report_returned: { taskId: string; year: number; quarter: number } | null;
  selfs: number;
  first_self: { id: string } | null;
  explanations: number;
  first_explanation: { taskId: string; dueDate: string } | null;
  due: { year: number; quarter: number; dueDate: string; count: number; first: string }[] | null;
};

/**
 * What awaits a cadre, in one statement: a cadre's home is the page opened most in a reporting week, so its
 * inbox costs one round trip, not one per line and per deadline. Each line is counted as the list it opens.
 */
async function cadreItems(db: Db, actor: Actor, now: Date): Promise<(Draft | null)[]> {
  if (!actor.cadreId || !hasPermission(actor.role, "task:own")) return [];
  const cadreId = actor.cadreId;
  // The reports due within the reminder window and those whose deadline passed (up to 90 days back, as the
  // reminders), still not submitted: one count per deadline. Quarter bounds are reckoned in Vietnam.
  const from = addVietnamDays(now, -90);
  const to = addVietnamDays(now, reportDueDays());
  const [c] = await db.$queryRaw<CadreCounts[]>`
    WITH regs AS (
      SELECT r.id, r.status, rd."registrationDeadline" AS deadline, rd.status AS round_status
      FROM "Registration" r JOIN "Round" rd ON rd.id = r."roundId"
      WHERE r."cadreId" = ${cadreId} AND r.status IN ('DRAFT', 'RETURNED')
    ), returned_reports AS (
      SELECT q."taskId", q.year, q.quarter FROM "QuarterlyReport" q JOIN "Task" t ON t.id = q."taskId"
      WHERE t."cadreId" = ${cadreId} AND t.status = 'ASSIGNED' AND q.status = 'RETURNED'
    ), selfs AS (
      SELECT e.id, e."createdAt" FROM "Evaluation" e JOIN "EvaluationCycle" cy ON cy.id = e."cycleId"
      WHERE e."cadreId" = ${cadreId} AND e.status = 'SELF_ASSESSMENT' AND cy.status = 'OPEN'
    ), explanations AS (
      SELECT x."taskId", x."dueDate" FROM "ExplanationRequest" x JOIN "Task" t ON t.id = x."taskId"
      WHERE t."cadreId" = ${cadreId} AND x.status IN ('OPEN', 'ESCALATED')
    ), deadlines AS (
      SELECT d.*, make_timestamptz(d.year, (d.quarter - 1) * 3 + 1, 1, 0, 0, 0, ${VIETNAM_TIME_ZONE}::text) AS starts
      FROM "ReportDeadline" d
      WHERE d."dueDate" >= ${from} AND d."dueDate" <= ${to}
    ), due AS (
      SELECT d.year, d.quarter, d."dueDate", count(*)::int AS count, (array_agg(t.id ORDER BY t.code))[1] AS first
      FROM deadlines d JOIN "Task" t ON t."roundId" = d."roundId"
      WHERE t."cadreId" = ${cadreId} AND t.status = 'ASSIGNED'
        AND t."startDate" < d.starts + interval '3 months' AND t."endDate" >= d.starts
        AND NOT EXISTS (
          SELECT 1 FROM "QuarterlyReport" q
          WHERE q."taskId" = t.id AND q.year = d.year AND q.quarter = d.quarter AND q.status IN ('SUBMITTED', 'RESPONDED'))
      GROUP BY d.id, d.year, d.quarter, d."dueDate"
    )
    SELECT
      (SELECT count(*)::int FROM regs WHERE status = 'DRAFT' AND round_status = 'OPEN') AS drafts,
      (SELECT json_build_object('id', id, 'deadline', deadline) FROM regs WHERE status = 'DRAFT' AND round_status = 'OPEN'
        ORDER BY deadline, id LIMIT 1) AS first_draft,
      (SELECT count(*)::int FROM regs WHERE status = 'RETURNED') AS returned,
      (SELECT json_build_object('id', id) FROM regs WHERE status = 'RETURNED' ORDER BY deadline, id LIMIT 1) AS first_returned,
      (SELECT count(*)::int FROM returned_reports) AS reports_returned,
      (SELECT json_build_object('taskId', "taskId", 'year', year, 'quarter', quarter) FROM returned_reports
        ORDER BY year, quarter, "taskId" LIMIT 1) AS first_report_returned,
      (SELECT count(*)::int FROM selfs) AS selfs,
      (SELECT json_build_object('id', id) FROM selfs ORDER BY "createdAt", id LIMIT 1) AS first_self,
      (SELECT count(*)::int FROM explanations) AS explanations,
      (SELECT json_build_object('taskId', "taskId", 'dueDate', "dueDate") FROM explanations
        ORDER BY "dueDate", "taskId" LIMIT 1) AS first_explanation,
      (SELECT json_agg(json_build_object('year', year, 'quarter', quarter, 'dueDate', "dueDate", 'count', count, 'first', first)
        ORDER BY "dueDate") FROM due) AS due`;
  const sum = (late: boolean): Draft | null => {
    const rows = (c!.due ?? []).filter((d) => d.count > 0 && jsonTimestamp(d.dueDate) < now === late);
    if (rows.length === 0) return null;
    const top = rows[0]!;
    return {
      kind: late ? "reportLate" : "reportDue",
      count: rows.reduce((a, r) => a + r.count, 0),
      href: `/tasks/${top.first}/reports/${quarterKey(top)}`,
      due: jsonTimestamp(top.dueDate),
    };
  };
  return [
    {
      kind: "registrationDraft",
      count: c!.drafts,
      href: link(c!.drafts, c!.first_draft && `/registrations/${c!.first_draft.id}`, "/registrations"),
      due: c!.first_draft ? jsonTimestamp(c!.first_draft.deadline) : null,
    },
    {
      kind: "registrationReturned",
      count: c!.returned,
      href: link(c!.returned, c!.first_returned && `/registrations/${c!.first_returned.id}`, "/registrations"),
      due: null,
    },
    sum(true),
    sum(false),
    {
      kind: "reportReturned",
      count: c!.reports_returned,
      href: c!.first_report_returned
        ? `/tasks/${c!.first_report_returned.taskId}/reports/${quarterKey(c!.first_report_returned)}`
        : "/my-work",
      due: null,
    },
    {
      kind: "explanation",
      count: c!.explanations,
      href: c!.first_explanation ? `/tasks/${c!.first_explanation.taskId}#giai-trinh` : "/my-work",
      due: c!.first_explanation ? jsonTimestamp(c!.first_explanation.dueDate) : null,
    },
    {
      kind: "selfAssessment",
      count: c!.selfs,
      href: link(c!.selfs, c!.first_self && `/evaluations/${c!.first_self.id}`, "/evaluations"),
      due: null,
    },
  ];
}

/** Days before a report deadline from which the report counts as due (as the reminders say it). */
function reportDueDays(): number {
  const n = Number(process.env.REPORT_REMINDER_DAYS);
  return Number.isInteger(n) && n >= 0 && n <= 60 ? n : 7;
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
