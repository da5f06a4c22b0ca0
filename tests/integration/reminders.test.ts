import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { addVietnamDays, quarterEnd, quarterStart, reportDueDate, vietnamTime, type Quarter } from "@/lib/domain/quarters";
import { produceReportReminders } from "@/lib/jobs/reminders";
import * as f from "@/tests/factories";

/**
 * The first quarter of 2027 lasts 90 days in Vietnam (1/1 00:00 to 1/4 00:00); its report was due on
 * 15/4/2027. On 20/4 the job reminds, as overdue, the cadres whose task's period touches that quarter.
 */
const Q1: Quarter = { year: 2027, quarter: 1 };
const NOW = vietnamTime(2027, 4, 20, 9);

async function setup() {
  const u = await f.createProvince();
  const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.province.id }] });
  const supervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.province.id }] });
  const round = await f.createRound({ assigningBodyId: u.province.id, year: 2027, status: "CLOSED" });
  const db = await getDb();
  await db.reportDeadline.create({ data: { roundId: round.id, ...Q1, dueDate: reportDueDate(Q1) } });
  /** A cadre with one assigned task running over the given period. */
  const cadreWithTask = async (startDate: Date, endDate: Date) => {
    const cadre = await f.createCadre({ unitId: u.department.id, managedById: u.province.id });
    const user = await f.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: u.department.id }] });
    const task = await f.createTask({ roundId: round.id, cadre, supervisorId: supervisor.id, assignedById: standing.id });
    await db.task.update({ where: { id: task.id }, data: { startDate, endDate } });
    return { user, task };
  };
  return { db, cadreWithTask };
}

describe("report reminders", () => {
  it("remind the cadre of a task that runs through the quarter, once, with the quarter's key in the link", async () => {
    const { db, cadreWithTask } = await setup();
    const whole = await cadreWithTask(quarterStart(Q1), vietnamTime(2027, 12, 31, 23, 59, 59));
    expect(await produceReportReminders(db, NOW)).toBe(1);
    expect(await produceReportReminders(db, NOW)).toBe(0);
    const sent = await db.notification.findMany({ where: { userId: whole.user.id } });
    expect(sent.map((n) => [n.kind, n.href, n.dedupeKey])).toEqual([
      ["report.overdue", `/tasks/${whole.task.id}/reports/2027Q1`, `report-overdue:${whole.task.id}:2027Q1`],
    ]);
  });

  it("do not remind of a quarter a task starts after, even a day or two after a 90-day quarter ended", async () => {
    const { db, cadreWithTask } = await setup();
    // 2 April 2027 00:00 in Vietnam: within 92 days of the quarter's start, but outside the quarter.
    const after = await cadreWithTask(addVietnamDays(quarterEnd(Q1), 1), vietnamTime(2027, 12, 31, 23, 59, 59));
    const atTheEnd = await cadreWithTask(quarterEnd(Q1), vietnamTime(2027, 12, 31, 23, 59, 59));
    const lastDay = await cadreWithTask(vietnamTime(2027, 3, 31, 16), vietnamTime(2027, 12, 31, 23, 59, 59));
    expect(await produceReportReminders(db, NOW)).toBe(1);
    expect(await db.notification.count({ where: { userId: after.user.id } })).toBe(0);
    expect(await db.notification.count({ where: { userId: atTheEnd.user.id } })).toBe(0);
    expect(await db.notification.count({ where: { userId: lastDay.user.id } })).toBe(1);
  });

  it("do not remind of a quarter a task ended before, up to its last second in Vietnam", async () => {
    const { db, cadreWithTask } = await setup();
    const ended = await cadreWithTask(vietnamTime(2026, 10, 1), new Date(quarterStart(Q1).getTime() - 1000));
    const firstSecond = await cadreWithTask(vietnamTime(2026, 10, 1), quarterStart(Q1));
    expect(await produceReportReminders(db, NOW)).toBe(1);
    expect(await db.notification.count({ where: { userId: ended.user.id } })).toBe(0);
    expect(await db.notification.count({ where: { userId: firstSecond.user.id } })).toBe(1);
  });
});
