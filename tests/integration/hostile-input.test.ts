import { REFUSAL_AUDIT_ACTIONS } from "@/lib/domain/audit-actions";
import { log } from "@/lib/log";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import {
  getAccessFallbackHTTPStatus,
  isHTTPAccessFallbackError,
} from "next/dist/client/components/http-access-fallback/http-access-fallback";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as adminActions from "@/app/(app)/admin/actions";
import * as importActions from "@/app/(app)/admin/import/actions";
import * as evaluationActions from "@/app/(app)/evaluations/actions";
import * as notificationActions from "@/app/(app)/notifications/actions";
import * as publicationActions from "@/app/(app)/publication/actions";
import * as registrationActions from "@/app/(app)/registrations/actions";
import * as roundActions from "@/app/(app)/rounds/actions";
import * as taskActions from "@/app/(app)/tasks/actions";
import * as templateActions from "@/app/(app)/task-templates/actions";
import * as decisionImportActions from "@/app/(app)/task-templates/import/actions";
import * as passwordActions from "@/app/(auth)/change-password/actions";
import * as securityActions from "@/app/(auth)/account/security/actions";
import * as sessionActions from "@/lib/actions/session";
import { initialActionState, type ActionState } from "@/lib/actions/state";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import vi_messages from "@/lib/i18n/messages/vi.json";
import * as f from "@/tests/factories";
import { uploadEvidence } from "@/tests/setup/evidence";
import { actAnonymously, actAs } from "@/tests/setup/session";

process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "dotpha-hostile-"));

/**
 * Every server action, called by a role that may call it, with input an attacker or a careless client
 * would send. Each call must end in a translated refusal or a success (or Next's redirect), never in an
 * unexpected error; a refusal writes nothing; nothing ever reaches Object.prototype.
 */

const NUM_RUNS = 25;
const ROOT = path.resolve(import.meta.dirname, "../..");

// ---------------------------------------------------------------------------------------------------
// The world the actions run in: one of each role, a round, a registration, a task with a target.

async function buildWorld() {
  const u = await f.createProvince();
  const cadre = await f.createCadre({ unitId: u.department.id, managedById: u.province.id });
  const users = {
    admin: await f.createUser({ roles: [{ role: "ADMIN", unitId: u.province.id }] }),
    org: await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.province.id }] }),
    standing: await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.province.id }] }),
    supervisor: await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.province.id }] }),
    council: await f.createUser({ roles: [{ role: "COUNCIL", unitId: u.province.id }] }),
    cadre: await f.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: u.department.id }] }),
  };
  const round = await f.createRound({ assigningBodyId: u.province.id, year: 2027, status: "OPEN" });
  const closedRound = await f.createRound({ assigningBodyId: u.province.id, year: 2026, status: "CLOSED" });
  const registration = await f.createRegistration({ roundId: round.id, cadreId: cadre.id });
  const task = await f.createTask({
    roundId: closedRound.id,
    cadre,
    supervisorId: users.supervisor.id,
    assignedById: users.standing.id,
  });
  const db = await getDb();
  // Running since a past quarter, so a report on it can be written today.
  await db.task.update({ where: { id: task.id }, data: { startDate: new Date("2026-01-01T00:00:00Z") } });
  const target = await db.target.findFirstOrThrow({ where: { taskId: task.id } });
  // The supervisor signs in through the province's identity provider: an administrator may unlink it.
  const ssoLink = await db.ssoLink.create({
    data: { provider: "https://dinhdanh.example.gov.vn", subject: "sub-supervisor", userId: users.supervisor.id },
  });
  return { u, cadre, users, round, closedRound, registration, task, target, ssoLink };
}
type World = Awaited<ReturnType<typeof buildWorld>>;
type Caller = keyof World["users"];

// ---------------------------------------------------------------------------------------------------
// The registry: every exported action, who calls it, how, and a plausible input to start from.

type Shape = "state" | "void" | "json";
type Entry = { module: string; role: Caller; shape: Shape; base: (w: World) => Record<string, unknown> };

const UNKNOWN = "ck-unknown-id-000000000000";
const vn = "Giải quyết dứt điểm hồ sơ đất đai tồn đọng ở phường Đức Thắng";
const task = (w: World) => ({
  title: vn,
  field: "LAND",
  breakthroughKind: "HARD",
  objectives: "Mục tiêu",
  plan: "Kế hoạch",
  expectedProduct: "Sản phẩm",
  startDate: "2027-01-01",
  endDate: "2027-12-31",
  targets: [
    {
      indicator: "Số hồ sơ",
      unitOfMeasure: "hồ sơ",
      baseline: "0",
      targetValue: "10",
      direction: "INCREASE",
      deadline: "2027-12-31",
    },
  ],
  milestones: [{ description: `Bước 1 của ${w.cadre.fullName}`, dueDate: "2027-06-30" }],
});
const assignment = (w: World) => ({
  decisionNumber: "12-QĐ/TU",
  decisionDate: "2027-01-05",
  supervisorId: w.users.supervisor.id,
  cooperatingUnitIds: [w.u.orgBoard.id],
});

const registry: Record<string, Entry> = {};
function register(module: string, role: Caller, shape: Shape, actions: Record<string, (w: World) => Record<string, unknown>>) {
  for (const [name, base] of Object.entries(actions)) registry[`${module}#${name}`] = { module, role, shape, base };
}

register("lib/actions/session.ts", "cadre", "void", {
  setLocaleAction: () => ({ locale: "en" }),
  switchRoleAction: (w) => ({ membershipId: w.users.cadre.memberships[0]!.id }),
});
register("app/(auth)/change-password/actions.ts", "cadre", "state", {
  changePasswordAction: () => ({
    currentPassword: "not-the-Password1",
    newPassword: "Mới-2027-mật-khẩu",
    confirmPassword: "Mới-2027-mật-khẩu",
  }),
});
register("app/(auth)/account/security/actions.ts", "admin", "state", {
  confirmMfaAction: () => ({ code: "123456" }),
});
register("app/(app)/admin/actions.ts", "admin", "state", {
  createUnitAction: (w) => ({
    code: "PHONG-MOI",
    name: "Phòng Nội vụ",
    kind: "DEPARTMENT",
    parentId: w.u.province.id,
    isAssigningBody: "",
  }),
  updateUnitAction: (w) => ({
    id: w.u.department.id,
    version: "0",
    code: "SO-NN",
    name: "Sở Nông nghiệp",
    kind: "DEPARTMENT",
    parentId: w.u.province.id,
  }),
  setUnitActiveAction: (w) => ({ id: w.u.communeOffice.id, version: "0", active: "false" }),
  createCadreAction: (w) => ({
    fullName: "Trần Thị Ánh",
    positionTitle: "Phó Giám đốc",
    unitId: w.u.department.id,
    managedById: w.u.province.id,
    group: "DEPARTMENT_HEAD",
  }),
  updateCadreAction: (w) => ({
    id: w.cadre.id,
    version: "0",
    fullName: "Nguyễn Văn Đức",
    positionTitle: "Giám đốc",
    unitId: w.u.department.id,
    managedById: w.u.province.id,
    group: "DEPARTMENT_HEAD",
  }),
  setCadreActiveAction: (w) => ({ id: w.cadre.id, version: "0", active: "false" }),
  createUserAction: (w) => ({
    username: "nguoi.moi",
    fullName: "Lê Văn Mới",
    email: "",
    cadreId: "",
    initialPassword: "Khởi-tạo-2027",
    role: "SUPERVISOR",
    roleUnitId: w.u.province.id,
  }),
  updateUserAction: (w) => ({
    id: w.users.supervisor.id,
    version: "0",
    fullName: "Phạm Thị Hương",
    email: "huong@example.vn",
    cadreId: "",
  }),
  setUserActiveAction: (w) => ({ id: w.users.supervisor.id, version: "0", active: "false" }),
  resetPasswordAction: (w) => ({ id: w.users.supervisor.id, version: "0", newPassword: "Đặt-lại-2027" }),
  resetMfaAction: (w) => ({ id: w.users.supervisor.id, version: "0" }),
  addRoleAction: (w) => ({ userId: w.users.supervisor.id, role: "COUNCIL", unitId: w.u.province.id }),
  removeRoleAction: (w) => ({ membershipId: w.users.council.memberships[0]!.id }),
  setNationalIdAction: (w) => ({ id: w.users.supervisor.id, version: "0", nationalId: "001203004567" }),
  unlinkSsoAction: (w) => ({ userId: w.users.supervisor.id, linkId: w.ssoLink.id }),
});
// The spreadsheet travels as the "file" field; without one (as here) the form is refused in words.
register("app/(app)/admin/import/actions.ts", "admin", "state", {
  previewImportAction: () => ({ step: "preview" }),
  commitImportAction: () => ({ step: "commit" }),
});
register("app/(app)/tasks/actions.ts", "cadre", "state", {
  saveReportAction: (w) => ({
    taskId: w.task.id,
    year: "2026",
    quarter: "1",
    version: "",
    intent: "save",
    results: "Đã giải quyết 5 hồ sơ",
    selfProgress: "50",
    difficulties: "",
    proposals: "",
    "actuals.0.targetId": w.target.id,
    "actuals.0.actualValue": "5",
  }),
  requestChangeAction: (w) => ({
    taskId: w.task.id,
    title: vn,
    endDate: "2027-12-31",
    "targets.0.targetId": w.target.id,
    "targets.0.targetValue": "120",
    "targets.0.deadline": "2027-12-31",
    reason: "Khối lượng tăng",
  }),
  withdrawChangeRequestAction: () => ({ id: UNKNOWN, version: "0" }),
});
register("app/(app)/tasks/actions.ts", "supervisor", "state", {
  respondReportAction: () => ({ reportId: UNKNOWN, version: "0", action: "respond", response: "Đồng ý", proposalAnswer: "" }),
});
register("app/(app)/tasks/actions.ts", "standing", "state", {
  decideChangeRequestAction: () => ({ id: UNKNOWN, version: "0", decision: "approve", note: "" }),
});
register("app/(app)/tasks/actions.ts", "org", "state", {
  requestExplanationAction: (w) => ({
    taskId: w.task.id,
    cause: "LATE_REPORT",
    quarter: "2026Q1",
    message: "Đề nghị đồng chí giải trình lý do chậm báo cáo",
    dueDate: "2099-12-31",
  }),
});
register("app/(app)/tasks/actions.ts", "cadre", "state", {
  answerExplanationAction: (w) => ({
    id: UNKNOWN,
    taskId: w.task.id,
    version: "0",
    answer: "Do thiếu nhân lực",
    "evidenceIds.0": UNKNOWN,
  }),
});
register("app/(app)/tasks/actions.ts", "standing", "json", {
  assignTaskDirectlyAction: (w) => ({
    cadreId: w.cadre.id,
    roundId: w.closedRound.id,
    reason: "",
    assignment: assignment(w),
    task: task(w),
  }),
});
register("app/(app)/task-templates/actions.ts", "standing", "json", {
  saveTaskTemplateAction: () => ({
    template: {
      title: "Xóa bỏ lò gạch thủ công",
      field: "ENVIRONMENT",
      breakthroughKind: "BACKLOG",
      objectives: "Mục tiêu",
      plan: "Kế hoạch",
      expectedProduct: "Sản phẩm",
      targets: [
        {
          indicator: "Số lò",
          unitOfMeasure: "lò",
          direction: "DECREASE",
          baseline: "10",
          targetValue: "0",
          deadlineMonths: "12",
        },
      ],
      milestones: [{ description: "Rà soát", offsetMonths: "3" }],
    },
  }),
  archiveTaskTemplateAction: () => ({ id: UNKNOWN, version: 0, archived: "yes" }),
  saveCadreGroupAction: (w) => ({ name: "Nhóm thử", cadreIds: [w.cadre.id] }),
  bulkAssignAction: (w) => ({
    idempotencyKey: "hostile-key-0001",
    templateId: UNKNOWN,
    templateVersion: 0,
    roundId: w.round.id,
    decisionNumber: "12-QĐ/TU",
    decisionDate: "2027-01-05",
    defaultSupervisorId: w.users.supervisor.id,
    rows: [{ cadreId: w.cadre.id, targets: [{ baseline: "10", targetValue: "0" }] }],
  }),
});
// A decision's task list from .xlsx: the spreadsheet travels as the "file" field; without one the form is refused in words.
register("app/(app)/task-templates/import/actions.ts", "standing", "state", {
  previewDecisionImportAction: (w) => ({
    templateId: UNKNOWN,
    templateVersion: "0",
    roundId: w.round.id,
    decisionNumber: "12-QĐ/TU",
    decisionDate: "2027-01-05",
    defaultSupervisorId: w.users.supervisor.id,
  }),
  commitDecisionImportAction: (w) => ({
    templateId: UNKNOWN,
    templateVersion: "0",
    roundId: w.round.id,
    decisionNumber: "12-QĐ/TU",
    decisionDate: "2027-01-05",
    defaultSupervisorId: w.users.supervisor.id,
  }),
});
register("app/(app)/registrations/actions.ts", "cadre", "void", {
  startRegistrationAction: (w) => ({ roundId: w.round.id }),
});
register("app/(app)/registrations/actions.ts", "cadre", "json", {
  saveProposedTaskAction: (w) => ({ registrationId: w.registration.id, version: 0, task: task(w) }),
});
register("app/(app)/registrations/actions.ts", "cadre", "state", {
  withdrawProposedTaskAction: (w) => ({ registrationId: w.registration.id, proposedTaskId: UNKNOWN, version: "0" }),
  submitRegistrationAction: (w) => ({ id: w.registration.id, version: "0" }),
});
register("app/(app)/registrations/actions.ts", "org", "state", {
  returnRegistrationAction: (w) => ({ id: w.registration.id, version: "0", reason: "Cần bổ sung chỉ tiêu" }),
  forwardRegistrationAction: (w) => ({
    id: w.registration.id,
    version: "0",
    [`proposal.${UNKNOWN}`]: "APPROVE",
    [`note.${UNKNOWN}`]: "",
  }),
  addCommentAction: (w) => ({ registrationId: w.registration.id, proposedTaskId: "", parentId: "", body: "Đề nghị làm rõ" }),
});
register("app/(app)/registrations/actions.ts", "standing", "json", {
  decideProposedTaskAction: (w) => ({
    registrationId: w.registration.id,
    proposedTaskId: UNKNOWN,
    version: 0,
    decision: "APPROVE",
    reason: "",
    assignment: assignment(w),
  }),
  supplementTaskAction: (w) => ({
    registrationId: w.registration.id,
    version: 0,
    reason: "",
    assignment: assignment(w),
    task: task(w),
  }),
});
register("app/(app)/notifications/actions.ts", "cadre", "void", {
  openNotificationAction: () => ({ id: UNKNOWN }),
  markAllReadAction: () => ({}),
});
register("app/(app)/publication/actions.ts", "standing", "state", {
  publishRoundAction: (w) => ({ roundId: w.closedRound.id, isPublic: "true", version: "0" }),
});
register("app/(app)/rounds/actions.ts", "org", "state", {
  createRoundAction: (w) => ({
    name: "Đăng ký việc đột phá năm 2028",
    assigningBodyId: w.u.province.id,
    periodKind: "YEAR",
    startYear: "2028",
    endYear: "2028",
    registrationDeadline: "2027-12-31",
    minTasksPerCadre: "1",
    maxTasksPerCadre: "3",
    cadreGroups: "DEPARTMENT_HEAD",
    ratingRuleSet: "QD366_2025",
  }),
  changeRoundStatusAction: (w) => ({ id: w.round.id, version: "0", action: "close" }),
  setRoundRuleSetAction: (w) => ({ id: w.round.id, version: "0", ratingRuleSet: "PILOT_2021" }),
  grantExtensionAction: (w) => ({ roundId: w.round.id, cadreId: w.cadre.id, until: "2027-12-31", reason: "Ốm" }),
});
register("app/(app)/evaluations/actions.ts", "org", "state", {
  openCycleAction: (w) => ({
    roundId: w.closedRound.id,
    periodKind: "YEAR",
    year: "2026",
    quarter: "",
    dueDate: "2027-01-15",
    council: "yes",
    memberIds: w.users.council.id,
    "criteria.0.name": "Kết quả",
    "criteria.0.weight": "100",
    "thresholds.EXCELLENT": "90",
    "thresholds.GOOD": "70",
    "thresholds.COMPLETED": "50",
  }),
  finaliseAction: () => ({ evaluationId: UNKNOWN, version: "0", note: "" }),
  carryOverAction: (w) => ({ fromRoundId: w.closedRound.id, year: "2026", toRoundId: w.round.id, taskIds: w.task.id }),
  moveEvaluationAction: () => ({ evaluationId: UNKNOWN, version: "0", action: "closeSelfAssessment", reason: "Hết hạn" }),
  addToCycleAction: (w) => ({ cycleId: UNKNOWN, taskId: w.task.id }),
});
register("app/(app)/evaluations/actions.ts", "cadre", "state", {
  selfAssessAction: (w) => ({
    evaluationId: UNKNOWN,
    version: "0",
    selfRating: "GOOD",
    selfSummary: "",
    "tasks.0.taskId": w.task.id,
    "tasks.0.level": "GOOD",
    "tasks.0.score": "80",
    "tasks.0.justification": "Hoàn thành",
    "tasks.0.achieved": "Đạt chỉ tiêu của quý",
    "tasks.0.objectiveCauses": "",
    "tasks.0.subjectiveCauses": "",
  }),
});
register("app/(app)/evaluations/actions.ts", "council", "state", {
  councilScoresAction: (w) => ({
    evaluationId: UNKNOWN,
    submit: "save",
    "scores.0.taskId": w.task.id,
    "scores.0.criterionId": UNKNOWN,
    "scores.0.score": "80",
    "scores.0.comment": "",
  }),
});
register("app/(app)/evaluations/actions.ts", "standing", "state", {
  decideEvaluationAction: () => ({
    evaluationId: UNKNOWN,
    version: "0",
    rating: "GOOD",
    reason: "",
    decisionNumber: "5-QĐ",
    decisionDate: "2027-01-10",
  }),
  reopenAction: () => ({ evaluationId: UNKNOWN, version: "0", reason: "Sai sót" }),
});

const modules: Record<string, Record<string, unknown>> = {
  "lib/actions/session.ts": sessionActions,
  "app/(auth)/change-password/actions.ts": passwordActions,
  "app/(auth)/account/security/actions.ts": securityActions,
  "app/(app)/admin/actions.ts": adminActions,
  "app/(app)/admin/import/actions.ts": importActions,
  "app/(app)/tasks/actions.ts": taskActions,
  "app/(app)/task-templates/actions.ts": templateActions,
  "app/(app)/task-templates/import/actions.ts": decisionImportActions,
  "app/(app)/registrations/actions.ts": registrationActions,
  "app/(app)/notifications/actions.ts": notificationActions,
  "app/(app)/publication/actions.ts": publicationActions,
  "app/(app)/rounds/actions.ts": roundActions,
  "app/(app)/evaluations/actions.ts": evaluationActions,
};

// ---------------------------------------------------------------------------------------------------
// Hostile values.

const MB = "đ".repeat(1 << 20);
const nfc = "Nguyễn Thị Hồng Nhung – Phường Đức Thắng";
const nfd = nfc.normalize("NFD");
const FORBIDDEN = ["__proto__", "constructor", "prototype"] as const;

/** What a form field can carry: always text, but any text. */
const hostileText = fc.oneof(
  fc.constantFrom(
    MB,
    nfc,
    nfd,
    "NaN",
    "Infinity",
    "-Infinity",
    "1e308",
    "-1e308",
    "-1",
    "-2147483649",
    "2147483648",
    "99999999999999999999999",
    "0.000000001",
    "2026-02-30",
    "2026-13-45",
    "0000-00-00",
    "9999-12-31",
    "",
    "   ",
    UNKNOWN,
    "true",
    "null",
    "undefined",
    "[object Object]",
    "\u0000",
    "' OR 1=1 --",
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.integer().map(String),
  fc.double().map(String),
);

/** What a JSON payload can carry besides text. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    1e308,
    -1e308,
    -1,
    2 ** 31,
    Number.MAX_SAFE_INTEGER + 2,
    0.5,
    true,
    false,
    null,
  ),
  fc.constant([]),
  fc.constant({}),
  fc.array(hostileText, { minLength: 2, maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), hostileText, { maxKeys: 3 }),
  fc.integer().map((n) => n * 1e6),
);

type Mutation = {
  overrides: [number, unknown][];
  repeats: number[];
  removals: number[];
  pollute: { at: number; depth: number; key: (typeof FORBIDDEN)[number] } | null;
  file: boolean;
};
const mutation = (values: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> =>
  fc.record({
    overrides: fc.array(fc.tuple(fc.nat(), values), { minLength: 0, maxLength: 3 }),
    repeats: fc.array(fc.nat(), { maxLength: 1 }),
    removals: fc.array(fc.nat(), { maxLength: 1 }),
    // One call in three carries a prototype key; the others probe the schema and the data layer.
    pollute: fc.oneof(
      { arbitrary: fc.constant(null), weight: 2 },
      { arbitrary: fc.record({ at: fc.nat(), depth: fc.nat({ max: 3 }), key: fc.constantFrom(...FORBIDDEN) }), weight: 1 },
    ),
    file: fc.boolean(),
  });

function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...prefix, i]));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
  return [prefix];
}
function setAt(root: Record<string, unknown>, at: (string | number)[], value: unknown) {
  let node = root as Record<string | number, unknown>;
  at.slice(0, -1).forEach((k) => (node = node[k] as Record<string | number, unknown>));
  node[at.at(-1)!] = value;
}
function objectsIn(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(objectsIn);
  if (value !== null && typeof value === "object")
    return [value as Record<string, unknown>, ...Object.values(value).flatMap(objectsIn)];
  return [];
}

/** A form built from the base fields with the mutation applied; the polluting field, if any, is its own name. */
function hostileForm(base: Record<string, unknown>, m: Mutation): FormData {
  const fields = Object.entries(base).map(([k, v]) => [k, String(v)] as [string, string]);
  const form = new FormData();
  form.append("$ACTION_ID_0123456789abcdef", "");
  const keys = fields.map(([k]) => k);
  const values = new Map(fields);
  for (const [i, v] of m.overrides) if (keys.length) values.set(keys[i % keys.length]!, String(v));
  for (const i of m.removals) if (keys.length) values.delete(keys[i % keys.length]!);
  for (const [k, v] of values) form.append(k, v);
  for (const i of m.repeats) if (keys.length) form.append(keys[i % keys.length]!, "thêm");
  if (m.pollute) {
    const parts = keys.length ? keys[m.pollute.at % keys.length]!.split(".") : [];
    const position = parts.length ? m.pollute.at % (parts.length + 1) : 0;
    const name = [
      ...parts.slice(0, position),
      m.pollute.key,
      ...(m.pollute.key === "constructor" ? ["prototype"] : []),
      "intent",
    ];
    form.append(name.join("."), "submit");
  }
  if (m.file) form.append("evidence", new File(["not a pdf"], "bằng-chứng.pdf", { type: "application/pdf" }));
  return form;
}

/** A payload built like JSON.parse would: a `__proto__` key is an own property, not the prototype. */
function hostilePayload(base: Record<string, unknown>, m: Mutation): Record<string, unknown> {
  const payload = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  const leaves = leafPaths(payload).filter((p) => p.length > 0);
  for (const [i, v] of m.overrides) if (leaves.length) setAt(payload, leaves[i % leaves.length]!, v);
  for (const i of m.repeats) if (leaves.length) setAt(payload, leaves[i % leaves.length]!, ["a", "b"]);
  if (m.pollute) {
    const nodes = objectsIn(payload);
    const node = nodes[m.pollute.at % nodes.length]!;
    let inner: unknown = { intent: "submit", polluted: true };
    if (m.pollute.key === "constructor") inner = { prototype: inner };
    for (let d = 0; d < m.pollute.depth; d++) inner = JSON.parse(`{"${m.pollute.key}": ${JSON.stringify(inner)}}`);
    Object.defineProperty(node, m.pollute.key, { value: inner, enumerable: true, configurable: true, writable: true });
  }
  return payload;
}

// ---------------------------------------------------------------------------------------------------
// What counts as a translated message, and what a refusal must leave untouched.

function catalogPatterns(): RegExp[] {
  const out: RegExp[] = [];
  for (const ns of ["errors", "validation", "notices", "submission"] as const) {
    for (const text of Object.values(vi_messages[ns] as Record<string, string>)) {
      const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\{[^}]*\\\}/g, ".*");
      out.push(new RegExp(`^${escaped}$`, "s"));
    }
  }
  return out;
}
const patterns = catalogPatterns();
const isTranslated = (message: string) => message.split("\n").every((line) => patterns.some((p) => p.test(line)));

let countSql: Prisma.Sql;
async function rowCounts(): Promise<Record<string, number>> {
  const db = await getDb();
  const [row] = await db.$queryRaw<Record<string, bigint>[]>(countSql);
  return Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, Number(v)]));
}

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
let unexpectedLogs: unknown[][] = [];

beforeAll(async () => {
  const db = await getDb();
  const tables = (
    await db.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`
  ).map((t) => t.tablename);
  // A refusal may leave its own audit row and spend a rate-limit point (both by design), and the test's sign-in
  // opens its session on first use; nothing else may change.
  const refusals = Prisma.join(REFUSAL_AUDIT_ACTIONS.map((a) => Prisma.sql`${a}`));
  countSql = Prisma.sql`SELECT ${Prisma.join(
    tables
      .filter((t) => t !== "RateLimit" && t !== "Session")
      .map((t) =>
        t === "AuditEvent"
          ? Prisma.sql`(SELECT count(*) FROM "AuditEvent" WHERE action NOT IN (${refusals})) AS "AuditEvent"`
          : Prisma.sql`(SELECT count(*) FROM ${Prisma.raw(`"${t}"`)}) AS ${Prisma.raw(`"${t}"`)}`,
      ),
  )}`;
});

beforeEach(() => {
  unexpectedLogs = [];
  // The wrapper logs every unexpected error with its correlation id: here, any such log is a failure.
  vi.spyOn(log, "error").mockImplementation(((...args: unknown[]) => void unexpectedLogs.push(args)) as never);
});
afterEach(() => {
  vi.restoreAllMocks();
});

type Outcome = { kind: "state"; state: ActionState } | { kind: "redirect" } | { kind: "void" };

async function call(entry: Entry, fn: unknown, input: FormData | Record<string, unknown>): Promise<Outcome> {
  try {
    if (entry.shape === "json") return { kind: "state", state: await (fn as (p: unknown) => Promise<ActionState>)(input) };
    if (entry.shape === "void") {
      await (fn as (f: FormData) => Promise<void>)(input as FormData);
      return { kind: "void" };
    }
    return {
      kind: "state",
      state: await (fn as (s: ActionState, f: FormData) => Promise<ActionState>)(initialActionState, input as FormData),
    };
  } catch (e) {
    if (isRedirectError(e)) return { kind: "redirect" };
    // A plain form has no place for a message: a record that is not the caller's is Next's not-found page.
    if (entry.shape === "void" && isHTTPAccessFallbackError(e) && getAccessFallbackHTTPStatus(e) === 404) return { kind: "void" };
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------------

describe("the action registry", () => {
  it("lists every exported action of every actions file, and every actions file", async () => {
    const found = (readdirSync(path.join(ROOT, "app"), { recursive: true }) as string[])
      .filter((file) => path.basename(file) === "actions.ts")
      .map((file) => path.posix.join("app", file.split(path.sep).join("/")))
      .concat(
        readdirSync(path.join(ROOT, "lib/actions"))
          .filter((file) => file === "session.ts")
          .map((file) => `lib/actions/${file}`),
      )
      .sort();
    expect(Object.keys(modules).sort()).toEqual(found);
    const exported = Object.entries(modules).flatMap(([file, mod]) => Object.keys(mod).map((name) => `${file}#${name}`));
    expect(exported.sort()).toEqual(Object.keys(registry).sort());
    expect(exported.length).toBeGreaterThanOrEqual(43);
  });
});

describe("every action under hostile input", () => {
  for (const [key, entry] of Object.entries(registry)) {
    const name = key.split("#")[1]!;
    it(`${name} answers hostile input with a translated refusal or a success, never an error or a polluted prototype`, async () => {
      const w = await buildWorld();
      const fn = modules[entry.module]![name];
      const user = w.users[entry.role];
      const base = entry.base(w);
      await fc.assert(
        fc.asyncProperty(mutation(entry.shape === "json" ? hostileValue : hostileText), async (m) => {
          actAs(user, user.memberships[0]!.id);
          unexpectedLogs = [];
          const input = entry.shape === "json" ? hostilePayload(base, m) : hostileForm(base, m);
          const before = await rowCounts();
          const outcome = await call(entry, fn, input);
          const after = await rowCounts();

          expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
          expect(({} as Record<string, unknown>).intent).toBeUndefined();
          expect(unexpectedLogs).toEqual([]);
          if (m.pollute) {
            // Refused before the schema and the data layer: nothing written, the refusal in words.
            expect(after).toEqual(before);
            if (outcome.kind !== "void")
              expect(outcome).toEqual({ kind: "state", state: { status: "error", message: vi_messages.errors.badInput } });
            return;
          }
          if (outcome.kind !== "state") return;
          const { state } = outcome;
          expect(["error", "success"]).toContain(state.status);
          if (state.message !== undefined) expect(isTranslated(state.message), state.message).toBe(true);
          if (state.status === "error") {
            expect(after).toEqual(before);
            for (const key of Object.keys(state.values ?? {})) expect(key).not.toMatch(/password/i);
          }
        }),
        { numRuns: NUM_RUNS },
      );
    });
  }
});

describe("what the wrapper does before and after the schema", () => {
  it("sends an anonymous caller to sign-in before reading a single field", async () => {
    const w = await buildWorld();
    actAnonymously();
    const form = hostileForm(registry["app/(app)/tasks/actions.ts#saveReportAction"]!.base(w), {
      overrides: [],
      repeats: [],
      removals: [],
      pollute: { at: 0, depth: 0, key: "__proto__" },
      file: false,
    });
    const refused = taskActions.saveReportAction(initialActionState, form);
    await expect(refused).rejects.toSatisfy(
      (e) => isRedirectError(e) && String((e as { digest: string }).digest).includes("/login"),
    );
  });

  it("stores a name typed in decomposed Unicode as the composed text a normal search finds", async () => {
    const w = await buildWorld();
    actAs(w.users.admin, w.users.admin.memberships[0]!.id);
    const typed = "  Hoàng Thị Thuỷ Tiên  ".normalize("NFD");
    const form = hostileForm(registry["app/(app)/admin/actions.ts#createCadreAction"]!.base(w), {
      overrides: [[0, typed]],
      repeats: [],
      removals: [],
      pollute: null,
      file: false,
    });
    await expect(adminActions.createCadreAction(initialActionState, form)).rejects.toSatisfy(isRedirectError);
    const db = await getDb();
    const found = await db.cadre.findMany({ where: { fullName: { contains: "Thuỷ Tiên".normalize("NFC") } } });
    expect(found.map((c) => c.fullName)).toEqual(["Hoàng Thị Thuỷ Tiên".normalize("NFC")]);
  });

  it("the import actions answer junk bytes and a workbook of junk cells with a preview of its problems, and write nothing", async () => {
    const w = await buildWorld();
    actAs(w.users.admin, w.users.admin.memberships[0]!.id);
    const junkWorkbook = await (
      await import("@/tests/factories/import-workbook")
    ).importWorkbook({
      units: [{ code: "' OR 1=1 --", name: MB.slice(0, 3000), kind: "__proto__", parentCode: "\u0000", isAssigningBody: "NaN" }],
      accounts: [{ username: "constructor", fullName: nfd, email: "a@", roles: "ADMIN;;VUA", scopeUnitCode: "" }],
    });
    for (const bytes of [new Uint8Array([80, 75, 3, 4, 0, 0]), junkWorkbook]) {
      const form = new FormData();
      form.append("file", new File([bytes], "tệp.xlsx"));
      const before = await rowCounts();
      const preview = await importActions.previewImportAction(initialActionState, form);
      expect(preview.status).toBe("success");
      const data = preview.data as { committable: boolean; fileProblems: string[]; rows: { problems: string[] }[] };
      expect(data.committable).toBe(false);
      expect(data.fileProblems.length + data.rows.flatMap((r) => r.problems).length).toBeGreaterThan(0);
      const again = new FormData();
      again.append("file", new File([bytes], "tệp.xlsx"));
      const commit = await importActions.commitImportAction(initialActionState, again);
      expect(commit.status).toBe("error");
      expect(isTranslated(commit.message!)).toBe(true);
      expect(await rowCounts()).toEqual(before);
      expect(unexpectedLogs).toEqual([]);
    }
  });

  it("never reads a file sent inside the report save: evidence arrives only staged", async () => {
    const w = await buildWorld();
    actAs(w.users.cadre, w.users.cadre.memberships[0]!.id);
    const form = hostileForm(registry["app/(app)/tasks/actions.ts#saveReportAction"]!.base(w), {
      overrides: [],
      repeats: [],
      removals: [],
      pollute: null,
      file: false,
    });
    form.append("evidence", evidencePdf());
    form.append("evidence", new File([new TextEncoder().encode("MZ a program")], "chạy-tôi.exe"));
    const before = await storedKeys();
    const state = await taskActions.saveReportAction(initialActionState, form);
    expect(state.status, state.message).toBe("success");
    expect(await storedKeys()).toEqual(before);
    expect(await (await getDb()).attachment.count({ where: { taskId: w.task.id } })).toBe(0);
  });

  it("never reads a file sent inside an explanation's answer: its evidence too arrives only staged", async () => {
    const w = await buildWorld();
    const request = await openExplanation(w);
    actAs(w.users.cadre, w.users.cadre.memberships[0]!.id);
    const form = hostileForm(
      { id: request.id, taskId: w.task.id, version: "0", answer: "Do thiếu nhân lực" },
      { overrides: [], repeats: [], removals: [], pollute: null, file: false },
    );
    form.append("evidence", evidencePdf());
    form.append("files", evidencePdf("tệp-khác.pdf"));
    const before = await storedKeys();
    const state = await taskActions.answerExplanationAction(initialActionState, form);
    expect(state.status, state.message).toBe("success");
    expect(await storedKeys()).toEqual(before);
    expect(await (await getDb()).attachment.count({ where: { taskId: w.task.id } })).toBe(0);
  });
});

/** A request for explanation waiting for the answer of the world's cadre. */
async function openExplanation(w: World) {
  const db = await getDb();
  return db.explanationRequest.create({
    data: {
      taskId: w.task.id,
      cause: "BEHIND",
      message: "Đề nghị giải trình",
      dueDate: new Date("2099-12-31T16:59:59Z"),
      requestedById: w.users.org.id,
      requestedRole: "ORG_COMMITTEE",
      openTaskId: w.task.id,
    },
  });
}

/** An evidence file the staging route accepts (a PDF by its content). */
const evidencePdf = (name = "biên-bản.pdf") =>
  new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")], name);

/** The keys of every file in the store the instances share (the database by default, decision 076). */
async function storedKeys() {
  const db = await getDb();
  return (await db.storedFile.findMany({ select: { key: true }, orderBy: { key: "asc" } })).map((f) => f.key);
}

describe("the one evidence upload path (POST /api/evidence)", () => {
  it("refuses another site's page, junk, a missing file, a task that is not the caller's and disguised content, storing nothing", async () => {
    const w = await buildWorld();
    const db = await getDb();
    const before = await storedKeys();
    actAs(w.users.cadre, w.users.cadre.memberships[0]!.id);
    expect((await uploadEvidence(w.task.id, evidencePdf(), { origin: "https://ke-xau.example" })).status).toBe(403);
    expect((await uploadEvidence("x".repeat(65), evidencePdf())).status).toBe(400);
    expect((await uploadEvidence("   ", evidencePdf())).status).toBe(400);
    expect((await uploadEvidence("../../etc/passwd", evidencePdf())).status).toBe(404);
    expect((await uploadEvidence(w.task.id, null)).status).toBe(400);
    expect((await uploadEvidence(w.task.id, "%PDF-1.4 a text field, not a file")).status).toBe(400);
    expect((await uploadEvidence(w.task.id, new File([], "rỗng.pdf"))).status).toBe(400);
    expect((await uploadEvidence(UNKNOWN, evidencePdf())).status).toBe(404);
    const disguised = await uploadEvidence(w.task.id, new File([new TextEncoder().encode("MZ a program")], "bao-cao.pdf"));
    expect(disguised.status).toBe(422);
    expect(isTranslated(disguised.body.error!)).toBe(true);
    // Someone who files no report (the task's own supervisor) stages nothing.
    actAs(w.users.supervisor, w.users.supervisor.memberships[0]!.id);
    expect((await uploadEvidence(w.task.id, evidencePdf())).status).toBe(403);
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), fc.string({ maxLength: 300 }), async (taskId, name) => {
        actAs(w.users.cadre, w.users.cadre.memberships[0]!.id);
        const { status } = await uploadEvidence(taskId, evidencePdf(name));
        expect([400, 404]).toContain(status);
      }),
      { numRuns: NUM_RUNS },
    );
    expect(await storedKeys()).toEqual(before);
    expect(await db.attachment.count()).toBe(0);
  });

  it("keeps a staged file staged when the save is refused, links it once on a good save, and never links another's", async () => {
    const w = await buildWorld();
    const db = await getDb();
    actAs(w.users.cadre, w.users.cadre.memberships[0]!.id);
    const staged = await uploadEvidence(w.task.id, evidencePdf());
    expect(staged.status).toBe(200);
    const id = staged.body.id!;
    const save = (overrides: [number, unknown][], ids: string[]) => {
      const form = hostileForm(registry["app/(app)/tasks/actions.ts#saveReportAction"]!.base(w), {
        overrides,
        repeats: [],
        removals: [],
        pollute: null,
        file: false,
      });
      ids.forEach((x, i) => form.set(`evidenceIds.${i}`, x));
      return taskActions.saveReportAction(initialActionState, form);
    };
    // A save the data layer refuses (an unknown task) links nothing: the file waits, staged, for the next try.
    expect(await save([[0, UNKNOWN]], [id])).toMatchObject({ status: "error", message: vi_messages.errors.notFound });
    expect(await db.attachment.findUniqueOrThrow({ where: { id } })).toMatchObject({ reportId: null });
    // An id that is not a staged file of the caller's (unknown, or junk) reads as not found and links nothing.
    expect(await save([], [id, UNKNOWN])).toMatchObject({ status: "error", message: vi_messages.errors.notFound });
    expect(await db.attachment.findUniqueOrThrow({ where: { id } })).toMatchObject({ reportId: null });
    const saved = await save([], [id]);
    expect(saved.status, saved.message).toBe("success");
    const linked = await db.attachment.findUniqueOrThrow({ where: { id } });
    expect(linked.reportId).not.toBeNull();
    expect(linked.pendingSince).toBeNull();
    expect(await storedKeys()).toHaveLength(1);
  });

  it("keeps a staged file staged when the answer is refused, links it to the answer once, and never a file already linked", async () => {
    const w = await buildWorld();
    const db = await getDb();
    const request = await openExplanation(w);
    actAs(w.users.cadre, w.users.cadre.memberships[0]!.id);
    const staged = await uploadEvidence(w.task.id, evidencePdf());
    expect(staged.status).toBe(200);
    const id = staged.body.id!;
    const answer = (version: string, ids: string[]) => {
      const form = new FormData();
      form.set("id", request.id);
      form.set("taskId", w.task.id);
      form.set("version", version);
      form.set("answer", "Do thiếu nhân lực");
      ids.forEach((x, i) => form.set(`evidenceIds.${i}`, x));
      return taskActions.answerExplanationAction(initialActionState, form);
    };
    const before = await rowCounts();
    // A stale page and an unknown id beside the file are refused; the file waits, staged, for the next try.
    expect(await answer("3", [id])).toMatchObject({ status: "error", message: vi_messages.errors.conflict });
    expect(await answer("0", [id, UNKNOWN])).toMatchObject({ status: "error", message: vi_messages.errors.notFound });
    expect(await rowCounts()).toEqual(before);
    expect(await db.attachment.findUniqueOrThrow({ where: { id } })).toMatchObject({ explanationId: null });
    expect((await answer("0", [id])).status).toBe("success");
    expect(await db.attachment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      explanationId: request.id,
      pendingSince: null,
    });
    // The file now belongs to the answer: the report's save cannot take it over.
    const save = hostileForm(registry["app/(app)/tasks/actions.ts#saveReportAction"]!.base(w), {
      overrides: [],
      repeats: [],
      removals: [],
      pollute: null,
      file: false,
    });
    save.set("evidenceIds.0", id);
    expect(await taskActions.saveReportAction(initialActionState, save)).toMatchObject({
      status: "error",
      message: vi_messages.errors.notFound,
    });
    expect(await db.attachment.findUniqueOrThrow({ where: { id } })).toMatchObject({ reportId: null, explanationId: request.id });
  });
});

describe("what the wrapper does when it fails", () => {
  it("answers an unexpected fault with a translated message carrying the id it logged", async () => {
    const w = await buildWorld();
    actAs(w.users.admin, w.users.admin.memberships[0]!.id);
    const db = await getDb();
    const broken = new Error("database went away");
    vi.spyOn(db.unit, "findFirst").mockRejectedValue(broken);
    vi.spyOn(db.unit, "findUnique").mockRejectedValue(broken);
    vi.spyOn(db, "$transaction").mockRejectedValue(broken);
    const form = hostileForm(registry["app/(app)/admin/actions.ts#createUnitAction"]!.base(w), {
      overrides: [],
      repeats: [],
      removals: [],
      pollute: null,
      file: false,
    });
    const state = await adminActions.createUnitAction(initialActionState, form);
    const id = /[0-9a-f]{8}/.exec(state.message ?? "")?.[0];
    expect(state.status).toBe("error");
    expect(state.message).toBe(vi_messages.errors.unexpectedWithId.replace("{id}", id!));
    expect(unexpectedLogs).toEqual([[{ err: broken, correlationId: id }, "unexpected error in a server action"]]);
  });
});
