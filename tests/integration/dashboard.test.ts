import { describe, expect, it } from "vitest";
import { getDb, setDb, type Db } from "@/lib/db/client";
import { getDashboard, HEALTHS, listDashboardTasks } from "@/lib/dal/read-models/dashboard";
import { NotFoundError } from "@/lib/domain/errors";
import { taskHealth, targetProgress, type TaskHealth } from "@/lib/domain/progress";
import { quarterStart, quartersBetween } from "@/lib/domain/quarters";
import { latestSubmitted } from "@/lib/domain/reports";
import { seedDemo } from "@/prisma/seed";
import { actAs } from "@/tests/setup/session";

// The demo province as it stands on its reference day.
const NOW = new Date("2026-11-22T10:00:00+07:00");

async function user(username: string) {
  return (await getDb()).user.findUniqueOrThrow({ where: { username } });
}

/** Each task's status computed by the domain rules in JavaScript: the independent count the SQL must equal. */
async function healthsByDomain(roundId: string, unitPathPrefix: string) {
  const db = await getDb();
  const tasks = await db.task.findMany({
    where: { roundId, status: { notIn: ["CANCELLED", "CARRIED_OVER"] }, unit: { path: { startsWith: unitPathPrefix } } },
    include: {
      targets: { include: { actuals: { include: { report: { select: { year: true, quarter: true, status: true } } } } } },
      reports: { select: { year: true, quarter: true, status: true } },
      round: { include: { reportDeadlines: true } },
    },
  });
  return tasks.map((t) => {
    const targets = t.targets.map((x) => {
      const latest = latestSubmitted(x.actuals);
      return latest
        ? targetProgress(
            { baseline: x.baseline?.toNumber() ?? null, target: x.targetValue.toNumber(), direction: x.direction },
            latest.actualValue.toNumber(),
          )
        : null;
    });
    const missingDueReport = quartersBetween(t.startDate, t.endDate).some((q) => {
      const due = t.round.reportDeadlines.find((d) => d.year === q.year && d.quarter === q.quarter)?.dueDate;
      const inAt = t.reports.some(
        (r) => r.year === q.year && r.quarter === q.quarter && (r.status === "SUBMITTED" || r.status === "RESPONDED"),
      );
      return due !== undefined && due < NOW && quarterStart(q) <= NOW && !inAt;
    });
    const verdict =
      t.status === "COMPLETED"
        ? "COMPLETED"
        : taskHealth({ now: NOW, startDate: t.startDate, endDate: t.endDate, targets, missingDueReport }).health;
    return { id: t.id, unitId: t.unitId, health: verdict as TaskHealth, targets };
  });
}

// Every test starts from an empty database, so the demo province is seeded once, inside the one test.
describe("the organisation committee's dashboard, on the demo province", () => {
  it(
    "equals independent counts, drills down to the tasks it counted, and keeps a commune to its own",
    { timeout: 180_000 },
    async () => {
      await seedDemo(await getDb());
      await statusesEqualTheDomainRules();
      await reportsAndUnitsEqualDirectCounts();
      await communeSeesOnlyItsOwn();
      await queriesDoNotGrowWithTheData();
    },
  );
});

async function statusesEqualTheDomainRules() {
  {
    actAs(await user("bantochuc"));
    const d = await getDashboard({ roundId: "round-tu-2026" }, NOW);
    const province = await (await getDb()).unit.findUniqueOrThrow({ where: { id: "unit-tinh-uy" } });
    const expected = await healthsByDomain("round-tu-2026", province.path);
    for (const h of HEALTHS)
      expect(d.byHealth.find((x) => x.health === h)?.count, h).toBe(expected.filter((e) => e.health === h).length);
    expect(d.totals.tasks).toBe(expected.length);
    expect(d.totals.targets).toBe(expected.reduce((a, e) => a + e.targets.length, 0));
    expect(d.totals.reachedTargets).toBe(expected.reduce((a, e) => a + e.targets.filter((t) => t?.reached).length, 0));
    // The figures are not all in one bucket: the seeded year has tasks in several states.
    expect(d.byHealth.filter((h) => h.count > 0).length).toBeGreaterThanOrEqual(3);

    const behind = await listDashboardTasks({ roundId: "round-tu-2026", health: "BEHIND", page: 1 }, NOW);
    expect(behind.total).toBe(expected.filter((e) => e.health === "BEHIND").length);
    expect(behind.items.every((t) => expected.find((e) => e.id === t.id)?.health === "BEHIND")).toBe(true);
    // The standing committee's "behind or at risk" list: both at once, furthest behind first.
    const either = await listDashboardTasks({ roundId: "round-tu-2026", health: ["BEHIND", "AT_RISK"], page: 1 }, NOW);
    expect(either.total).toBe(expected.filter((e) => e.health === "BEHIND" || e.health === "AT_RISK").length);
    expect(either.items.map((t) => t.progress)).toEqual([...either.items.map((t) => t.progress)].sort((a, b) => a - b));
  }
}

async function reportsAndUnitsEqualDirectCounts() {
  {
    actAs(await user("bantochuc"));
    const d = await getDashboard({ roundId: "round-tu-2026" }, NOW);
    const db = await getDb();
    const q1 = d.reportsByQuarter.find((q) => q.year === 2026 && q.quarter === 1)!;
    expect(q1.submitted).toBe(
      await db.quarterlyReport.count({
        where: {
          year: 2026,
          quarter: 1,
          status: { in: ["SUBMITTED", "RESPONDED"] },
          task: { roundId: "round-tu-2026", status: { notIn: ["CANCELLED", "CARRIED_OVER"] } },
        },
      }),
    );
    const unitTotals = d.byUnit.reduce((a, u) => a + u.tasks, 0);
    expect(unitTotals).toBe(d.totals.tasks);
    const rates = d.byUnit.map((u) => u.completionRate);
    expect([...rates].sort((a, b) => b - a)).toEqual(rates);
  }
}

async function communeSeesOnlyItsOwn() {
  {
    actAs(await user("bantochuc.xa"));
    await expect(getDashboard({ roundId: "round-tu-2026" }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    const d = await getDashboard({}, NOW);
    expect(d.rounds.every((r) => r.id.startsWith("round-tan-hoa"))).toBe(true);
    const db = await getDb();
    const round = await db.round.findUniqueOrThrow({ where: { id: d.round!.id }, include: { assigningBody: true } });
    const units = await db.unit.findMany({ where: { id: { in: d.units.map((u) => u.id) } } });
    expect(units.every((u) => u.path.startsWith(round.assigningBody.path))).toBe(true);
    const expected = await healthsByDomain(round.id, round.assigningBody.path);
    expect(d.totals.tasks).toBeGreaterThan(0);
    expect(d.totals.tasks).toBe(expected.length);
  }
}

/** Runs `work` against a client that counts every statement sent to the database, model or raw. */
async function countQueries(work: () => Promise<unknown>) {
  const db = await getDb();
  let count = 0;
  const counting = db.$extends({
    query: {
      $allOperations: ({ args, query }) => {
        count += 1;
        return query(args);
      },
    },
  });
  setDb(counting as unknown as Db);
  try {
    await work();
  } finally {
    setDb(db);
  }
  return count;
}

/** A copy of every task of the round, with its targets and its reports and their figures: twice the data. */
async function doubleTheRound(roundId: string) {
  const db = await getDb();
  const tasks = await db.task.findMany({
    where: { roundId },
    include: { targets: true, reports: { include: { actuals: true } } },
  });
  // One statement per row, each refreshing its task's figures: longer than an interactive transaction's default 5 s.
  await db.$transaction(
    async (tx) => {
      for (const { targets, reports, ...task } of tasks) {
        const copy = await tx.task.create({
          data: { ...task, id: undefined, code: `${task.code}-copy`, proposedTaskId: null, carriedFromId: null },
        });
        const targetIds = new Map<string, string>();
        for (const { actuals: _a, ...target } of targets.map((t) => ({ ...t, actuals: [] }))) {
          const made = await tx.target.create({ data: { ...target, id: undefined, taskId: copy.id, carriedFromId: null } });
          targetIds.set(target.id, made.id);
        }
        for (const { actuals, ...report } of reports) {
          await tx.quarterlyReport.create({
            data: {
              ...report,
              id: undefined,
              taskId: copy.id,
              actuals: { create: actuals.map((a) => ({ targetId: targetIds.get(a.targetId)!, actualValue: a.actualValue })) },
            },
          });
        }
      }
    },
    { timeout: 120_000 },
  );
  return tasks.length;
}

async function queriesDoNotGrowWithTheData() {
  actAs(await user("bantochuc"));
  const render = () =>
    Promise.all([
      getDashboard({ roundId: "round-tu-2026" }, NOW),
      listDashboardTasks({ roundId: "round-tu-2026", health: "BEHIND", page: 1 }, NOW),
    ]);
  const before = await countQueries(render);
  const [small] = await render();
  const copied = await doubleTheRound("round-tu-2026");
  const after = await countQueries(render);
  const [large] = await render();
  // The copy doubled what the dashboard counts, and it still took the same statements to count it.
  expect(copied).toBeGreaterThan(10);
  expect(large.totals.tasks).toBe(small.totals.tasks * 2);
  expect(after).toBe(before);
  // Every Prisma operation is counted, each one statement: the raw aggregates too, the list's two, the scope reads.
  expect(before).toBeGreaterThanOrEqual(8);
  expect(before).toBeLessThan(20);
}
