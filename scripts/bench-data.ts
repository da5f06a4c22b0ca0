// The benchmark's dataset: a merged province at full scale (about 200 units, 6,000 cadres, 15,000 tasks in the
// current year's round, 60,000 quarterly reports), as it stands on 22/11/2026. The rows are built in memory from
// the demo seed's vocabulary with a seeded PRNG (two runs are identical) and written with one multi-row
// `INSERT … SELECT FROM unnest(…)` per 20,000 rows: a few seconds instead of minutes of per-row inserts.
import type pg from "pg";
import * as D from "@/prisma/seed-data";
import { mulberry32 } from "@/prisma/seed";
import { addVietnamDays, quarterEnd, quarterStart, reportDueDate, vietnamDay, vietnamTime } from "@/lib/domain/quarters";
import type {
  CadreGroup,
  Rating,
  RegistrationStatus,
  ReportStatus,
  TaskField,
  TaskOrigin,
  TaskStatus,
  UnitKind,
} from "@/lib/generated/prisma/enums";

export const BENCH_PASSWORD = "Bench@2026";
export const BENCH_ORG_USERNAME = "bench.bantochuc";
export const BENCH_ROUND_ID = "bench-round-2026";
export const BENCH_ROOT_ID = D.ROOT_ID;

const Y = 2026;
const P = 2025;
const TASKS_THIS_YEAR = 15_000;
const CADRES = 6_000;
const COMMUNES = 150;
/** Communes that also get a people's committee with a health station below it: the tree's deepest branches. */
const DEEP_COMMUNES = 8;
const NOW = vietnamTime(2026, 11, 22, 9);

// ───────────────────────────── Randomness and dates ─────────────────────────────

const rand = mulberry32(20261122);
const chance = (p: number) => rand() < p;
const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
function pick<T>(list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}
/** Picks by weight: `[[value, weight], …]`. */
function weighted<T>(options: readonly (readonly [T, number])[]): T {
  let r = rand() * options.reduce((s, o) => s + o[1], 0);
  for (const [value, weight] of options) if ((r -= weight) < 0) return value;
  return options[options.length - 1]![0];
}
const pad = (n: number, width = 5) => String(n).padStart(width, "0");

// The columns are `timestamp(3)` holding UTC, as Prisma writes them; a Date handed to pg would be sent in the
// process's local zone and the offset dropped by the cast, so every instant goes over as a UTC string.
const ts = (d: Date) => d.toISOString().replace("Z", "");
/** A calendar date as the seed stores it: 07:00 in Vietnam (00:00 UTC), the same day in both zones. */
const dateOnly = (y: number, m: number, d: number) => vietnamTime(y, m, d, 7);
/** The last second of a day in Vietnam. */
const endOfDay = (y: number, m: number, d: number) => vietnamTime(y, m, d, 23, 59, 59);
/** Office hours (08:00–16:59) in Vietnam on the day of `day`, some days later. */
const officeTime = (day: Date, plusDays: number) => {
  const { year, month, day: d } = vietnamDay(day);
  const hour = int(8, 16);
  return addVietnamDays(vietnamTime(year, month, d, hour, int(0, 59)), plusDays);
};
const minDate = (a: Date, b: Date) => (a < b ? a : b);
const dueDate = (year: number, quarter: number) => reportDueDate({ year, quarter });

// ───────────────────────────── Tables ─────────────────────────────

type Row = Record<string, unknown>;
/** A table's rows and the PostgreSQL type of each column, for the unnest() that writes them. */
type Table = { name: string; columns: Record<string, string>; rows: Row[] };
const table = (name: string, columns: Record<string, string>): Table => ({ name, columns, rows: [] });

const tables = {
  units: table("Unit", {
    id: "text",
    code: "text",
    name: "text",
    kind: '"UnitKind"',
    parentId: "text",
    path: "text",
    depth: "int",
    isAssigningBody: "boolean",
    createdAt: "timestamp(3)",
    updatedAt: "timestamp(3)",
  }),
  cadres: table("Cadre", {
    id: "text",
    fullName: "text",
    positionTitle: "text",
    unitId: "text",
    managedById: "text",
    group: '"CadreGroup"',
    createdAt: "timestamp(3)",
    updatedAt: "timestamp(3)",
  }),
  users: table("User", {
    id: "text",
    username: "text",
    passwordHash: "text",
    fullName: "text",
    mustChangePassword: "boolean",
    cadreId: "text",
    createdAt: "timestamp(3)",
    updatedAt: "timestamp(3)",
  }),
  memberships: table("RoleMembership", { id: "text", userId: "text", role: '"Role"', unitId: "text", createdAt: "timestamp(3)" }),
  rounds: table("Round", {
    id: "text",
    name: "text",
    assigningBodyId: "text",
    periodKind: '"PeriodKind"',
    startYear: "int",
    endYear: "int",
    registrationDeadline: "timestamp(3)",
    status: '"RoundStatus"',
    minTasksPerCadre: "int",
    maxTasksPerCadre: "int",
    isPublic: "boolean",
    createdAt: "timestamp(3)",
    updatedAt: "timestamp(3)",
  }),
  deadlines: table("ReportDeadline", { id: "text", roundId: "text", year: "int", quarter: "int", dueDate: "timestamp(3)" }),
  registrations: table("Registration", {
    id: "text",
    roundId: "text",
    cadreId: "text",
    status: '"RegistrationStatus"',
    revision: "int",
    submittedAt: "timestamp(3)",
    isLate: "boolean",
    returnedReason: "text",
    forwardedAt: "timestamp(3)",
    decidedAt: "timestamp(3)",
    createdAt: "timestamp(3)",
    updatedAt: "timestamp(3)",
  }),
  tasks: table("Task", {
    id: "text",
    code: "text",
    roundId: "text",
    cadreId: "text",
    unitId: "text",
    registrationId: "text",
    origin: '"TaskOrigin"',
    title: "text",
    field: '"TaskField"',
    breakthroughKind: '"BreakthroughKind"',
    objectives: "text",
    plan: "text",
    expectedProduct: "text",
    startDate: "timestamp(3)",
    endDate: "timestamp(3)",
    status: '"TaskStatus"',
    decisionNumber: "text",
    decisionDate: "timestamp(3)",
    supervisorId: "text",
    assignedById: "text",
    assignedAt: "timestamp(3)",
    createdAt: "timestamp(3)",
    updatedAt: "timestamp(3)",
  }),
  targets: table("Target", {
    id: "text",
    taskId: "text",
    position: "int",
    indicator: "text",
    unitOfMeasure: "text",
    baseline: "numeric",
    originalValue: "numeric",
    targetValue: "numeric",
    direction: '"TargetDirection"',
    deadline: "timestamp(3)",
    createdAt: "timestamp(3)",
    updatedAt: "timestamp(3)",
  }),
  reports: table("QuarterlyReport", {
    id: "text",
    taskId: "text",
    year: "int",
    quarter: "int",
    results: "text",
    selfProgress: "int",
    difficulties: "text",
    status: '"ReportStatus"',
    submittedAt: "timestamp(3)",
    isLate: "boolean",
    response: "text",
    respondedById: "text",
    respondedAt: "timestamp(3)",
    createdAt: "timestamp(3)",
    updatedAt: "timestamp(3)",
  }),
  actuals: table("TargetActual", { id: "text", reportId: "text", targetId: "text", actualValue: "numeric" }),
  cycles: table("EvaluationCycle", {
    id: "text",
    roundId: "text",
    year: "int",
    status: '"EvaluationCycleStatus"',
    thresholds: "jsonb",
    createdAt: "timestamp(3)",
    updatedAt: "timestamp(3)",
  }),
  criteria: table("EvaluationCriterion", { id: "text", cycleId: "text", position: "int", name: "text", weight: "int" }),
  evaluations: table("Evaluation", {
    id: "text",
    cycleId: "text",
    cadreId: "text",
    status: '"EvaluationStatus"',
    selfRating: '"Rating"',
    selfSubmittedAt: "timestamp(3)",
    aggregateScore: "numeric",
    proposedRating: '"Rating"',
    finalRating: '"Rating"',
    decisionNumber: "text",
    decisionDate: "timestamp(3)",
    decidedById: "text",
    decidedAt: "timestamp(3)",
    locked: "boolean",
    createdAt: "timestamp(3)",
    updatedAt: "timestamp(3)",
  }),
};

async function write(client: pg.Client, t: Table, chunk = 20_000) {
  const names = Object.keys(t.columns);
  const sql =
    `INSERT INTO "${t.name}" (${names.map((n) => `"${n}"`).join(", ")}) ` +
    `SELECT * FROM unnest(${names.map((n, i) => `$${i + 1}::${t.columns[n]}[]`).join(", ")})`;
  for (let i = 0; i < t.rows.length; i += chunk) {
    const part = t.rows.slice(i, i + chunk);
    await client.query(
      sql,
      names.map((n) => part.map((r) => r[n] ?? null)),
    );
  }
}

// ───────────────────────────── The province ─────────────────────────────

type UnitInfo = { id: string; name: string; path: string; pool: string; isWard?: boolean; communeName?: string };
type CadreInfo = { id: string; unit: UnitInfo; pool: string; sloppy: boolean };

const GROUPS: CadreGroup[] = ["STANDING_MEMBER", "LOCAL_LEADER", "PARTY_MASS_HEAD", "DEPARTMENT_HEAD", "DEPUTY_HEAD", "OTHER"];
const SYLLABLES_1 = [
  "Tân",
  "Hòa",
  "Yên",
  "Đồng",
  "Thượng",
  "Phú",
  "Minh",
  "Quang",
  "Thanh",
  "Xuân",
  "Hưng",
  "An",
  "Bình",
  "Long",
  "Vĩnh",
  "Kim",
];
const SYLLABLES_2 = ["Lâm", "Thịnh", "Tâm", "Sơn", "Phong", "Thủy", "Lợi", "Tiến", "Mỹ", "Phúc", "Lập", "Thành", "Khánh", "Hà"];
const DIVISIONS = [
  "Tổ chức cán bộ",
  "Kế hoạch – Tài chính",
  "Tổng hợp",
  "Pháp chế",
  "Nghiệp vụ",
  "Quản lý chuyên ngành",
  "Chuyển đổi số",
];
/** Targets any task may add to its template's own, so that tasks carry one to three. */
const EXTRA_TARGETS: D.TargetTpl[] = [
  ["Số văn bản chỉ đạo, hướng dẫn được ban hành", "văn bản", null, 3, "REACH"],
  ["Tỷ lệ hồ sơ, công việc được giải quyết đúng hạn", "%", 91.5, 98, "INCREASE"],
  ["Số cuộc kiểm tra, giám sát tại cơ sở", "cuộc", 4, 12, "INCREASE"],
  ["Số kiến nghị, phản ánh của người dân còn tồn đọng", "kiến nghị", 40, 8, "DECREASE"],
  ["Số vụ việc vi phạm phát sinh mới", "vụ", null, 5, "DECREASE"],
];

function buildRows(passwordHash: string) {
  const created = vietnamTime(P - 1, 11, 1, 8);
  const unitPool = new Map<string, string>();
  for (const c of D.PROVINCE_CADRES) if (!unitPool.has(c.unit)) unitPool.set(c.unit, c.pool);

  // ── Units: the demo's provincial bodies, then 150 generated communes and wards ──
  const units: UnitInfo[] = [];
  const addUnit = (
    id: string,
    code: string,
    name: string,
    kind: UnitKind,
    parent: UnitInfo | null,
    pool: string,
    extra: Partial<UnitInfo> = {},
  ) => {
    const path = `${parent?.path ?? "/"}${id}/`;
    tables.units.rows.push({
      id,
      code,
      name,
      kind,
      parentId: parent?.id ?? null,
      path,
      depth: path.split("/").filter(Boolean).length - 1,
      isAssigningBody: parent === null,
      createdAt: ts(created),
      updatedAt: ts(created),
    });
    const info = { id, name, path, pool, ...extra };
    units.push(info);
    return info;
  };
  const communeIds = new Set(D.COMMUNES.map((c) => c.id));
  const byId = new Map<string, UnitInfo>();
  for (const u of D.UNITS) {
    if (communeIds.has(u.id) || [...communeIds].some((c) => u.id.startsWith(`${c}-`))) continue;
    const parent = u.parent ? byId.get(u.parent)! : null;
    byId.set(u.id, addUnit(u.id, u.code, u.name, u.kind, parent, unitPool.get(u.id) ?? "ubnd"));
  }
  const root = byId.get(D.ROOT_ID)!;
  const provincialCount = units.length;
  const communeNames = SYLLABLES_1.flatMap((a) => SYLLABLES_2.filter((b) => b !== a).map((b) => `${a} ${b}`))
    .map((name) => ({ name, key: rand() }))
    .sort((a, b) => a.key - b.key)
    .slice(0, COMMUNES)
    .map((x) => x.name);
  const communes: UnitInfo[] = [];
  communeNames.forEach((short, i) => {
    const isWard = i % 5 === 0;
    const communeName = `${isWard ? "phường" : "xã"} ${short}`;
    const id = `bench-cm-${pad(i + 1, 3)}`;
    const cm = addUnit(id, `DU-CM${pad(i + 1, 3)}`, `Đảng ủy ${communeName}`, "PARTY_COMMITTEE", root, "commune", {
      isWard,
      communeName,
    });
    communes.push(cm);
    if (i < DEEP_COMMUNES) {
      const ubnd = addUnit(
        `${id}-ubnd`,
        `UBND-CM${pad(i + 1, 3)}`,
        `Ủy ban nhân dân ${communeName}`,
        "GOVERNMENT",
        cm,
        "cx-ubnd",
        {
          isWard,
          communeName,
        },
      );
      addUnit(`${id}-tyt`, `TYT-CM${pad(i + 1, 3)}`, `Trạm Y tế ${communeName}`, "PUBLIC_SERVICE", ubnd, "cx-yte", {
        isWard,
        communeName,
      });
    }
  });

  // ── Cadres: every one managed by the provincial standing committee, so all are in its round ──
  const cadres: CadreInfo[] = [];
  const addCadre = (unit: UnitInfo, title: string, group: CadreGroup, pool: string) => {
    const id = `bench-cadre-${pad(cadres.length + 1)}`;
    const female = chance(0.4);
    const fullName = `${pick(D.FAMILY_NAMES)} ${pick(female ? D.MIDDLE_FEMALE : D.MIDDLE_MALE)} ${pick(female ? D.GIVEN_FEMALE : D.GIVEN_MALE)}`;
    tables.cadres.rows.push({
      id,
      fullName,
      positionTitle: title,
      unitId: unit.id,
      managedById: root.id,
      group,
      createdAt: ts(created),
      updatedAt: ts(created),
    });
    // Every cadre can sign in; they share one hash, since hashing 6,000 passwords would only cost time.
    tables.users.rows.push({
      id: `bench-user-${pad(cadres.length + 1)}`,
      username: `cb${pad(cadres.length + 1)}`,
      passwordHash,
      fullName,
      mustChangePassword: chance(0.05),
      cadreId: id,
      createdAt: ts(created),
      updatedAt: ts(created),
    });
    tables.memberships.rows.push({
      id: `bench-m-cadre-${pad(cadres.length + 1)}`,
      userId: `bench-user-${pad(cadres.length + 1)}`,
      role: "CADRE",
      unitId: unit.id,
      createdAt: ts(created),
    });
    const info = { id, unit, pool, sloppy: chance(0.08) };
    cadres.push(info);
    return info;
  };
  const perProvincial = 36;
  const perDeep = 15;
  const communeCadres = CADRES - provincialCount * perProvincial - DEEP_COMMUNES * 2 * perDeep;
  for (const unit of units.slice(0, provincialCount)) {
    const seeds = D.PROVINCE_CADRES.filter((c) => c.unit === unit.id);
    for (let k = 0; k < perProvincial; k++) {
      const seed = seeds[k];
      if (seed) addCadre(unit, seed.title, seed.group, seed.pool);
      else if (unit === root) addCadre(unit, k === 0 ? "Bí thư Tỉnh ủy" : "Tỉnh ủy viên", "STANDING_MEMBER", unit.pool);
      else {
        const division = DIVISIONS[k % DIVISIONS.length]!;
        const head = k % 3 === 0;
        addCadre(
          unit,
          `${head ? "Trưởng" : "Phó Trưởng"} phòng ${division}, ${unit.name}`,
          head ? "OTHER" : "DEPUTY_HEAD",
          unit.pool,
        );
      }
    }
  }
  communes.forEach((cm, i) => {
    // Spreads the remainder so that the total is exactly CADRES.
    const count = Math.floor(communeCadres / COMMUNES) + (i < communeCadres % COMMUNES ? 1 : 0);
    const seed: D.CommuneSeed = {
      id: cm.id,
      slug: cm.id,
      name: cm.communeName!,
      isWard: !!cm.isWard,
      assigning: false,
      code: cm.id,
      villages: Array.from({ length: 20 }, (_, i) => `số ${i + 1}`),
    };
    const roles = [
      { title: `Bí thư Đảng ủy ${cm.communeName}`, group: "LOCAL_LEADER" as CadreGroup, pool: "commune" },
      { title: `Phó Bí thư Đảng ủy, Chủ tịch UBND ${cm.communeName}`, group: "LOCAL_LEADER" as CadreGroup, pool: "commune" },
      { title: `Phó Bí thư Thường trực Đảng ủy ${cm.communeName}`, group: "DEPUTY_HEAD" as CadreGroup, pool: "commune" },
      ...D.communeCadres(seed),
    ];
    for (let k = 0; k < count; k++) {
      const role = roles[k % roles.length]!;
      addCadre(cm, role.title, role.group, role.pool);
    }
  });
  for (const unit of units.filter((u) => u.pool === "cx-ubnd" || u.pool === "cx-yte")) {
    for (let k = 0; k < perDeep; k++) {
      const title =
        unit.pool === "cx-yte"
          ? `${k === 0 ? "Trưởng" : "Phó Trưởng"} Trạm Y tế ${unit.communeName}`
          : `${k < 2 ? "Phó Chủ tịch UBND" : "Trưởng phòng chuyên môn, UBND"} ${unit.communeName}`;
      addCadre(unit, title, k < 2 ? "DEPUTY_HEAD" : "OTHER", unit.pool);
    }
  }

  // ── Staff: the organisation committee account the benchmark signs in as, the standing committee, supervisors ──
  const staff = (
    key: string,
    username: string,
    fullName: string,
    role: "ORG_COMMITTEE" | "STANDING_COMMITTEE" | "SUPERVISOR",
  ) => {
    const id = `bench-user-${key}`;
    tables.users.rows.push({
      id,
      username,
      passwordHash,
      fullName,
      mustChangePassword: false,
      cadreId: null,
      createdAt: ts(created),
      updatedAt: ts(created),
    });
    tables.memberships.rows.push({ id: `bench-m-${key}`, userId: id, role, unitId: root.id, createdAt: ts(created) });
    return id;
  };
  staff("btc", BENCH_ORG_USERNAME, "Ban Tổ chức Tỉnh ủy (benchmark)", "ORG_COMMITTEE");
  const standing = staff("tt", "bench.thuongtruc", "Thường trực Tỉnh ủy (benchmark)", "STANDING_COMMITTEE");
  const supervisors = Array.from({ length: 40 }, (_, i) =>
    staff(
      `dm${pad(i + 1, 2)}`,
      `bench.daumoi${pad(i + 1, 2)}`,
      `${pick(D.FAMILY_NAMES)} ${pick(D.MIDDLE_MALE)} ${pick(D.GIVEN_MALE)}`,
      "SUPERVISOR",
    ),
  );

  // ── Rounds: last year's, closed and rated, and this year's, assigned and reported through Q3 ──
  const addRound = (year: number) => {
    const id = year === Y ? BENCH_ROUND_ID : `bench-round-${year}`;
    tables.rounds.rows.push({
      id,
      name: `Đăng ký việc đột phá, đổi mới năm ${year}`,
      assigningBodyId: root.id,
      periodKind: "YEAR",
      startYear: year,
      endYear: year,
      registrationDeadline: ts(endOfDay(year, 1, 31)),
      status: "CLOSED",
      minTasksPerCadre: 1,
      maxTasksPerCadre: 5,
      isPublic: year < Y,
      createdAt: ts(endOfDay(year - 1, 11, 1)),
      updatedAt: ts(endOfDay(year, 3, 16)),
    });
    for (let q = 1; q <= 4; q++)
      tables.deadlines.rows.push({ id: `${id}-q${q}`, roundId: id, year, quarter: q, dueDate: ts(dueDate(year, q)) });
    return id;
  };
  const roundP = addRound(P);
  const roundY = addRound(Y);

  // ── Registrations ──
  const registration = (roundId: string, year: number, cadre: CadreInfo, status: RegistrationStatus) => {
    const id = `bench-reg-${year}-${cadre.id.slice(-5)}`;
    const late = status !== "DRAFT" && chance(0.05);
    const submittedAt =
      status === "DRAFT"
        ? null
        : late
          ? officeTime(endOfDay(year, 2, 1), int(0, 9))
          : officeTime(endOfDay(year, 1, 5), int(0, 25));
    const forwarded = ["FORWARDED", "DECIDED"].includes(status) ? officeTime(endOfDay(year, 2, 20), int(0, 6)) : null;
    const decided = status === "DECIDED" ? officeTime(endOfDay(year, 3, 10), 0) : null;
    const createdAt = officeTime(endOfDay(year, 1, 2), int(0, 3));
    tables.registrations.rows.push({
      id,
      roundId,
      cadreId: cadre.id,
      status,
      revision: status === "DRAFT" ? 0 : status === "RETURNED" ? 1 : int(1, 2),
      submittedAt: submittedAt && ts(submittedAt),
      isLate: late,
      returnedReason: status === "RETURNED" ? pick(D.RETURN_REASONS) : null,
      forwardedAt: forwarded && ts(forwarded),
      decidedAt: decided && ts(decided),
      createdAt: ts(createdAt),
      updatedAt: ts(decided ?? forwarded ?? submittedAt ?? createdAt),
    });
    return id;
  };

  // ── Tasks, targets, reports ──
  const taskSeq = new Map<number, number>();
  const cursor = new Map<string, number>();
  const templateFor = (cadre: CadreInfo) => {
    const pool = (D.POOLS[cadre.pool] ?? D.POOLS.ubnd!).filter((t) => !t.only || (t.only === "phuong") === !!cadre.unit.isWard);
    const n = cursor.get(cadre.id) ?? int(0, pool.length - 1);
    cursor.set(cadre.id, n + 1);
    return pool[n % pool.length]!;
  };
  const fill = (cadre: CadreInfo, year: number) => (s: string) =>
    s
      .replaceAll("{xa}", cadre.unit.communeName ?? `tỉnh ${D.PROVINCE_NAME}`)
      .replaceAll("{thon}", cadre.unit.isWard ? `tổ dân phố số ${int(1, 12)}` : `thôn ${int(1, 12)}`)
      .replaceAll("{Y}", String(year));
  const decimalsOf = (...values: (number | null)[]) =>
    Math.max(0, ...values.map((v) => (v === null || Number.isInteger(v) ? 0 : String(v).split(".")[1]!.length)));
  const roundTo = (v: number, decimals: number) => Number(v.toFixed(decimals));

  type Period = { start: Date; end: Date; origin: TaskOrigin; decisionNumber: string; decisionDate: Date };
  /** Share of the task's period elapsed at an instant, 0–1. */
  const elapsed = (p: Period, at: Date) =>
    Math.min(1, Math.max(0, (at.getTime() - p.start.getTime()) / (p.end.getTime() - p.start.getTime())));

  const makeTask = (opts: {
    year: number;
    roundId: string;
    cadre: CadreInfo;
    registrationId: string | null;
    period: Period;
    /** How fast the task goes: progress = pace × share of the period elapsed, capped where a target is reached. */
    pace: number;
    status: (allReached: boolean) => TaskStatus;
    reportQuarters: number[];
    reportState: (q: number) => { status: ReportStatus; late: boolean } | null;
  }) => {
    const { year, cadre, period } = opts;
    const n = (taskSeq.get(year) ?? 0) + 1;
    taskSeq.set(year, n);
    const id = `bench-task-${year}-${pad(n)}`;
    const tpl = templateFor(cadre);
    const f = fill(cadre, year);
    const assignedAt = officeTime(period.decisionDate, 0);
    const supervisorId = pick(supervisors);
    // Targets scale with the unit (a commune's numbers are not the province's); percentages do not.
    const scale = 0.6 + rand() * 0.8;
    const extra =
      tpl.targets.length === 0
        ? 1
        : weighted([
            [0, 45],
            [1, 40],
            [2, 15],
          ] as const);
    const targetTpls = [...tpl.targets, ...Array.from({ length: extra }, () => pick(EXTRA_TARGETS))].slice(0, 3);
    const targets = targetTpls.map(([indicator, uom, baseline0, target0, direction], j) => {
      const decimals = decimalsOf(baseline0, target0);
      const s = uom === "%" ? 1 : scale;
      const baseline = baseline0 === null ? null : roundTo(baseline0 * s, decimals);
      let target = roundTo(target0 * s, decimals);
      if (baseline !== null && target === baseline) target = direction === "DECREASE" ? baseline - 1 : baseline + 1;
      const origin = direction === "REACH" ? 0 : (baseline ?? (direction === "INCREASE" ? 0 : null));
      const tid = `${id}-t${j + 1}`;
      tables.targets.rows.push({
        id: tid,
        taskId: id,
        position: j + 1,
        indicator,
        unitOfMeasure: uom,
        baseline,
        originalValue: target,
        targetValue: target,
        direction,
        deadline: ts(period.end),
        createdAt: ts(assignedAt),
        updatedAt: ts(assignedAt),
      });
      return { id: tid, indicator, uom, target, origin, direction, decimals, noise: 0.9 + rand() * 0.2 };
    });
    /** Each target's value when a share `e` of the period has gone by. */
    const valuesAt = (e: number) =>
      targets.map((t) => {
        const share = opts.pace * e * t.noise;
        if (share >= 1) return { value: t.target, reached: true };
        if (t.origin === null) return { value: roundTo(t.target * (1 + 0.6 * (1 - share)), t.decimals), reached: false };
        const value = roundTo(t.origin + (t.target - t.origin) * share, t.decimals);
        return { value, reached: t.direction === "DECREASE" ? value <= t.target : value >= t.target };
      });
    let allReached = false;
    for (const q of opts.reportQuarters) {
      const state = opts.reportState(q);
      if (!state) continue;
      const due = dueDate(year, q);
      const measuredAt = minDate(quarterEnd({ year, quarter: q }), NOW);
      const values = valuesAt(elapsed(period, measuredAt));
      const submitted = state.status !== "DRAFT";
      if (state.status === "SUBMITTED" || state.status === "RESPONDED") allReached = values.every((v) => v.reached);
      const submittedAt = submitted ? minDate(officeTime(due, state.late ? int(1, 20) : -int(1, 12)), NOW) : null;
      const responded = state.status === "RESPONDED";
      const respondedAt = responded && submittedAt ? minDate(officeTime(submittedAt, int(3, 15)), NOW) : null;
      const createdAt = submittedAt ? officeTime(submittedAt, -int(1, 5)) : officeTime(minDate(due, NOW), -int(5, 20));
      const rid = `${id}-q${q}`;
      const lines = targets.map((t, j) => `– ${t.indicator}: ${values[j]!.value} ${t.uom} (chỉ tiêu ${t.target} ${t.uom}).`);
      const progress =
        targets.reduce((s, t, j) => {
          if (t.origin === null) return s + (values[j]!.reached ? 1 : 0);
          return s + Math.min(1, Math.max(0, (values[j]!.value - t.origin) / (t.target - t.origin)));
        }, 0) / targets.length;
      tables.reports.rows.push({
        id: rid,
        taskId: id,
        year,
        quarter: q,
        results: [pick(D.RESULT_LEADS[q as 1 | 2 | 3 | 4]), ...lines].join("\n"),
        selfProgress: Math.round(progress * 100),
        difficulties: progress < 0.5 || chance(0.2) ? pick(D.DIFFICULTIES) : null,
        status: state.status,
        submittedAt: submittedAt && ts(submittedAt),
        isLate: submitted && state.late,
        response: responded ? pick(D.RESPONSES) : null,
        respondedById: responded ? (chance(0.7) ? supervisorId : standing) : null,
        respondedAt: respondedAt && ts(respondedAt),
        createdAt: ts(createdAt),
        updatedAt: ts(respondedAt ?? submittedAt ?? createdAt),
      });
      targets.forEach((t, j) =>
        tables.actuals.rows.push({ id: `${rid}-a${j + 1}`, reportId: rid, targetId: t.id, actualValue: values[j]!.value }),
      );
    }
    tables.tasks.rows.push({
      id,
      code: `${year}-TU-${pad(n)}`,
      roundId: opts.roundId,
      cadreId: cadre.id,
      unitId: cadre.unit.id,
      registrationId: opts.registrationId,
      origin: period.origin,
      title: f(tpl.title),
      field: tpl.field as TaskField,
      breakthroughKind: tpl.kind,
      objectives: f(tpl.objectives),
      plan: f(tpl.plan ?? D.PLAN_BY_FIELD[tpl.field]),
      expectedProduct: f(tpl.product),
      startDate: ts(period.start),
      endDate: ts(period.end),
      status: opts.status(allReached),
      decisionNumber: period.decisionNumber,
      decisionDate: ts(period.decisionDate),
      supervisorId,
      assignedById: standing,
      assignedAt: ts(assignedAt),
      createdAt: ts(assignedAt),
      updatedAt: ts(assignedAt),
    });
    return { allReached };
  };

  // Last year: about a third of the cadres, every quarter reported, the year closed and rated.
  const ratedCadres: { cadre: CadreInfo; pace: number }[] = [];
  for (const cadre of cadres) {
    if (!chance(0.34)) continue;
    const regId = registration(roundP, P, cadre, "DECIDED");
    const pace = 0.7 + rand() * 0.7;
    const period: Period = {
      start: dateOnly(P, 1, 1),
      end: endOfDay(P, 12, 31),
      origin: "REGISTRATION",
      decisionNumber: "38-QĐ/TU",
      decisionDate: dateOnly(P, 3, 12),
    };
    const n = weighted([
      [1, 3],
      [2, 4],
      [3, 3],
      [4, 1],
    ] as const);
    for (let k = 0; k < n; k++) {
      makeTask({
        year: P,
        roundId: roundP,
        cadre,
        registrationId: regId,
        period,
        pace: pace * (0.85 + rand() * 0.3),
        status: (reached) => (reached ? "COMPLETED" : chance(0.12) ? "CARRIED_OVER" : "UNFINISHED"),
        reportQuarters: [1, 2, 3, 4],
        reportState: () =>
          chance(cadre.sloppy ? 0.12 : 0.02)
            ? null
            : { status: chance(0.85) ? "RESPONDED" : "SUBMITTED", late: chance(cadre.sloppy ? 0.3 : 0.06) },
      });
    }
    ratedCadres.push({ cadre, pace });
  }

  // This year: most cadres registered; the decided ones get 1–5 tasks, 15,000 in all.
  const decided: { cadre: CadreInfo; regId: string; n: number }[] = [];
  for (const cadre of cadres) {
    if (chance(0.05)) continue;
    const status = weighted<RegistrationStatus>([
      ["DECIDED", 90],
      ["FORWARDED", 3],
      ["SUBMITTED", 2],
      ["RETURNED", 2],
      ["DRAFT", 2],
      ["WITHDRAWN", 1],
    ]);
    const regId = registration(roundY, Y, cadre, status);
    if (status === "DECIDED")
      decided.push({
        cadre,
        regId,
        n: weighted([
          [1, 10],
          [2, 22],
          [3, 38],
          [4, 22],
          [5, 8],
        ] as const),
      });
  }
  let total = decided.reduce((s, d) => s + d.n, 0);
  while (total !== TASKS_THIS_YEAR) {
    const d = pick(decided);
    const step = total > TASKS_THIS_YEAR ? -1 : 1;
    if (d.n + step >= 1 && d.n + step <= 5) {
      d.n += step;
      total += step;
    }
  }
  const registered: Period = {
    start: dateOnly(Y, 1, 1),
    end: endOfDay(Y, 12, 31),
    origin: "REGISTRATION",
    decisionNumber: "45-QĐ/TU",
    decisionDate: dateOnly(Y, 3, 10),
  };
  for (const { cadre, regId, n } of decided) {
    const cadrePace = 0.65 + rand() * 0.8;
    for (let k = 0; k < n; k++) {
      // Most tasks run the calendar year; some are assigned directly mid-year, some are short and already ended.
      const kind = weighted([
        ["year", 84],
        ["direct", 8],
        ["short", 8],
      ] as const);
      const period: Period =
        kind === "year"
          ? registered
          : kind === "direct"
            ? chance(0.5)
              ? {
                  start: dateOnly(Y, 4, 1),
                  end: endOfDay(Y, 12, 31),
                  origin: "DIRECT",
                  decisionNumber: "78-QĐ/TU",
                  decisionDate: dateOnly(Y, 3, 25),
                }
              : {
                  start: dateOnly(Y, 7, 1),
                  end: endOfDay(Y, 12, 31),
                  origin: "DIRECT",
                  decisionNumber: "112-QĐ/TU",
                  decisionDate: dateOnly(Y, 6, 24),
                }
            : { ...registered, end: chance(0.5) ? endOfDay(Y, 6, 30) : endOfDay(Y, 9, 30) };
      const quarters = [1, 2, 3, 4].filter(
        (q) => quarterStart({ year: Y, quarter: q }) <= period.end && quarterEnd({ year: Y, quarter: q }) > period.start,
      );
      const cancelled = chance(0.01);
      makeTask({
        year: Y,
        roundId: roundY,
        cadre,
        registrationId: period.origin === "DIRECT" ? null : regId,
        period,
        pace: Math.max(0.3, cadrePace + (rand() - 0.5) * 0.4),
        status: (reached) => (cancelled ? "CANCELLED" : reached && chance(0.3) ? "COMPLETED" : "ASSIGNED"),
        reportQuarters: quarters,
        reportState: (q) => {
          // Q4 is not due until 15/01/2027: only a few cadres have started a draft.
          if (q === 4) return vietnamDay(period.end).month === 12 && chance(0.12) ? { status: "DRAFT", late: false } : null;
          if (chance(cadre.sloppy ? 0.25 : 0.025)) return null;
          if (chance(0.03)) return { status: chance(0.7) ? "DRAFT" : "RETURNED", late: false };
          const responded = chance(q === 3 ? 0.35 : 0.75);
          return { status: responded ? "RESPONDED" : "SUBMITTED", late: chance(cadre.sloppy ? 0.3 : 0.07) };
        },
      });
    }
  }

  // ── Last year's evaluation, decided ──
  const cycleId = `bench-cycle-${P}`;
  tables.cycles.rows.push({
    id: cycleId,
    roundId: roundP,
    year: P,
    status: "CLOSED",
    thresholds: JSON.stringify({ EXCELLENT: 90, GOOD: 75, COMPLETED: 50 }),
    createdAt: ts(endOfDay(P, 12, 1)),
    updatedAt: ts(endOfDay(Y, 1, 20)),
  });
  ["Mức độ đạt chỉ tiêu", "Chất lượng sản phẩm", "Tiến độ thực hiện", "Độ khó, tính đột phá của nhiệm vụ"].forEach((name, i) =>
    tables.criteria.rows.push({ id: `${cycleId}-c${i + 1}`, cycleId, position: i + 1, name, weight: [40, 30, 20, 10][i] }),
  );
  const ratingOf = (score: number): Rating =>
    score >= 90 ? "EXCELLENT" : score >= 75 ? "GOOD" : score >= 50 ? "COMPLETED" : "NOT_COMPLETED";
  for (const { cadre, pace } of ratedCadres) {
    const score = Math.round(Math.min(98, Math.max(35, 45 + pace * 35 + (rand() - 0.5) * 20)) * 100) / 100;
    const rating = ratingOf(score);
    const decidedAt = officeTime(endOfDay(Y, 1, 20), 0);
    tables.evaluations.rows.push({
      id: `${cycleId}-${cadre.id.slice(-5)}`,
      cycleId,
      cadreId: cadre.id,
      status: "DECIDED",
      selfRating: chance(0.6) ? rating : ratingOf(Math.min(100, score + 15)),
      selfSubmittedAt: ts(officeTime(endOfDay(P, 12, 10), int(0, 10))),
      aggregateScore: score,
      proposedRating: rating,
      finalRating: rating,
      decisionNumber: "15-QĐ/TU",
      decisionDate: ts(dateOnly(Y, 1, 20)),
      decidedById: standing,
      decidedAt: ts(decidedAt),
      locked: true,
      createdAt: ts(endOfDay(P, 12, 1)),
      updatedAt: ts(decidedAt),
    });
  }
}

const PROGRESS_SOURCES = ["Target", "QuarterlyReport", "TargetActual"];

export type BenchDataset = { roundId: string; rootUnitId: string; username: string; password: string };

/** Writes the dataset into an empty, migrated database. */
export async function generateBenchData(client: pg.Client, passwordHash: string): Promise<BenchDataset> {
  for (const t of Object.values(tables)) t.rows = [];
  buildRows(passwordHash);
  await client.query("BEGIN");
  // The triggers that keep each task's figures (migration task_progress) would refresh thousands of tasks per
  // batch, planned on tables without statistics; a bulk load switches them off and refreshes every task once.
  for (const table of PROGRESS_SOURCES) await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
  for (const t of Object.values(tables)) await write(client, t);
  await client.query(`UPDATE "Round" SET "cadreGroups" = $1::"CadreGroup"[]`, [GROUPS]);
  for (const table of ["Task", ...PROGRESS_SOURCES]) await client.query(`ANALYZE "${table}"`);
  await client.query(`SELECT "refresh_task_progress"(ARRAY(SELECT id FROM "Task"))`);
  for (const table of PROGRESS_SOURCES) await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
  await client.query("COMMIT");
  // A database that has been in use has statistics and a visibility map; a freshly loaded one has neither.
  await client.query("VACUUM ANALYZE");
  return { roundId: BENCH_ROUND_ID, rootUnitId: BENCH_ROOT_ID, username: BENCH_ORG_USERNAME, password: BENCH_PASSWORD };
}

/** What was generated, table by table, for the benchmark's output. */
export async function countBenchData(client: pg.Client) {
  const { rows } = await client.query<Record<string, string>>(`
    SELECT
      (SELECT count(*) FROM "Unit") AS units,
      (SELECT max(depth) + 1 FROM "Unit") AS levels,
      (SELECT count(*) FROM "Cadre") AS cadres,
      (SELECT count(*) FROM "User") AS users,
      (SELECT count(*) FROM "Registration") AS registrations,
      (SELECT count(*) FROM "Task") AS tasks,
      (SELECT count(*) FROM "Task" WHERE "roundId" = '${BENCH_ROUND_ID}') AS tasks_this_round,
      (SELECT count(*) FROM "Target") AS targets,
      (SELECT count(*) FROM "QuarterlyReport") AS reports,
      (SELECT count(*) FROM "QuarterlyReport" WHERE "isLate") AS late_reports,
      (SELECT count(*) FROM "QuarterlyReport" WHERE status = 'DRAFT') AS draft_reports,
      (SELECT count(*) FROM "TargetActual") AS actuals,
      (SELECT count(*) FROM "Evaluation" WHERE status = 'DECIDED') AS decided_evaluations`);
  return Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)]));
}

/** The suffix of the copy `n` (2, 3, …) of every id, code, path segment and user name: `~02`. */
export const provinceSuffix = (n: number) => `~${String(n).padStart(2, "0")}`;

/**
 * The generated province copied until there are `provinces` of them (npm run bench -- --provinces 34): each
 * copy a province of its own (its own tree, round, cadres and accounts, `bench.bantochuc~02` …), written by
 * one `INSERT … SELECT` per table over generate_series, so that the database does the work without a row
 * crossing the wire. Every id and every reference to one takes the copy's suffix (so do unit paths, unit and
 * task codes and user names, which are unique); the figures kept on each task are copied with it.
 */
export async function replicateProvince(client: pg.Client, provinces: number) {
  if (provinces < 2) return;
  await client.query("BEGIN");
  for (const table of PROGRESS_SOURCES) await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
  const suffixed = new Set(["Unit.code", "User.username", "Task.code"]);
  for (const t of Object.values(tables)) {
    const { rows: columns } = await client.query<{ name: string; type: string }>(
      `SELECT column_name AS name, data_type AS type FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
      [t.name],
    );
    const list = columns.map(({ name, type }) => {
      const c = `"${name}"`;
      if ((name === "id" || name.endsWith("Id")) && type === "text") return `${c} || s.suffix`;
      if (t.name === "Unit" && name === "path") return `regexp_replace(${c}, '([^/]+)', '\\1' || s.suffix, 'g')`;
      if (suffixed.has(`${t.name}.${name}`)) return `${c} || s.suffix`;
      return c;
    });
    await client.query(
      `INSERT INTO "${t.name}" (${columns.map((c) => `"${c.name}"`).join(", ")})
       SELECT ${list.join(", ")} FROM "${t.name}",
         (SELECT '~' || lpad(n::text, 2, '0') AS suffix FROM generate_series(2, $1::int) AS n) AS s`,
      [provinces],
    );
  }
  for (const table of PROGRESS_SOURCES) await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
  await client.query("COMMIT");
  await client.query("VACUUM ANALYZE");
}
