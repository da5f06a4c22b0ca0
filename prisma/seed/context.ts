// The seed's shared context: the seeded random generator, the rows being built, readable ids, the
// moments of the scenario, and the audit/notification/comment writers every step uses.
import type { NotificationKind } from "@/lib/domain/notification-kinds";
import { vietnamDay, vietnamYear } from "@/lib/domain/quarters";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { mulberry32, get, pad, DATE_HOUR, dateOnly, addDays, addHours, min } from "./shared";
import type { Rows } from "./shared";

export type SeedContext = ReturnType<typeof createSeedContext>;

export function createSeedContext(now: Date, passwordHash: string) {
  const rnd = mulberry32(20261122);
  const int = (a: number, b: number) => a + Math.floor(rnd() * (b - a + 1));
  const chance = (p: number) => rnd() < p;
  const pick = <T>(list: readonly T[]): T => get(list, Math.floor(rnd() * list.length));
  const shuffle = <T>(list: readonly T[]): T[] => {
    const a = [...list];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [a[i], a[j]] = [get(a, j), get(a, i)];
    }
    return a;
  };

  // The scenario is laid out for late November of `now`'s year (in Vietnam).
  const Y = vietnamYear(now);
  const P = Y - 1;
  const N = Y + 1;

  const rows: Rows = {
    units: [],
    cadres: [],
    users: [],
    memberships: [],
    rounds: [],
    deadlines: [],
    registrations: [],
    snapshots: [],
    extensions: [],
    proposedTasks: [],
    tasks: [],
    cooperating: [],
    targets: [],
    milestones: [],
    reports: [],
    actuals: [],
    changeRequests: [],
    explanations: [],
    cycles: [],
    criteria: [],
    members: [],
    evaluations: [],
    selfAssessments: [],
    councilScores: [],
    submissions: [],
    comments: [],
    notifications: [],
    audits: [],
    taskTemplates: [],
  };
  const counters = new Map<string, number>();
  const nextId = (prefix: string, width = 5) => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `${prefix}-${pad(n, width)}`;
  };
  /** A random moment between two hours in Vietnam on the day of `d`, a date as dateOnly() places it. */
  const randomTime = (d: Date, fromHour = 8, toHour = 16) => addHours(d, fromHour - DATE_HOUR + rnd() * (toHour - fromHour));
  /** Office hours on the Vietnamese calendar day of `d`, shifted by some days. */
  const officeTime = (d: Date, offsetDays: number) => {
    const day = vietnamDay(d);
    return randomTime(addDays(dateOnly(day.year, day.month, day.day), offsetDays));
  };
  /** A moment on a given day in Vietnam, between office hours. */
  const onDay = (y: number, m: number, d: number) => randomTime(dateOnly(y, m, d));
  const notAfter = (d: Date, hoursBefore = 2) => min(d, addHours(now, -hoursBefore));

  const audit = (
    at: Date,
    actorId: string | null,
    actorRole: Role | null,
    action: string,
    entityType: string,
    entityId: string,
    fromState: string | null,
    toState: string | null,
    reason?: string | null,
    data?: Prisma.InputJsonValue,
  ) => {
    rows.audits.push({
      id: nextId("aud", 6),
      actorId,
      actorRole,
      action,
      entityType,
      entityId,
      fromState,
      toState,
      reason: reason ?? null,
      data: data ?? Prisma.DbNull,
      at,
    });
  };
  const notify = (
    userId: string,
    kind: NotificationKind,
    params: Record<string, string | number>,
    href: string,
    createdAt: Date,
    readAt: Date | null,
    dedupeKey: string | null = null,
  ) => {
    rows.notifications.push({ id: nextId("ntf"), userId, kind, params, href, createdAt, readAt, dedupeKey });
  };
  const comment = (
    authorId: string,
    authorRole: Role,
    body: string,
    subject: { registrationId?: string; proposedTaskId?: string; taskId?: string; reportId?: string },
    createdAt: Date,
    parentId: string | null = null,
  ) => {
    const id = nextId("cmt");
    rows.comments.push({
      id,
      authorId,
      authorRole,
      body,
      parentId,
      registrationId: subject.registrationId ?? null,
      proposedTaskId: subject.proposedTaskId ?? null,
      taskId: subject.taskId ?? null,
      reportId: subject.reportId ?? null,
      createdAt,
    });
    return id;
  };
  return {
    now,
    passwordHash,
    rnd,
    int,
    chance,
    pick,
    shuffle,
    Y,
    P,
    N,
    rows,
    nextId,
    officeTime,
    onDay,
    notAfter,
    audit,
    notify,
    comment,
  };
}
