// What every step of the seed shares: the row lists it builds, the model of the demo, and small helpers
// for dates (through the one module for Vietnam time), names and Vietnamese number formats.
import { DEFAULT_THRESHOLDS, ratingFor } from "@/lib/domain/evaluation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  ProposedTaskDecision,
  Rating,
  ReportStatus,
  ReviewProposal,
  TaskField,
  TaskOrigin,
  TaskStatus,
} from "@/lib/generated/prisma/enums";
import { addVietnamDays, daysInMonth, vietnamDayString, vietnamTime } from "@/lib/domain/quarters";
import type * as D from "@/prisma/seed-data";

/** Every table's rows, in the order they are written. */
export type Rows = {
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
  explanations: Prisma.ExplanationRequestCreateManyInput[];
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
  taskTemplates: Prisma.TaskTemplateCreateManyInput[];
};

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

export function get<T>(list: readonly T[], i: number): T {
  const v = list[i];
  if (v === undefined) throw new Error(`seed: index ${i} out of range (${list.length})`);
  return v;
}

export const pad = (n: number, w = 4) => String(n).padStart(w, "0");

/** A moment on the wall clock in Vietnam. */
export const vn = (y: number, m: number, d: number, h = 9, min = 0) => vietnamTime(y, m, d, h, min);
/**
 * The hour at which the seed places its calendar dates (decision dates, task starts): 07:00 in Vietnam is
 * 00:00 UTC, the same calendar day read in either zone. The app's own forms store 00:00 in Vietnam instead;
 * both fall on the same day and quarter, and the seeded figures the tests rely on are kept as they are.
 */
export const DATE_HOUR = 7;
export const dateOnly = (y: number, m: number, d: number) => vietnamTime(y, m, d, DATE_HOUR);
/** The last second of a day in Vietnam. */
export const endOfDay = (y: number, m: number, d: number) => vietnamTime(y, m, d, 23, 59, 59);
export const lastDayOf = daysInMonth;
export const addDays = addVietnamDays;
export const addHours = (d: Date, hours: number) => new Date(d.getTime() + hours * 3_600_000);
export const isoDay = vietnamDayString;
export const min = (a: Date, b: Date) => (a < b ? a : b);

export function ascii(s: string) {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** "Hoàng Đức Minh" → "minhhd": given name + initials, the usual Vietnamese account style. */
export function usernameOf(fullName: string) {
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
export function fmtVi(n: number, decimals: number) {
  const fixed = Math.abs(n).toFixed(decimals);
  const [int = "0", frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const fracPart = frac && /[1-9]/.test(frac) ? "," + frac.replace(/0+$/, "") : "";
  return (n < 0 ? "-" : "") + grouped + fracPart;
}

export const RATING_OF = (score: number): Rating => ratingFor(score, DEFAULT_THRESHOLDS);

export const RATING_VI: Record<Rating, string> = {
  EXCELLENT: "Hoàn thành xuất sắc nhiệm vụ",
  GOOD: "Hoàn thành tốt nhiệm vụ",
  COMPLETED: "Hoàn thành nhiệm vụ",
  NOT_COMPLETED: "Không hoàn thành nhiệm vụ",
};

// ───────────────────────────── The model of the demo ─────────────────────────────

export type Dir = "INCREASE" | "DECREASE" | "REACH";

export type Level = {
  key: "tu" | "th" | "lv";
  codePrefix: string;
  bodyId: string;
  bodyName: string;
  standingUser: string;
  orgUser: string;
  supervisors: { id: string; weight: number }[];
};

export type CadreInfo = {
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

export type TgInfo = {
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

export type TaskInfo = {
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

export type Spec = {
  tpl: D.TaskTpl;
  decision: ProposedTaskDecision;
  decisionReason?: string;
  adjust?: boolean;
  supplemented?: boolean;
  reviewProposal?: ReviewProposal;
  reviewNote?: string;
};

export type ProposedInfo = { id: string; spec: Spec; title: string; targets: { tpl: D.TargetTpl; proposedValue: number }[] };

export type RepState = { status: ReportStatus; late: boolean; proposals?: boolean; responder?: "supervisor" | "standing" } | null;
