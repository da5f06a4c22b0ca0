// Writes an assigned task with its targets, milestones and cooperating units, and its assignment audit row.
import * as D from "@/prisma/seed-data";
import { quarterOf, vietnamDay } from "@/lib/domain/quarters";
import type { TaskField, TaskOrigin, TaskStatus } from "@/lib/generated/prisma/enums";
import { get, pad, dateOnly, endOfDay } from "../shared";
import type { CadreInfo, TgInfo, TaskInfo, ProposedInfo } from "../shared";
import type { SeedContext } from "../context";
import type { seedUnits } from "../steps/units";
import type { templateTools } from "./templates";

type World = SeedContext & ReturnType<typeof seedUnits> & ReturnType<typeof templateTools>;

export function taskBuilder(w: World) {
  const {
    audit,
    chance,
    decimalsOf,
    int,
    now,
    onDay,
    pickSupervisor,
    placeholders,
    rnd,
    rows,
    shuffle,
    targetDeadline,
    unitById,
    valueAt,
  } = w;
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
    if (opts.carriedFrom) {
      // As the data layer carries a task over: the old task moves on, the new one is carried in (no "assign").
      const from = opts.carriedFrom;
      audit(
        opts.assignedAt,
        c.level.orgUser,
        "ORG_COMMITTEE",
        "task.carryOver",
        "Task",
        from.id,
        "UNFINISHED",
        "CARRIED_OVER",
        null,
        {
          into: id,
        },
      );
      audit(opts.assignedAt, c.level.orgUser, "ORG_COMMITTEE", "task.carriedIn", "Task", id, null, "ASSIGNED", null, {
        from: from.id,
      });
      return info;
    }
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

  return { progressCurve, completedCurve, makeTask };
}
