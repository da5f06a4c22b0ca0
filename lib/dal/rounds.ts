import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { ConflictError, DomainError, NotFoundError } from "@/lib/domain/errors";
import { nextState, roundLifecycle } from "@/lib/domain/lifecycle";
import type { CadreGroup, PeriodKind, RegistrationStatus, RoundStatus } from "@/lib/generated/prisma/enums";
import type { CreateRoundInput } from "@/lib/validation/registration";
import { audit } from "./audit";
import { unitInScope } from "./scope";

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

/** The rounds of the assigning bodies in the organisation committee's scope, newest first. */
export async function listRounds(): Promise<RoundRow[]> {
  const actor = await requirePermission("round:manage");
  const db = await getDb();
  const rounds = await db.round.findMany({
    where: { assigningBody: unitInScope(actor) },
    orderBy: [{ startYear: "desc" }, { createdAt: "desc" }],
    include: {
      assigningBody: { select: { name: true } },
      _count: { select: { registrations: { where: { status: { notIn: ["DRAFT", "WITHDRAWN"] } } } } },
    },
    take: 200,
  });
  return rounds.map((r) => ({
    id: r.id,
    name: r.name,
    assigningBodyName: r.assigningBody.name,
    periodKind: r.periodKind,
    startYear: r.startYear,
    endYear: r.endYear,
    registrationDeadline: r.registrationDeadline,
    status: r.status,
    registrations: r._count.registrations,
  }));
}

/** Assigning bodies the organisation committee may open a round for. */
export async function listAssigningBodies(): Promise<{ id: string; name: string }[]> {
  const actor = await requirePermission("round:manage");
  const db = await getDb();
  return db.unit.findMany({
    where: { ...unitInScope(actor), isAssigningBody: true, active: true },
    select: { id: true, name: true },
    orderBy: { depth: "asc" },
  });
}

/**
 * Creates a round in preparation, with a report deadline for every quarter of its period: the 15th of
 * the month after the quarter, end of day in Vietnam (the committee can open it once it is right).
 */
export async function createRound(input: CreateRoundInput): Promise<{ id: string }> {
  const actor = await requirePermission("round:manage");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const body = await tx.unit.findFirst({
      where: { id: input.assigningBodyId, ...unitInScope(actor), isAssigningBody: true, active: true },
    });
    if (!body) throw new NotFoundError();
    const deadlines = [];
    for (let year = input.startYear; year <= input.endYear; year++) {
      for (let quarter = 1; quarter <= 4; quarter++) {
        const month = quarter * 3; // the month after the quarter, 0-based
        deadlines.push({ year, quarter, dueDate: new Date(Date.UTC(year, month, 15, 16, 59, 59)) });
      }
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
        reportDeadlines: { create: deadlines },
      },
    });
    await audit(tx, actor, {
      action: "round.create",
      entityType: "Round",
      entityId: round.id,
      toState: "DRAFT",
      data: { name: input.name },
    });
    return { id: round.id };
  });
}

/** Opens, closes or reopens a round through its lifecycle. */
export async function changeRoundStatus(input: {
  id: string;
  version: number;
  action: "open" | "close" | "reopen";
}): Promise<void> {
  const actor = await requirePermission("round:manage");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const round = await tx.round.findFirst({ where: { id: input.id, assigningBody: unitInScope(actor) } });
    if (!round) throw new NotFoundError();
    const to = nextState(roundLifecycle, round.status, input.action, actor.role);
    const updated = await tx.round.updateMany({
      where: { id: round.id, version: input.version },
      data: { status: to, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ConflictError();
    await audit(tx, actor, {
      action: `round.${input.action}`,
      entityType: "Round",
      entityId: round.id,
      fromState: round.status,
      toState: to,
    });
  });
}

export type RoundProgress = {
  round: RoundRow & { version: number; minTasksPerCadre: number; maxTasksPerCadre: number; cadreGroups: CadreGroup[] };
  pastDeadline: boolean;
  units: {
    unitId: string;
    unitName: string;
    cadres: {
      id: string;
      fullName: string;
      positionTitle: string;
      status: RegistrationStatus | null;
      isLate: boolean;
      registrationId: string | null;
    }[];
  }[];
};

/**
 * Who has registered, who has not and who is late, unit by unit: every active cadre the round concerns
 * (managed by its assigning body, in its groups) with their registration, in one query.
 */
export async function getRoundProgress(roundId: string): Promise<RoundProgress> {
  const actor = await requirePermission("round:manage");
  const db = await getDb();
  const round = await db.round.findFirst({
    where: { id: roundId, assigningBody: unitInScope(actor) },
    include: {
      assigningBody: { select: { name: true } },
      _count: { select: { registrations: { where: { status: { notIn: ["DRAFT", "WITHDRAWN"] } } } } },
    },
  });
  if (!round) throw new NotFoundError();
  const cadres = await db.cadre.findMany({
    where: {
      managedById: round.assigningBodyId,
      active: true,
      ...(round.cadreGroups.length ? { group: { in: round.cadreGroups } } : {}),
    },
    select: {
      id: true,
      fullName: true,
      positionTitle: true,
      unit: { select: { id: true, name: true } },
      registrations: { where: { roundId: round.id }, select: { id: true, status: true, isLate: true } },
    },
    orderBy: [{ unit: { name: "asc" } }, { fullName: "asc" }],
  });
  const now = new Date();
  const pastDeadline = round.registrationDeadline < now;
  const units = new Map<string, RoundProgress["units"][number]>();
  for (const c of cadres) {
    const reg = c.registrations[0];
    const entry = units.get(c.unit.id) ?? { unitId: c.unit.id, unitName: c.unit.name, cadres: [] };
    const submitted = reg && reg.status !== "DRAFT" && reg.status !== "WITHDRAWN";
    entry.cadres.push({
      id: c.id,
      fullName: c.fullName,
      positionTitle: c.positionTitle,
      status: reg?.status ?? null,
      isLate: reg?.isLate || (pastDeadline && !submitted),
      registrationId: reg?.id ?? null,
    });
    units.set(c.unit.id, entry);
  }
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
      minTasksPerCadre: round.minTasksPerCadre,
      maxTasksPerCadre: round.maxTasksPerCadre,
      cadreGroups: round.cadreGroups,
    },
    pastDeadline,
    units: [...units.values()],
  };
}

export function assertRoundOpen(status: RoundStatus) {
  if (status !== "OPEN") throw new DomainError("roundNotOpen");
}
