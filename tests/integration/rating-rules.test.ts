import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { taskFacts } from "@/lib/dal/evaluations/facts";
import * as f from "@/tests/factories";

type TaskRef = { id: string };

/** A submitted report of the quarter giving every target of the task the value. */
async function report(task: TaskRef, year: number, quarter: number, value: string) {
  const db = await getDb();
  const targets = await db.target.findMany({ where: { taskId: task.id } });
  await db.quarterlyReport.create({
    data: {
      taskId: task.id,
      year,
      quarter,
      results: "Kết quả",
      status: "SUBMITTED",
      submittedAt: new Date(),
      actuals: { create: targets.map((t) => ({ targetId: t.id, actualValue: value })) },
    },
  });
}

async function setDeadline(task: TaskRef, deadline: Date) {
  const db = await getDb();
  await db.target.updateMany({ where: { taskId: task.id }, data: { deadline } });
}

async function people() {
  const u = await f.createProvince();
  const org = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.province.id }] });
  const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.province.id }] });
  const supervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.province.id }] });
  const member = await f.createUser({ roles: [{ role: "COUNCIL", unitId: u.province.id }] });
  return { ...u, org, standing, supervisor, member };
}

describe("the facts of the tasks", () => {
  it("counts completed, on time, exceeding, cancelled and carried-over tasks of a year, and of a quarter only what was due", async () => {
    const p = await people();
    const round = await f.createRound({ assigningBodyId: p.province.id, year: 2027, status: "CLOSED" });
    const cadre = await f.createCadre({ unitId: p.department.id, managedById: p.province.id });
    const task = (status?: "CANCELLED" | "CARRIED_OVER") =>
      f.createTask({ roundId: round.id, cadre, supervisorId: p.supervisor.id, assignedById: p.standing.id, status });
    const reached = await task();
    await report(reached, 2027, 4, "100");
    const exceeded = await task();
    await report(exceeded, 2027, 4, "120");
    const late = await task();
    await setDeadline(late, new Date("2027-06-29T17:00:00Z")); // 30/6/2027 in Vietnam
    await report(late, 2027, 2, "60");
    await report(late, 2027, 3, "100");
    const cancelled = await task("CANCELLED");
    const carried = await task("CARRIED_OVER");
    await report(carried, 2027, 4, "100");

    const db = await getDb();
    const year = (await taskFacts(db, { cadreIds: [cadre.id], roundId: round.id, period: { kind: "YEAR", year: 2027 } })).get(
      cadre.id,
    )!;
    expect(year.facts).toEqual({ own: { total: 4, completed: 3, onTime: 2, exceeding: 1, late: 1 }, unit: null });
    const byId = new Map(year.tasks.map((t) => [t.taskId, t]));
    expect(byId.get(late.id)).toMatchObject({ completed: true, onTime: false, exceeding: false });
    expect(byId.get(exceeded.id)).toMatchObject({ completed: true, onTime: true, exceeding: true });
    expect(byId.get(cancelled.id)).toMatchObject({ cancelled: true });
    expect(byId.get(carried.id)).toMatchObject({ carriedOver: true, completed: false });

    // In the second quarter only the task due on 30/6 is judged, on its Q2 report: not completed.
    const q2 = (
      await taskFacts(db, { cadreIds: [cadre.id], roundId: round.id, period: { kind: "QUARTER", year: 2027, quarter: 2 } })
    ).get(cadre.id)!;
    expect(q2.facts.own).toEqual({ total: 1, completed: 0, onTime: 0, exceeding: 0, late: 0 });
    expect(q2.tasks.find((t) => t.taskId === reached.id)).toMatchObject({ notDue: true });
    expect(q2.tasks.find((t) => t.taskId === late.id)).toMatchObject({ notDue: false, completed: false });
  });
});
