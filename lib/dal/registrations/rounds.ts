import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { roundLifecycle } from "@/lib/domain/lifecycle";
import type { CadreGroup, PeriodKind, RegistrationStatus, RoundStatus } from "@/lib/generated/prisma/enums";
import { reportDueDate } from "@/lib/domain/quarters";
import { effectiveDeadline } from "@/lib/domain/registration";
import type { CreateRoundInput, GrantExtensionInput, SetRoundRuleSetInput } from "@/lib/validation/registration";
import { DEFAULT_RULE_SET, type RuleSetId } from "@/lib/domain/rating-rules";
import { audit } from "@/lib/dal/_shared/audit";
import { notify } from "@/lib/dal/_shared/notify";
import { unitInScope } from "@/lib/dal/_shared/scope";
import { inTransaction, transition, updateIfCurrent } from "@/lib/dal/_shared/transition";
import { pageArgs, sortOrder, toPage, type ListParams, type SortedPage, type SortWhitelist } from "@/lib/dal/_shared/pagination";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RoundCadreQuery } from "@/lib/validation/query";

export type RoundRow = {
  id: string;
  name: string;
  assigningBodyName: string;
  periodKind: PeriodKind;
  startYear: number;
  endYear: number;
  registrationDeadline: Date;
  status: RoundStatus;
  registrations: number;
};

const ROUND_SORTS: SortWhitelist<Prisma.RoundOrderByWithRelationInput[]> = {
  year: { order: (d) => [{ startYear: d }, { createdAt: d }, { id: d }], firstDir: "desc" },
  name: { order: (d) => [{ name: d }, { id: d }] },
  body: { order: (d) => [{ assigningBody: { name: d } }, { startYear: "desc" }, { id: "asc" }] },
  deadline: { order: (d) => [{ registrationDeadline: d }, { id: d }], firstDir: "desc" },
  registrations: { order: (d) => [{ registrations: { _count: d } }, { startYear: "desc" }, { id: "asc" }], firstDir: "desc" },
  status: { order: (d) => [{ status: d }, { startYear: "desc" }, { id: "asc" }] },
};

/**
 * The rounds of the assigning bodies in the organisation committee's scope a page at a time, newest first (or
 * as sorted, through the whitelist), optionally of one status.
 */
export async function listRoundPage(query: ListParams & { status?: RoundStatus }): Promise<SortedPage<RoundRow>> {
  const actor = await requirePermission("round:manage");
  const db = await getDb();
  const where: Prisma.RoundWhereInput = {
    assigningBody: unitInScope(actor),
    ...(query.status ? { status: query.status } : {}),
  };
  const { orderBy, applied } = sortOrder(ROUND_SORTS, query, { key: "year", dir: "desc" });
  const [rounds, total] = await Promise.all([
    db.round.findMany({
      where,
      orderBy,
      include: {
        assigningBody: { select: { name: true } },
        _count: { select: { registrations: { where: { status: { notIn: ["DRAFT", "WITHDRAWN"] } } } } },
      },
      ...pageArgs(query.page, query.size),
    }),
    db.round.count({ where }),
  ]);
  const page = toPage(
    rounds.map((r) => ({
      id: r.id,
      name: r.name,
      assigningBodyName: r.assigningBody.name,
      periodKind: r.periodKind,
      startYear: r.startYear,
      endYear: r.endYear,
      registrationDeadline: r.registrationDeadline,
      status: r.status,
      registrations: r._count.registrations,
    })),
    total,
    query.page,
    query.size,
  );
  return { ...page, sort: applied };
}

/** Assigning bodies the organisation committee may open a round for. */
export async function listAssigningBodies(): Promise<{ id: string; name: string; parentId: string | null }[]> {
  const actor = await requirePermission("round:manage");
  const db = await getDb();
  return db.unit.findMany({
    where: { ...unitInScope(actor), isAssigningBody: true, active: true },
    select: { id: true, name: true, parentId: true },
    orderBy: { depth: "asc" },
  });
}

/**
 * Creates a round in preparation, with a report deadline for every quarter of its period: the 15th of
 * the month after the quarter, end of day in Vietnam (the committee can open it once it is right).
 */
export async function createRound(
  input: Omit<CreateRoundInput, "ratingRuleSet"> & { ratingRuleSet?: RuleSetId },
): Promise<{ id: string }> {
  const actor = await requirePermission("round:manage");
  return inTransaction(async (tx) => {
    const body = await tx.unit.findFirst({
      where: { id: input.assigningBodyId, ...unitInScope(actor), isAssigningBody: true, active: true },
    });
    if (!body) throw new NotFoundError();
    const deadlines = [];
    for (let year = input.startYear; year <= input.endYear; year++) {
      for (let quarter = 1; quarter <= 4; quarter++) deadlines.push({ year, quarter, dueDate: reportDueDate({ year, quarter }) });
    }
    const round = await tx.round.create({
      data: {
        name: input.name,
        assigningBodyId: body.id,
        periodKind: input.periodKind,
        startYear: input.startYear,
        endYear: input.endYear,
        registrationDeadline: input.registrationDeadline,
        minTasksPerCadre: input.minTasksPerCadre,
        maxTasksPerCadre: input.maxTasksPerCadre,
        cadreGroups: input.cadreGroups,
        ratingRuleSet: input.ratingRuleSet ?? DEFAULT_RULE_SET,
        reportDeadlines: { create: deadlines },
      },
    });
    await audit(tx, actor, {
      action: "round.create",
      entityType: "Round",
      entityId: round.id,
      toState: "DRAFT",
      data: { name: input.name, ratingRuleSet: input.ratingRuleSet ?? DEFAULT_RULE_SET },
    });
    return { id: round.id };
  });
}

/**
 * Changes the rule set a round's evaluations are proposed by. Refused once any of its evaluations has been
 * decided: a decided rating stays explained by the rule it was proposed under (each evaluation also stores
 * its own rule set and version, so even a proposal already made keeps its rule).
 */
export async function setRoundRuleSet(input: SetRoundRuleSetInput): Promise<void> {
  const actor = await requirePermission("round:manage");
  await inTransaction(async (tx) => {
    const round = await tx.round.findFirst({ where: { id: input.id, assigningBody: unitInScope(actor) } });
    if (!round) throw new NotFoundError();
    if (round.ratingRuleSet === input.ratingRuleSet) return;
    if (await tx.evaluation.count({ where: { cycle: { roundId: round.id }, decidedAt: { not: null } } }))
      throw new DomainError("ruleSetLocked");
    await updateIfCurrent(tx, "round", { id: round.id, version: input.version }, { ratingRuleSet: input.ratingRuleSet });
    await audit(tx, actor, {
      action: "round.setRuleSet",
      entityType: "Round",
      entityId: round.id,
      data: { from: round.ratingRuleSet, to: input.ratingRuleSet },
    });
  });
}

/** Opens, closes or reopens a round through its lifecycle. */
export async function changeRoundStatus(input: {
  id: string;
  version: number;
  action: "open" | "close" | "reopen";
}): Promise<void> {
  const actor = await requirePermission("round:manage");
  await inTransaction(async (tx) => {
    const round = await tx.round.findFirst({ where: { id: input.id, assigningBody: unitInScope(actor) } });
    if (!round) throw new NotFoundError();
    await transition(tx, actor, { lifecycle: roundLifecycle, record: round, action: input.action, version: input.version });
  });
}

/** A cadre the round concerns, with their registration in it (if any). */
export type RoundCadre = {
  id: string;
  fullName: string;
  positionTitle: string;
  unitId: string;
  unitName: string;
  status: RegistrationStatus | null;
  isLate: boolean;
  registrationId: string | null;
  /** A later deadline the committee granted this cadre. */
  extensionUntil: Date | null;
};

export type RoundCadrePage = {
  round: RoundRow & {
    version: number;
    ratingRuleSet: RuleSetId;
    /** The rule set can no longer change: an evaluation of the round has been decided. */
    ruleSetLocked: boolean;
    minTasksPerCadre: number;
    maxTasksPerCadre: number;
    cadreGroups: CadreGroup[];
  };
  pastDeadline: boolean;
  /** The committee may grant extensions: its own body's open round. */
  canExtend: boolean;
  /** Counted in SQL over the whole round, whatever the filters. */
  counts: { cadres: number; registered: number; late: number };
  cadres: SortedPage<RoundCadre>;
  /** The units the round's cadres work in, for the unit filter. */
  units: { id: string; name: string; parentId: string | null }[];
};

/** The round page's sortable columns (each ends on the id, so pages never overlap). */
const ROUND_CADRE_SORTS: SortWhitelist<Prisma.CadreOrderByWithRelationInput[]> = {
  unit: { order: (d) => [{ unit: { name: d } }, { fullName: "asc" }, { id: "asc" }] },
  name: { order: (d) => [{ fullName: d }, { id: d }] },
  position: { order: (d) => [{ positionTitle: d }, { fullName: "asc" }, { id: "asc" }] },
};

const NOT_SENT: RegistrationStatus[] = ["DRAFT", "WITHDRAWN"];

/**
 * A round's progress a page at a time: the round, its counts (cadres, registered, late) in SQL, and its
 * cadres sorted and filtered by unit and by state (registered, not registered, late), a page at a time.
 */
export async function getRoundCadrePage(
  roundId: string,
  query: ListParams & Pick<Partial<RoundCadreQuery>, "unitId" | "state">,
): Promise<RoundCadrePage> {
  const actor = await requirePermission("round:manage");
  const db = await getDb();
  const round = await db.round.findFirst({
    where: { id: roundId, assigningBody: unitInScope(actor) },
    include: {
      assigningBody: { select: { name: true } },
      _count: { select: { registrations: { where: { status: { notIn: NOT_SENT } } } } },
    },
  });
  if (!round) throw new NotFoundError();
  const now = new Date();
  const pastDeadline = round.registrationDeadline < now;
  const base: Prisma.CadreWhereInput = {
    managedById: round.assigningBodyId,
    active: true,
    ...(round.cadreGroups.length ? { group: { in: round.cadreGroups } } : {}),
  };
  const sent: Prisma.CadreWhereInput = { registrations: { some: { roundId: round.id, status: { notIn: NOT_SENT } } } };
  // Late: sent late, or not sent once the deadline (or the cadre's extension) has passed.
  const late: Prisma.CadreWhereInput = {
    OR: [
      { registrations: { some: { roundId: round.id, isLate: true } } },
      ...(pastDeadline
        ? [
            {
              registrations: { none: { roundId: round.id, status: { notIn: NOT_SENT } } },
              registrationExtensions: { none: { roundId: round.id, until: { gte: now } } },
            },
          ]
        : []),
    ],
  };
  const states = { registered: sent, notRegistered: { NOT: sent }, late } satisfies Record<string, Prisma.CadreWhereInput>;
  const where: Prisma.CadreWhereInput = {
    AND: [base, query.unitId ? { unitId: query.unitId } : {}, query.state ? states[query.state] : {}],
  };
  const { orderBy, applied } = sortOrder(ROUND_CADRE_SORTS, query, { key: "unit", dir: "asc" });
  const [rows, total, cadres, registered, lateCount, units] = await Promise.all([
    db.cadre.findMany({
      where,
      select: {
        id: true,
        fullName: true,
        positionTitle: true,
        unit: { select: { id: true, name: true } },
        registrations: { where: { roundId: round.id }, select: { id: true, status: true, isLate: true } },
        registrationExtensions: { where: { roundId: round.id }, orderBy: { until: "desc" }, take: 1, select: { until: true } },
      },
      orderBy,
      ...pageArgs(query.page, query.size),
    }),
    db.cadre.count({ where }),
    db.cadre.count({ where: base }),
    db.cadre.count({ where: { AND: [base, sent] } }),
    db.cadre.count({ where: { AND: [base, late] } }),
    db.unit.findMany({ where: { cadres: { some: base } }, select: { id: true, name: true, parentId: true } }),
  ]);
  const items = rows.map((c) => {
    const reg = c.registrations[0];
    const submitted = reg && !NOT_SENT.includes(reg.status);
    const extensionUntil = c.registrationExtensions[0]?.until ?? null;
    return {
      id: c.id,
      fullName: c.fullName,
      positionTitle: c.positionTitle,
      unitId: c.unit.id,
      unitName: c.unit.name,
      status: reg?.status ?? null,
      isLate: !!reg?.isLate || (!submitted && effectiveDeadline(round, extensionUntil) < now),
      registrationId: reg?.id ?? null,
      extensionUntil,
    };
  });
  return {
    round: {
      id: round.id,
      name: round.name,
      assigningBodyName: round.assigningBody.name,
      periodKind: round.periodKind,
      startYear: round.startYear,
      endYear: round.endYear,
      registrationDeadline: round.registrationDeadline,
      status: round.status,
      registrations: round._count.registrations,
      version: round.version,
      ratingRuleSet: round.ratingRuleSet,
      ruleSetLocked: (await db.evaluation.count({ where: { cycle: { roundId: round.id }, decidedAt: { not: null } } })) > 0,
      minTasksPerCadre: round.minTasksPerCadre,
      maxTasksPerCadre: round.maxTasksPerCadre,
      cadreGroups: round.cadreGroups,
    },
    pastDeadline,
    canExtend: round.assigningBodyId === actor.unitId && round.status === "OPEN",
    counts: { cadres, registered, late: lateCount },
    units,
    cadres: { ...toPage(items, total, query.page, query.size), sort: applied },
  };
}

export function assertRoundOpen(status: RoundStatus) {
  if (status !== "OPEN") throw new DomainError("roundNotOpen");
}

/**
 * Reopens registration for one cadre of the committee's own open round until a later day (after the
 * round's deadline and after today), with a reason. The cadre is told; the latest extension applies.
 */
export async function grantExtension(input: GrantExtensionInput): Promise<void> {
  const actor = await requirePermission("round:manage");
  await inTransaction(async (tx) => {
    const round = await tx.round.findFirst({ where: { id: input.roundId, assigningBodyId: actor.unitId } });
    if (!round) throw new NotFoundError();
    assertRoundOpen(round.status);
    const cadre = await tx.cadre.findFirst({
      where: { id: input.cadreId, managedById: round.assigningBodyId, active: true },
      include: { user: { select: { id: true } } },
    });
    if (!cadre) throw new NotFoundError();
    if (input.until <= round.registrationDeadline || input.until <= new Date()) throw new DomainError("extensionNotLater");
    const extension = await tx.registrationExtension.create({
      data: { roundId: round.id, cadreId: cadre.id, until: input.until, reason: input.reason, grantedById: actor.userId },
    });
    await audit(tx, actor, {
      action: "registration.grantExtension",
      entityType: "RegistrationExtension",
      entityId: extension.id,
      reason: input.reason,
      data: { roundId: round.id, cadreId: cadre.id, until: input.until.toISOString() },
    });
    if (cadre.user)
      await notify(tx, [cadre.user.id], "registration.extensionGranted", { roundName: round.name }, "/registrations");
  });
}

/** One cadre of a round, for the extension form: who, and the deadline that applies to them now. */
export async function getRoundCadre(
  roundId: string,
  cadreId: string,
): Promise<{
  round: { id: string; name: string };
  cadre: { id: string; fullName: string; positionTitle: string };
  deadline: Date;
}> {
  const actor = await requirePermission("round:manage");
  const db = await getDb();
  const round = await db.round.findFirst({ where: { id: roundId, assigningBodyId: actor.unitId } });
  const cadre = round
    ? await db.cadre.findFirst({
        where: { id: cadreId, managedById: round.assigningBodyId, active: true },
        include: { registrationExtensions: { where: { roundId }, orderBy: { until: "desc" }, take: 1 } },
      })
    : null;
  if (!round || !cadre) throw new NotFoundError();
  return {
    round: { id: round.id, name: round.name },
    cadre: { id: cadre.id, fullName: cadre.fullName, positionTitle: cadre.positionTitle },
    deadline: effectiveDeadline(round, cadre.registrationExtensions[0]?.until ?? null),
  };
}
