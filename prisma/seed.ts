// The demo data of the fictional province "Sơn Lâm": a whole breakthrough-task cycle as it stands on
// 22/11/2026 (the previous year closed and rated, the current year assigned and reported, next year's
// registration open). Deterministic: a seeded PRNG, fixed dates and readable ids, so two runs are identical.
import { DEFAULT_CRITERIA, DEFAULT_THRESHOLDS, ratingFor } from "@/lib/domain/evaluation";
import type { NotificationKind } from "@/lib/domain/notification-kinds";
import type { Db } from "@/lib/db/client";
import { CADRE_GROUPS } from "@/lib/validation/admin";
import { Prisma } from "@/lib/generated/prisma/client";
import type {
  CadreGroup,
  ProposedTaskDecision,
  Rating,
  RegistrationStatus,
  ReportStatus,
  ReviewProposal,
  Role,
  TaskField,
  TaskOrigin,
  TaskStatus,
} from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import {
  addVietnamDays,
  daysInMonth,
  quarterOf,
  reportDueDate,
  vietnamDay,
  vietnamDayString,
  vietnamTime,
  vietnamYear,
} from "@/lib/domain/quarters";
import * as D from "./seed-data";

export class SeedRefusedError extends Error {
  override name = "SeedRefusedError";
}

export const DEMO_PASSWORD = "Demo@2026";

export type DemoAccount = { username: string; role: Role; description: { vi: string; en: string } };

/** The headline accounts printed by `npm run demo`; all use DEMO_PASSWORD. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: "admin",
    role: "ADMIN",
    description: {
      vi: "Quản trị hệ thống: tài khoản, đơn vị, cán bộ, phân quyền.",
      en: "Administrator: accounts, units, cadres and roles.",
    },
  },
  {
    username: "bantochuc",
    role: "ORG_COMMITTEE",
    description: {
      vi: "Ban Tổ chức Tỉnh ủy: mở đợt đăng ký, xem xét, trả lại, chuyển hồ sơ đăng ký năm 2027; theo dõi tiến độ, bảng điều khiển.",
      en: "Provincial organisation committee: runs the 2027 registration round (review, return, forward), follows progress, dashboards.",
    },
  },
  {
    username: "thuongtruc",
    role: "STANDING_COMMITTEE",
    description: {
      vi: "Thường trực Tỉnh ủy: quyết định giao việc, cho ý kiến báo cáo quý, duyệt điều chỉnh chỉ tiêu, quyết định xếp loại.",
      en: "Provincial standing committee: assigns tasks, responds to quarterly reports, decides change requests and final ratings.",
    },
  },
  {
    username: "hoidong1",
    role: "COUNCIL",
    description: {
      vi: "Thành viên Hội đồng tư vấn đánh giá năm 2026: đã chấm điểm một số cán bộ.",
      en: "Member of the 2026 advisory council: has already scored several cadres.",
    },
  },
  {
    username: "hoidong2",
    role: "COUNCIL",
    description: {
      vi: "Thành viên Hội đồng tư vấn đánh giá năm 2026: đang chấm điểm (chưa gửi).",
      en: "Member of the 2026 advisory council: scoring in progress (not yet submitted).",
    },
  },
  {
    username: "daumoi",
    role: "SUPERVISOR",
    description: {
      vi: "Đầu mối theo dõi cấp tỉnh: theo dõi, đôn đốc nhiều việc, cho ý kiến báo cáo quý.",
      en: "Provincial supervisor (focal point): follows many tasks and responds to their quarterly reports.",
    },
  },
  {
    username: "canbo",
    role: "CADRE",
    description: {
      vi: "Giám đốc Sở Nông nghiệp và Môi trường: 3 việc năm 2026 (báo cáo đã gửi, nộp muộn, chưa nộp, đã có ý kiến), điều chỉnh chỉ tiêu đã duyệt, bản nháp đăng ký năm 2027.",
      en: "Director of Agriculture and Environment: 3 tasks in 2026 (reports submitted, late, missing, responded), an approved target adjustment, a draft 2027 registration.",
    },
  },
  {
    username: "pho.bithu",
    role: "STANDING_COMMITTEE",
    description: {
      vi: "Phó Bí thư Tỉnh ủy giữ 3 vai trò: Thường trực, Hội đồng tư vấn và Đầu mối theo dõi (chuyển đổi vai trò).",
      en: "Deputy party secretary with three roles: standing committee, advisory council and supervisor (role switching).",
    },
  },
  {
    username: "bantochuc.xa",
    role: "ORG_COMMITTEE",
    description: {
      vi: "Ban Xây dựng Đảng – Đảng ủy xã Tân Hòa: điều hành đợt đăng ký của xã.",
      en: "Organisation committee of Tân Hòa commune: runs the commune's registration round.",
    },
  },
  {
    username: "thuongtruc.xa",
    role: "STANDING_COMMITTEE",
    description: {
      vi: "Thường trực Đảng ủy xã Tân Hòa: giao việc, cho ý kiến báo cáo, duyệt điều chỉnh của cán bộ xã.",
      en: "Standing committee of Tân Hòa commune: assigns tasks, responds to reports, decides change requests of commune cadres.",
    },
  },
  {
    username: "daumoi.xa",
    role: "SUPERVISOR",
    description: {
      vi: "Đầu mối theo dõi của Đảng ủy xã Tân Hòa.",
      en: "Supervisor of Tân Hòa commune's tasks.",
    },
  },
  {
    username: "canbo.xa",
    role: "CADRE",
    description: {
      vi: "Phó Chủ tịch UBND xã Tân Hòa (cán bộ do xã quản lý): việc năm 2026, báo cáo bị trả lại, đăng ký năm 2027 đã gửi.",
      en: "Vice-chair of Tân Hòa commune (managed by the commune): 2026 tasks, a returned report, a submitted 2027 registration.",
    },
  },
];

const REFERENCE_NOW = vietnamTime(2026, 11, 22, 9);

/** Fills an empty database with the demo province. Returns a short summary of what it wrote. */
export async function seedDemo(db: Db, options: { now?: Date } = {}): Promise<string> {
  const units = await db.unit.count();
  if (units > 0) {
    throw new SeedRefusedError(
      `The database already holds data (${units} units); the demo seed only fills an empty database. ` +
        "To start over, stop the app and delete the .data folder (embedded) or drop the database.",
    );
  }
  const started = performance.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const rows = buildDemo(options.now ?? REFERENCE_NOW, passwordHash);
  await writeRows(db, rows);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return summarize(rows, seconds);
}

// ───────────────────────────── Rows ─────────────────────────────

type Rows = {
  units: Prisma.UnitCreateManyInput[];
  cadres: Prisma.CadreCreateManyInput[];
  users: Prisma.UserCreateManyInput[];
  memberships: Prisma.RoleMembershipCreateManyInput[];
  rounds: Prisma.RoundCreateManyInput[];
  deadlines: Prisma.ReportDeadlineCreateManyInput[];
  registrations: Prisma.RegistrationCreateManyInput[];
  snapshots: Prisma.RegistrationSnapshotCreateManyInput[];
  extensions: Prisma.RegistrationExtensionCreateManyInput[];
  proposedTasks: Prisma.ProposedTaskCreateManyInput[];
  tasks: Prisma.TaskCreateManyInput[];
  cooperating: [taskId: string, unitId: string][];
  targets: Prisma.TargetCreateManyInput[];
  milestones: Prisma.MilestoneCreateManyInput[];
  reports: Prisma.QuarterlyReportCreateManyInput[];
  actuals: Prisma.TargetActualCreateManyInput[];
  changeRequests: Prisma.ChangeRequestCreateManyInput[];
  cycles: Prisma.EvaluationCycleCreateManyInput[];
  criteria: Prisma.EvaluationCriterionCreateManyInput[];
  members: Prisma.CouncilMemberCreateManyInput[];
  evaluations: Prisma.EvaluationCreateManyInput[];
  selfAssessments: Prisma.TaskSelfAssessmentCreateManyInput[];
  councilScores: Prisma.CouncilScoreCreateManyInput[];
  submissions: Prisma.CouncilSubmissionCreateManyInput[];
  comments: Prisma.CommentCreateManyInput[];
  notifications: Prisma.NotificationCreateManyInput[];
  audits: Prisma.AuditEventCreateManyInput[];
};

async function writeRows(db: Db, rows: Rows) {
  const chunk = <T>(list: T[], size = 400): T[][] => {
    const out: T[][] = [];
    for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
    return out;
  };
  const ops: Prisma.PrismaPromise<unknown>[] = [];
  const many = <T>(list: T[], create: (data: T[]) => Prisma.PrismaPromise<unknown>) => {
    for (const part of chunk(list)) ops.push(create(part));
  };
  many(rows.units, (data) => db.unit.createMany({ data }));
  many(rows.cadres, (data) => db.cadre.createMany({ data }));
  many(rows.users, (data) => db.user.createMany({ data }));
  many(rows.memberships, (data) => db.roleMembership.createMany({ data }));
  many(rows.rounds, (data) => db.round.createMany({ data }));
  many(rows.deadlines, (data) => db.reportDeadline.createMany({ data }));
  many(rows.registrations, (data) => db.registration.createMany({ data }));
  many(rows.snapshots, (data) => db.registrationSnapshot.createMany({ data }));
  many(rows.extensions, (data) => db.registrationExtension.createMany({ data }));
  many(rows.proposedTasks, (data) => db.proposedTask.createMany({ data }));
  many(rows.tasks, (data) => db.task.createMany({ data }));
  for (const part of chunk(rows.cooperating, 500)) {
    // The implicit many-to-many table: A = Task, B = Unit.
    ops.push(
      db.$executeRaw`INSERT INTO "_TaskCooperatingUnits" ("A", "B") VALUES ${Prisma.join(
        part.map(([taskId, unitId]) => Prisma.sql`(${taskId}, ${unitId})`),
      )}`,
    );
  }
  many(rows.targets, (data) => db.target.createMany({ data }));
  many(rows.milestones, (data) => db.milestone.createMany({ data }));
  many(rows.reports, (data) => db.quarterlyReport.createMany({ data }));
  many(rows.actuals, (data) => db.targetActual.createMany({ data }));
  many(rows.changeRequests, (data) => db.changeRequest.createMany({ data }));
  many(rows.cycles, (data) => db.evaluationCycle.createMany({ data }));
  many(rows.criteria, (data) => db.evaluationCriterion.createMany({ data }));
  many(rows.members, (data) => db.councilMember.createMany({ data }));
  many(rows.evaluations, (data) => db.evaluation.createMany({ data }));
  many(rows.selfAssessments, (data) => db.taskSelfAssessment.createMany({ data }));
  many(rows.councilScores, (data) => db.councilScore.createMany({ data }));
  many(rows.submissions, (data) => db.councilSubmission.createMany({ data }));
  many(rows.comments, (data) => db.comment.createMany({ data }));
  many(rows.notifications, (data) => db.notification.createMany({ data }));
  many(rows.audits, (data) => db.auditEvent.createMany({ data }));
  // One batch transaction: all or nothing, and no interactive transaction held open by JavaScript.
  await db.$transaction(ops);
}

function summarize(rows: Rows, seconds: string): string {
  const count = <T>(list: T[], pred: (x: T) => boolean) => list.filter(pred).length;
  const byYear = (y: number) => count(rows.tasks, (t) => t.code.startsWith(`${y}-`));
  const years = [...new Set(rows.tasks.map((t) => Number(t.code.slice(0, 4))))].sort();
  return [
    `Demo province seeded in ${seconds} s (password for every account: ${DEMO_PASSWORD}).`,
    `  ${rows.units.length} units, ${rows.cadres.length} cadres, ${rows.users.length} users, ${rows.rounds.length} rounds`,
    `  tasks: ${years.map((y) => `${byYear(y)} in ${y}`).join(", ")}; ${rows.targets.length} targets, ${rows.milestones.length} milestones`,
    `  ${rows.registrations.length} registrations, ${rows.proposedTasks.length} proposed tasks, ${rows.reports.length} quarterly reports, ${rows.changeRequests.length} change requests`,
    `  ${rows.evaluations.length} evaluations, ${rows.councilScores.length} council scores, ${rows.comments.length} comments, ${rows.notifications.length} notifications, ${rows.audits.length} audit events`,
  ].join("\n");
}

// ───────────────────────────── Helpers ─────────────────────────────

/** A small seeded random generator, so that generated data is the same on every run. */
export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function get<T>(list: readonly T[], i: number): T {
  const v = list[i];
  if (v === undefined) throw new Error(`seed: index ${i} out of range (${list.length})`);
  return v;
}

const pad = (n: number, w = 4) => String(n).padStart(w, "0");

/** A moment on the wall clock in Vietnam. */
const vn = (y: number, m: number, d: number, h = 9, min = 0) => vietnamTime(y, m, d, h, min);
/**
 * The hour at which the seed places its calendar dates (decision dates, task starts): 07:00 in Vietnam is
 * 00:00 UTC, the same calendar day read in either zone. The app's own forms store 00:00 in Vietnam instead;
 * both fall on the same day and quarter, and the seeded figures the tests rely on are kept as they are.
 */
const DATE_HOUR = 7;
const dateOnly = (y: number, m: number, d: number) => vietnamTime(y, m, d, DATE_HOUR);
/** The last second of a day in Vietnam. */
const endOfDay = (y: number, m: number, d: number) => vietnamTime(y, m, d, 23, 59, 59);
const lastDayOf = daysInMonth;
const addDays = addVietnamDays;
const addHours = (d: Date, hours: number) => new Date(d.getTime() + hours * 3_600_000);
const isoDay = vietnamDayString;
const min = (a: Date, b: Date) => (a < b ? a : b);

function ascii(s: string) {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** "Hoàng Đức Minh" → "minhhd": given name + initials, the usual Vietnamese account style. */
function usernameOf(fullName: string) {
  const parts = fullName.split(" ");
  const given = parts.at(-1) ?? fullName;
  return (
    ascii(given) +
    parts
      .slice(0, -1)
      .map((p) => ascii(p).charAt(0))
      .join("")
  );
}

/** Vietnamese number format: 3.500 and 92,6. */
function fmtVi(n: number, decimals: number) {
  const fixed = Math.abs(n).toFixed(decimals);
  const [int = "0", frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const fracPart = frac && /[1-9]/.test(frac) ? "," + frac.replace(/0+$/, "") : "";
  return (n < 0 ? "-" : "") + grouped + fracPart;
}

const RATING_OF = (score: number): Rating => ratingFor(score, DEFAULT_THRESHOLDS);

const RATING_VI: Record<Rating, string> = {
  EXCELLENT: "Hoàn thành xuất sắc nhiệm vụ",
  GOOD: "Hoàn thành tốt nhiệm vụ",
  COMPLETED: "Hoàn thành nhiệm vụ",
  NOT_COMPLETED: "Không hoàn thành nhiệm vụ",
};

// ───────────────────────────── The model of the demo ─────────────────────────────

type Dir = "INCREASE" | "DECREASE" | "REACH";

type Level = {
  key: "tu" | "th" | "lv";
  codePrefix: string;
  bodyId: string;
  bodyName: string;
  standingUser: string;
  orgUser: string;
  supervisors: { id: string; weight: number }[];
};

type CadreInfo = {
  id: string;
  seed: D.CadreSeed;
  fullName: string;
  userId: string;
  username: string;
  unitId: string;
  level: Level;
  commune?: D.CommuneSeed;
  /** Template titles the cadre already had, with the year. */
  used: Map<string, number>;
};

type TgInfo = {
  id: string;
  indicator: string;
  uom: string;
  baseline: number | null;
  original: number;
  target: number;
  direction: Dir;
  deadline: Date;
  decimals: number;
};

type TaskInfo = {
  id: string;
  code: string;
  year: number;
  title: string;
  field: TaskField;
  cadre: CadreInfo;
  supervisorId: string;
  targets: TgInfo[];
  /** Fraction of each target reached at the end of each quarter. */
  progress: number[];
  assignedAt: Date;
  origin: TaskOrigin;
  status: TaskStatus;
  firstQuarter: number;
};

type Spec = {
  tpl: D.TaskTpl;
  decision: ProposedTaskDecision;
  decisionReason?: string;
  adjust?: boolean;
  supplemented?: boolean;
  reviewProposal?: ReviewProposal;
  reviewNote?: string;
};

export function buildDemo(now: Date, passwordHash: string): Rows {
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

  // ── Units ──
  const unitById = new Map(D.UNITS.map((x) => [x.id, x]));
  const pathOf = (id: string): string => {
    const unit = unitById.get(id);
    if (!unit) throw new Error(`seed: unknown unit ${id}`);
    return unit.parent ? `${pathOf(unit.parent)}${id}/` : `/${id}/`;
  };
  const unitCreated = vn(P - 1, 11, 1, 8);
  for (const unit of D.UNITS) {
    const path = pathOf(unit.id);
    rows.units.push({
      id: unit.id,
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      parentId: unit.parent,
      path,
      depth: path.split("/").filter(Boolean).length - 1,
      isAssigningBody: unit.assigning ?? false,
      createdAt: unitCreated,
      updatedAt: unitCreated,
    });
  }

  // ── Levels (assigning bodies) ──
  const TU: Level = {
    key: "tu",
    codePrefix: "TU",
    bodyId: D.ROOT_ID,
    bodyName: `Tỉnh ủy ${D.PROVINCE_NAME}`,
    standingUser: "user-thuongtruc",
    orgUser: "user-bantochuc",
    supervisors: [
      { id: "user-daumoi", weight: 40 },
      { id: "user-daumoi2", weight: 18 },
      { id: "user-daumoi3", weight: 17 },
      { id: "user-daumoi4", weight: 13 },
      { id: "user-pho-bithu", weight: 12 },
    ],
  };
  const communeA = get(D.COMMUNES, 0);
  const communeB = get(D.COMMUNES, 1);
  const TH: Level = {
    key: "th",
    codePrefix: "TH",
    bodyId: communeA.id,
    bodyName: `Đảng ủy ${communeA.name}`,
    standingUser: "user-thuongtruc-xa",
    orgUser: "user-bantochuc-xa",
    supervisors: [{ id: "user-daumoi-xa", weight: 1 }],
  };
  const LV: Level = {
    key: "lv",
    codePrefix: "LV",
    bodyId: communeB.id,
    bodyName: `Đảng ủy ${communeB.name}`,
    standingUser: "user-thuongtruc-lamvien",
    orgUser: "user-bantochuc-lamvien",
    supervisors: [{ id: "user-daumoi-lamvien", weight: 1 }],
  };
  const pickSupervisor = (level: Level) => {
    const total = level.supervisors.reduce((s, x) => s + x.weight, 0);
    let r = rnd() * total;
    for (const s of level.supervisors) {
      r -= s.weight;
      if (r < 0) return s.id;
    }
    return get(level.supervisors, 0).id;
  };

  // ── Users: staff ──
  const userCreated = vn(P - 1, 11, 2, 8);
  const staffName = new Map<string, string>();
  const taken = new Set<string>();
  let mem = 0;
  const addMembership = (userId: string, role: Role, unitId: string) => {
    rows.memberships.push({ id: `mem-${pad(++mem)}`, userId, role, unitId, createdAt: userCreated });
  };
  for (const s of D.STAFF) {
    taken.add(s.username);
    staffName.set(s.id, s.fullName);
    rows.users.push({
      id: s.id,
      username: s.username,
      passwordHash,
      fullName: s.fullName,
      locale: "vi",
      mustChangePassword: false,
      createdAt: userCreated,
      updatedAt: userCreated,
    });
    for (const r of s.roles) addMembership(s.id, r.role, r.unit);
  }

  // ── Cadres and their users ──
  const usedNames = new Set(D.STAFF.map((s) => s.fullName));
  const makeName = (female: boolean) => {
    for (;;) {
      const name = `${pick(D.FAMILY_NAMES)} ${pick(female ? D.MIDDLE_FEMALE : D.MIDDLE_MALE)} ${pick(female ? D.GIVEN_FEMALE : D.GIVEN_MALE)}`;
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };
  const cadres: CadreInfo[] = [];
  const communeById = new Map(D.COMMUNES.map((x) => [x.id, x]));
  const addCadre = (seed: D.CadreSeed, level: Level, managedById: string) => {
    const id = `cadre-${pad(cadres.length + 1)}`;
    const fullName = seed.name ?? makeName(seed.female ?? false);
    usedNames.add(fullName);
    let username = seed.username ?? usernameOf(fullName);
    if (!seed.username) {
      const base = username;
      for (let i = 2; taken.has(username); i++) username = `${base}${i}`;
    }
    taken.add(username);
    const userId = seed.username ? `user-${seed.username.replace(/\./g, "-")}` : `user-${id}`;
    const info: CadreInfo = {
      id,
      seed,
      fullName,
      userId,
      username,
      unitId: seed.unit,
      level,
      commune: seed.commune ? communeById.get(seed.commune) : undefined,
      used: new Map(),
    };
    cadres.push(info);
    rows.cadres.push({
      id,
      fullName,
      positionTitle: seed.title,
      unitId: seed.unit,
      managedById,
      group: seed.group,
      createdAt: vn(P - 1, 11, 15, 8),
      updatedAt: vn(P - 1, 11, 15, 8),
    });
    rows.users.push({
      id: userId,
      username,
      passwordHash,
      fullName,
      locale: "vi",
      mustChangePassword: false,
      cadreId: id,
      createdAt: userCreated,
      updatedAt: userCreated,
    });
    addMembership(userId, "CADRE", seed.unit);
    return info;
  };
  for (const seed of D.PROVINCE_CADRES) addCadre(seed, TU, D.ROOT_ID);
  for (const seed of D.communeCadres(communeA)) addCadre(seed, TH, communeA.id);
  for (const seed of D.communeCadres(communeB)) addCadre(seed, LV, communeB.id);
  const canbo = get(cadres, 0);
  const canboXa = cadres.find((c) => c.username === "canbo.xa");
  if (!canboXa) throw new Error("seed: canbo.xa missing");
  const nameOfUser = (userId: string) => staffName.get(userId) ?? cadres.find((c) => c.userId === userId)?.fullName ?? userId;

  // ── Template filling and choice ──
  const placeholders = (c: CadreInfo, year: number) => {
    const cm = c.commune;
    const xa = cm?.name ?? `tỉnh ${D.PROVINCE_NAME}`;
    const village = cm && c.seed.village !== undefined ? get(cm.villages, c.seed.village) : "";
    const thon = cm ? (cm.isWard ? `tổ dân phố ${village}` : `thôn ${village}`) : "";
    return (s: string) => s.replaceAll("{xa}", xa).replaceAll("{thon}", thon).replaceAll("{Y}", String(year));
  };
  const poolFor = (c: CadreInfo) => {
    const pool = D.POOLS[c.seed.pool];
    if (!pool) throw new Error(`seed: unknown pool ${c.seed.pool}`);
    const isWard = c.commune?.isWard ?? false;
    return pool.filter((t) => !t.only || (t.only === "phuong") === isWard);
  };
  const cursors = new Map<string, number>();
  /**
   * The next templates of the cadre's pool (forward for the current and next year, backward for the past),
   * never one the cadre already had; when the pool runs dry, one from two years back may come again.
   */
  const chooseTemplates = (c: CadreInfo, count: number, backward: boolean, year: number): D.TaskTpl[] => {
    const pool = poolFor(c);
    const key = `${c.seed.pool}:${c.commune?.id ?? ""}:${backward ? "b" : "f"}`;
    const out: D.TaskTpl[] = [];
    let cursor = cursors.get(key) ?? 0;
    for (let step = 0; out.length < count && step < pool.length * 2; step++, cursor++) {
      const idx = backward ? pool.length - 1 - (cursor % pool.length) : cursor % pool.length;
      const tpl = get(pool, idx);
      if (c.used.has(tpl.title)) continue;
      c.used.set(tpl.title, year);
      out.push(tpl);
    }
    cursors.set(key, cursor);
    for (const tpl of pool) {
      if (out.length >= count) break;
      const usedIn = c.used.get(tpl.title);
      if (out.includes(tpl) || usedIn === year || usedIn === year - 1) continue;
      c.used.set(tpl.title, year);
      out.push(tpl);
    }
    return out;
  };

  const decimalsOf = (t: D.TargetTpl) => {
    const [, uom, baseline, target] = t;
    if (uom === "%") return 1;
    return Number.isInteger(target) && (baseline === null || Number.isInteger(baseline)) ? 0 : 1;
  };
  const round = (v: number, decimals: number) => Number(v.toFixed(decimals));
  const valueAt = (t: TgInfo, f: number) => {
    if (t.direction === "REACH") return f >= 0.95 ? t.target : t.target > 1 ? round(t.target * f, t.decimals) : 0;
    const b = t.baseline ?? 0;
    let v = round(b + (t.target - b) * f, t.decimals);
    if (t.uom === "%") v = Math.min(100, Math.max(0, v));
    return Math.max(0, v);
  };
  const shareOf = (t: TgInfo, v: number) => {
    if (t.direction === "REACH") return t.target === 0 ? 1 : v / t.target;
    const b = t.baseline ?? 0;
    return t.target === b ? 1 : (v - b) / (t.target - b);
  };
  /** A softer value than the assigned one: what the cadre proposed before the committee raised it. */
  const softer = (t: D.TargetTpl) => {
    const [, , baseline, target, direction] = t;
    if (direction === "REACH") return target;
    const b = baseline ?? 0;
    return round(b + (target - b) * 0.8, decimalsOf(t));
  };

  const targetDeadline = (year: number, month = 12) => endOfDay(year, month, lastDayOf(year, month));

  // ── Rounds ──
  const rounds = new Map<string, Prisma.RoundCreateManyInput>();
  const ALL_GROUPS: CadreGroup[] = [...CADRE_GROUPS];
  const COMMUNE_GROUPS: CadreGroup[] = ["PARTY_MASS_HEAD", "DEPARTMENT_HEAD", "DEPUTY_HEAD", "OTHER"];
  const addRound = (level: Level, year: number, open: boolean) => {
    const slug = level.key === "tu" ? "tu" : level.key === "th" ? "tan-hoa" : "lam-vien";
    const id = `round-${slug}-${year}`;
    const createdAt = open ? vn(year - 1, 10, 20) : vn(year - 1, 12, 10);
    const deadline = open ? endOfDay(year - 1, 12, 31) : endOfDay(year, 2, lastDayOf(year, 2));
    const round: Prisma.RoundCreateManyInput = {
      id,
      name:
        level.key === "tu" ? `Đăng ký việc đột phá, đổi mới năm ${year}` : `Đăng ký việc đột phá năm ${year} – ${level.bodyName}`,
      assigningBodyId: level.bodyId,
      periodKind: "YEAR",
      startYear: year,
      endYear: year,
      registrationDeadline: deadline,
      status: open ? "OPEN" : "CLOSED",
      minTasksPerCadre: 1,
      maxTasksPerCadre: level.key === "tu" ? 5 : 3,
      cadreGroups: level.key === "tu" ? ALL_GROUPS : COMMUNE_GROUPS,
      isPublic: !open && level.key === "tu",
      createdAt,
      updatedAt: open ? vn(year - 1, 11, 1, 8) : vn(year, 3, 16, 8),
    };
    rows.rounds.push(round);
    rounds.set(id, round);
    const due: [number, number, number][] = [
      [year, 4, 15],
      [year, 7, 15],
      [year, 10, 15],
      [year + 1, 1, 15],
    ];
    due.forEach(([y, m, d], i) => {
      rows.deadlines.push({ id: `${id}-q${i + 1}`, roundId: id, year, quarter: i + 1, dueDate: endOfDay(y, m, d) });
    });
    const actorRole: Role = "ORG_COMMITTEE";
    audit(
      open ? vn(year - 1, 11, 1, 8) : vn(year - 1, 12, 15, 8),
      level.orgUser,
      actorRole,
      "round.open",
      "Round",
      id,
      "DRAFT",
      "OPEN",
    );
    if (!open) audit(vn(year, 3, 16, 8), level.orgUser, actorRole, "round.close", "Round", id, "OPEN", "CLOSED");
    return id;
  };
  const roundTuP = addRound(TU, P, false);
  const roundTuY = addRound(TU, Y, false);
  const roundTuN = addRound(TU, N, true);
  const roundThY = addRound(TH, Y, false);
  const roundThN = addRound(TH, N, true);
  const roundLvY = addRound(LV, Y, false);
  const roundLvN = addRound(LV, N, true);
  const roundName = (id: string) => rounds.get(id)?.name ?? id;
  const dueDate = (year: number, quarter: number) => reportDueDate({ year, quarter });

  // ── Registrations and proposed tasks ──
  type ProposedInfo = { id: string; spec: Spec; title: string; targets: { tpl: D.TargetTpl; proposedValue: number }[] };
  const regCounters = new Map<string, number>();
  const snapshotData = (specs: { title: string; spec: Spec }[], fill: (s: string) => string, year: number, revision: number) => ({
    revision,
    proposedTasks: specs.map(({ title, spec }, i) => ({
      position: i + 1,
      title,
      field: spec.tpl.field,
      breakthroughKind: spec.tpl.kind,
      objectives: fill(spec.tpl.objectives),
      expectedProduct: fill(spec.tpl.product),
      startDate: isoDay(dateOnly(year, 1, 1)),
      endDate: isoDay(dateOnly(year, 12, 31)),
      targets: spec.tpl.targets.map(([indicator, unitOfMeasure, baseline, target, direction], j) => ({
        indicator,
        unitOfMeasure,
        baseline: baseline === null ? null : String(baseline),
        // What the cadre submitted: before an adjustment by the committee.
        targetValue: String(j === 0 && spec.adjust ? softer(get(spec.tpl.targets, j)) : target),
        direction,
      })),
    })),
  });

  const makeRegistration = (opts: {
    roundId: string;
    year: number;
    cadre: CadreInfo;
    status: RegistrationStatus;
    revision: number;
    createdAt: Date;
    submittedAt: Date | null;
    isLate?: boolean;
    returnedReason?: string | null;
    forwardedAt?: Date | null;
    decidedAt?: Date | null;
    specs: Spec[];
    decidedBy?: string;
  }) => {
    const roundKey = opts.roundId.replace(/^round-/, "");
    const n = (regCounters.get(roundKey) ?? 0) + 1;
    regCounters.set(roundKey, n);
    const id = `reg-${roundKey}-${pad(n)}`;
    const fill = placeholders(opts.cadre, opts.year);
    const updatedAt = opts.decidedAt ?? opts.forwardedAt ?? opts.submittedAt ?? opts.createdAt;
    rows.registrations.push({
      id,
      roundId: opts.roundId,
      cadreId: opts.cadre.id,
      status: opts.status,
      revision: opts.revision,
      submittedAt: opts.submittedAt,
      isLate: opts.isLate ?? false,
      returnedReason: opts.returnedReason ?? null,
      forwardedAt: opts.forwardedAt ?? null,
      decidedAt: opts.decidedAt ?? null,
      createdAt: opts.createdAt,
      updatedAt,
    });
    const proposed: ProposedInfo[] = [];
    opts.specs.forEach((spec, i) => {
      const ptId = `pt-${roundKey}-${pad(n)}-${i + 1}`;
      const title = fill(spec.tpl.title);
      const decided = spec.decision !== "PENDING";
      rows.proposedTasks.push({
        id: ptId,
        registrationId: id,
        position: i + 1,
        title,
        field: spec.tpl.field,
        breakthroughKind: spec.tpl.kind,
        objectives: fill(spec.tpl.objectives),
        plan: fill(spec.tpl.plan ?? D.PLAN_BY_FIELD[spec.tpl.field]),
        expectedProduct: fill(spec.tpl.product),
        startDate: dateOnly(opts.year, 1, 1),
        endDate: endOfDay(opts.year, 12, 31),
        reviewProposal: spec.reviewProposal ?? null,
        reviewNote: spec.reviewNote ?? null,
        decision: spec.decision,
        decisionReason: spec.decisionReason ?? null,
        decidedById: decided ? (opts.decidedBy ?? null) : null,
        decidedAt: decided ? (opts.decidedAt ?? null) : null,
        supplemented: spec.supplemented ?? false,
        createdAt: spec.supplemented && opts.decidedAt ? addDays(opts.decidedAt, -2) : opts.createdAt,
        updatedAt,
      });
      const targets = spec.tpl.targets.map((t, j) => {
        const proposedValue = j === 0 && spec.adjust ? softer(t) : t[3];
        const [indicator, unitOfMeasure, baseline, , direction, month] = t;
        rows.targets.push({
          id: `tgt-${ptId}-${j + 1}`,
          proposedTaskId: ptId,
          position: j + 1,
          indicator,
          unitOfMeasure,
          baseline: baseline === null ? null : String(baseline),
          originalValue: String(proposedValue),
          targetValue: String(proposedValue),
          direction,
          deadline: targetDeadline(opts.year, month),
          createdAt: opts.createdAt,
          updatedAt: opts.createdAt,
        });
        return { tpl: t, proposedValue };
      });
      const ms: [string, Date][] = [
        [D.MILESTONES.plan, endOfDay(opts.year, 4, 30)],
        [D.MILESTONES.mid, endOfDay(opts.year, 6, 30)],
        [D.MILESTONES.end, endOfDay(opts.year, 12, 15)],
      ];
      ms.forEach(([description, due], j) => {
        rows.milestones.push({ id: `ms-${ptId}-${j + 1}`, proposedTaskId: ptId, position: j + 1, description, dueDate: due });
      });
      proposed.push({ id: ptId, spec, title, targets });
    });
    // One snapshot per submitted revision.
    const cadreSpecs = opts.specs.map((spec, i) => ({ spec, title: get(proposed, i).title })).filter((x) => !x.spec.supplemented);
    for (let r = 1; r <= opts.revision; r++) {
      const at =
        r === opts.revision
          ? (opts.submittedAt ?? opts.createdAt)
          : addDays(opts.submittedAt ?? opts.createdAt, -6 * (opts.revision - r));
      rows.snapshots.push({
        id: `snap-${id}-r${r}`,
        registrationId: id,
        revision: r,
        data: snapshotData(cadreSpecs, fill, opts.year, r),
        createdAt: at,
      });
    }
    return { id, proposed };
  };

  // ── Official tasks ──
  const taskSeq = new Map<string, number>();
  const codeSeq = new Map<string, number>();
  const tasks: TaskInfo[] = [];
  const COOP_BY_FIELD: Record<TaskField, string[]> = {
    LAND: ["unit-so-nnmt", "unit-thanh-tra-tinh", "unit-so-tu-phap"],
    PETITIONS: ["unit-thanh-tra-tinh", "unit-ban-noi-chinh", "unit-mttq-tinh"],
    PUBLIC_ORDER: ["unit-cong-an-tinh", "unit-so-tu-phap"],
    ECONOMY: ["unit-so-tai-chinh", "unit-bql-kcn", "unit-so-cong-thuong"],
    AGRICULTURE: ["unit-so-nnmt", "unit-so-khcn", "unit-hoi-nong-dan"],
    INFRASTRUCTURE: ["unit-so-xay-dung", "unit-so-tai-chinh"],
    PARTY_BUILDING: ["unit-ban-to-chuc", "unit-ubkt-tinh-uy"],
    CULTURE_SOCIETY: ["unit-mttq-tinh", "unit-so-vhttdl", "unit-so-dttg"],
    EDUCATION: ["unit-so-gddt", "unit-so-noi-vu"],
    HEALTH: ["unit-so-y-te", "unit-bvdk-tinh"],
    ENVIRONMENT: ["unit-so-nnmt", "unit-cong-an-tinh"],
    ADMIN_REFORM: ["unit-so-noi-vu", "unit-vp-ubnd", "unit-ttpvhcc-tinh"],
    DIGITAL_TRANSFORMATION: ["unit-so-khcn", "unit-cong-an-tinh"],
    OTHER: ["unit-cong-an-tinh", "unit-ubnd-tinh"],
  };
  const COMMUNE_COOP: Partial<Record<TaskField, string[]>> = {
    LAND: ["-pkt", "-ubnd"],
    PETITIONS: ["-mttq", "-ubkt"],
    PUBLIC_ORDER: ["-mttq", "-ubnd"],
    ECONOMY: ["-pkt"],
    AGRICULTURE: ["-pkt", "-mttq"],
    INFRASTRUCTURE: ["-pkt", "-mttq"],
    PARTY_BUILDING: ["-xdd", "-ubkt", "-vp"],
    CULTURE_SOCIETY: ["-pvhxh", "-mttq"],
    EDUCATION: ["-pvhxh"],
    HEALTH: ["-pvhxh", "-mttq"],
    ENVIRONMENT: ["-pkt", "-mttq"],
    ADMIN_REFORM: ["-hcc", "-vp"],
    DIGITAL_TRANSFORMATION: ["-hcc", "-mttq"],
  };
  const cooperatingFor = (c: CadreInfo, field: TaskField) => {
    if (!chance(0.45)) return [];
    let candidates: string[];
    if (c.level.key === "tu" && !c.commune) candidates = COOP_BY_FIELD[field];
    else if (c.commune && c.commune.assigning && c.level.key !== "tu")
      candidates = (COMMUNE_COOP[field] ?? ["-ubnd"]).map((s) => c.commune!.id + s);
    else candidates = [`${c.commune?.id ?? D.ROOT_ID}-ubnd`, ...COOP_BY_FIELD[field].slice(0, 1)];
    candidates = candidates.filter((u) => u !== c.unitId && unitById.has(u));
    return shuffle(candidates).slice(0, int(1, 2));
  };
  const progressCurve = (kind: "ahead" | "track" | "behind") => {
    const base =
      kind === "ahead" ? [0.3, 0.6, 0.88, 1.04] : kind === "track" ? [0.22, 0.47, 0.72, 0.97] : [0.1, 0.24, 0.42, 0.62];
    return base.map((v) => Math.max(0, v + (rnd() - 0.5) * 0.08));
  };

  /** A task that was finished: the last quarter reaches (or passes) every target. */
  const completedCurve = (kind: "ahead" | "track") => {
    const p = progressCurve(kind);
    p[3] = Math.max(1, get(p, 3));
    return p;
  };

  const makeTask = (opts: {
    cadre: CadreInfo;
    year: number;
    roundId: string;
    tpl: D.TaskTpl;
    origin: TaskOrigin;
    status: TaskStatus;
    decisionNumber: string;
    decisionDate: Date;
    assignedAt: Date;
    assignedBy: string;
    registrationId?: string;
    proposed?: ProposedInfo;
    carriedFrom?: TaskInfo;
    adjustmentNote?: string;
    progress: number[];
    supervisorId?: string;
    titleOverride?: string;
  }): TaskInfo => {
    const c = opts.cadre;
    const seqKey = String(opts.year);
    const n = (taskSeq.get(seqKey) ?? 0) + 1;
    taskSeq.set(seqKey, n);
    const id = `task-${opts.year}-${pad(n)}`;
    const codeKey = `${opts.year}-${c.level.codePrefix}`;
    const cn = (codeSeq.get(codeKey) ?? 0) + 1;
    codeSeq.set(codeKey, cn);
    const code = `${codeKey}-${pad(cn, 3)}`;
    const fill = placeholders(c, opts.year);
    const title = opts.titleOverride ?? fill(opts.tpl.title);
    const supervisorId = opts.supervisorId ?? pickSupervisor(c.level);
    const firstQuarter = quarterOf(opts.assignedAt).quarter;
    const startDate =
      opts.origin === "DIRECT"
        ? dateOnly(opts.year, vietnamDay(opts.decisionDate).month, vietnamDay(opts.decisionDate).day)
        : dateOnly(opts.year, 1, 1);
    rows.tasks.push({
      id,
      code,
      roundId: opts.roundId,
      cadreId: c.id,
      unitId: c.unitId,
      registrationId: opts.registrationId ?? null,
      proposedTaskId: opts.proposed?.id ?? null,
      origin: opts.origin,
      carriedFromId: opts.carriedFrom?.id ?? null,
      title,
      field: opts.tpl.field,
      breakthroughKind: opts.tpl.kind,
      objectives: fill(opts.tpl.objectives),
      plan: fill(opts.tpl.plan ?? D.PLAN_BY_FIELD[opts.tpl.field]),
      expectedProduct: fill(opts.tpl.product),
      startDate,
      endDate: endOfDay(opts.year, 12, 31),
      status: opts.status,
      decisionNumber: opts.decisionNumber,
      decisionDate: opts.decisionDate,
      supervisorId,
      adjustmentNote: opts.adjustmentNote ?? null,
      assignedById: opts.assignedBy,
      assignedAt: opts.assignedAt,
      createdAt: opts.assignedAt,
      updatedAt: opts.assignedAt,
    });
    for (const unitId of cooperatingFor(c, opts.tpl.field)) rows.cooperating.push([id, unitId]);
    const targets: TgInfo[] = opts.tpl.targets.map((t, j) => {
      const [indicator, uom, baseline0, target, direction, month] = t;
      const carried = opts.carriedFrom ? get(opts.carriedFrom.targets, j) : undefined;
      // A carried-over target starts from where last year ended and keeps last year's goal.
      const baseline = carried ? valueAt(carried, get(opts.carriedFrom!.progress, 3)) : baseline0;
      const info: TgInfo = {
        id: `tgt-${id}-${j + 1}`,
        indicator,
        uom,
        baseline,
        original: target,
        target,
        direction,
        deadline: targetDeadline(opts.year, month),
        decimals: decimalsOf(t),
      };
      rows.targets.push({
        id: info.id,
        taskId: id,
        position: j + 1,
        indicator,
        unitOfMeasure: uom,
        baseline: baseline === null ? null : String(baseline),
        originalValue: String(target),
        targetValue: String(target),
        direction,
        deadline: info.deadline,
        carriedFromId: carried?.id ?? null,
        createdAt: opts.assignedAt,
        updatedAt: opts.assignedAt,
      });
      return info;
    });
    const pr = opts.progress;
    const behind = get(pr, 2) < 0.5;
    const ms: [string, Date, Date | null][] =
      opts.origin === "DIRECT"
        ? [
            [D.MILESTONES.plan, endOfDay(opts.year, 6, 30), onDay(opts.year, 6, int(20, 28))],
            [D.MILESTONES.q3, endOfDay(opts.year, 9, 30), behind ? null : onDay(opts.year, 9, int(20, 29))],
            [D.MILESTONES.end, endOfDay(opts.year, 12, 15), null],
          ]
        : [
            [D.MILESTONES.plan, endOfDay(opts.year, 4, 30), onDay(opts.year, 4, int(2, 25))],
            [D.MILESTONES.mid, endOfDay(opts.year, 6, 30), behind ? null : onDay(opts.year, 6, int(18, 30))],
            [D.MILESTONES.q3, endOfDay(opts.year, 9, 30), get(pr, 2) >= 0.8 ? onDay(opts.year, 9, int(15, 29)) : null],
            [
              D.MILESTONES.end,
              endOfDay(opts.year, 12, 15),
              opts.status === "COMPLETED" ? onDay(opts.year, 12, int(5, 14)) : null,
            ],
          ];
    ms.forEach(([description, due, done], j) => {
      rows.milestones.push({
        id: `ms-${id}-${j + 1}`,
        taskId: id,
        position: j + 1,
        description,
        dueDate: due,
        doneAt: done && done < now ? done : null,
      });
    });
    const info: TaskInfo = {
      id,
      code,
      year: opts.year,
      title,
      field: opts.tpl.field,
      cadre: c,
      supervisorId,
      targets,
      progress: opts.progress,
      assignedAt: opts.assignedAt,
      origin: opts.origin,
      status: opts.status,
      firstQuarter,
    };
    tasks.push(info);
    audit(
      opts.assignedAt,
      opts.assignedBy,
      "STANDING_COMMITTEE",
      "task.assign",
      "Task",
      id,
      null,
      "ASSIGNED",
      opts.adjustmentNote ?? null,
      {
        code,
        decisionNumber: opts.decisionNumber,
        origin: opts.origin,
        supervisorId,
      },
    );
    return info;
  };

  // ── Quarterly reports ──
  type RepState = { status: ReportStatus; late: boolean; proposals?: boolean; responder?: "supervisor" | "standing" } | null;
  const reportById = new Map<string, { task: TaskInfo; quarter: number }>();
  const makeReport = (task: TaskInfo, q: number, state: RepState) => {
    if (!state) return null;
    const year = task.year;
    const id = `rep-${task.id}-q${q}`;
    const due = dueDate(year, q);
    const f = get(task.progress, q - 1);
    const lead = pick(D.RESULT_LEADS[q as 1 | 2 | 3 | 4]);
    const values = task.targets.map((t) => valueAt(t, f));
    const lines = task.targets.map(
      (t, j) =>
        `– ${t.indicator}: ${fmtVi(get(values, j), t.decimals)} ${t.uom} (chỉ tiêu ${fmtVi(t.target, t.decimals)} ${t.uom}).`,
    );
    const draft = state.status === "DRAFT";
    const results = draft
      ? `${lead}\n${get(lines, 0)}\n(Đang tổng hợp số liệu các chỉ tiêu còn lại.)`
      : [lead, ...lines].join("\n");
    const share =
      task.targets.reduce((s, t, j) => s + Math.min(1.1, Math.max(0, shareOf(t, get(values, j)))), 0) / task.targets.length;
    const selfProgress = Math.max(0, Math.min(100, Math.round(share * 100)));
    const hasProposal = state.proposals ?? chance(0.25);
    const behind = f < (q === 4 ? 0.8 : q * 0.2);
    const submittedAt = draft ? null : notAfter(state.late ? officeTime(due, int(2, 12)) : officeTime(due, -int(1, 12)), 30);
    const responded = state.status === "RESPONDED";
    const responderIsSupervisor = state.responder ? state.responder === "supervisor" : chance(0.7);
    const respondedBy = responded ? (responderIsSupervisor ? task.supervisorId : task.cadre.level.standingUser) : null;
    const respondedAt = responded && submittedAt ? notAfter(officeTime(submittedAt, int(3, 12)), 20) : null;
    const createdAt = draft ? officeTime(due, -int(8, 20)) : addDays(submittedAt!, -int(1, 4));
    const updatedAt = respondedAt ?? submittedAt ?? addDays(createdAt, int(1, 5));
    rows.reports.push({
      id,
      taskId: task.id,
      year,
      quarter: q,
      results,
      selfProgress,
      difficulties: behind || chance(0.3) ? pick(D.DIFFICULTIES) : null,
      proposals: hasProposal ? pick(D.PROPOSALS) : null,
      status: state.status,
      submittedAt,
      isLate: state.late && !draft,
      response: responded ? pick(D.RESPONSES) : null,
      respondedById: respondedBy,
      respondedAt,
      proposalAnswer: responded && hasProposal ? pick(D.PROPOSAL_ANSWERS) : null,
      createdAt: min(createdAt, updatedAt),
      updatedAt: notAfter(updatedAt, 1),
    });
    task.targets.forEach((t, j) => {
      if (draft && j > 0) return;
      rows.actuals.push({ id: `act-${id}-${j + 1}`, reportId: id, targetId: t.id, actualValue: String(get(values, j)) });
    });
    reportById.set(id, { task, quarter: q });
    const cadreUser = task.cadre.userId;
    if (submittedAt) {
      audit(submittedAt, cadreUser, "CADRE", "report.submit", "QuarterlyReport", id, "DRAFT", "SUBMITTED", null, {
        taskId: task.id,
        year,
        quarter: q,
        isLate: state.late,
      });
    }
    if (state.status === "RETURNED" && submittedAt) {
      const reason = pick(D.RETURN_REASONS);
      const at = notAfter(officeTime(submittedAt, int(2, 6)), 20);
      audit(at, task.supervisorId, "SUPERVISOR", "report.return", "QuarterlyReport", id, "SUBMITTED", "RETURNED", reason);
      comment(task.supervisorId, "SUPERVISOR", reason, { reportId: id }, at);
      rows.reports[rows.reports.length - 1]!.updatedAt = at;
      notify(
        cadreUser,
        "report.returned",
        { taskCode: task.code, taskTitle: task.title, year, quarter: q, reason },
        `/tasks/${task.id}`,
        at,
        null,
      );
    }
    if (responded && respondedAt && respondedBy) {
      audit(
        respondedAt,
        respondedBy,
        responderIsSupervisor ? "SUPERVISOR" : "STANDING_COMMITTEE",
        "report.respond",
        "QuarterlyReport",
        id,
        "SUBMITTED",
        "RESPONDED",
      );
    }
    return id;
  };
  const q12State = (): RepState => {
    const r = rnd();
    if (r < 0.78) return { status: "RESPONDED", late: false };
    if (r < 0.9) return { status: "SUBMITTED", late: false };
    if (r < 0.96) return { status: "RESPONDED", late: true };
    return { status: "SUBMITTED", late: true };
  };
  const q3State = (): RepState => {
    const r = rnd();
    if (r < 0.3) return { status: "RESPONDED", late: false };
    if (r < 0.5) return { status: "SUBMITTED", late: false };
    if (r < 0.62) return { status: "SUBMITTED", late: true };
    if (r < 0.66) return { status: "RESPONDED", late: true };
    if (r < 0.73) return { status: "RETURNED", late: false };
    if (r < 0.84) return { status: "DRAFT", late: false };
    return null;
  };

  // ════════════════════ Year P: closed round, evaluated, some tasks carried over ════════════════════
  const decisionP = { number: "45-QĐ/TU", date: dateOnly(P, 3, 12), at: vn(P, 3, 12, 15) };
  const provinceCadres = cadres.filter((c) => c.level.key === "tu");
  const participantsP = provinceCadres.filter((c, i) => !c.commune && (i === 0 || chance(0.62)));
  const tasksP: TaskInfo[] = [];
  for (const c of participantsP) {
    const count = c === canbo ? 2 : chance(0.3) ? 2 : 1;
    const tpls = chooseTemplates(c, count, true, P);
    const submittedAt = onDay(P, 2, int(5, 26));
    const { id: regId, proposed } = makeRegistration({
      roundId: roundTuP,
      year: P,
      cadre: c,
      status: "DECIDED",
      revision: 1,
      createdAt: addDays(submittedAt, -int(5, 15)),
      submittedAt,
      forwardedAt: onDay(P, 3, int(2, 6)),
      decidedAt: decisionP.at,
      decidedBy: TU.standingUser,
      specs: tpls.map((tpl) => ({ tpl, decision: "APPROVED" })),
    });
    audit(submittedAt, c.userId, "CADRE", "registration.submit", "Registration", regId, "DRAFT", "SUBMITTED");
    audit(onDay(P, 3, 6), TU.orgUser, "ORG_COMMITTEE", "registration.forward", "Registration", regId, "SUBMITTED", "FORWARDED");
    audit(
      decisionP.at,
      TU.standingUser,
      "STANDING_COMMITTEE",
      "registration.decide",
      "Registration",
      regId,
      "FORWARDED",
      "DECIDED",
    );
    proposed.forEach((p) => {
      const kind = chance(0.25) ? "ahead" : "track";
      tasksP.push(
        makeTask({
          cadre: c,
          year: P,
          roundId: roundTuP,
          tpl: p.spec.tpl,
          origin: "REGISTRATION",
          status: "COMPLETED",
          decisionNumber: decisionP.number,
          decisionDate: decisionP.date,
          assignedAt: decisionP.at,
          assignedBy: TU.standingUser,
          registrationId: regId,
          proposed: p,
          progress: completedCurve(kind),
        }),
      );
    });
  }
  // Outcomes: canbo's first P task is carried over; five more carried over; two cadres with a single task unfinished.
  const setStatus = (t: TaskInfo, status: TaskStatus, progress: number[]) => {
    t.status = status;
    t.progress = progress;
    const row = rows.tasks.find((r) => r.id === t.id)!;
    row.status = status;
    // The final milestone stays open for a task that was not finished.
    const last = rows.milestones.filter((m) => m.taskId === t.id).at(-1);
    if (last) last.doneAt = null;
  };
  setStatus(get(tasksP, 0), "CARRIED_OVER", progressCurve("behind"));
  const others = shuffle(tasksP.filter((t) => t.cadre !== canbo));
  const singles = others.filter((t) => tasksP.filter((x) => x.cadre === t.cadre).length === 1);
  const unfinishedP = singles.slice(0, 2);
  for (const t of unfinishedP)
    setStatus(
      t,
      "UNFINISHED",
      progressCurve("behind").map((v) => v * 0.8),
    );
  const carriedP = [get(tasksP, 0), ...others.filter((t) => !unfinishedP.includes(t)).slice(0, 5)];
  for (const t of carriedP.slice(1)) setStatus(t, "CARRIED_OVER", progressCurve("behind"));
  for (const t of tasksP) {
    for (let q = 1; q <= 4; q++) {
      const r = rnd();
      const state: RepState =
        q === 4 && r < 0.15 ? { status: "SUBMITTED", late: false } : { status: "RESPONDED", late: r > 0.93 };
      makeReport(t, q, state);
    }
    const closeAt = vn(Y, 1, 28, 10);
    audit(
      closeAt,
      TU.standingUser,
      "STANDING_COMMITTEE",
      t.status === "COMPLETED" ? "task.complete" : "task.markUnfinished",
      "Task",
      t.id,
      "ASSIGNED",
      t.status,
      t.status === "COMPLETED" ? null : "Chưa hoàn thành các chỉ tiêu được giao trong năm.",
    );
    const row = rows.tasks.find((r) => r.id === t.id)!;
    row.updatedAt = closeAt;
  }

  // ── Evaluation cycle P (closed, decided) ──
  const CRITERIA = DEFAULT_CRITERIA;
  const COUNCIL = ["user-hoidong1", "user-hoidong2", "user-pho-bithu"];
  const makeCycle = (roundId: string, year: number, status: "OPEN" | "CLOSED", createdAt: Date) => {
    const id = `cycle-tu-${year}`;
    rows.cycles.push({
      id,
      roundId,
      year,
      status,
      thresholds: DEFAULT_THRESHOLDS,
      createdAt,
      updatedAt: status === "CLOSED" ? vn(year + 1, 1, 31, 10) : createdAt,
    });
    const criteria = CRITERIA.map((c, i) => {
      const cid = `crit-tu-${year}-${i + 1}`;
      rows.criteria.push({ id: cid, cycleId: id, position: i + 1, name: c.name, weight: c.weight });
      return { id: cid, weight: c.weight };
    });
    const members = COUNCIL.map((userId) => {
      const mid = `cm-tu-${year}-${userId.replace(/^user-/, "")}`;
      rows.members.push({ id: mid, cycleId: id, userId });
      return { id: mid, userId };
    });
    audit(createdAt, TU.orgUser, "ORG_COMMITTEE", "evaluationCycle.open", "EvaluationCycle", id, null, "OPEN", null, {
      members: COUNCIL,
    });
    if (status === "CLOSED")
      audit(
        vn(year + 1, 1, 31, 10),
        TU.orgUser,
        "ORG_COMMITTEE",
        "evaluationCycle.close",
        "EvaluationCycle",
        id,
        "OPEN",
        "CLOSED",
      );
    return { id, criteria, members };
  };
  /** The quality (0–100) a task deserves from its progress at the last report. */
  const taskQuality = (t: TaskInfo, lastQ: number) => {
    const f = get(t.progress, lastQ - 1);
    // A finished task scores 72–86, one finished well ahead of plan up to the mid-90s.
    if (lastQ === 4) return Math.max(20, Math.min(97, 72 + (f - 1) * 200 + rnd() * 14));
    const expected = 0.25 * lastQ + 0.05;
    return Math.max(20, Math.min(95, 40 + (f / expected) * 45 + (rnd() - 0.5) * 6));
  };
  const scoreTask = (evalId: string, t: TaskInfo, quality: number, cycle: ReturnType<typeof makeCycle>, memberIds: string[]) => {
    let total = 0;
    for (const m of cycle.members.filter((x) => memberIds.includes(x.userId))) {
      let memberTotal = 0;
      cycle.criteria.forEach((cr, i) => {
        const s = Math.round(Math.max(0, Math.min(100, quality + (rnd() - 0.5) * 10 + (i === 3 ? 4 : 0))));
        memberTotal += (s * cr.weight) / 100;
        rows.councilScores.push({
          id: nextId("cs", 6),
          evaluationId: evalId,
          taskId: t.id,
          memberId: m.id,
          criterionId: cr.id,
          score: String(s),
          comment:
            i === 0 && chance(0.3)
              ? s >= 75
                ? "Các chỉ tiêu cơ bản đạt và vượt."
                : "Một số chỉ tiêu chưa đạt so với đăng ký."
              : null,
        });
      });
      total += memberTotal;
    }
    return total / Math.max(1, memberIds.length);
  };
  const selfAssess = (evalId: string, t: TaskInfo, quality: number) => {
    const score = Math.min(100, Math.round(quality + 2 + rnd() * 4));
    const first = get(t.targets, 0);
    const f = get(t.progress, t.year === Y ? 2 : 3);
    rows.selfAssessments.push({
      id: nextId("sa"),
      evaluationId: evalId,
      taskId: t.id,
      level: RATING_OF(score),
      score: String(score),
      justification: `${first.indicator}: đạt ${fmtVi(valueAt(first, f), first.decimals)}/${fmtVi(first.target, first.decimals)} ${first.uom}. ${
        score >= 75
          ? "Sản phẩm rõ ràng, đúng tiến độ đăng ký."
          : "Còn chậm so với tiến độ, nguyên nhân chủ yếu do yếu tố khách quan."
      }`,
    });
    return score;
  };

  const cycleP = makeCycle(roundTuP, P, "CLOSED", vn(P, 12, 1, 9));
  const decidedAtP = vn(Y, 1, 25, 15);
  const cadresP = [...new Set(tasksP.map((t) => t.cadre))];
  let overridden = false;
  for (const c of cadresP) {
    const evalId = `eval-tu-${P}-${c.id}`;
    const own = tasksP.filter((t) => t.cadre === c);
    let selfSum = 0;
    let aggregate = 0;
    for (const t of own) {
      const quality =
        t.status === "COMPLETED" ? taskQuality(t, 4) : t.status === "CARRIED_OVER" ? 62 + rnd() * 8 : 38 + rnd() * 8;
      selfSum += selfAssess(evalId, t, quality);
      aggregate += scoreTask(evalId, t, quality, cycleP, COUNCIL);
    }
    aggregate = round(aggregate / own.length, 2);
    const selfScore = selfSum / own.length;
    const proposedRating = RATING_OF(aggregate);
    let finalRating = proposedRating;
    let overrideReason: string | null = null;
    if (!overridden && proposedRating === "GOOD" && aggregate >= 87) {
      finalRating = "EXCELLENT";
      overrideReason = "Ban Thường vụ ghi nhận kết quả vượt trội, sản phẩm được Trung ương biểu dương; nâng mức xếp loại.";
      overridden = true;
    }
    const selfSubmittedAt = vn(Y, 1, int(8, 12), int(8, 16));
    const proposedAt = vn(Y, 1, 20, 16);
    rows.evaluations.push({
      id: evalId,
      cycleId: cycleP.id,
      cadreId: c.id,
      status: "DECIDED",
      selfRating: RATING_OF(selfScore),
      selfSummary:
        "Đã tập trung chỉ đạo, hoàn thành cơ bản các chỉ tiêu đăng ký; một số nội dung còn chậm do nguyên nhân khách quan.",
      selfSubmittedAt,
      aggregateScore: aggregate.toFixed(2),
      proposedRating,
      proposalNote: `Hội đồng tư vấn thống nhất đề xuất mức “${RATING_VI[proposedRating]}” (${fmtVi(aggregate, 2)} điểm).`,
      finalRating,
      overrideReason,
      decisionNumber: "125-QĐ/TU",
      decisionDate: dateOnly(Y, 1, 25),
      decidedById: TU.standingUser,
      decidedAt: decidedAtP,
      locked: true,
      createdAt: vn(P, 12, 1, 9),
      updatedAt: decidedAtP,
    });
    for (const m of cycleP.members) {
      rows.submissions.push({
        id: nextId("sub"),
        evaluationId: evalId,
        memberId: m.id,
        submittedAt: vn(Y, 1, int(14, 18), int(8, 16)),
      });
    }
    audit(
      selfSubmittedAt,
      c.userId,
      "CADRE",
      "evaluation.submitSelfAssessment",
      "Evaluation",
      evalId,
      "SELF_ASSESSMENT",
      "COUNCIL_SCORING",
    );
    audit(
      proposedAt,
      "user-hoidong1",
      "COUNCIL",
      "evaluation.finaliseProposal",
      "Evaluation",
      evalId,
      "COUNCIL_SCORING",
      "PROPOSED",
      null,
      {
        aggregateScore: aggregate.toFixed(2),
        proposedRating,
      },
    );
    audit(
      decidedAtP,
      TU.standingUser,
      "STANDING_COMMITTEE",
      "evaluation.decide",
      "Evaluation",
      evalId,
      "PROPOSED",
      "DECIDED",
      overrideReason,
      {
        finalRating,
        decisionNumber: "125-QĐ/TU",
      },
    );
    notify(
      c.userId,
      "evaluation.decided",
      { year: P, finalRating, decisionNumber: "125-QĐ/TU" },
      `/evaluations/${evalId}`,
      decidedAtP,
      addDays(decidedAtP, 1),
    );
  }

  // ════════════════════ Year Y: assigned, reported, evaluation under way ════════════════════
  const decisionY = { number: "98-QĐ/TU", date: dateOnly(Y, 3, 15), at: vn(Y, 3, 15, 15) };
  const directY = { number: "112-QĐ/TU", date: dateOnly(Y, 6, 10), at: vn(Y, 6, 10, 15) };
  const communeDecision = {
    th: { number: "15-QĐ/ĐU", date: dateOnly(Y, 3, 20), at: vn(Y, 3, 20, 15) },
    lv: { number: "21-QĐ/ĐU", date: dateOnly(Y, 3, 18), at: vn(Y, 3, 18, 15) },
  };
  let vague = 0;
  const supplementPicks = new Set(shuffle(provinceCadres.slice(1).map((c) => c.id)).slice(0, 6));
  const rejectPicks = new Set(shuffle(cadres.filter((c) => c !== canbo && c !== canboXa).map((c) => c.id)).slice(0, 14));

  const registerAndAssignY = (c: CadreInfo) => {
    const level = c.level;
    const roundId = level.key === "tu" ? roundTuY : level.key === "th" ? roundThY : roundLvY;
    const dec = level.key === "tu" ? decisionY : communeDecision[level.key];
    const tpls = chooseTemplates(c, c.seed.n, false, Y);
    const specs: Spec[] = tpls.map((tpl, i) => {
      const adjust = c === canbo ? i === 1 : c === canboXa ? false : chance(0.15);
      if (!adjust) return { tpl, decision: "APPROVED" as const, reviewProposal: "APPROVE" as const };
      const first = get(tpl.targets, 0);
      const [indicator, uom, , target] = first;
      const reason = `Nâng chỉ tiêu “${indicator}” từ ${fmtVi(softer(first), decimalsOf(first))} lên ${fmtVi(target, decimalsOf(first))} ${uom} cho phù hợp với mục tiêu Nghị quyết Đại hội.`;
      return {
        tpl,
        decision: "APPROVED_ADJUSTED" as const,
        adjust: true,
        decisionReason: reason,
        reviewProposal: "ADJUST" as const,
        reviewNote: reason,
      };
    });
    if (rejectPicks.has(c.id)) {
      const tpl = get(D.VAGUE_PROPOSALS, vague++ % D.VAGUE_PROPOSALS.length);
      const reason = pick(D.REJECT_REASONS);
      specs.push({ tpl, decision: "REJECTED", decisionReason: reason, reviewProposal: "REJECT", reviewNote: reason });
    }
    if (supplementPicks.has(c.id)) {
      const [tpl] = chooseTemplates(c, 1, false, Y);
      if (tpl) {
        specs.push({
          tpl,
          decision: "APPROVED",
          supplemented: true,
          decisionReason: "Ban Thường vụ bổ sung nhiệm vụ theo Kết luận của Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5.",
        });
      }
    }
    const returnedOnce = c !== canbo && chance(0.18);
    const late = !returnedOnce && chance(0.05);
    const submittedAt = late ? onDay(Y, 3, int(1, 3)) : onDay(Y, 2, int(8, 26));
    const forwardedAt = onDay(Y, 3, int(4, 9));
    const { id: regId, proposed } = makeRegistration({
      roundId,
      year: Y,
      cadre: c,
      status: "DECIDED",
      revision: returnedOnce ? 2 : 1,
      createdAt: addDays(submittedAt, -int(10, 20)),
      submittedAt,
      isLate: late,
      forwardedAt,
      decidedAt: dec.at,
      decidedBy: level.standingUser,
      specs,
    });
    if (returnedOnce) {
      const first = addDays(submittedAt, -6);
      const reason = "Đề nghị định lượng rõ chỉ tiêu, bổ sung giá trị ban đầu và thời hạn hoàn thành từng chỉ tiêu.";
      audit(first, c.userId, "CADRE", "registration.submit", "Registration", regId, "DRAFT", "SUBMITTED");
      audit(
        addDays(first, 2),
        level.orgUser,
        "ORG_COMMITTEE",
        "registration.return",
        "Registration",
        regId,
        "SUBMITTED",
        "RETURNED",
        reason,
      );
      const cid = comment(level.orgUser, "ORG_COMMITTEE", reason, { registrationId: regId }, addDays(first, 2));
      comment(
        c.userId,
        "CADRE",
        "Tôi đã tiếp thu, bổ sung số liệu ban đầu và gửi lại.",
        { registrationId: regId },
        addDays(submittedAt, -0.1),
        cid,
      );
      audit(submittedAt, c.userId, "CADRE", "registration.submit", "Registration", regId, "RETURNED", "SUBMITTED");
    } else {
      audit(
        submittedAt,
        c.userId,
        "CADRE",
        "registration.submit",
        "Registration",
        regId,
        "DRAFT",
        "SUBMITTED",
        late ? "Nộp sau hạn đăng ký." : null,
      );
    }
    audit(forwardedAt, level.orgUser, "ORG_COMMITTEE", "registration.forward", "Registration", regId, "SUBMITTED", "FORWARDED");
    audit(
      dec.at,
      level.standingUser,
      "STANDING_COMMITTEE",
      "registration.decide",
      "Registration",
      regId,
      "FORWARDED",
      "DECIDED",
      null,
      {
        decisionNumber: dec.number,
      },
    );
    const made: TaskInfo[] = [];
    for (const p of proposed) {
      audit(
        dec.at,
        level.standingUser,
        "STANDING_COMMITTEE",
        "proposedTask.decide",
        "ProposedTask",
        p.id,
        "PENDING",
        p.spec.decision,
        p.spec.decisionReason ?? null,
      );
      if (p.spec.decision === "REJECTED") continue;
      const r = rnd();
      const kind = r < 0.2 ? "ahead" : r < 0.75 ? "track" : "behind";
      made.push(
        makeTask({
          cadre: c,
          year: Y,
          roundId,
          tpl: p.spec.tpl,
          origin: p.spec.supplemented ? "SUPPLEMENTED" : "REGISTRATION",
          status: "ASSIGNED",
          decisionNumber: dec.number,
          decisionDate: dec.date,
          assignedAt: dec.at,
          assignedBy: level.standingUser,
          registrationId: regId,
          proposed: p,
          adjustmentNote: p.spec.decision === "APPROVED_ADJUSTED" ? p.spec.decisionReason : undefined,
          progress: progressCurve(c === canbo ? "track" : kind),
          supervisorId: c === canbo ? "user-daumoi" : undefined,
        }),
      );
    }
    // Carried over from last year: assigned again in the same decision.
    for (const from of carriedP.filter((t) => t.cadre === c)) {
      const tpl = D.POOLS[c.seed.pool]!.find((x) => placeholders(c, P)(x.title) === from.title) ?? {
        ...get(D.POOLS[c.seed.pool]!, 0),
        title: from.title,
      };
      const t = makeTask({
        cadre: c,
        year: Y,
        roundId,
        tpl,
        origin: "CARRIED_OVER",
        status: "ASSIGNED",
        decisionNumber: dec.number,
        decisionDate: dec.date,
        assignedAt: dec.at,
        assignedBy: level.standingUser,
        carriedFrom: from,
        titleOverride: `${from.title} (chuyển tiếp từ năm ${P})`,
        progress: progressCurve(c === canbo ? "behind" : "track"),
        supervisorId: c === canbo ? "user-daumoi" : from.supervisorId,
      });
      made.push(t);
    }
    for (const t of made) {
      notify(
        c.userId,
        "task.assigned",
        { taskCode: t.code, taskTitle: t.title, decisionNumber: dec.number },
        `/tasks/${t.id}`,
        dec.at,
        addDays(dec.at, int(1, 3)),
      );
    }
    return made;
  };

  const tasksY: TaskInfo[] = [];
  for (const c of cadres) tasksY.push(...registerAndAssignY(c));
  // Direct assignments in June.
  for (const d of D.DIRECT_TASKS) {
    const inUnit = provinceCadres.filter((c) => c.unitId === d.unit);
    const c = d.headOnly ? get(inUnit, 0) : (inUnit[1] ?? get(inUnit, 0));
    const t = makeTask({
      cadre: c,
      year: Y,
      roundId: roundTuY,
      tpl: d.tpl,
      origin: "DIRECT",
      status: "ASSIGNED",
      decisionNumber: directY.number,
      decisionDate: directY.date,
      assignedAt: directY.at,
      assignedBy: TU.standingUser,
      progress: [0, 0.3, 0.62, 0.95].map((v) => v + (rnd() - 0.5) * 0.06),
    });
    t.firstQuarter = 2;
    tasksY.push(t);
    notify(
      c.userId,
      "task.assigned",
      { taskCode: t.code, taskTitle: t.title, decisionNumber: directY.number },
      `/tasks/${t.id}`,
      directY.at,
      addDays(directY.at, 1),
    );
  }
  {
    const pct2 = cadres.filter((c) => c.level === TH && c.unitId === `${communeA.id}-ubnd`)[1]!;
    const at = vn(Y, 6, 18, 15);
    const t = makeTask({
      cadre: pct2,
      year: Y,
      roundId: roundThY,
      tpl: D.COMMUNE_DIRECT,
      origin: "DIRECT",
      status: "ASSIGNED",
      decisionNumber: "27-QĐ/ĐU",
      decisionDate: dateOnly(Y, 6, 18),
      assignedAt: at,
      assignedBy: TH.standingUser,
      progress: [0, 0.35, 0.8, 1],
    });
    t.firstQuarter = 2;
    tasksY.push(t);
  }

  // ── Reports of year Y: Q1–Q3; no Q4 yet ──
  const canboTasks = tasksY.filter((t) => t.cadre === canbo);
  const canboXaTasks = tasksY.filter((t) => t.cadre === canboXa);
  const overrides = new Map<string, RepState[]>();
  // canbo: task 1 Q3 submitted on time (awaiting response); task 2 Q3 late; task 3 Q3 missing.
  overrides.set(get(canboTasks, 0).id, [
    { status: "RESPONDED", late: false, responder: "supervisor" },
    { status: "RESPONDED", late: false, proposals: true, responder: "standing" },
    { status: "SUBMITTED", late: false },
  ]);
  overrides.set(get(canboTasks, 1).id, [
    { status: "RESPONDED", late: false, responder: "supervisor" },
    { status: "SUBMITTED", late: false, proposals: true },
    { status: "SUBMITTED", late: true },
  ]);
  overrides.set(get(canboTasks, 2).id, [
    { status: "RESPONDED", late: false, responder: "supervisor" },
    { status: "RESPONDED", late: true, responder: "supervisor" },
    null,
  ]);
  overrides.set(get(canboXaTasks, 0).id, [
    { status: "RESPONDED", late: false },
    { status: "RESPONDED", late: false },
    { status: "RETURNED", late: false },
  ]);
  if (canboXaTasks[1]) {
    overrides.set(canboXaTasks[1].id, [
      { status: "RESPONDED", late: false },
      { status: "SUBMITTED", late: false },
      { status: "DRAFT", late: false },
    ]);
  }
  const missingQ3: TaskInfo[] = [];
  for (const t of tasksY) {
    const fixed = overrides.get(t.id);
    for (let q = t.firstQuarter; q <= 3; q++) {
      const state = fixed ? (fixed[q - 1] ?? null) : q < 3 ? q12State() : q3State();
      const id = makeReport(t, q, state);
      if (!id && q === 3) missingQ3.push(t);
    }
  }

  // ── Change requests ──
  let crN = 0;
  const changeRequest = (opts: {
    task: TaskInfo;
    reason: string;
    before: Prisma.InputJsonValue;
    after: Prisma.InputJsonValue;
    status: "PENDING" | "APPROVED" | "REJECTED" | "WITHDRAWN";
    createdAt: Date;
    decidedAt?: Date;
    decisionNote?: string;
  }) => {
    const id = `cr-${pad(++crN)}`;
    const c = opts.task.cadre;
    const decided = opts.status === "APPROVED" || opts.status === "REJECTED";
    rows.changeRequests.push({
      id,
      taskId: opts.task.id,
      requestedById: c.userId,
      reason: opts.reason,
      before: opts.before,
      after: opts.after,
      status: opts.status,
      decidedById: decided ? c.level.standingUser : null,
      decidedAt: decided ? (opts.decidedAt ?? null) : null,
      decisionNote: opts.decisionNote ?? null,
      createdAt: opts.createdAt,
      updatedAt: opts.decidedAt ?? opts.createdAt,
    });
    audit(opts.createdAt, c.userId, "CADRE", "changeRequest.submit", "ChangeRequest", id, null, "PENDING", opts.reason, {
      taskId: opts.task.id,
    });
    if (decided && opts.decidedAt) {
      audit(
        opts.decidedAt,
        c.level.standingUser,
        "STANDING_COMMITTEE",
        opts.status === "APPROVED" ? "changeRequest.approve" : "changeRequest.reject",
        "ChangeRequest",
        id,
        "PENDING",
        opts.status,
        opts.decisionNote ?? null,
      );
      notify(
        c.userId,
        opts.status === "APPROVED" ? "changeRequest.approved" : "changeRequest.rejected",
        { taskCode: opts.task.code, taskTitle: opts.task.title },
        `/tasks/${opts.task.id}`,
        opts.decidedAt,
        addDays(opts.decidedAt, 1),
      );
    }
    if (opts.status === "WITHDRAWN") {
      audit(addDays(opts.createdAt, 3), c.userId, "CADRE", "changeRequest.withdraw", "ChangeRequest", id, "PENDING", "WITHDRAWN");
    }
    if (opts.status === "PENDING") {
      notify(
        c.level.standingUser,
        "changeRequest.submitted",
        { cadreName: c.fullName, taskCode: opts.task.code, taskTitle: opts.task.title },
        `/tasks/${opts.task.id}`,
        opts.createdAt,
        null,
      );
    }
    return id;
  };
  {
    // Approved: canbo's VietGAP area lowered after the storm; targetValue ≠ originalValue from now on.
    const t = get(canboTasks, 1);
    const tg = get(t.targets, 0);
    const newValue = round(tg.target * 0.9, tg.decimals);
    changeRequest({
      task: t,
      reason: `Bão số 3 (tháng 7/${Y}) làm thiệt hại nặng 45 ha cam, bưởi đang trong thời kỳ chuyển đổi chứng nhận; đề nghị điều chỉnh chỉ tiêu “${tg.indicator}” từ ${fmtVi(tg.target, tg.decimals)} xuống ${fmtVi(newValue, tg.decimals)} ${tg.uom}.`,
      before: { targets: [{ targetId: tg.id, indicator: tg.indicator, targetValue: String(tg.target) }] },
      after: { targets: [{ targetId: tg.id, indicator: tg.indicator, targetValue: String(newValue) }] },
      status: "APPROVED",
      createdAt: vn(Y, 7, 28, 10),
      decidedAt: vn(Y, 8, 6, 15),
      decisionNote: "Đồng ý điều chỉnh do nguyên nhân khách quan (thiên tai); các chỉ tiêu khác giữ nguyên.",
    });
    tg.target = newValue;
    const row = rows.targets.find((r) => r.id === tg.id)!;
    row.targetValue = String(newValue);
    row.updatedAt = vn(Y, 8, 6, 15);
  }
  {
    // Pending: canbo asks to extend the carried-over task into next year.
    const t = get(canboTasks, 2);
    const tg = get(t.targets, 0);
    changeRequest({
      task: t,
      reason:
        "Hai cơ sở gây ô nhiễm tại làng nghề phải di dời vào cụm công nghiệp, dự kiến hạ tầng cụm hoàn thành quý II năm sau; đề nghị gia hạn thời hạn hoàn thành.",
      before: { endDate: isoDay(endOfDay(Y, 12, 31)), targets: [{ targetId: tg.id, deadline: isoDay(tg.deadline) }] },
      after: { endDate: isoDay(endOfDay(N, 6, 30)), targets: [{ targetId: tg.id, deadline: isoDay(endOfDay(N, 6, 30)) }] },
      status: "PENDING",
      createdAt: vn(Y, 11, 12, 10),
    });
  }
  const provinceTasksY = tasksY.filter((t) => t.cadre.level === TU && t.cadre !== canbo && t.origin === "REGISTRATION");
  const crCandidates = shuffle(provinceTasksY.filter((t) => get(t.targets, 0).direction === "INCREASE"));
  {
    const t = get(crCandidates, 0);
    const tg = get(t.targets, 0);
    const lower = round((tg.baseline ?? 0) + (tg.target - (tg.baseline ?? 0)) * 0.7, tg.decimals);
    changeRequest({
      task: t,
      reason: `Nguồn vốn được phân bổ chỉ đạt 60% kế hoạch; đề nghị giảm chỉ tiêu “${tg.indicator}” xuống ${fmtVi(lower, tg.decimals)} ${tg.uom}.`,
      before: { targets: [{ targetId: tg.id, indicator: tg.indicator, targetValue: String(tg.target) }] },
      after: { targets: [{ targetId: tg.id, indicator: tg.indicator, targetValue: String(lower) }] },
      status: "REJECTED",
      createdAt: vn(Y, 8, 19, 10),
      decidedAt: vn(Y, 9, 3, 16),
      decisionNote:
        "Không đồng ý điều chỉnh: đây là nhiệm vụ trọng tâm của tỉnh. Đề nghị đồng chí chủ động phối hợp Sở Tài chính, Ủy ban MTTQ tỉnh huy động thêm nguồn lực xã hội hóa.",
    });
  }
  {
    const t = get(crCandidates, 1);
    const tg = get(t.targets, 0);
    changeRequest({
      task: t,
      reason: `Sau sắp xếp đơn vị hành chính, phạm vi số liệu thay đổi; đề nghị điều chỉnh cách diễn đạt chỉ tiêu “${tg.indicator}” cho phù hợp.`,
      before: { targets: [{ targetId: tg.id, indicator: tg.indicator }] },
      after: { targets: [{ targetId: tg.id, indicator: `${tg.indicator} (theo địa giới hành chính mới)` }] },
      status: "PENDING",
      createdAt: vn(Y, 11, 18, 14),
    });
  }
  {
    const t = get(crCandidates, 2);
    changeRequest({
      task: t,
      reason: "Đề nghị lùi thời hạn mốc sơ kết sang tháng 7 do trùng lịch kỳ họp HĐND.",
      before: { milestones: [{ position: 2, dueDate: isoDay(endOfDay(Y, 6, 30)) }] },
      after: { milestones: [{ position: 2, dueDate: isoDay(endOfDay(Y, 7, 31)) }] },
      status: "WITHDRAWN",
      createdAt: vn(Y, 6, 2, 9),
    });
  }
  {
    const t = tasksY.find((x) => x.cadre.level === TH && x.cadre !== canboXa && x.origin === "REGISTRATION")!;
    const tg = get(t.targets, 0);
    changeRequest({
      task: t,
      reason: `Mưa lũ tháng 9 ảnh hưởng tiến độ; đề nghị lùi thời hạn chỉ tiêu “${tg.indicator}” đến 31/03/${N}.`,
      before: { targets: [{ targetId: tg.id, deadline: isoDay(tg.deadline) }] },
      after: { targets: [{ targetId: tg.id, deadline: isoDay(endOfDay(N, 3, 31)) }] },
      status: "PENDING",
      createdAt: vn(Y, 11, 16, 9),
    });
  }

  // ── Evaluation cycle Y (open, under way) ──
  const cycleY = makeCycle(roundTuY, Y, "OPEN", vn(Y, 11, 10, 9));
  const evalCadresY = [...new Set(tasksY.filter((t) => t.cadre.level === TU).map((t) => t.cadre))];
  const candidatesForScoring = shuffle(evalCadresY.filter((c) => c !== canbo && tasksY.filter((t) => t.cadre === c).length >= 2));
  const proposedCadre = get(candidatesForScoring, 0);
  const scoringCadres = candidatesForScoring.slice(1, 11);
  const draftSelf = new Set(candidatesForScoring.slice(11, 19));
  for (const c of evalCadresY) {
    const evalId = `eval-tu-${Y}-${c.id}`;
    const own = tasksY.filter((t) => t.cadre === c);
    const isProposed = c === proposedCadre;
    const scoringIdx = scoringCadres.indexOf(c);
    const submittedSelf = isProposed || scoringIdx >= 0;
    const createdAt = vn(Y, 11, 10, 9);
    let selfSum = 0;
    let aggregate = 0;
    const selfSubmittedAt = submittedSelf ? vn(Y, 11, int(13, 18), int(8, 16)) : null;
    if (submittedSelf || draftSelf.has(c)) {
      for (const t of own) {
        const quality = taskQuality(t, 3);
        selfSum += selfAssess(evalId, t, quality);
        if (isProposed) aggregate += scoreTask(evalId, t, quality, cycleY, COUNCIL);
        else if (scoringIdx >= 0 && scoringIdx < 5)
          scoreTask(evalId, t, quality, cycleY, scoringIdx < 2 ? ["user-hoidong1", "user-hoidong2"] : ["user-hoidong1"]);
      }
    }
    const selfScore = own.length ? selfSum / own.length : 0;
    aggregate = round(aggregate / Math.max(1, own.length), 2);
    const proposedRating = isProposed ? RATING_OF(aggregate) : null;
    rows.evaluations.push({
      id: evalId,
      cycleId: cycleY.id,
      cadreId: c.id,
      status: isProposed ? "PROPOSED" : submittedSelf ? "COUNCIL_SCORING" : "SELF_ASSESSMENT",
      selfRating: submittedSelf ? RATING_OF(selfScore) : null,
      selfSummary:
        submittedSelf || draftSelf.has(c)
          ? "Bám sát kế hoạch đăng ký, chỉ đạo quyết liệt; các chỉ tiêu chủ yếu đạt tiến độ, một số chỉ tiêu cần tiếp tục tập trung trong quý IV."
          : null,
      selfSubmittedAt,
      aggregateScore: isProposed ? aggregate.toFixed(2) : null,
      proposedRating,
      proposalNote: isProposed
        ? `Hội đồng tư vấn đề xuất mức “${RATING_VI[proposedRating!]}” (${fmtVi(aggregate, 2)} điểm).`
        : null,
      createdAt,
      updatedAt: isProposed ? vn(Y, 11, 21, 16) : (selfSubmittedAt ?? createdAt),
    });
    notify(
      c.userId,
      "evaluation.opened",
      { year: Y },
      `/evaluations/${evalId}`,
      createdAt,
      c === canbo ? null : submittedSelf ? addDays(createdAt, 1) : null,
    );
    if (selfSubmittedAt)
      audit(
        selfSubmittedAt,
        c.userId,
        "CADRE",
        "evaluation.submitSelfAssessment",
        "Evaluation",
        evalId,
        "SELF_ASSESSMENT",
        "COUNCIL_SCORING",
      );
    const hd1Sub = isProposed || (scoringIdx >= 0 && scoringIdx < 5);
    if (hd1Sub) {
      const m = cycleY.members.find((x) => x.userId === "user-hoidong1")!;
      const at = vn(Y, 11, int(19, 20), int(8, 16));
      rows.submissions.push({ id: nextId("sub"), evaluationId: evalId, memberId: m.id, submittedAt: at });
      audit(at, "user-hoidong1", "COUNCIL", "council.submitScores", "Evaluation", evalId, null, null);
    }
    if (isProposed) {
      for (const userId of ["user-hoidong2", "user-pho-bithu"]) {
        const m = cycleY.members.find((x) => x.userId === userId)!;
        const at = vn(Y, 11, 20, int(9, 16));
        rows.submissions.push({ id: nextId("sub"), evaluationId: evalId, memberId: m.id, submittedAt: at });
        audit(at, userId, "COUNCIL", "council.submitScores", "Evaluation", evalId, null, null);
      }
      audit(
        vn(Y, 11, 21, 16),
        "user-hoidong1",
        "COUNCIL",
        "evaluation.finaliseProposal",
        "Evaluation",
        evalId,
        "COUNCIL_SCORING",
        "PROPOSED",
        null,
        {
          aggregateScore: aggregate.toFixed(2),
          proposedRating,
        },
      );
      notify(
        TU.standingUser,
        "evaluation.proposed",
        { cadreName: c.fullName, year: Y, proposedRating: proposedRating! },
        `/evaluations/${evalId}`,
        vn(Y, 11, 21, 16),
        null,
      );
    }
  }
  for (const userId of COUNCIL) {
    notify(
      userId,
      "evaluation.councilAssigned",
      { year: Y, count: scoringCadres.length + 1 },
      "/evaluations",
      vn(Y, 11, 10, 9),
      userId === "user-hoidong1" ? vn(Y, 11, 11, 8) : null,
    );
  }

  // ════════════════════ Year N: registration open ════════════════════
  const registrationsN: { id: string; cadre: CadreInfo; status: RegistrationStatus; proposed: ProposedInfo[] }[] = [];
  const registerN = (c: CadreInfo, status: RegistrationStatus, opts: { resubmitted?: boolean; count?: number } = {}) => {
    const level = c.level;
    const roundId = level.key === "tu" ? roundTuN : level.key === "th" ? roundThN : roundLvN;
    const count = opts.count ?? int(1, Math.min(3, level.key === "tu" ? 3 : 2));
    const tpls = chooseTemplates(c, count, false, N);
    const forwarded = status === "FORWARDED";
    const specs: Spec[] = tpls.map((tpl, i) => {
      if (!forwarded) return { tpl, decision: "PENDING" };
      if (i === 1 && chance(0.5)) {
        const first = get(tpl.targets, 0);
        return {
          tpl,
          decision: "PENDING",
          reviewProposal: "ADJUST",
          reviewNote: `Đề nghị nâng chỉ tiêu “${first[0]}” cho tương xứng với nguồn lực được giao.`,
        };
      }
      return {
        tpl,
        decision: "PENDING",
        reviewProposal: "APPROVE",
        reviewNote: i === 0 ? "Nhiệm vụ rõ sản phẩm, chỉ tiêu định lượng được." : undefined,
      };
    });
    if (forwarded && chance(0.4)) {
      specs.push({
        tpl: get(D.VAGUE_PROPOSALS, vague++ % D.VAGUE_PROPOSALS.length),
        decision: "PENDING",
        reviewProposal: "REJECT",
        reviewNote: pick(D.REJECT_REASONS),
      });
    }
    const createdAt = onDay(Y, 11, int(2, 5));
    const draft = status === "DRAFT";
    const submittedAt = draft ? null : onDay(Y, 11, int(opts.resubmitted ? 14 : 10, 17));
    const revision = draft ? 0 : opts.resubmitted ? 2 : 1;
    const returnedReason =
      status === "RETURNED"
        ? "Nhiệm vụ đăng ký chưa thể hiện tính đột phá; chỉ tiêu chưa có giá trị ban đầu và thời hạn cụ thể. Đề nghị đồng chí bổ sung, hoàn thiện và gửi lại trước ngày 15/12."
        : null;
    const forwardedAt = forwarded ? min(addDays(submittedAt!, int(2, 4)), vn(Y, 11, 21, 15)) : null;
    const { id, proposed } = makeRegistration({
      roundId,
      year: N,
      cadre: c,
      status,
      revision,
      createdAt,
      submittedAt,
      returnedReason,
      forwardedAt,
      specs,
    });
    registrationsN.push({ id, cadre: c, status, proposed });
    if (submittedAt) {
      if (opts.resubmitted) {
        const first = addDays(submittedAt, -6);
        audit(first, c.userId, "CADRE", "registration.submit", "Registration", id, "DRAFT", "SUBMITTED");
        const reason = "Đề nghị bổ sung giá trị ban đầu cho các chỉ tiêu.";
        audit(
          addDays(first, 2),
          level.orgUser,
          "ORG_COMMITTEE",
          "registration.return",
          "Registration",
          id,
          "SUBMITTED",
          "RETURNED",
          reason,
        );
        comment(level.orgUser, "ORG_COMMITTEE", reason, { registrationId: id }, addDays(first, 2));
        audit(submittedAt, c.userId, "CADRE", "registration.submit", "Registration", id, "RETURNED", "SUBMITTED");
      } else {
        audit(submittedAt, c.userId, "CADRE", "registration.submit", "Registration", id, "DRAFT", "SUBMITTED");
      }
      notify(
        level.orgUser,
        "registration.submitted",
        { cadreName: c.fullName, roundName: roundName(roundId) },
        `/registrations/${id}`,
        submittedAt,
        status === "SUBMITTED" ? null : addDays(submittedAt, 1),
      );
    }
    if (status === "RETURNED" && submittedAt && returnedReason) {
      const at = notAfter(addDays(submittedAt, 2));
      audit(
        at,
        level.orgUser,
        "ORG_COMMITTEE",
        "registration.return",
        "Registration",
        id,
        "SUBMITTED",
        "RETURNED",
        returnedReason,
      );
      const cid = comment(level.orgUser, "ORG_COMMITTEE", returnedReason, { registrationId: id }, at);
      if (chance(0.6))
        comment(
          c.userId,
          "CADRE",
          "Tôi xin tiếp thu, sẽ hoàn thiện lại chỉ tiêu và gửi trong tuần tới.",
          { registrationId: id },
          notAfter(addHours(at, 20)),
          cid,
        );
      notify(
        c.userId,
        "registration.returned",
        { roundName: roundName(roundId), reason: returnedReason },
        `/registrations/${id}`,
        at,
        null,
      );
      rows.registrations.find((r) => r.id === id)!.updatedAt = at;
    }
    if (forwardedAt) {
      audit(forwardedAt, level.orgUser, "ORG_COMMITTEE", "registration.forward", "Registration", id, "SUBMITTED", "FORWARDED");
      notify(
        level.standingUser,
        "registration.forwarded",
        { cadreName: c.fullName, roundName: roundName(roundId), count: specs.length },
        `/registrations/${id}`,
        forwardedAt,
        null,
      );
    }
    if (draft) {
      notify(
        c.userId,
        "registration.dueSoon",
        { roundName: roundName(roundId), deadline: isoDay(endOfDay(Y, 12, 31)) },
        `/registrations/${id}`,
        notAfter(vn(Y, 11, 20, 8)),
        null,
        `registration-due:${roundId}:${c.id}`,
      );
    }
    return { id, proposed };
  };
  // Province: canbo's draft, then a spread of states; many cadres have not registered yet.
  registerN(canbo, "DRAFT", { count: 2 });
  const pool27 = shuffle(provinceCadres.slice(1));
  const statesN: [RegistrationStatus, { resubmitted?: boolean }][] = [
    ["SUBMITTED", {}],
    ["SUBMITTED", {}],
    ["SUBMITTED", { resubmitted: true }],
    ["SUBMITTED", {}],
    ["SUBMITTED", {}],
    ["SUBMITTED", {}],
    ["SUBMITTED", {}],
    ["RETURNED", {}],
    ["RETURNED", {}],
    ["FORWARDED", {}],
    ["FORWARDED", {}],
    ["FORWARDED", {}],
    ["FORWARDED", { resubmitted: true }],
    ["FORWARDED", {}],
    ["DRAFT", {}],
    ["DRAFT", {}],
  ];
  statesN.forEach(([status, o], i) => registerN(get(pool27, i), status, o));
  {
    // A comment from the organisation committee on one proposed task of a submitted registration.
    const reg = registrationsN.find((r) => r.status === "SUBMITTED" && r.cadre.level === TU)!;
    const pt = get(reg.proposed, 0);
    const cid = comment(
      TU.orgUser,
      "ORG_COMMITTEE",
      "Chỉ tiêu thứ nhất cần làm rõ phạm vi (toàn tỉnh hay địa bàn được phân công) và nguồn số liệu để đối chiếu cuối năm.",
      { proposedTaskId: pt.id },
      vn(Y, 11, 19, 10),
    );
    comment(
      reg.cadre.userId,
      "CADRE",
      "Phạm vi là toàn tỉnh; số liệu lấy theo báo cáo thống kê chính thức của Cục Thống kê.",
      { proposedTaskId: pt.id },
      vn(Y, 11, 20, 8),
      cid,
    );
  }
  // One cadre away on a course: registration reopened for them after the deadline.
  {
    const c = provinceCadres.find((x) => x.seed.pool === "tct") ?? get(pool27, statesN.length);
    const until = endOfDay(N, 1, 15);
    const id = "ext-0001";
    const reason = `Đồng chí tham gia lớp bồi dưỡng cập nhật kiến thức tại Học viện Chính trị quốc gia Hồ Chí Minh đến hết ngày 26/12/${Y}.`;
    rows.extensions.push({
      id,
      roundId: roundTuN,
      cadreId: c.id,
      until,
      reason,
      grantedById: TU.orgUser,
      createdAt: vn(Y, 11, 14, 10),
    });
    audit(
      vn(Y, 11, 14, 10),
      TU.orgUser,
      "ORG_COMMITTEE",
      "registration.grantExtension",
      "RegistrationExtension",
      id,
      null,
      null,
      reason,
      { cadreId: c.id, until: isoDay(until) },
    );
    notify(
      c.userId,
      "registration.extensionGranted",
      { roundName: roundName(roundTuN), until: isoDay(until) },
      "/registrations",
      vn(Y, 11, 14, 10),
      null,
    );
  }
  // Communes: a few registrations each.
  const thCadres = cadres.filter((c) => c.level === TH && c !== canboXa);
  registerN(canboXa, "SUBMITTED", { count: 2 });
  registerN(get(thCadres, 2), "FORWARDED");
  registerN(get(thCadres, 4), "RETURNED");
  registerN(get(thCadres, 7), "DRAFT");
  const lvCadres = cadres.filter((c) => c.level === LV);
  registerN(get(lvCadres, 0), "SUBMITTED");
  registerN(get(lvCadres, 3), "FORWARDED");
  registerN(get(lvCadres, 8), "DRAFT");
  {
    const reg = registrationsN.find((r) => r.cadre === canboXa)!;
    comment(
      TH.orgUser,
      "ORG_COMMITTEE",
      "Đề nghị đồng chí bổ sung danh sách hộ tham gia tổ sản xuất để có căn cứ theo dõi.",
      { registrationId: reg.id },
      vn(Y, 11, 19, 14),
    );
  }

  // ── Comments on tasks and reports; reminders ──
  {
    const t1 = get(canboTasks, 0);
    const a = comment(
      "user-daumoi",
      "SUPERVISOR",
      "Đề nghị đồng chí gửi kèm danh sách hồ sơ tồn đọng theo từng xã, phường để Ban theo dõi sát tiến độ.",
      { taskId: t1.id },
      vn(Y, 5, 6, 10),
    );
    comment(
      canbo.userId,
      "CADRE",
      "Sở đã tổng hợp danh sách theo 40 xã, phường; sẽ gửi kèm báo cáo quý III.",
      { taskId: t1.id },
      vn(Y, 5, 7, 15),
      a,
    );
    comment(
      TU.standingUser,
      "STANDING_COMMITTEE",
      "Đây là việc người dân rất quan tâm. Đề nghị công khai tiến độ cấp giấy chứng nhận trên Cổng thông tin điện tử tỉnh.",
      { taskId: t1.id },
      vn(Y, 8, 12, 9),
    );
    comment(
      "user-daumoi",
      "SUPERVISOR",
      "Số liệu quý III cần tách riêng số giấy chứng nhận đã ký và số đã trao cho người dân.",
      { taskId: t1.id },
      vn(Y, 11, 17, 14),
    );
    notify(
      canbo.userId,
      "comment.added",
      { authorName: nameOfUser("user-daumoi"), taskCode: t1.code, taskTitle: t1.title },
      `/tasks/${t1.id}`,
      vn(Y, 11, 17, 14),
      null,
    );
    const t2 = get(canboTasks, 1);
    const rep = `rep-${t2.id}-q2`;
    const c1 = comment(
      "user-daumoi",
      "SUPERVISOR",
      "Đề nghị bổ sung ảnh hiện trường và danh sách hộ tham gia tổ sản xuất VietGAP.",
      { reportId: rep },
      vn(Y, 7, 20, 10),
    );
    comment(canbo.userId, "CADRE", "Sở đã bổ sung minh chứng vào hồ sơ báo cáo.", { reportId: rep }, vn(Y, 7, 21, 16), c1);
    const t3 = get(canboTasks, 2);
    const dueQ3 = dueDate(Y, 3);
    notify(
      canbo.userId,
      "report.dueSoon",
      { taskCode: t3.code, taskTitle: t3.title, year: Y, quarter: 3, dueDate: isoDay(dueQ3) },
      `/tasks/${t3.id}`,
      vn(Y, 10, 8, 8),
      vn(Y, 10, 8, 14),
      `report-due:${t3.id}:${Y}Q3`,
    );
    notify(
      canbo.userId,
      "report.overdue",
      { taskCode: t3.code, taskTitle: t3.title, year: Y, quarter: 3, dueDate: isoDay(dueQ3) },
      `/tasks/${t3.id}`,
      vn(Y, 10, 16, 8),
      null,
      `report-overdue:${t3.id}:${Y}Q3`,
    );
    notify(
      canbo.userId,
      "report.responded",
      { taskCode: t1.code, taskTitle: t1.title, year: Y, quarter: 2 },
      `/tasks/${t1.id}`,
      vn(Y, 7, 25, 10),
      vn(Y, 7, 26, 8),
    );
    notify(
      canbo.userId,
      "report.responded",
      { taskCode: t3.code, taskTitle: t3.title, year: Y, quarter: 2 },
      `/tasks/${t3.id}`,
      vn(Y, 7, 30, 10),
      null,
    );
  }
  // The multi-role user comments as supervisor on one of the tasks she follows.
  {
    const t = tasksY.find((x) => x.supervisorId === "user-pho-bithu");
    if (t)
      comment(
        "user-pho-bithu",
        "SUPERVISOR",
        "Đã làm việc trực tiếp với đơn vị; đề nghị tập trung hoàn thành chỉ tiêu thứ nhất trước 15/12.",
        { taskId: t.id },
        vn(Y, 10, 28, 15),
      );
  }
  // Overdue reminders for other missing Q3 reports (a few), and supervisors' unread report notifications.
  for (const t of missingQ3.filter((x) => x.cadre !== canbo).slice(0, 12)) {
    notify(
      t.cadre.userId,
      "report.overdue",
      { taskCode: t.code, taskTitle: t.title, year: Y, quarter: 3, dueDate: isoDay(dueDate(Y, 3)) },
      `/tasks/${t.id}`,
      vn(Y, 10, 16, 8),
      null,
      `report-overdue:${t.id}:${Y}Q3`,
    );
  }
  const submittedQ3 = rows.reports.filter((r) => r.year === Y && r.quarter === 3 && r.status === "SUBMITTED");
  const perSupervisor = new Map<string, number>();
  for (const r of submittedQ3) {
    const info = reportById.get(r.id!);
    if (!info) continue;
    const sup = info.task.supervisorId;
    const n = perSupervisor.get(sup) ?? 0;
    if (n >= 12) continue;
    perSupervisor.set(sup, n + 1);
    notify(
      sup,
      "report.submitted",
      { cadreName: info.task.cadre.fullName, taskCode: info.task.code, taskTitle: info.task.title, year: Y, quarter: 3 },
      `/tasks/${info.task.id}`,
      r.submittedAt as Date,
      n < 6 ? null : addDays(r.submittedAt as Date, 2),
    );
  }
  // The standing committee sees late reports summarised.
  notify(
    TU.standingUser,
    "report.overdueSummary",
    { year: Y, quarter: 3, count: missingQ3.filter((t) => t.cadre.level === TU).length },
    "/dashboard",
    vn(Y, 10, 20, 8),
    null,
    `report-overdue-summary:${Y}Q3`,
  );
  notify(
    TU.orgUser,
    "report.overdueSummary",
    { year: Y, quarter: 3, count: missingQ3.filter((t) => t.cadre.level === TU).length },
    "/dashboard",
    vn(Y, 10, 20, 8),
    vn(Y, 10, 20, 14),
    `report-overdue-summary:${Y}Q3`,
  );

  // Sanity: nothing in the future, ids unique.
  const ids = new Set<string>();
  for (const [name, list] of Object.entries(rows)) {
    if (name === "cooperating") continue;
    for (const row of list as { id?: string }[]) {
      if (!row.id) continue;
      if (ids.has(row.id)) throw new Error(`seed: duplicate id ${row.id}`);
      ids.add(row.id);
    }
  }
  return rows;
}
