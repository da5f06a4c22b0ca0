import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createCadre, createProvince, createRound, createTask, createUser } from "@/tests/factories";

/** The figures the database keeps on a task (migration task_progress), as the dashboard reads them. */
async function figures(taskId: string) {
  const t = await (await getDb()).task.findUniqueOrThrow({ where: { id: taskId } });
  return {
    targets: t.targetCount,
    reached: t.reachedCount,
    progress: t.progress.toNumber(),
    meanPercent: t.meanPercent,
    submitted: t.submittedQuarters,
    late: t.lateQuarters,
  };
}

describe("the figures kept on each task", () => {
  it("follow every write to its targets, reports and actuals", async () => {
    const p = await createProvince();
    const cadre = await createCadre({ unitId: p.department.id, managedById: p.province.id });
    const standing = await createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: p.province.id }] });
    const round = await createRound({ assigningBodyId: p.province.id });
    const task = await createTask({ roundId: round.id, cadre, supervisorId: standing.id, assignedById: standing.id });
    const db = await getDb();
    // Baseline 0, target 100, nothing reported yet.
    expect(await figures(task.id)).toEqual({ targets: 1, reached: 0, progress: 0, meanPercent: null, submitted: [], late: [] });

    const second = await db.target.create({
      data: {
        taskId: task.id,
        position: 2,
        indicator: "Tỷ lệ hồ sơ trễ hạn",
        unitOfMeasure: "%",
        baseline: "20",
        originalValue: "5",
        targetValue: "5",
        direction: "DECREASE",
        deadline: new Date("2027-12-31T00:00:00Z"),
      },
    });
    const [first] = await db.target.findMany({ where: { taskId: task.id, position: 1 } });
    const q1 = await db.quarterlyReport.create({
      data: {
        taskId: task.id,
        year: 2027,
        quarter: 1,
        results: "…",
        status: "SUBMITTED",
        isLate: true,
        actuals: {
          create: [
            { targetId: first!.id, actualValue: "40" },
            { targetId: second.id, actualValue: "5" },
          ],
        },
      },
    });
    // 40 % of the first, the second reached: progress (40 + 100) / 2.
    expect(await figures(task.id)).toEqual({
      targets: 2,
      reached: 1,
      progress: 70,
      meanPercent: 70,
      submitted: [20271],
      late: [20271],
    });

    // A draft counts for nothing; once submitted, the later quarter's value is the one that counts.
    const q2 = await db.quarterlyReport.create({
      data: {
        taskId: task.id,
        year: 2027,
        quarter: 2,
        results: "…",
        actuals: { create: [{ targetId: first!.id, actualValue: "90" }] },
      },
    });
    expect((await figures(task.id)).progress).toBe(70);
    await db.quarterlyReport.update({ where: { id: q2.id }, data: { status: "SUBMITTED" } });
    expect(await figures(task.id)).toMatchObject({ progress: 95, submitted: [20271, 20272], late: [20271] });
    await db.targetActual.updateMany({ where: { reportId: q2.id }, data: { actualValue: "150" } });
    expect(await figures(task.id)).toMatchObject({ reached: 2, progress: 100, meanPercent: 125 });

    // An approved adjustment of the target changes how far it has come.
    await db.target.update({ where: { id: first!.id }, data: { targetValue: "200" } });
    expect(await figures(task.id)).toMatchObject({ reached: 1, progress: 87.5 });

    // A report sent back no longer counts.
    await db.quarterlyReport.update({ where: { id: q2.id }, data: { status: "RETURNED" } });
    await db.quarterlyReport.update({ where: { id: q1.id }, data: { status: "RETURNED" } });
    expect(await figures(task.id)).toEqual({ targets: 2, reached: 0, progress: 0, meanPercent: null, submitted: [], late: [] });
  });
});
